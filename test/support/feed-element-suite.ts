// What every feed-reading element (the provider, waiting-time, get-help, service-finder) must do alike,
// written once: each element's test file calls runFeedElementSuite(tag, options) with the few things
// that differ (what "loaded" and "failed" look like, and the safety content it keeps).
// Tests cited by the safety case stay in the element files: the case names them by file and title.
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { loadFeed } from '../../src/feed/loader.js';
import type { ErrorDetail, LoadedDetail } from '../../src/internal/events.js';
import '../../src/signpost-cy.js';
import { hits, stored, uniqueKey } from './index.js';

export interface FeedElementOptions {
  /** Attributes the element needs to read the feed at all (the waiting time's `service`). */
  attributes?: Record<string, string>;
  /** The clock every element here is given (default: the real one). */
  now?: Date;
  /** Whether the element shows test/fixtures/feed.json. Without it, the signpost-loaded event is waited for. */
  ready?: (el: HTMLElement) => boolean;
  /** More to assert once it shows the feed. */
  check?: (el: HTMLElement) => void;
  /** Whether the element shows that its feed failed. */
  failed?: (el: HTMLElement) => boolean;
  /** Asserts the safety content it keeps when the feed fails. */
  safe?: (el: HTMLElement) => void;
  /** A clock at which the test feed reads differently, and words then shown. */
  clock?: { at: Date; says: string };
  /** Words it shows in English, and the same in Welsh with lang="cy". */
  welsh?: { en: string; cy: string };
}

type Host = HTMLElement & { endpoint?: string; now?: Date; categoryMap?: Record<string, string>; updateComplete: Promise<boolean>; requestUpdate(): void };

const FEED = '/test/fixtures/feed.json';
const shown = (el: Element) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';

/** Its loaded and error events, with their detail, as they reach it. */
function listen(el: HTMLElement) {
  const loaded: CustomEvent<LoadedDetail>[] = [];
  const errors: CustomEvent<ErrorDetail>[] = [];
  el.addEventListener('signpost-loaded', (e) => loaded.push(e));
  el.addEventListener('signpost-error', (e) => errors.push(e));
  return { loaded, errors };
}

export function runFeedElementSuite(tag: string, options: FeedElementOptions = {}) {
  const provider = tag === 'signpost-provider';

  /** The element on the page, reading `endpoint`, with its events listened to from the start. */
  async function mount(endpoint: string | undefined, props: Partial<Host> = {}, wrap?: (el: Host) => HTMLElement) {
    const el = document.createElement(tag) as Host;
    for (const [name, value] of Object.entries(options.attributes ?? {})) el.setAttribute(name, value);
    if (endpoint) el.setAttribute('endpoint', endpoint);
    Object.assign(el, { now: options.now, ...props });
    const events = listen(el);
    const outer = wrap ? wrap(el) : el;
    await fixture(html`${outer}`);
    return { el, ...events };
  }

  /** Waits for it to show the feed; `check` runs too unless it was given another clock. */
  const showsFeed = async (el: Host, events: ReturnType<typeof listen>, check = true) => {
    await waitUntil(() => events.loaded.length > 0, `<${tag}> fired no signpost-loaded`, { timeout: 5000 });
    if (options.ready) await waitUntil(() => options.ready!(el), `<${tag}> does not show the feed`, { timeout: 5000 });
    if (check) options.check?.(el);
  };

  describe(`as every feed-reading element (test/support/feed-element-suite.ts)`, () => {
    it('makes one request for an endpoint, however many of it read it and however often they update', async () => {
      const key = uniqueKey(`suite-${tag}`);
      const url = `/fault/feed?key=${key}`;
      const one = await mount(url);
      const two = await mount(url);
      for (const { el, ...events } of [one, two]) await showsFeed(el, events);
      for (let i = 0; i < 3; i++) {
        one.el.requestUpdate();
        await one.el.updateComplete;
      }
      expect(await hits(key)).to.equal(1);
    });

    it('fires signpost-loaded with { endpoint, services }, bubbling and composed, once', async () => {
      const url = `/fault/feed?key=${uniqueKey(`suite-${tag}`)}`;
      const { el, loaded, errors } = await mount(url);
      await showsFeed(el, { loaded, errors });
      await el.updateComplete;
      expect(loaded.map((e) => e.detail)).to.deep.equal([{ endpoint: url, services: 3 }]);
      expect(loaded[0]!.bubbles && loaded[0]!.composed).to.equal(true);
      expect(errors).to.deep.equal([]);
    });

    it('fires signpost-error with { endpoint, message }, bubbling and composed, when the feed fails', async () => {
      const url = `/fault/html?key=${uniqueKey(`suite-${tag}`)}`;
      const { el, loaded, errors } = await mount(url);
      await waitUntil(() => errors.length > 0, `<${tag}> fired no signpost-error`, { timeout: 5000 });
      expect(errors).to.have.length(1);
      expect(errors[0]!.detail.endpoint).to.equal(url);
      expect(errors[0]!.detail.message).to.contain('HTML');
      expect(errors[0]!.bubbles && errors[0]!.composed).to.equal(true);
      expect(loaded).to.deep.equal([]);
      if (options.failed) await waitUntil(() => options.failed!(el), `<${tag}> does not show that the feed failed`);
      options.safe?.(el);
    });

    if (options.safe) {
      for (const fault of ['status/500', 'invalid-json', 'wrong-version', 'empty']) {
        it(`keeps its safety content when the feed fails: ${fault}`, async () => {
          const { el } = await mount(`/fault/${fault}?key=${uniqueKey(`suite-${tag}`)}`);
          await waitUntil(() => options.failed!(el), `<${tag}> does not show that the feed failed`, { timeout: 8000 });
          options.safe!(el);
          await expect(el).to.be.accessible();
        });
      }
    }

    it('says nothing of a load it has moved on from when its endpoint changes', async () => {
      // The first endpoint never answers; the provider's timeout ends its load once the element has moved on.
      const staleKey = uniqueKey(`suite-${tag}-stale`);
      const stale = `/fault/hang?key=${staleKey}`;
      const fresh = `/fault/feed?key=${uniqueKey(`suite-${tag}-fresh`)}`;
      const timeout = 300;
      const { el, loaded, errors } = provider ? await mount(stale, { timeout } as Partial<Host>) : await mount(stale, {}, (el) => wrapIn(el, timeout));
      // Its first update started the load; only microtasks pass before it moves on, so the timeout cannot come first.
      await el.updateComplete;
      el.endpoint = fresh;
      // The same load the element started (one per endpoint): once it has failed, the element has heard too.
      await loadFeed(stale, { timeout }).catch(() => undefined);
      await aTimeout(0);
      await showsFeed(el, { loaded, errors });
      expect(loaded.map((e) => e.detail.endpoint)).to.deep.equal([fresh]);
      expect(errors).to.deep.equal([]);
      expect(await hits(staleKey), 'one request for the endpoint it moved on from, the one its wait joined').to.equal(1);
    });

    it('does not reload or fire signpost-loaded again for an equal category map (a framework re-render)', async () => {
      const first = `/fault/feed?key=${uniqueKey(`suite-${tag}`)}`;
      const { el, loaded, errors } = await mount(first);
      await showsFeed(el, { loaded, errors });
      el.categoryMap = { 'hearing voices': 'peer-support' };
      await waitUntil(() => loaded.length === 2, 'loaded, then loaded again for a new category map');
      el.categoryMap = { 'hearing voices': 'peer-support' };
      await el.updateComplete;
      // A later, different endpoint's event comes next: nothing fired for the equal map in between.
      const second = `/fault/feed?key=${uniqueKey(`suite-${tag}`)}`;
      el.endpoint = second;
      await waitUntil(() => loaded.length >= 3, 'the new endpoint loads');
      expect(loaded.map((e) => e.detail.endpoint)).to.deep.equal([first, first, second]);
    });

    if (!provider) {
      it('reads the endpoint of a surrounding provider', async () => {
        const { el, loaded, errors } = await mount(undefined, {}, (el) => {
          const wrap = document.createElement('signpost-provider');
          wrap.setAttribute('endpoint', FEED);
          wrap.append(el);
          return wrap;
        });
        await showsFeed(el, { loaded, errors });
        expect(loaded[0]!.detail.endpoint).to.equal(FEED);
      });
    }

    if (options.clock) {
      const { at, says } = options.clock;
      it('renders at the clock it is given, and again when the clock changes', async () => {
        const { el, loaded, errors } = await mount(FEED);
        await showsFeed(el, { loaded, errors });
        expect(shown(el)).not.to.contain(says);
        el.now = at;
        await el.updateComplete;
        expect(shown(el)).to.contain(says);
      });
    }

    if (options.welsh) {
      const { en, cy } = options.welsh;
      it('answers in Welsh when its lang attribute is cy, and in English again without it', async () => {
        const { el, loaded, errors } = await mount(FEED, options.clock ? { now: options.clock.at } : {});
        await showsFeed(el, { loaded, errors }, !options.clock);
        expect(shown(el)).to.contain(en);
        el.setAttribute('lang', 'cy');
        await waitUntil(() => shown(el).includes(cy), `<${tag} lang="cy"> shows no "${cy}"`);
        expect(shown(el)).not.to.contain(en);
        el.removeAttribute('lang');
        await waitUntil(() => shown(el).includes(en), `<${tag}> is not in English again`);
      });
    }

    it('stores nothing in cookies, web storage or IndexedDB while it loads and shows the feed', async () => {
      const before = await stored();
      const { el, loaded, errors } = await mount(`/fault/feed?key=${uniqueKey(`suite-${tag}`)}`);
      await showsFeed(el, { loaded, errors });
      expect(await stored()).to.deep.equal(before);
    });
  });
}

/** `el` inside a provider that gives up on a load after `timeout` ms. */
function wrapIn(el: HTMLElement, timeout: number): HTMLElement {
  const wrap = document.createElement('signpost-provider');
  wrap.setAttribute('timeout', String(timeout));
  wrap.append(el);
  return wrap;
}
