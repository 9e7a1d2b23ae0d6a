import { FeedError, parseFeed, type Feed } from './schema.js';

export interface LoadOptions {
  /** Milliseconds for the whole request, body included. */
  timeout?: number;
  /** Largest body accepted, in bytes. */
  maxBytes?: number;
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
  let load = loads.get(url);
  if (!load) {
    load = fetchFeed(url, options.timeout ?? DEFAULT_TIMEOUT, options.maxBytes ?? DEFAULT_MAX_BYTES);
    loads.set(url, load);
    load.catch((error: Error) => {
      loads.delete(url);
      console.error(`Signpost: could not load ${url}: ${error.message}`);
    });
  }
  return load;
}

class Retryable extends FeedError {
  constructor(
    message: string,
    readonly delay = RETRY_DELAY,
  ) {
    super(message);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function fetchFeed(url: string, timeout: number, maxBytes: number): Promise<Feed> {
  try {
    return await attempt(url, timeout, maxBytes);
  } catch (error) {
    if (!(error instanceof Retryable)) throw error;
    await sleep(error.delay);
    return attempt(url, timeout, maxBytes);
  }
}

function retryAfter(response: Response): number {
  const header = response.headers.get('retry-after');
  const seconds = Number(header);
  const ms = header === null ? RETRY_DELAY : isNaN(seconds) ? Date.parse(header) - Date.now() : seconds * 1000;
  return Math.min(Math.max(ms || RETRY_DELAY, 0), MAX_RETRY_AFTER);
}

async function attempt(url: string, timeout: number, maxBytes: number): Promise<Feed> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeout);
  try {
    let response: Response;
    try {
      response = await fetch(url, { credentials: 'omit', signal: controller.signal, headers: { accept: 'application/json' } });
    } catch {
      if (controller.signal.aborted) throw new FeedError(`no response within ${timeout} ms`);
      throw new Retryable('network error');
    }
    if (response.status >= 500 || response.status === 429) throw new Retryable(`HTTP ${response.status}`, retryAfter(response));
    if (!response.ok) throw new FeedError(`HTTP ${response.status}`);
    if (/^\s*(text\/html|application\/xhtml)/i.test(response.headers.get('content-type') ?? '')) {
      throw new FeedError('the server sent an HTML page, not a JSON feed');
    }
    if (Number(response.headers.get('content-length')) > maxBytes) throw new FeedError(`feed is larger than ${maxBytes} bytes`);
    const body = await readBody(response, maxBytes, controller.signal, timeout);
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      throw new FeedError('feed is not valid JSON');
    }
    return parseFeed(json);
  } finally {
    clearTimeout(timer);
  }
}

/** Streams the body so that the size cap holds even without a Content-Length. */
async function readBody(response: Response, maxBytes: number, signal: AbortSignal, timeout: number): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return text + decoder.decode();
      size += value.byteLength;
      if (size > maxBytes) throw new FeedError(`feed is larger than ${maxBytes} bytes`);
      text += decoder.decode(value, { stream: true });
    }
  } catch (error) {
    if (signal.aborted) throw new FeedError(`feed did not arrive within ${timeout} ms`);
    throw error instanceof FeedError ? error : new FeedError('the connection broke while reading the feed');
  } finally {
    reader.cancel().catch(() => {});
  }
}
