// What the browser tests share, instead of each file keeping its own copy: unique keys and hit counts
// for the test server (test/server.mjs), console capture, and mounting pages and the three elements.
// Node-only tests have test/support/node.mjs; which engine may skip what, test/support/engine.ts.
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';

let made = 0;

/** A key no other test (nor an earlier run against the same server) uses: the server counts requests per key. */
export const uniqueKey = (name: string) => `${name}-${Date.now()}-${made++}-${Math.random().toString(36).slice(2, 8)}`;

/** How many requests the test server has counted for `key`. */
export const hits = async (key: string): Promise<number> => Number(await (await fetch(`/fault/hits?key=${encodeURIComponent(key)}`)).text());

/** Runs `fn` with console.warn captured (not printed), returning its result and what was warned. */
export function withWarnings<T>(fn: () => T): { result: T; warnings: string[] } {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  try {
    return { result: fn(), warnings };
  } finally {
    console.warn = warn;
  }
}

/** withWarnings for an async body: console.warn is restored once it settles. */
export async function withWarningsAsync<T>(fn: (warnings: string[]) => Promise<T>): Promise<{ result: T; warnings: string[] }> {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  try {
    return { result: await fn(warnings), warnings };
  } finally {
    console.warn = warn;
  }
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
