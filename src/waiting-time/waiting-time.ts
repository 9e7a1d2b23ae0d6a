import { define } from '../internal/define.js';
import { SignpostWaitingTime } from './waiting-time.component.js';

export { SignpostWaitingTime };
define('signpost-waiting-time', SignpostWaitingTime);

declare global {
  interface HTMLElementTagNameMap {
    'signpost-waiting-time': SignpostWaitingTime;
  }
}
