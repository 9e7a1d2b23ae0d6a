// The demo's extra routes, shared by demo/web-dev-server.config.mjs (and any test runner config).
import { readFile } from 'node:fs/promises';
import { release } from '../scripts/release.mjs';

/** Rough centres of the postcode areas and a few districts, for the demo geocoder only. */
const PLACES = {
  LS: [53.8, -1.55],
  BD: [53.795, -1.76],
  HX: [53.72, -1.86],
  HD: [53.645, -1.78],
  WF: [53.683, -1.5],
  LS1: [53.797, -1.547],
  LS2: [53.802, -1.545],
  LS6: [53.822, -1.574],
  LS7: [53.818, -1.533],
  LS12: [53.79, -1.59],
  BD1: [53.795, -1.752],
  BD8: [53.803, -1.775],
  HX1: [53.722, -1.862],
  HD1: [53.646, -1.782],
  WF1: [53.684, -1.497],
};

/** The day the sample feed's dates were written (its `updated`). */
const DATED = Date.parse('2026-11-27');
const WEEK = 7 * 86_400_000;

/**
 * The sample feed with its dates (`updated`, `lastReviewed`, waiting times' `asOf`) moved on by the
 * whole weeks since it was written, so a demo run months later still shows current waiting times,
 * and the service left stale on purpose stays stale. Whole weeks keep every date on its weekday;
 * bank holidays (`closedOn`) are real dates and stay.
 */
function current(feed, now) {
  const shift = Math.max(0, Math.floor((now - DATED) / WEEK)) * WEEK;
  const move = (value, length) => new Date(Date.parse(value) + shift).toISOString().slice(0, length);
  return {
    ...feed,
    updated: move(feed.updated, 19) + 'Z',
    services: feed.services.map((s) => ({
      ...s,
      ...(s.lastReviewed && { lastReviewed: move(s.lastReviewed, 10) }),
      ...(s.waitingTime?.asOf && { waitingTime: { ...s.waitingTime, asOf: move(s.waitingTime.asOf, 10) } }),
    })),
  };
}

/**
 * Koa middleware for the demo (/ redirects to it) and its developer gallery:
 * - /demo/data/feed.json is the sample feed with its dates moved on to today (above); `?on=YYYY-MM-DD`
 *   moves them as on that day, for the demo's test;
 * - /demo/hang never answers (until the browser gives up), to show the loading state;
 * - /demo/data/**.html is sent with status 500, like a server's error page in place of a feed;
 * - /demo/geocode/{postcode} answers like postcodes.io for West Yorkshire, so the finder can sort
 *   by distance without the demo sending a postcode to anyone;
 * - /demo/release.json is the package's name, version and each CDN script's integrity hash, read
 *   from package.json and dist/ when asked, for "Get the code" (demo/snippet.js);
 * - /dist/ is sent with Access-Control-Allow-Origin: *, like a CDN, so a page on another origin or
 *   port can load the scripts (module scripts and integrity checks need CORS).
 * Add `middleware: [demoRoutes()]` to any @web server config for the same routes.
 */
export function demoRoutes() {
  return async (ctx, next) => {
    // appIndex covers /demo/ only (its own folder); the site root is the demo too.
    // Only the bare root: the test runner serves its own pages at /?wtr-session-id=...
    if (ctx.path === '/' && !ctx.querystring) return ctx.redirect('/demo/');
    if (ctx.path === '/demo/hang') {
      await new Promise((resolve) => ctx.req.once('close', resolve));
      ctx.status = 204;
      return;
    }
    const page = /^\/demo\/data\/([\w/-]+)\.html$/.exec(ctx.path);
    if (page) {
      ctx.status = 500;
      ctx.type = 'text/html';
      ctx.set('Cache-Control', 'no-store');
      ctx.body = await readFile(new URL(`./data/${page[1]}.html`, import.meta.url)).catch(() => 'Internal Server Error');
      return;
    }
    if (ctx.path === '/demo/data/feed.json') {
      const feed = JSON.parse(await readFile(new URL('./data/feed.json', import.meta.url), 'utf8'));
      ctx.type = 'application/json';
      ctx.set('Cache-Control', 'no-cache');
      ctx.set('Access-Control-Allow-Origin', '*');
      ctx.body = JSON.stringify(current(feed, Date.parse(ctx.query.on ?? '') || Date.now()));
      return;
    }
    const geocode = /^\/demo\/geocode\/([^/]+)$/.exec(ctx.path);
    if (geocode) {
      const postcode = decodeURIComponent(geocode[1]).toUpperCase().replace(/\s+/g, '');
      const district = /^([A-Z]{1,2})(\d{1,2})[A-Z]?\d[A-Z]{2}$|^([A-Z]{1,2})(\d{1,2})$/.exec(postcode);
      const area = district?.[1] ?? district?.[3];
      const place = district && (PLACES[area + (district[2] ?? district[4])] ?? PLACES[area]);
      ctx.type = 'application/json';
      ctx.status = place ? 200 : 404;
      ctx.body = place
        ? { status: 200, result: { postcode, latitude: place[0], longitude: place[1] } }
        : { status: 404, error: 'Postcode not found (the demo geocoder knows West Yorkshire only)' };
      return;
    }
    if (ctx.path === '/demo/release.json') {
      ctx.type = 'application/json';
      ctx.set('Cache-Control', 'no-cache');
      ctx.body = JSON.stringify(release());
      return;
    }
    await next();
    if (ctx.path.startsWith('/dist/')) ctx.set('Access-Control-Allow-Origin', '*');
    // A real feed host should say the same (see the README, "Hosting the feed").
    if (/^\/demo\/data\/.+\.json$/.test(ctx.path)) ctx.set('Access-Control-Allow-Origin', '*');
  };
}
