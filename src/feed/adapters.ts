import type { LoadOptions } from './loader.js';
import type { Feed } from './schema.js';

export interface FormatOptions {
  /** Extra taxonomy term -> Signpost category pairs, for formats that carry a taxonomy. */
  categoryMap?: Record<string, string>;
}

/**
 * Turns a directory in another format into a validated feed, given the first response from its
 * address (and that response's size in bytes). It may fetch more with the loader's fetchJson (its
 * timeout, size cap and retry), as a paged directory needs.
 */
export type FeedFormat = (json: unknown, bytes: number, url: string, options: LoadOptions) => Feed | Promise<Feed>;

// Kept on globalThis under a registered symbol: a format script built as its own bundle
// (dist/signpost-openreferral.js) registers with whichever copy of Signpost is on the page.
const KEY = Symbol.for('signpost.formats');
const store = globalThis as typeof globalThis & { [KEY]?: Record<string, FeedFormat> };
const formats = (store[KEY] ??= {});

export function registerFormat(name: string, format: FeedFormat): void {
  formats[name] = format;
}

export function feedFormat(name: string): FeedFormat | undefined {
  return formats[name];
}
