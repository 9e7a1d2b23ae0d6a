// The bench pages, served from memory by run.mjs. The measured markup is written in the page, as a
// practice would embed it; then the probe; then t0; then the one module script.
import { readFileSync } from 'node:fs';

const probe = readFileSync(new URL('./probe.js', import.meta.url), 'utf8');
const attr = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

// Roughly what the finder's own styles do to a card, so that the baseline pays for layout too.
const BASELINE_CSS = `
  #baseline { font-family: Arial, sans-serif; color: #212b32; }
  #baseline input { width: 100%; min-height: 44px; border: 2px solid #212b32; font: inherit; box-sizing: border-box; }
  #list { display: grid; gap: 1rem; padding: 0; list-style: none; }
  #list article { padding: 1rem; border: 1px solid #d8dde0; border-radius: 4px; background: #fff; }
  #list h3 { margin: 0 0 0.25em; font-size: 1.25em; }
  #list p { margin: 0.25em 0; }
  #list a { color: #005eb8; }
  #list .org { color: #4c6272; }
  #list .refer { display: inline-block; padding: 0.5em 1em; background: #007f3b; color: #fff; }
  #list .tags { display: flex; flex-wrap: wrap; gap: 0.25em; padding: 0; list-style: none; }
  #list .tags li { padding: 0 0.5em; background: #f0f4f5; }
`;

/**
 * @param {{ title: string, markup: string, watch: object[], module: string, css?: string }} page
 *   `watch` is what the probe waits for (see probe.js); `module` the one module script measured.
 */
export function page({ title, markup, watch, module, css = '' }) {
  return `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    ${css ? `<style>${css}</style>` : ''}
  </head>
  <body>
    <main>
      ${markup}
    </main>
    <script data-watch="${attr(JSON.stringify(watch))}">${probe}</script>
    <script>window.benchT0 = performance.now();</script>
    <script type="module" src="${module}"></script>
  </body>
</html>
`;
}

/** One Signpost element: `kind` is service-finder, waiting-time or get-help. */
export function elementPage(kind, { feed, service, pathway, expect, maxBytes }) {
  const markup = {
    'service-finder': `<signpost-service-finder id="m" endpoint="${attr(feed)}" page-size="10"></signpost-service-finder>`,
    'waiting-time': `<signpost-waiting-time id="m" endpoint="${attr(feed)}" service="${attr(service)}"></signpost-waiting-time>`,
    'get-help': `<signpost-get-help id="m" endpoint="${attr(feed)}" pathway="${attr(pathway)}"></signpost-get-help>`,
  }[kind];
  const test = { 'service-finder': 'card', 'waiting-time': 'wait', 'get-help': 'text' }[kind];
  return page({
    title: `Signpost bench: ${kind}`,
    // The provider only raises the loader's size cap (5 MB by default) for the largest generated feeds.
    markup: maxBytes ? `<signpost-provider max-bytes="${maxBytes}">${markup}</signpost-provider>` : markup,
    watch: [{ id: 'm', test, text: expect }],
    module: '/dist/signpost.js',
  });
}

export function baselinePage({ feed }) {
  return page({
    title: 'Signpost bench: hand-written baseline',
    markup: `<div id="baseline" data-feed="${attr(feed)}">
        <h2>Find mental health support</h2>
        <label for="q">Search</label>
        <input id="q" type="search" autocomplete="off" />
        <p id="count" role="status">Loading services</p>
        <ul id="list"></ul>
      </div>`,
    watch: [{ id: 'baseline', test: 'card' }],
    module: '/bench/baseline.js',
    css: BASELINE_CSS,
  });
}

/** Ten elements, each with its own endpoint attribute, all the same URL: the loader must make one request. */
export function tenPage({ feed, services, pathway, expect }) {
  const items = [
    ['service-finder', `<signpost-service-finder id="e0" endpoint="${attr(feed)}" page-size="10"></signpost-service-finder>`, 'card'],
    ...[1, 2, 3].map((i) => ['get-help', `<signpost-get-help id="e${i}" endpoint="${attr(feed)}" pathway="${attr(pathway)}"></signpost-get-help>`, 'text']),
    ...[4, 5, 6, 7, 8, 9].map((i) => [
      'waiting-time',
      `<signpost-waiting-time id="e${i}" endpoint="${attr(feed)}" service="${attr(services[(i - 4) % services.length])}"></signpost-waiting-time>`,
      'wait',
    ]),
  ];
  return page({
    title: 'Signpost bench: ten elements, one endpoint',
    markup: items.map(([, markup]) => markup).join('\n      '),
    watch: items.map(([, , test], i) => ({ id: `e${i}`, test, text: expect })),
    module: '/dist/signpost.js',
  });
}
