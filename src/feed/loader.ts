import { FeedError, parseFeed, report, type Feed, type OnIssue, type ParseOptions } from './schema.js';
import { feedFormat, type FormatOptions } from './adapters.js';

/**
 * `onIssue` gets the problems of the load this call starts (its settings, its records, its failure); a
 * call that shares an earlier load gets its result.
 */
export interface LoadOptions extends FormatOptions, ParseOptions {
  /** A registered format name (e.g. "openreferral"); absent for feed v1. */
  format?: string;
  /** Milliseconds for each request, body included. */
  timeout?: number;
  /** Largest body accepted, in bytes (for a paged directory, all its pages together). */
  maxBytes?: number;
  /** Most requests for one paged directory (its pages and full records). */
  maxPages?: number;
}

export const DEFAULT_TIMEOUT = 8000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
const RETRY_DELAY = 500;
const MAX_RETRY_AFTER = 5000;

/** One promise per endpoint for the page's lifetime: twenty widgets, one request. */
const loads = new Map<string, Promise<Feed>>();

/** Loads and validates a feed. Failures are forgotten so that a later attempt can try again. */
export function loadFeed(endpoint: string, options: LoadOptions = {}): Promise<Feed> {
  const url = new URL(endpoint, document.baseURI).href;
  const { format, categoryMap, onIssue } = options;
  const key = format ? `${format} ${JSON.stringify(categoryMap ?? {})} ${url}` : url;
  let load = loads.get(key);
  if (!load) {
    const limits = {
      ...options,
      timeout: limit(options.timeout, DEFAULT_TIMEOUT, 'timeout', onIssue),
      maxBytes: limit(options.maxBytes, DEFAULT_MAX_BYTES, 'max-bytes', onIssue),
    };
    // The format is looked up once the first response is in: its script may load after the elements'.
    // It may fetch more (every page of a directory, say) with fetchJson, so each request has the same rules.
    load = fetchJson(url, limits).then(([json, bytes]) => {
      if (!format) return parseFeed(json, limits);
      const read = feedFormat(format);
      if (!read) throw new FeedError(`unknown feed format "${format}" (for Open Referral, load signpost-openreferral.js)`);
      return read(json, bytes, url, limits);
    });
    loads.set(key, load);
    load.catch((error: Error) => {
      loads.delete(key);
      report(onIssue, { record: url, path: '', code: 'load-failed', message: error.message }, `could not load ${url}: ${error.message}`);
    });
  }
  return load;
}

/** A positive number, or the default with a warning: timeout="8s" must not disable the timeout, nor max-bytes="1MB" the size cap. */
const limit = (value: number | null | undefined, fallback: number, name: string, onIssue?: OnIssue): number =>
  value == null
    ? fallback
    : value > 0 && value < Infinity
      ? value
      : (report(onIssue, { record: name, path: '', code: 'bad-setting', message: `not a positive number; using ${fallback}` }), fallback);

/**
 * JSON from one address with the timeout and size cap, and its size in bytes. A network error, a 5xx
 * or a 429 is tried once more, after a pause.
 */
export function fetchJson(url: string, { timeout = DEFAULT_TIMEOUT, maxBytes = DEFAULT_MAX_BYTES }: LoadOptions): Promise<[json: unknown, bytes: number]> {
  const once = () => attempt(url, timeout, maxBytes);
  return once().catch((error) => (error instanceof Retryable ? new Promise((resolve) => setTimeout(resolve, error._delay)).then(once) : Promise.reject(error)));
}

class Retryable extends FeedError {
  constructor(
    message: string,
    readonly _delay = RETRY_DELAY,
  ) {
    super(message);
  }
}

/** Aborts after `ms`. AbortSignal.timeout() would do, but only from Safari 16, and old iPhones stop at 15. */
/**
 * Every request and link an element makes sends at most the page's origin as its referrer, never its
 * path or query, which may hold what someone searched for (issue 23.4).
 */
export const REFERRER = 'strict-origin';

export function deadline(ms: number): AbortSignal {
  const controller = new AbortController();
  setTimeout(() => controller.abort(), ms);
  return controller.signal;
}

/** Retry-After in seconds or as a date; a missing, zero or unreadable one means the usual pause. */
function retryAfter(header: string | null): number {
  const seconds = Number(header);
  const ms = isNaN(seconds) ? Date.parse(header!) - Date.now() : seconds * 1000;
  return Math.min(Math.max(ms || RETRY_DELAY, 0), MAX_RETRY_AFTER);
}

async function attempt(url: string, timeout: number, maxBytes: number): Promise<[unknown, number]> {
  // The signal also aborts reading the body, so the timeout covers the whole request.
  const signal = deadline(timeout);
  const late = () => new FeedError(`feed did not arrive within ${timeout} ms`);
  const tooBig = () => new FeedError(`feed is larger than ${maxBytes} bytes`);
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'omit', referrerPolicy: REFERRER, signal, headers: { accept: 'application/json' } });
  } catch {
    throw signal.aborted ? late() : new Retryable('network error');
  }
  const { status, headers, body } = response;
  if (status >= 500 || status === 429) throw new Retryable(`HTTP ${status}`, retryAfter(headers.get('retry-after')));
  if (!response.ok) throw new FeedError(`HTTP ${status}`);
  if (/html/i.test(headers.get('content-type') ?? '')) {
    throw new FeedError('the server sent an HTML page, not a JSON feed');
  }
  if (Number(headers.get('content-length')) > maxBytes) throw tooBig();
  // Streamed, so that the size cap holds even without a Content-Length.
  const reader = body?.getReader();
  const chunks: BlobPart[] = [];
  let size = 0;
  try {
    while (reader) {
      const { done, value } = await reader.read();
      if (done) break;
      if ((size += value.byteLength) > maxBytes) throw tooBig();
      chunks.push(value);
    }
  } catch (error) {
    throw signal.aborted ? late() : error instanceof FeedError ? error : new FeedError('the connection broke while reading the feed');
  } finally {
    reader?.cancel().catch(() => {});
  }
  try {
    // The engine's own JSON parser, not the page's JSON.parse, which a host library may have wrapped with a reviver.
    return [await new Response(new Blob(chunks)).json(), size];
  } catch {
    throw new FeedError('feed is not valid JSON');
  }
}
