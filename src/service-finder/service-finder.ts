import { define } from '../internal/define.js';
import { SignpostServiceFinder } from './service-finder.component.js';
// The cards and empty states use these elements, so they are defined wherever the finder is.
import '../waiting-time/waiting-time.js';
import '../get-help/get-help.js';

export { SignpostServiceFinder };
define('signpost-service-finder', SignpostServiceFinder);

declare global {
  interface HTMLElementTagNameMap {
    'signpost-service-finder': SignpostServiceFinder;
  }
}
