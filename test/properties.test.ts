import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { FeedError, parseFeed } from '../src/feed/schema.js';
import { mailHref, smsHref, telHref, webHref } from '../src/internal/url.js';
import { feedOf, withWarnings } from './support/index.js';

const ALLOWED = new Set(['https:', 'http:', 'tel:', 'sms:', 'mailto:']);

/** Runs `fn` with console.warn silenced: malformed services warn by design. */
const quietly = <T>(fn: () => T): T => withWarnings(fn).result;

const schemeOf = (href: string) => new URL(href).protocol;

/** A dangerous scheme written the ways browsers still accept: mixed case, control characters, padding. */
const obfuscated = fc
  .tuple(
    fc.constantFrom('javascript', 'data', 'vbscript', 'file', 'blob'),
    fc.array(fc.constantFrom('\t', '\n', '\r', ''), { maxLength: 3 }),
    fc.constantFrom('', ' ', '\u0000', '\u0001', '  \t'),
    fc.string(),
  )
  .chain(([scheme, noise, lead, rest]) =>
    fc.array(fc.boolean(), { minLength: scheme.length, maxLength: scheme.length }).map((upper) => {
      const cased = [...scheme].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join('');
      const at = noise.length ? Math.floor(cased.length / 2) : 0;
      return `${lead}${cased.slice(0, at)}${noise.join('')}${cased.slice(at)}:${rest}`;
    }),
  );

describe('properties', () => {
  // safety: H9
  it('the feed parser turns any JSON value into a feed or a FeedError, never another throw', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (json) => {
        try {
          const feed = quietly(() => parseFeed(json));
          expect(feed.version).to.equal(1);
          expect(feed.services).to.be.an('array');
        } catch (error) {
          expect(error).to.be.instanceOf(FeedError);
        }
      }),
      { numRuns: 300 },
    );
  });

  // safety: H9
  it('the feed parser survives arbitrary services inside a valid envelope', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.jsonValue({ maxDepth: 4 }), fc.record({ id: fc.string(), name: fc.string() }))), (services) => {
        const feed = quietly(() => parseFeed(feedOf(services)));
        for (const s of feed.services) {
          expect(s.id).to.be.a('string');
          expect(s.name).to.be.a('string');
        }
        expect(new Set(feed.services.map((s) => s.id)).size).to.equal(feed.services.length);
      }),
      { numRuns: 300 },
    );
  });

  // safety: H7
  it('the URL helper never returns a link outside the allow-list, for any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl(), obfuscated), (value) => {
        for (const href of [telHref(value), smsHref(value), mailHref(value), webHref(value), webHref(value, true)]) {
          if (href !== undefined) expect(ALLOWED.has(schemeOf(href)), href).to.equal(true);
        }
        const strict = webHref(value);
        if (strict !== undefined) expect(schemeOf(strict)).to.equal('https:');
      }),
      { numRuns: 1000 },
    );
  });

  // safety: H7
  it('the URL helper refuses every obfuscated dangerous scheme', () => {
    fc.assert(
      fc.property(obfuscated, (value) => {
        for (const href of [telHref(value), smsHref(value), mailHref(value)]) expect(href).to.equal(undefined);
        expect(webHref(value, true)).to.equal(undefined);
      }),
      { numRuns: 1000 },
    );
  });
});
