// The bench pages, served from memory by run.mjs. The measured markup is written in the page, as a
// practice would embed it; then the probe; then t0; then the one module script.
import { readFileSync } from 'node:fs';

const probe = readFileSync(new URL('./probe.js', import.meta.url), 'utf8');
const attr = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

// The finder's own styles (service-finder.styles.ts, theme.ts, waiting-time.styles.ts) in the
// light DOM, scoped to #baseline, so that the baseline pays for the same layout too.
const BASELINE_CSS = `
  #baseline { box-sizing: border-box; color: #212b32; font-family: Frutiger, Arial, sans-serif; font-size: 1rem; line-height: 1.5; overflow-wrap: anywhere; }
  #baseline * { box-sizing: inherit; }
  #baseline a { color: #005eb8; }
  #baseline :is(a, button, input):focus-visible { outline: 4px solid transparent; background-color: #ffeb3b; color: #212b32; box-shadow: 0 -2px #ffeb3b, 0 4px #212b32; text-decoration: none; }
  #baseline input:focus-visible { background-color: #fff; box-shadow: inset 0 0 0 2px #212b32; outline: 3px solid #ffeb3b; }
  #baseline h2 { margin: 0 0 0.5em; line-height: 1.25; }
  #baseline form { display: flex; flex-wrap: wrap; gap: 1rem; }
  #baseline form > * { flex: 1 1 16em; min-width: 0; }
  #baseline fieldset { margin: 0; padding: 0; border: 0; }
  #baseline legend, #baseline .field > label { display: block; padding: 0; margin-block-end: 0.25em; font-weight: bold; }
  #baseline input:not([type='checkbox']) { width: 100%; min-height: 44px; padding: 0.25em 0.5em; border: 2px solid #212b32; border-radius: 0; background: #fff; color: #212b32; font: inherit; }
  #baseline #age { max-width: 6em; }
  #baseline .row { display: flex; flex-wrap: wrap; gap: 0.5em; }
  #baseline .row input { flex: 1 1 8em; width: auto; min-width: 0; }
  #baseline .check { display: inline-flex; align-items: center; gap: 0.5em; min-height: 44px; margin-inline-end: 1em; }
  #baseline [type='checkbox'] { flex: none; font: inherit; width: 1.5em; height: 1.5em; margin: 0; accent-color: #005eb8; }
  #baseline button, #baseline .refer { display: inline-flex; align-items: center; min-height: 44px; padding: 0.5em 1em; border: 2px solid #005eb8; border-radius: 4px; background: #fff; color: #005eb8; font: inherit; font-weight: bold; cursor: pointer; }
  #baseline .refer { border-color: #007f3b; background: #007f3b; color: #fff; text-decoration: none; }
  #baseline .org { color: #4c6272; }
  #count { margin: 1rem 0 0.5em; font-weight: bold; }
  #baseline ul { margin: 0; padding: 0; list-style: none; }
  #list { display: grid; gap: 1rem; margin-block-end: 1rem; }
  #list article, #list .skeleton { padding: 1rem; border: 1px solid #d8dde0; border-radius: 4px; background: #fff; }
  #list .skeleton { height: 9em; background: #f0f4f5; }
  #list h3 { margin: 0; font-size: 1.25em; line-height: 1.3; }
  #list article p { margin: 0.25em 0; }
  #list article a:not(.refer) { display: inline-flex; align-items: center; min-height: 44px; min-width: 44px; }
  #list .clip { display: -webkit-box; -webkit-line-clamp: 1; -webkit-box-orient: vertical; overflow: hidden; }
  #list .more { padding: 0 0.25em; border: 0; background: none; font-weight: normal; text-decoration: underline; }
  #list .tags { display: flex; flex-wrap: wrap; gap: 0.25em; margin: 0.5em 0; }
  #list .tags li { padding: 0 0.5em; border-radius: 4px; background: #f0f4f5; }
  #list .open { color: #007f3b; font-weight: bold; }
  #list .badge { display: inline-block; max-inline-size: 100%; padding: 0.125em 0.5em; border: 1px solid #d8dde0; border-inline-start-width: 4px; border-radius: 4px; background: #f0f4f5; }
  #list .badge.within { border-inline-start-color: #007f3b; }
  #list .badge.over { border-inline-start-color: #ffb81c; }
  #list .badge.stale, #list .badge.na { color: #4c6272; }
  #list .badge svg { inline-size: 1em; block-size: 1em; margin-inline-end: 0.25em; vertical-align: -0.125em; fill: none; stroke: currentColor; stroke-width: 2; stroke-linecap: round; }
  #list .badge.within .target svg { color: #007f3b; }
  #list .sr { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
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
  // What the finder shows before its feed arrives; baseline.js adds the form and the cards.
  return page({
    title: 'Signpost bench: hand-written baseline',
    markup: `<div id="baseline" data-feed="${attr(feed)}">
        <h2>Find mental health support</h2>
        <p id="count" role="status">Loading services</p>
        <ul id="list" aria-hidden="true">
          <li class="skeleton"></li>
          <li class="skeleton"></li>
          <li class="skeleton"></li>
        </ul>
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
