// What the browser tests share, instead of each file keeping its own copy: unique keys, stored bodies
// and hit counts for the test server (test/server.mjs), what the origin stores, feed issues collected through onIssue and the
// elements' signpost-issue events (so no test patches the console), and mounting pages and the three elements. The named fixtures are in ./fixtures.ts, and the suite every
// feed-reading element runs in ./feed-element-suite.ts.
// Node-only tests have test/support/node.mjs; which engine may skip what, test/support/engine.ts.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { FeedIssue, OnIssue } from '../../src/feed/schema.js';

let made = 0;

/** A key no other test (nor an earlier run against the same server) uses: the server counts requests per key. */
export const uniqueKey = (name: string) => `${name}-${Date.now()}-${made++}-${Math.random().toString(36).slice(2, 8)}`;

/** How many requests the test server has counted for `key`. */
export const hits = async (key: string): Promise<number> => Number(await (await fetch(`/fault/hits?key=${encodeURIComponent(key)}`)).text());

/**
 * Stores `body` on the test server (JSON, or a string as it is) and returns the address that serves
 * it back, and the key that counts its requests.
 */
export async function store(body: unknown, name = 'stored'): Promise<{ url: string; key: string }> {
  const key = uniqueKey(name);
  const response = await fetch(`/fault/store?key=${key}`, { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body) });
  expect(response.status, 'the test server stored the body').to.equal(204);
  return { url: `/fault/stored?key=${key}`, key };
}

/** A feed v1 holding `services` and nothing else. */
export const feedOf = (services: unknown[]) => ({ version: 1, updated: '2026-11-20T09:00:00Z', publisher: { name: 'Test' }, services, pathways: [] });

/** What this origin holds in the browser: cookies, both web storages and IndexedDB database names. */
export async function stored() {
  const keys = (storage: Storage) => Array.from({ length: storage.length }, (_, i) => storage.key(i)).sort();
  return {
    cookie: document.cookie,
    local: keys(localStorage),
    session: keys(sessionStorage),
    indexedDB: (await indexedDB.databases()).map((d) => d.name).sort(),
  };
}

/** Runs `fn` with an onIssue that keeps each feed problem (none reaches the console), returning its result and them. */
export function withIssues<T>(fn: (onIssue: OnIssue) => T): { result: T; issues: FeedIssue[] } {
  const issues: FeedIssue[] = [];
  return { result: fn((issue) => void issues.push({ ...issue })), issues };
}

/** withIssues for an async body. */
export async function withIssuesAsync<T>(fn: (onIssue: OnIssue) => Promise<T>): Promise<{ result: T; issues: FeedIssue[] }> {
  const issues: FeedIssue[] = [];
  return { result: await fn((issue) => void issues.push({ ...issue })), issues };
}

/** Starts taking every signpost-issue event that reaches this document into `issues` (each with preventDefault(), so none reaches the console); returns the stop. */
function takeIssues(issues: FeedIssue[]): () => void {
  const take = (event: CustomEvent<FeedIssue>) => {
    event.preventDefault();
    issues.push({ ...event.detail });
  };
  document.addEventListener('signpost-issue', take);
  return () => document.removeEventListener('signpost-issue', take);
}

/**
 * Runs `fn` taking every signpost-issue event that reaches this document: the elements' own problems
 * (a pathway or service the feed lacks, no endpoint, a bad setting) and their feed's. Returns its
 * result and the issues.
 */
export async function withElementIssues<T>(fn: (issues: FeedIssue[]) => Promise<T>): Promise<{ result: T; issues: FeedIssue[] }> {
  const issues: FeedIssue[] = [];
  const stop = takeIssues(issues);
  try {
    return { result: await fn(issues), issues };
  } finally {
    stop();
  }
}

/** For a describe block: the issues each of its tests makes, taken as withElementIssues does, in a list emptied before each test. */
export function issuesEachTest(): FeedIssue[] {
  const issues: FeedIssue[] = [];
  let stop = () => {};
  beforeEach(() => {
    issues.length = 0;
    stop = takeIssues(issues);
  });
  afterEach(() => stop());
  return issues;
}

/** Loads a page in an iframe and resolves once its document has loaded. */
export async function page(src: string, width = 800, height = 900): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = `${height}px`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** The three elements in one provider on the test feed, once each shows its data. */
export async function allThree(): Promise<HTMLElement[]> {
  const el = await fixture(html`<signpost-provider endpoint="/test/fixtures/feed.json">
    <signpost-get-help pathway="adult"></signpost-get-help>
    <signpost-waiting-time service="talking-therapies" variant="detail"></signpost-waiting-time>
    <signpost-service-finder></signpost-service-finder>
  </signpost-provider>`);
  const finder = el.querySelector('signpost-service-finder')!;
  await waitUntil(() => finder.shadowRoot!.querySelector('article'), 'finder results');
  await waitUntil(() => el.querySelector('signpost-get-help')!.shadowRoot!.textContent!.includes('Local crisis line'), 'get-help');
  return [...el.querySelectorAll<HTMLElement>('signpost-get-help, signpost-waiting-time, signpost-service-finder')];
}

/**
 * The three elements of test/pages/three.html (the CDN bundle, as a site embeds it) in an iframe
 * `width` px wide, once each shows its data: a narrow viewport in any engine, whatever its window allows.
 */
export async function allThreeInFrame(width: number): Promise<HTMLElement[]> {
  const frame = await page('/test/pages/three.html', width, 640);
  const doc = frame.contentDocument!;
  const shadow = (tag: string) => doc.querySelector(tag)?.shadowRoot;
  await waitUntil(() => shadow('signpost-service-finder')?.querySelector('article'), 'finder results', { timeout: 10000 });
  await waitUntil(() => shadow('signpost-get-help')?.textContent?.includes('Local crisis line'), 'get-help');
  return [...doc.querySelectorAll<HTMLElement>('signpost-get-help, signpost-waiting-time, signpost-service-finder')];
}

/** Get-help on the test feed after a button to start tabbing from (`#before`), once its local help shows. */
export async function getHelpAfterButton(): Promise<{ page: HTMLElement; help: HTMLElement }> {
  const page = await fixture<HTMLElement>(html`<div>
    <button id="before">Before</button>
    <signpost-get-help endpoint="/test/fixtures/feed.json"></signpost-get-help>
  </div>`);
  const help = page.querySelector<HTMLElement>('signpost-get-help')!;
  await waitUntil(() => help.shadowRoot!.textContent!.includes('Local crisis line'), 'feed');
  return { page, help };
}

/** No element scrolls its page sideways, and nothing inside sticks out of its host. */
export function assertFits(hosts: Element[]) {
  for (const host of hosts) {
    const box = host.getBoundingClientRect();
    for (const el of host.shadowRoot!.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (!r.width) continue;
      expect(r.right, `${host.localName} ${el.localName}.${el.className} right edge`).to.be.at.most(box.right + 1);
      expect(r.left, `${host.localName} ${el.localName}.${el.className} left edge`).to.be.at.least(box.left - 1);
    }
  }
  const root = hosts[0]!.ownerDocument.documentElement;
  expect(root.scrollWidth, 'page scrolls sideways').to.be.at.most(root.clientWidth);
}
