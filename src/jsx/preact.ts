// `import type {} from 'signpost-widgets/jsx/preact'`: the elements in Preact's JSX (10.20 or later), typed.
import type { HTMLAttributes } from 'preact';
import type { SignpostElementProps, SignpostTagMap } from '../types.js';

type Elements = {
  [K in keyof SignpostElementProps]: HTMLAttributes<SignpostTagMap[K]> & SignpostElementProps[K];
};

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements extends Elements {}
  }
}
