import { define } from '../internal/define.js';
import { SignpostProvider } from './provider.component.js';

export { SignpostProvider };
define('signpost-provider', SignpostProvider);

declare global {
  interface HTMLElementTagNameMap {
    'signpost-provider': SignpostProvider;
  }
}
