import { expect } from '@open-wc/testing';
import { loadFeed } from './loader.js';
import { FeedError } from './schema.js';
import { feedOf, hits, uniqueKey, withIssuesAsync } from '../../test/support/index.js';

/** A fresh cache key per test: the loader shares one promise per URL for the page's lifetime. */
const key = () => uniqueKey('loader');

/** Loads expecting failure, returning the error, which reaches onIssue once, as data (and not the console). */
async function failure(url: string, options = {}): Promise<Error> {
  const { result: error, issues } = await withIssuesAsync((onIssue) =>
    loadFeed(url, { ...options, onIssue }).then(
      () => undefined,
      (e: Error) => e,
    ),
  );
  if (!error) throw new Error(`expected ${url} to fail`);
  expect(issues).to.deep.equal([{ record: new URL(url, document.baseURI).href, path: '', code: 'load-failed', message: error.message }]);
  return error;
}

describe('feed loader', () => {
  it('loads and validates a feed over real HTTP', async () => {
    const feed = await loadFeed(`/fault/feed?key=${key()}`);
    expect(feed.services.map((s) => s.id)).to.include('talking-therapies');
  });

  // safety: H9
  it('makes exactly one request for twenty callers of one endpoint', async () => {
    const k = key();
    const feeds = await Promise.all(Array.from({ length: 20 }, () => loadFeed(`/fault/feed?key=${k}`)));
    expect(new Set(feeds).size).to.equal(1);
    expect(await hits(k)).to.equal(1);
    await loadFeed(`${location.origin}/fault/feed?key=${k}`);
    expect(await hits(k)).to.equal(1, 'the same URL written absolutely shares the request');
  });

  it('accepts JSON labelled text/plain', async () => {
    const feed = await loadFeed(`/fault/text-plain?key=${key()}`);
    expect(feed.services.length).to.be.greaterThan(0);
  });

  // safety: H2
  it('rejects an HTML error page served as 200, and JSON labelled text/html, before parsing', async () => {
    expect((await failure(`/fault/html?key=${key()}`)).message).to.contain('HTML');
    expect((await failure(`/fault/json-as-html?key=${key()}`)).message).to.contain('HTML');
  });

  it('rejects invalid JSON, an empty body and a wrong version with clear messages', async () => {
    expect((await failure(`/fault/invalid-json?key=${key()}`)).message).to.equal('feed is not valid JSON');
    expect((await failure(`/fault/empty?key=${key()}`)).message).to.equal('feed is not valid JSON');
    const wrong = await failure(`/fault/wrong-version?key=${key()}`);
    expect(wrong).to.be.instanceOf(FeedError);
    expect(wrong.message).to.contain('unsupported feed version');
  });

  it('does not retry a 404 or a 410', async () => {
    for (const status of [404, 410]) {
      const k = key();
      expect((await failure(`/fault/status/${status}?key=${k}`)).message).to.equal(`HTTP ${status}`);
      expect(await hits(k)).to.equal(1);
    }
  });

  it('retries a 503 once, then gives up', async () => {
    const k = key();
    expect((await failure(`/fault/status/503?key=${k}&retry-after=1`)).message).to.equal('HTTP 503');
    expect(await hits(k)).to.equal(2);
  });

  it('retries a 429 once', async () => {
    const k = key();
    await failure(`/fault/status/429?key=${k}`);
    expect(await hits(k)).to.equal(2);
  });

  it('recovers when the retry after a 503 succeeds', async () => {
    const k = key();
    const feed = await loadFeed(`/fault/flaky?key=${k}`);
    expect(feed.services.length).to.be.greaterThan(0);
    expect(await hits(k)).to.equal(2);
  });

  // safety: H2, H9
  it('times out while the body is still arriving', async () => {
    const k = key();
    const started = performance.now();
    const error = await failure(`/fault/slow-body?key=${k}`, { timeout: 1500 });
    expect(error.message).to.contain('within 1500 ms');
    expect(performance.now() - started).to.be.below(6000);
    expect(await hits(k)).to.equal(1, 'a timeout is not retried');
  });

  // safety: H2
  it('times out a request that never answers', async () => {
    const error = await failure(`/fault/hang?key=${key()}`, { timeout: 1000 });
    expect(error.message).to.contain('1000 ms');
  });

  // safety: H2, H9
  it('stops reading a body over the size cap, even without a Content-Length', async () => {
    const error = await failure(`/fault/big?key=${key()}`, { maxBytes: 100_000 });
    expect(error.message).to.contain('larger than 100000 bytes');
  });

  it('forgets a failure so that a later load can succeed', async () => {
    const k = key();
    const body = JSON.stringify(feedOf([]));
    await failure(`/fault/stored?key=${k}`);
    await fetch(`/fault/store?key=${k}`, { method: 'POST', body });
    const feed = await loadFeed(`/fault/stored?key=${k}`);
    expect(feed.services).to.deep.equal([]);
  });

  // safety: H10
  it('sends no cookies', async () => {
    document.cookie = 'signpost-test=1; path=/';
    try {
      const k = key();
      await loadFeed(`/fault/feed?key=${k}`);
      const sent = (await (await fetch(`/fault/headers?key=${k}`)).json()) as Record<string, string>;
      expect(sent).to.be.an('object');
      expect(sent).to.not.have.property('cookie');
      // The control: an ordinary same-origin fetch does carry the cookie, so the check above means something.
      const k2 = key();
      await fetch(`/fault/feed?key=${k2}`);
      const control = (await (await fetch(`/fault/headers?key=${k2}`)).json()) as Record<string, string>;
      expect(control.cookie).to.contain('signpost-test=1');
    } finally {
      document.cookie = 'signpost-test=; path=/; max-age=0';
    }
  });
});
