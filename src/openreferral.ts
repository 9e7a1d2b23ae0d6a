// Adds format="openreferral" to every element: `import 'signpost/openreferral.js'`, or on a CDN
// page <script type="module" src=".../signpost-openreferral.js">. Kept out of the main bundle,
// which stays within its size budget for the sites that publish feed v1.
import { registerFormat } from './feed/formats.js';
import { readOpenReferral } from './feed/openreferral.js';

registerFormat('openreferral', readOpenReferral);
