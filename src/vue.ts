// `import type {} from 'signpost-widgets/vue'`: the elements as Vue global components, so vue-tsc
// checks their props and `@signpost-*` events. Tell Vue's compiler they are custom elements:
// `compilerOptions.isCustomElement: (tag) => tag.startsWith('signpost-')`.
import type { DefineComponent } from 'vue';
import type { SignpostElementProps } from './types.js';

declare module 'vue' {
  interface GlobalComponents {
    'signpost-provider': DefineComponent<SignpostElementProps['signpost-provider']>;
    'signpost-waiting-time': DefineComponent<SignpostElementProps['signpost-waiting-time']>;
    'signpost-get-help': DefineComponent<SignpostElementProps['signpost-get-help']>;
    'signpost-service-finder': DefineComponent<SignpostElementProps['signpost-service-finder']>;
  }
}
