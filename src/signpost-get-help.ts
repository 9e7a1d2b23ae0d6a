// The get-help-only CDN script: <signpost-get-help> (and the waiting-time badge its service steps
// show), for a page that embeds only the crisis card. A page with any other element uses signpost.js.
import './get-help/get-help.js';
