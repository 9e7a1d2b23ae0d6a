import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { PassThrough } from 'node:stream';
import { directory } from './fixtures/openreferral/directory.mjs';

/** Content-Security-Policies the Trusted Types and style tests load the bundle under. */
const POLICIES = {
  'tt-none': "default-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'",
  'tt-none-only': "default-src 'self'; trusted-types 'none'",
  'tt-other': "default-src 'self'; require-trusted-types-for 'script'; trusted-types other",
  'tt-lit': "default-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html",
  'tt-lit-duplicates': "default-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'",
  'style-self': "default-src 'self'; style-src 'self'",
  'style-nonce': "default-src 'self'; style-src 'nonce-signpost-test'",
};

const policyPage = (pre) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Signpost under a policy</title>
    <script src="/test/pages/record-violations.js"></script>
    ${pre.map((name) => `<script src="/test/pages/${name}.js"></script>`).join('')}
    <script type="module" src="/dist/signpost.js"></script>
  </head>
  <body>
    <signpost-provider endpoint="/test/fixtures/feed.json" practice="B82005">
      <signpost-get-help pathway="adult"></signpost-get-help>
      <signpost-service-finder></signpost-service-finder>
    </signpost-provider>
  </body>
</html>`;

/**
 * Real HTTP faults for the browser tests: a Koa middleware the test runner serves on localhost.
 * Every /fault/* request is counted by its `key` query parameter; GET /fault/hits?key=K returns the count
 * and GET /fault/headers?key=K the last request's headers.
 * Routes: see `routes` below. Bodies can also be stored with POST /fault/store?key=K and served back.
 * A paged Open Referral directory answers at /fault/directory/<key>/<options>/services (see its module);
 * GET /fault/requests?key=K gives `{ urls, peak }`: the directory addresses requested under a key, in
 * order, and the most that were in flight at once.
 */
export function testServer() {
  const hits = new Map();
  const headers = new Map();
  const stored = new Map();
  const requested = new Map();
  const busy = new Map();
  const peak = new Map();
  const feed = () => readFileSync(new URL('./fixtures/feed.json', import.meta.url), 'utf8');
  const json = (ctx, body, type = 'application/json') => {
    ctx.status = 200;
    ctx.type = type;
    ctx.body = body;
  };
  const drip = (ctx, first, intervalMs) => {
    const stream = new PassThrough();
    stream.write(first);
    const timer = setInterval(() => stream.write(' '), intervalMs);
    stream.on('close', () => clearInterval(timer));
    ctx.req.on('close', () => {
      clearInterval(timer);
      stream.destroy();
    });
    ctx.status = 200;
    ctx.type = 'application/json';
    ctx.body = stream;
  };

  // A second origin on another loopback port that sends the feed without Access-Control-Allow-Origin,
  // and at /page?key=K a page stored with /fault/store (an embed on another site).
  const other = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const key = url.searchParams.get('key');
    if (url.pathname === '/page') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(stored.get(key) ?? '');
    hits.set(key, (hits.get(key) ?? 0) + 1);
    res.writeHead(200, { 'content-type': 'application/json' }).end(feed());
  }).listen(0, '127.0.0.1');
  other.unref();

  const routes = {
    'cross-origin': (ctx) => json(ctx, JSON.stringify(`http://127.0.0.1:${other.address().port}/feed.json?key=${ctx.query.key}`)),
    feed: (ctx) => json(ctx, feed()),
    'text-plain': (ctx) => json(ctx, feed(), 'text/plain'),
    html: (ctx) => json(ctx, '<!doctype html><title>Error</title><p>Something went wrong</p>', 'text/html'),
    'json-as-html': (ctx) => json(ctx, feed(), 'text/html; charset=utf-8'),
    'invalid-json': (ctx) => json(ctx, feed().slice(0, 200)),
    empty: (ctx) => json(ctx, ''),
    'wrong-version': (ctx) => json(ctx, JSON.stringify({ ...JSON.parse(feed()), version: 2 })),
    // Larger than any test's cap, streamed without a Content-Length.
    big: (ctx) => {
      const stream = new PassThrough();
      ctx.status = 200;
      ctx.type = 'application/json';
      ctx.body = stream;
      const chunk = ' '.repeat(64 * 1024);
      let sent = 0;
      const push = () => {
        while (sent < 8 * 1024 * 1024 && stream.write(chunk)) sent += chunk.length;
        if (sent < 8 * 1024 * 1024) stream.once('drain', push);
        else stream.end('{}');
      };
      push();
      ctx.req.on('close', () => stream.destroy());
    },
    'slow-body': (ctx) => drip(ctx, '{"version":1,', 1000),
    hang: (ctx) => new Promise((resolve) => ctx.req.on('close', resolve)).then(() => (ctx.status = 204)),
    redirect: (ctx) => {
      ctx.status = 302;
      ctx.set('Location', ctx.query.to ?? 'javascript:alert(1)');
    },
    // 503 on the first request for a key, the feed after.
    flaky: (ctx) => (hits.get(ctx.query.key) === 1 ? ((ctx.status = 503), (ctx.body = 'busy')) : json(ctx, feed())),
    stored: (ctx) => json(ctx, stored.get(ctx.query.key) ?? '', ctx.query.type ?? 'application/json'),
    store: async (ctx) => {
      let body = '';
      for await (const chunk of ctx.req) body += chunk;
      stored.set(ctx.query.key, body);
      ctx.status = 204;
    },
    // The strict-CSP page of issue 7, served with the policy a cautious NHS site would set.
    'csp-page': (ctx) => {
      ctx.set(
        'Content-Security-Policy',
        "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html",
      );
      json(ctx, readFileSync(new URL('./pages/strict-csp.html', import.meta.url), 'utf8'), 'text/html');
    },
    // A page under one of POLICIES (?csp=), with test/pages scripts run first (?pre=a,b), as README "Reliability and security" describes.
    'policy-page': (ctx) => {
      ctx.set('Content-Security-Policy', POLICIES[ctx.query.csp]);
      const pre = (ctx.query.pre ?? '').split(',').filter((name) => /^[a-z-]+$/.test(name));
      json(ctx, policyPage(pre), 'text/html');
    },
    // The same page as README "Browser support" documents it for Safari 15.4-16.3, which cannot adopt
    // stylesheets: a fresh nonce allows the <style> elements Lit falls back to, through window.litNonce.
    'csp-nonce-page': (ctx) => {
      const nonce = randomBytes(16).toString('base64');
      ctx.set(
        'Content-Security-Policy',
        `default-src 'self'; script-src 'self' 'nonce-${nonce}'; style-src 'self' 'nonce-${nonce}'; connect-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html`,
      );
      const page = readFileSync(new URL('./pages/strict-csp.html', import.meta.url), 'utf8');
      json(
        ctx,
        page.replace('<script type="module"', `<script nonce="${nonce}">window.litNonce = '${nonce}';</script>\n    <script type="module"`),
        'text/html',
      );
    },
    hits: (ctx) => json(ctx, JSON.stringify(hits.get(ctx.query.key) ?? 0)),
    // The request headers last seen for a key, to prove what the loader sends (no cookies).
    headers: (ctx) => json(ctx, JSON.stringify(headers.get(ctx.query.key) ?? null)),
    requests: (ctx) => json(ctx, JSON.stringify({ urls: requested.get(ctx.query.key) ?? [], peak: peak.get(ctx.query.key) ?? 0 })),
  };

  return async (ctx, next) => {
    const paged = /^\/fault\/directory(\/([\w-]+)\/.*)$/.exec(ctx.path);
    if (paged) {
      const [, path, key] = paged;
      requested.set(key, [...(requested.get(key) ?? []), ctx.url]);
      // Requests in flight at once, at most, per key: each answer waits a moment so that overlaps show.
      busy.set(key, (busy.get(key) ?? 0) + 1);
      peak.set(key, Math.max(peak.get(key) ?? 0, busy.get(key)));
      await new Promise((resolve) => setTimeout(resolve, 20));
      busy.set(key, busy.get(key) - 1);
      const { status, body } = directory(path, new URLSearchParams(ctx.querystring));
      ctx.set('Cache-Control', 'no-store');
      json(ctx, body, status === 200 ? 'application/json' : 'text/plain');
      ctx.status = status;
      return;
    }
    const match = /^\/fault\/([a-z-]+)(?:\/(\d{3}))?$/.exec(ctx.path);
    if (!match) return next();
    const [, route, status] = match;
    if (!['hits', 'store', 'headers', 'cross-origin', 'requests'].includes(route)) {
      hits.set(ctx.query.key, (hits.get(ctx.query.key) ?? 0) + 1);
      headers.set(ctx.query.key, ctx.headers);
    }
    ctx.set('Cache-Control', 'no-store');
    if (route === 'status') {
      ctx.status = Number(status);
      if (ctx.query['retry-after']) ctx.set('Retry-After', ctx.query['retry-after']);
      ctx.type = 'text/plain';
      ctx.body = `status ${status}`;
      return;
    }
    const handler = routes[route];
    if (!handler) return next();
    await handler(ctx);
  };
}
