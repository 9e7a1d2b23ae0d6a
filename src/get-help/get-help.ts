import { define } from '../internal/define.js';
import { SignpostGetHelp } from './get-help.component.js';
// Service steps show a waiting-time badge.
import '../waiting-time/waiting-time.js';

export { SignpostGetHelp };
define('signpost-get-help', SignpostGetHelp);

declare global {
  interface HTMLElementTagNameMap {
    'signpost-get-help': SignpostGetHelp;
  }
}
