// `npm run bench`: what Signpost costs a GP practice page, next to hand-written DOM code doing the
// same job. Serves the project on localhost, drives Debian's Chromium through playwright-core,
// prints a table (progress goes to stderr) and writes bench/results.json. A missed target is a
// finding, not a failure: the exit code is 1 only when the harness itself could not measure.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, totalmem } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { BUDGET, measureSizes } from '../scripts/size.mjs';
import { browsers, chromiumArgs } from '../scripts/browsers.mjs';
import { makeFeed } from './feeds.mjs';
import { national } from './national.mjs';
import { baselinePage, elementPage, tenPage } from './pages.mjs';
import { PROFILE, SAFETY_PAGES, floorScript } from './safety.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const THROTTLE = 4;
const START_RUNS = 15;
const SAFETY_RUNS = Number(process.env.SAFETY_RUNS) || 11;
// (b) and (c) against the Lit floor (d).
const SAFETY_TARGET = 1.2;
const SCALE_RUNS = 9;
const SIZES = [1000, 10000];
const QUERY = 'anxiet';
const ROUNDS = 15; // 15 × 6 letters = 90 keystrokes
// The loader refuses feeds over 5 MB by default; the generated 10,000-service feed is larger.
const MAX_BYTES = 64 * 1024 * 1024;
const TARGET = { ratio: 1.5, heap: 2 };
const DEADLINE = 14 * 60_000;

const started = Date.now();
const log = (message) => process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)}s] ${message}\n`);

class HarnessError extends Error {}

// ---------------------------------------------------------------- server

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** Pages and generated feeds, by path. */
const memory = new Map();
const files = new Map();
/** Requests that reached the server, by path, split by status. */
const hits = new Map();

function entity(body, type) {
  const etag = `"${createHash('sha1').update(body).digest('base64url').slice(0, 20)}"`;
  return { body, type, etag, gzipped: undefined };
}

function resource(path) {
  if (memory.has(path)) return memory.get(path);
  if (files.has(path)) return files.get(path);
  const file = normalize(join(ROOT, decodeURIComponent(path)));
  if (!file.startsWith(ROOT)) return undefined;
  if (!existsSync(file) || !statSync(file).isFile()) return undefined;
  const found = entity(readFileSync(file), TYPES[extname(file)] ?? 'application/octet-stream');
  files.set(path, found);
  return found;
}

/** Like a CDN: gzip, a five-minute Cache-Control and an ETag, so a second page view can come from the HTTP cache. */
function serve(request, response) {
  const path = new URL(request.url, 'http://x').pathname;
  const found = request.method === 'GET' || request.method === 'HEAD' ? resource(path) : undefined;
  const count = hits.get(path) ?? {};
  hits.set(path, count);
  if (!found) {
    count[404] = (count[404] ?? 0) + 1;
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  const headers = { 'cache-control': 'max-age=300', etag: found.etag, vary: 'accept-encoding' };
  if (request.headers['if-none-match'] === found.etag) {
    count[304] = (count[304] ?? 0) + 1;
    response.writeHead(304, headers).end();
    return;
  }
  count[200] = (count[200] ?? 0) + 1;
  let body = found.body;
  if (/gzip/.test(request.headers['accept-encoding'] ?? '') && !found.type.startsWith('image/')) {
    found.gzipped ??= gzipSync(found.body);
    body = found.gzipped;
    headers['content-encoding'] = 'gzip';
  }
  response.writeHead(200, { ...headers, 'content-type': found.type, 'content-length': body.length });
  response.end(request.method === 'HEAD' ? undefined : body);
}

// ---------------------------------------------------------------- statistics and formatting

const sorted = (xs) => [...xs].sort((a, b) => a - b);
const median = (xs) => {
  const s = sorted(xs);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
/** Nearest-rank percentile. */
const percentile = (xs, p) => sorted(xs)[Math.max(0, Math.ceil((p / 100) * xs.length) - 1)];
const ms = (x) => `${x < 100 ? x.toFixed(1) : x.toFixed(0)} ms`;
const bytes = (x) => x.toLocaleString('en-GB');
const mb = (x) => `${(x / 1024 / 1024).toFixed(1)} MB`;
const ratioText = (x) => `${x.toFixed(2)}x`;

/** Every row of the table, in order; rows with a target also go in results.targets. */
const rows = [];
const targets = [];
const section = (title) => rows.push({ title });
function row(label, signpost, baseline, ratio, target, met) {
  rows.push({ label, signpost, baseline, ratio, target, met });
  if (target) targets.push({ label, target, met });
}

function table() {
  const head = ['', 'Signpost', 'baseline', 'ratio', 'target', ''];
  const body = rows.map((r) =>
    r.title ? r : [r.label, r.signpost ?? '', r.baseline ?? '', r.ratio ?? '', r.target ?? '', r.target ? (r.met ? 'met' : 'MISSED') : ''],
  );
  const width = head.map((_, i) => Math.max(head[i].length, ...body.filter(Array.isArray).map((r) => r[i].length)));
  const line = (cells) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(width[i]) : c.padStart(width[i])))
      .join('  ')
      .trimEnd();
  const out = [line(head)];
  for (const r of body) out.push(Array.isArray(r) ? line(r) : `\n${r.title}`);
  return out.join('\n');
}

// ---------------------------------------------------------------- browser

let browser;
let origin;

/** A fresh browser context (empty HTTP cache) and page, with the CPU throttled, loaded and measured. */
async function load(path) {
  // A phone-sized viewport: the page a patient sees.
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  await page.goto(origin + path, { waitUntil: 'domcontentloaded' });
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new HarnessError(`${path} did not render with data in 90 s${errors.length ? `: ${errors.join('; ')}` : ''}`)), 90_000);
  });
  const timing = await Promise.race([page.evaluate(() => window.bench.ready), timeout]).finally(() => clearTimeout(timer));
  return { timing, page, cdp, close: () => context.close() };
}

/** The page's JS heap after two full garbage collections, in bytes. */
async function heap(cdp) {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

/** Runs every variant `runs` times, alternating the order so drift on a shared machine hits both sides. */
async function alternate(variants, runs, measure) {
  const out = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
  const names = Object.keys(variants);
  for (let i = 0; i < runs; i++) {
    for (const name of i % 2 ? [...names].reverse() : names) out[name].push(await measure(name, variants[name], i));
  }
  return out;
}

// ---------------------------------------------------------------- sections

async function size(results) {
  log('size: measuring dist/signpost.js and each element entry');
  const sizes = await measureSizes();
  results.size = sizes;
  section('Size (bytes)');
  row('dist/signpost.js minified', bytes(sizes.bundle.minified));
  row('dist/signpost.js gzip', bytes(sizes.bundle.gzip), '', '', `<= ${bytes(BUDGET.bundle)}`, sizes.bundle.gzip <= BUDGET.bundle);
  const getHelp = gzipSync(readFileSync(join(ROOT, 'dist/signpost-get-help.js')), { level: 9 }).length;
  results.size.getHelpScript = getHelp;
  row(
    'dist/signpost-get-help.js gzip (npm test ceiling)',
    bytes(getHelp),
    '',
    '',
    `<= ${bytes(BUDGET.ceilings.getHelpScript)}`,
    getHelp <= BUDGET.ceilings.getHelpScript,
  );
  for (const [name, gzip] of Object.entries(sizes.entries)) {
    row(`${name} entry, tree-shaken, gzip`, bytes(gzip), '', '', `<= ${bytes(BUDGET.entry)}`, gzip <= BUDGET.entry);
  }
}

/** Every request of a page, from the DevTools protocol (call before Network.enable): path and bytes on the wire. */
function trackRequests(cdp) {
  const requests = new Map();
  cdp.on('Network.requestWillBeSent', ({ requestId, request }) => requests.set(requestId, { url: new URL(request.url).pathname, bytes: 0, fromCache: false }));
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => requests.get(requestId) && (requests.get(requestId).bytes = encodedDataLength));
  return requests;
}

/** A fresh context on the throttled profile: ms from navigation start to the frame that paints a tappable 999, and what the page downloaded. */
async function loadThrottled(path) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const cdp = await context.newCDPSession(page);
  const requests = trackRequests(cdp);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: PROFILE.latency,
    downloadThroughput: PROFILE.throughput,
    uploadThroughput: PROFILE.throughput,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PROFILE.cpu });
  await page.goto(origin + path, { waitUntil: 'commit' });
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new HarnessError(`${path}: no tappable 999 in 90 s${errors.length ? `: ${errors.join('; ')}` : ''}`)), 90_000);
  });
  const { paint } = await Promise.race([page.evaluate(() => window.bench.ready), timeout]).finally(() => clearTimeout(timer));
  await page.waitForLoadState('networkidle');
  const all = [...requests.values()];
  await context.close();
  return { paint, requests: all.length, bytes: all.reduce((sum, r) => sum + r.bytes, 0), urls: all.map((r) => r.url) };
}

async function safety(results) {
  memory.set('/bench/floor.js', entity(Buffer.from(await floorScript(ROOT)), TYPES['.js']));
  const variants = {};
  for (const [name, { html }] of Object.entries(SAFETY_PAGES)) {
    variants[name] = `/bench/safety/${name}.html`;
    memory.set(variants[name], entity(Buffer.from(html), TYPES['.html']));
  }
  const profile = `${PROFILE.latency} ms round trip, ${(PROFILE.throughput * 8) / 1000} kbit/s, CPU ${PROFILE.cpu}x slower`;
  log(`safety: one warm-up load each, then ${SAFETY_RUNS} paired runs of ${Object.keys(variants).length} pages, ${profile}`);
  for (const path of Object.values(variants)) await loadThrottled(path);
  const runs = await alternate(variants, SAFETY_RUNS, async (name, path, i) => {
    const run = await loadThrottled(path);
    log(`safety: run ${i + 1}/${SAFETY_RUNS} ${name}: ${ms(run.paint)}, ${run.requests} requests, ${bytes(run.bytes)} bytes`);
    return run;
  });
  const med = (name, key) => median(runs[name].map((r) => r[key]));
  const floor = med('floor', 'paint');
  /** In how many of the paired runs `a` painted its 999 before `b`. */
  const wins = (a, b) => runs[a].filter((r, i) => r.paint < runs[b][i].paint).length;
  results.safety = { profile: PROFILE, runs: SAFETY_RUNS, pages: {} };
  section(`Safety: navigation start to a tappable 999, painted (median of ${SAFETY_RUNS} paired loads, ${profile}; no feed)`);
  for (const [name, { label }] of Object.entries(SAFETY_PAGES)) {
    const paint = med(name, 'paint');
    const ratio = paint / floor;
    const target = name === 'get-help-script' || name === 'bundle' ? `<= ${SAFETY_TARGET}x` : '';
    results.safety.pages[name] = {
      label,
      median: paint,
      ratio,
      requests: med(name, 'requests'),
      bytes: med(name, 'bytes'),
      urls: runs[name][0].urls,
      runs: runs[name],
    };
    row(label, ms(paint), name === 'floor' ? '' : ms(floor), name === 'floor' ? '' : ratioText(ratio), target, target ? ratio <= SAFETY_TARGET : undefined);
  }
  for (const [name, { label }] of Object.entries(SAFETY_PAGES)) {
    const { requests, bytes: b } = results.safety.pages[name];
    row(`${label.slice(0, 3)} requests / bytes on the wire`, `${requests} / ${bytes(b)}`);
  }
  const b = results.safety.pages['get-help-script'].median / results.safety.pages.bundle.median;
  results.safety.getHelpVsBundle = { ratio: b, faster: wins('get-help-script', 'bundle') };
  row(`(b) against (c): ratio, and faster in how many of the ${SAFETY_RUNS} pairs`, `${wins('get-help-script', 'bundle')} of ${SAFETY_RUNS}`, '', ratioText(b));
}

async function startup(results, sample) {
  const variants = { baseline: baselinePage({ feed: sample.path }) };
  for (const [kind, options] of Object.entries(sample.elements)) variants[kind] = elementPage(kind, { feed: sample.path, ...options });
  for (const [name, html] of Object.entries(variants)) memory.set(`/bench/start/${name}.html`, entity(Buffer.from(html), TYPES['.html']));

  log(`start-up: one warm-up load each, then ${START_RUNS} runs of ${Object.keys(variants).length} pages, CPU ${THROTTLE}x slower`);
  for (const name of Object.keys(variants)) await (await load(`/bench/start/${name}.html`)).close();
  const runs = await alternate(variants, START_RUNS, async (name, _, i) => {
    const { timing, close } = await load(`/bench/start/${name}.html`);
    await close();
    log(`start-up: run ${i + 1}/${START_RUNS} ${name}: ${ms(timing.paint)}`);
    return timing;
  });
  const base = median(runs.baseline.map((t) => t.paint));
  results.startup = {
    throttle: THROTTLE,
    runs: START_RUNS,
    feed: sample.path,
    services: sample.feed.services.length,
    baseline: { median: base, runs: runs.baseline },
    elements: {},
  };
  section(`Start-up: script start to first render with data, painted (median of ${START_RUNS}, CPU ${THROTTLE}x slower, ${sample.path})`);
  row("hand-written baseline (the finder's form and 10 cards)", '', ms(base));
  for (const kind of Object.keys(sample.elements)) {
    const value = median(runs[kind].map((t) => t.paint));
    const ratio = value / base;
    results.startup.elements[kind] = { median: value, ratio, met: ratio <= TARGET.ratio, runs: runs[kind] };
    row(`<signpost-${kind}>`, ms(value), ms(base), ratioText(ratio), `<= ${TARGET.ratio}x`, ratio <= TARGET.ratio);
  }
}

async function scale(results, sample) {
  results.scale = {};
  results.memory = {};
  section(`Scale: <signpost-service-finder page-size="10"> vs the baseline (CPU ${THROTTLE}x slower)`);
  const memoryRows = [];
  for (const count of SIZES) {
    const json = makeFeed(sample.feed, count);
    const feed = `/bench/feeds/${count}.json`;
    memory.set(feed, entity(Buffer.from(json), TYPES['.json']));
    const variants = {
      signpost: elementPage('service-finder', { feed, maxBytes: MAX_BYTES }),
      baseline: baselinePage({ feed }),
    };
    for (const [name, html] of Object.entries(variants)) memory.set(`/bench/scale/${name}-${count}.html`, entity(Buffer.from(html), TYPES['.html']));
    const gzip = gzipSync(json).length;
    log(`scale ${count}: feed is ${mb(json.length)} (${mb(gzip)} gzip); ${SCALE_RUNS} runs each for first results and heap`);

    const runs = await alternate(variants, SCALE_RUNS, async (name, _, i) => {
      const { timing, cdp, close } = await load(`/bench/scale/${name}-${count}.html`);
      const used = await heap(cdp);
      await close();
      log(`scale ${count}: run ${i + 1}/${SCALE_RUNS} ${name}: ${ms(timing.paint)}, heap ${mb(used)}`);
      return { ...timing, heap: used };
    });

    // Both pages stay open and take turns, a round (6 letters and a clear) at a time, so that a
    // busy moment on a shared machine lands on both sides.
    log(`scale ${count}: typing "${QUERY}" ${ROUNDS} times on each page, taking turns`);
    const open = {};
    for (const name of Object.keys(variants)) open[name] = await load(`/bench/scale/${name}-${count}.html`);
    const typed = await alternate(variants, ROUNDS, (name) => open[name].page.evaluate((q) => window.bench.type(q, 1), QUERY));
    const names = {};
    for (const [name, { page, close }] of Object.entries(open)) {
      typed[name] = typed[name].flat();
      names[name] = await page.evaluate((q) => window.bench.names(q), QUERY);
      await close();
    }
    if (!names.signpost.length || !names.baseline.length) throw new HarnessError(`scale ${count}: "${QUERY}" showed no results`);
    const same = JSON.stringify(names.signpost) === JSON.stringify(names.baseline);
    if (!same) log(`scale ${count}: WARNING the first page of results differs: ${JSON.stringify(names)}`);

    const first = { signpost: median(runs.signpost.map((t) => t.paint)), baseline: median(runs.baseline.map((t) => t.paint)) };
    // Per prefix too: the finder's cost depends on whether the letter changes the first page.
    const prefixes = [...QUERY].map((_, i) => QUERY.slice(0, i + 1));
    const keys = Object.fromEntries(
      Object.entries(typed).map(([name, times]) => [
        name,
        {
          median: median(times),
          p95: percentile(times, 95),
          count: times.length,
          byPrefix: Object.fromEntries(prefixes.map((q, i) => [q, median(times.filter((_, j) => j % QUERY.length === i))])),
          times,
        },
      ]),
    );
    const heaps = { signpost: median(runs.signpost.map((t) => t.heap)), baseline: median(runs.baseline.map((t) => t.heap)) };
    const label = count.toLocaleString('en-GB');
    const big = count === Math.max(...SIZES);
    results.scale[count] = {
      feedBytes: json.length,
      feedGzipBytes: gzip,
      firstResults: { ...first, ratio: first.signpost / first.baseline, runs },
      keystrokes: { ...keys, ratio: { median: keys.signpost.median / keys.baseline.median, p95: keys.signpost.p95 / keys.baseline.p95 } },
      sameFirstPage: same,
    };
    results.memory[count] = { ...heaps, ratio: heaps.signpost / heaps.baseline };

    const r = first.signpost / first.baseline;
    row(
      `${label} services (${mb(json.length)}): time to first results`,
      ms(first.signpost),
      ms(first.baseline),
      ratioText(r),
      `<= ${TARGET.ratio}x`,
      r <= TARGET.ratio,
    );
    row(
      `${label}: keystroke to paint, median of ${keys.signpost.count}`,
      ms(keys.signpost.median),
      ms(keys.baseline.median),
      ratioText(keys.signpost.median / keys.baseline.median),
    );
    const p = keys.signpost.p95 / keys.baseline.p95;
    if (big) row(`${label}: keystroke to paint, p95`, ms(keys.signpost.p95), ms(keys.baseline.p95), ratioText(p), `<= ${TARGET.ratio}x`, p <= TARGET.ratio);
    else row(`${label}: keystroke to paint, p95`, ms(keys.signpost.p95), ms(keys.baseline.p95), ratioText(p));
    if (!same) row(`${label}: first page of "${QUERY}" results`, 'differs', 'from baseline');
    const h = heaps.signpost / heaps.baseline;
    memoryRows.push([
      `JS heap after first results, ${label} services`,
      mb(heaps.signpost),
      mb(heaps.baseline),
      ratioText(h),
      big ? `<= ${TARGET.heap}x` : '',
      h <= TARGET.heap,
    ]);
  }
  section(`Memory: used JS heap after two forced GCs (median of ${SCALE_RUNS})`);
  for (const r of memoryRows) row(...r);
}

/** Every request a page view makes, from the DevTools protocol: status, bytes on the wire, and whether the HTTP cache answered. */
async function view(context, path) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const requests = trackRequests(cdp);
  cdp.on('Network.requestServedFromCache', ({ requestId }) => requests.get(requestId) && (requests.get(requestId).fromCache = true));
  cdp.on('Network.responseReceived', ({ requestId, response }) => {
    const r = requests.get(requestId);
    if (!r) return;
    r.status = response.status;
    r.fromCache ||= !!(response.fromDiskCache || response.fromPrefetchCache);
  });
  await cdp.send('Network.enable');
  await page.goto(origin + path, { waitUntil: 'domcontentloaded' });
  await page.evaluate(() => window.bench.ready);
  await page.waitForLoadState('networkidle');
  await page.close();
  return [...requests.values()];
}

async function network(results, sample) {
  const path = '/bench/network/ten.html';
  memory.set(path, entity(Buffer.from(tenPage({ feed: sample.path, services: sample.waiting, ...sample.elements['get-help'] })), TYPES['.html']));
  log('network: ten elements on one endpoint, two page views in one browser context');
  const context = await browser.newContext();
  const views = [];
  for (let i = 0; i < 2; i++) {
    hits.clear();
    const requests = await view(context, path);
    const atServer = hits.get(sample.path) ?? {};
    const feed = requests.filter((r) => r.url === sample.path);
    views.push({
      requests,
      feedRequests: feed.length,
      feedAtServer: { ok: atServer[200] ?? 0, notModified: atServer[304] ?? 0 },
      feedFromCache: feed.length > 0 && feed.every((r) => r.fromCache),
      bytes: requests.reduce((sum, r) => sum + r.bytes, 0),
    });
  }
  await context.close();
  results.network = { page: path, endpoint: sample.path, views };
  const [one, two] = views;
  const server = (v) => `${v.feedAtServer.ok} x 200, ${v.feedAtServer.notModified} x 304`;
  section('Network: ten elements (1 finder, 3 get-help, 6 waiting-time), each with the same endpoint attribute');
  row('first view: feed requests', String(one.feedRequests), '', '', '= 1', one.feedRequests === 1);
  row('first view: all requests / bytes on the wire', `${one.requests.length} / ${bytes(one.bytes)}`);
  row('second view: feed requests reaching the server', server(two), '', '', '0 (HTTP cache)', two.feedAtServer.ok + two.feedAtServer.notModified === 0);
  row('second view: feed response', two.feedFromCache ? 'from cache' : two.feedAtServer.notModified ? '304' : 'downloaded again');
  row('second view: all requests / bytes on the wire', `${two.requests.length} / ${bytes(two.bytes)}`);
}

// ---------------------------------------------------------------- sample feed

function loadSample() {
  const path = existsSync(join(ROOT, 'demo/data/feed.json')) ? '/demo/data/feed.json' : '/test/fixtures/feed.json';
  const feed = JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
  const today = new Date().toISOString().slice(0, 10);
  const waiting = feed.services.filter((s) => s.waitingTime && typeof s.waitingTime.days === 'number' && s.waitingTime.asOf <= today).map((s) => s.id);
  const pathway = (feed.pathways ?? []).find((p) => p.steps?.length);
  if (!waiting.length) throw new HarnessError(`${path} has no service with a current waiting time`);
  if (!pathway) throw new HarnessError(`${path} has no pathway with steps`);
  return {
    path,
    feed,
    waiting,
    elements: {
      'waiting-time': { service: waiting[0] },
      'get-help': { pathway: pathway.id, expect: pathway.steps[0].title.trim() },
      'service-finder': {},
    },
  };
}

// ---------------------------------------------------------------- main

async function main() {
  if (!existsSync(join(ROOT, 'dist/signpost.js'))) throw new HarnessError('dist/signpost.js is missing: run `npm run bench`, which builds first');
  if (!existsSync(join(ROOT, 'dist/signpost-get-help.js')))
    throw new HarnessError('dist/signpost-get-help.js is missing: run `npm run bench`, which builds first');
  const bundle = readFileSync(join(ROOT, 'dist/signpost.js'), 'utf8');
  for (const tag of ['signpost-service-finder', 'signpost-waiting-time', 'signpost-get-help']) {
    if (!bundle.includes(tag)) throw new HarnessError(`dist/signpost.js does not define <${tag}> (src/index.ts must import it)`);
  }
  const sample = loadSample();
  const results = { date: new Date().toISOString() };
  await size(results);
  national(results, sample.feed, { section, row, log });

  const server = createServer(serve);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: browsers.chromium.path, headless: true, args: chromiumArgs });
  try {
    results.machine = { cores: cpus().length, cpu: cpus()[0]?.model, memory: mb(totalmem()), chromium: browser.version(), node: process.version };
    log(`serving ${ROOT} at ${origin}; Chromium ${browser.version()}; ${cpus().length} cores`);
    await safety(results);
    // `node bench/run.mjs --only-safety`: the safety rows alone (about 3 minutes), e.g. while working on start-up.
    if (!process.argv.includes('--only-safety')) {
      await startup(results, sample);
      await scale(results, sample);
      await network(results, sample);
    }
  } finally {
    await browser.close();
    server.close();
  }

  results.targets = targets;
  results.seconds = Math.round((Date.now() - started) / 1000);
  writeFileSync(new URL('./results.json', import.meta.url), JSON.stringify(results, null, 2) + '\n');
  const missed = targets.filter((t) => !t.met);
  const { cores, chromium: version } = results.machine;
  console.log(`Signpost bench: ${cores} cores, Chromium ${version}, Node ${process.version}, ${results.seconds} s`);
  console.log(table());
  console.log(
    `\n${targets.length - missed.length} of ${targets.length} targets met${missed.length ? `; missed: ${missed.map((t) => t.label).join('; ')}` : ''}.`,
  );
  console.log('Ratios compare Signpost with the hand-written baseline in the same run; absolute times on shared machines are noise.');
  log('wrote bench/results.json');
}

const deadline = setTimeout(() => {
  log(`harness failure: the bench took longer than ${DEADLINE / 60_000} minutes`);
  process.exit(1);
}, DEADLINE);

main().then(
  () => {
    clearTimeout(deadline);
    process.exit(0);
  },
  (error) => {
    log(`harness failure: ${error instanceof HarnessError ? error.message : error.stack}`);
    process.exit(1);
  },
);
