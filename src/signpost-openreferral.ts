// Adds format="openreferral" to every element: `import 'signpost/openreferral.js'`, or on a CDN
// page <script type="module" src=".../signpost-openreferral.js">. Kept out of the main bundle,
// which stays within its size budget for the sites that publish feed v1.
import { emit } from './internal/events.js';
import { registerFormat } from './feed/adapters.js';
import { readOpenReferral } from './feed/openreferral.js';

registerFormat('openreferral', async (json, bytes, url, options) => {
  const feed = await readOpenReferral(url, options, [json, bytes]);
  // A directory read in part still shows what was read; this says why the rest is missing, once per
  // load, on the document (where hosts listen), so that the main bundle carries none of it.
  if (feed.incomplete) emit(document, 'signpost-error', { endpoint: url, message: feed.incomplete });
  return feed;
});
