// `npm run screenshots`: every state of the finder and the get-help card at 390 and 1280 px, as PNGs in
// screenshots/ (gitignored), for a reviewer to look at, plus the figures issue 21 asks for (printed).
// Not part of `npm test`: it asserts nothing. Serves the project with the demo's routes, so the real
// bundle reads the demo feed and the demo's West Yorkshire geocoder; drives Debian's Chromium.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startDevServer } from '@web/dev-server';
import { chromium } from 'playwright-core';
import { demoRoutes } from '../demo/routes.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const out = new URL('../screenshots/', import.meta.url);
mkdirSync(out, { recursive: true });

const EMPTY = JSON.stringify({ version: 1, updated: '2026-11-20T09:00:00Z', publisher: { name: 'Empty ICB' }, services: [] });
const page = (body) =>
  `<!doctype html><html lang="en"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Signpost</title>` +
  `<style>body{margin:0;padding:8px;font-family:system-ui,sans-serif}</style>` +
  `<script type="module" src="/dist/signpost.js"></script><body>${body}</body></html>`;
const PAGES = {
  finder: page(
    '<signpost-service-finder endpoint="/demo/data/feed.json" practice="B82005" page-size="5" geocoder="/demo/geocode/{postcode}"></signpost-service-finder>',
  ),
  empty: page('<signpost-service-finder endpoint="/shots/empty.json"></signpost-service-finder>'),
  'get-help': page('<signpost-get-help endpoint="/demo/data/feed.json" pathway="adult"></signpost-get-help>'),
  strip: page('<signpost-get-help variant="strip"></signpost-get-help>'),
};

const server = await startDevServer({
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
  autoExitProcess: false,
  config: {
    rootDir: root,
    port: 0,
    middleware: [
      (ctx, next) => {
        const name = /^\/shots\/([\w-]+)\.html$/.exec(ctx.path)?.[1];
        if (name && PAGES[name]) return void ((ctx.type = 'html'), (ctx.body = PAGES[name]));
        if (ctx.path === '/shots/empty.json') return void ((ctx.type = 'json'), (ctx.body = EMPTY));
        return next();
      },
      demoRoutes(),
    ],
  },
});
const origin = `http://localhost:${server.server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});

const finder = 'signpost-service-finder';
const settled = (p) => p.waitForFunction(() => !document.querySelector('signpost-service-finder')?.shadowRoot?.querySelector('.skeleton'));
const search = async (p, field, text) => {
  await p.locator(`${finder} ${field}`).fill(text);
  await p.locator(`${finder} ${field}`).press('Enter');
  await p.waitForTimeout(300);
};
const filters = async (p) => {
  // A disclosure when the layout has one; otherwise the filters are already showing.
  const toggle = p.locator(`${finder} [aria-controls="filters"]`);
  if (await toggle.isVisible().catch(() => false)) await toggle.click();
};
const answer = (label) => async (p) => p.locator(`signpost-get-help button`, { hasText: label }).first().click();

/** [file name, page, what to do first] */
const STATES = [
  ['finder-loaded', 'finder', async () => {}],
  ['finder-postcode', 'finder', (p) => search(p, '#pc', 'LS6 1AA')],
  ['finder-bad-postcode', 'finder', (p) => search(p, '#pc', 'LS6 1A')],
  ['finder-out-of-area', 'finder', (p) => search(p, '#pc', 'SW1A 1AA')],
  ['finder-suicidal', 'finder', (p) => search(p, '#q', 'suicidal')],
  ['finder-grief', 'finder', (p) => search(p, '#q', 'grief')],
  ['finder-no-match', 'finder', (p) => search(p, '#q', 'zzzz')],
  ['finder-filters', 'finder', filters],
  ['finder-empty-feed', 'empty', async () => {}],
  ['get-help', 'get-help', async () => {}],
  ['get-help-right-now', 'get-help', answer('Right now')],
  ['get-help-today', 'get-help', answer('Today')],
  ['get-help-this-week', 'get-help', answer('This week')],
  ['get-help-support', 'get-help', answer("I'd like support")],
  ['get-help-strip', 'strip', async () => {}],
];

async function open(name, width, height) {
  const context = await browser.newContext({ viewport: { width, height } });
  const p = await context.newPage();
  await p.goto(`${origin}/shots/${name}.html`);
  await p.waitForFunction(() => customElements.get('signpost-get-help'));
  if (name === 'finder' || name === 'empty') await settled(p);
  await p.waitForTimeout(200);
  return p;
}

for (const width of [390, 1280]) {
  for (const [file, name, act] of STATES) {
    const p = await open(name, width, width === 390 ? 844 : 900);
    await act(p);
    await p.waitForTimeout(300);
    await p.screenshot({ path: fileURLToPath(new URL(`${file}-${width}.png`, out)), fullPage: true });
    await p.context().close();
  }
}

// The figures issue 21 asks to compare before and after.
const figures = {};
{
  const p = await open('finder', 390, 844);
  figures['finder: px from its top to the first result, 390x844'] = await p.evaluate(() => {
    const el = document.querySelector('signpost-service-finder');
    return Math.round(el.shadowRoot.querySelector('article').getBoundingClientRect().top - el.getBoundingClientRect().top);
  });
  await p.locator(`${finder} #q`).focus();
  let stops = 0;
  for (; stops < 100;) {
    await p.keyboard.press('Tab');
    stops++;
    if (await p.evaluate(() => !!document.querySelector('signpost-service-finder').shadowRoot.activeElement?.closest('article'))) break;
  }
  figures['finder: Tab presses from the search box into the first result'] = stops;
  await p.locator(`${finder} #q`).focus();
  await search(p, '#pc', 'LS6 1AA');
  figures['finder: first result heading on screen after a postcode search, 390x844'] = await p.evaluate(() => {
    const r = document.querySelector('signpost-service-finder').shadowRoot.querySelector('article h3').getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  });
  await p.context().close();
}
{
  const p = await open('get-help', 390, 844);
  figures['get-help: height before an answer, 390x844 (px)'] = await p.evaluate(() =>
    Math.round(document.querySelector('signpost-get-help').getBoundingClientRect().height),
  );
  await p.context().close();
}
for (const [k, v] of Object.entries(figures)) console.log(`${k}: ${v}`);
console.log(`Screenshots in ${fileURLToPath(out)}`);
await browser.close();
await server.stop();
