// `import type {} from 'signpost-widgets/jsx/react'` (or list it in tsconfig `types`): the elements
// in React 19's JSX, with their properties and events typed.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { SignpostElementProps, SignpostTagMap } from '../types.js';

type Elements = {
  [K in keyof SignpostElementProps]: DetailedHTMLProps<HTMLAttributes<SignpostTagMap[K]>, SignpostTagMap[K]> & SignpostElementProps[K];
};

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends Elements {}
  }
}
