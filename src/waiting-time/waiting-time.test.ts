import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../provider/provider.js';
import './waiting-time.js';
import type { SignpostWaitingTime } from './waiting-time.js';
import { hits, issuesEachTest, uniqueKey } from '../../test/support/index.js';
import { named } from '../../test/support/fixtures.js';
import { runFeedElementSuite } from '../../test/support/feed-element-suite.js';

/** Noon on 10 November 2026: the age of a figure is counted in UK calendar days. */
const NOW = new Date(Date.UTC(2026, 10, 10, 12));
/** A clock `n` days after 3 November 2026 (the `asOf` used throughout). */
const after = (n: number) => new Date(Date.UTC(2026, 10, 3 + n, 12));
const FEED = '/test/fixtures/feed.json';

const valid = { measure: 'referral-to-assessment', statistic: 'median', days: 35, asOf: '2026-11-03' };
const full = { ...valid, targetDays: 42, percentWithinTarget: 82, previousDays: 49, secondAppointmentDays: 21 };

interface Options {
  variant?: 'badge' | 'detail';
  now?: Date;
  staleAfter?: number;
}

function show(data: unknown, { variant = 'badge', now = NOW, staleAfter }: Options = {}) {
  return fixture<SignpostWaitingTime>(
    html`<signpost-waiting-time .data=${data} .now=${now} variant=${variant} stale-after=${ifDefined(staleAfter)}></signpost-waiting-time>`,
  );
}

/** `null` for no endpoint at all. */
async function fromFeed(service: string | undefined, endpoint: string | null = FEED, variant = 'badge') {
  const el = await fixture<SignpostWaitingTime>(
    html`<signpost-waiting-time endpoint=${ifDefined(endpoint ?? undefined)} service=${ifDefined(service)} variant=${variant} .now=${NOW}></signpost-waiting-time>`,
  );
  await waitUntil(() => !el.shadowRoot!.querySelector('.loading'), 'still loading', { timeout: 5000 });
  return el;
}

/** Text in a subtree, skipping some elements; paragraphs are separated by a space. */
function text(node: Node, skip: (e: Element) => boolean): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (node instanceof Element && (skip(node) || node.localName === 'style')) return '';
  if (!(node instanceof Element || node instanceof ShadowRoot)) return '';
  const inner = [...node.childNodes].map((child) => text(child, skip)).join('');
  return node instanceof Element && node.localName === 'p' ? ` ${inner} ` : inner;
}
const tidy = (s: string) => s.replace(/\s+/g, ' ').trim();
/** What a screen reader reads: everything but aria-hidden subtrees. */
const spoken = (el: SignpostWaitingTime) => tidy(text(el.shadowRoot!, (e) => e.getAttribute('aria-hidden') === 'true'));
/** What is seen on screen: everything but visually hidden text. */
const seen = (el: SignpostWaitingTime) => tidy(text(el.shadowRoot!, (e) => e.classList.contains('sr')));
const part = (el: SignpostWaitingTime, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);
const partText = (el: SignpostWaitingTime, name: string) => tidy(part(el, name)?.textContent ?? '');

const NOT_AVAILABLE = 'Waiting time not available';

describe('<signpost-waiting-time>', () => {
  // Every problem the badges report, taken from the page (so the console stays quiet) to be checked.
  const issues = issuesEachTest();
  const said = () => issues.map((i) => `${i.code} ${i.record}: ${i.message}`).join('\n');

  describe('the wait in words', () => {
    const cases: [number, string][] = [
      [0, 'No wait at the moment'],
      [0.4, 'About 1 day'],
      [1, 'About 1 day'],
      [2, 'About 2 days'],
      [9, 'About 9 days'],
      [13, 'About 13 days'],
      [14, 'About 2 weeks'],
      [15, 'About 2 weeks'],
      [17, 'About 2 weeks'],
      [18, 'About 3 weeks'],
      [21, 'About 3 weeks'],
      [24, 'About 3 weeks'],
      [25, 'About 4 weeks'],
      [35, 'About 5 weeks'],
      [52, 'About 7 weeks'],
      [53, 'About 8 weeks'],
      [1096, 'About 157 weeks'],
    ];
    for (const [days, words] of cases) {
      // safety: H6
      it(`${days} days reads "${words}"`, async () => {
        const el = await show({ ...valid, days });
        expect(partText(el, 'wait')).to.equal(words);
        expect(seen(el)).to.equal(words);
        expect(issues).to.deep.equal([]);
      });
    }

    // safety: H6
    it('reads as one sentence to a screen reader, and one line on screen', async () => {
      const el = await show({ ...valid, targetDays: 42 });
      expect(spoken(el)).to.equal(
        'Waiting time: about 5 weeks. Half of people wait less than this from referral to first appointment. Within the 6-week target. Updated 3 November 2026.',
      );
      expect(seen(el)).to.equal('About 5 weeks · within 6-week target');
      for (const name of ['base', 'wait', 'target']) expect(part(el, name), name).to.exist;
    });

    it('says nothing about a statistic when there is no wait', async () => {
      const el = await show({ ...valid, days: 0 });
      expect(spoken(el)).to.equal('Waiting time: no wait at the moment. Updated 3 November 2026.');
    });
  });

  describe('what the figure is', () => {
    const statistics: [string, string][] = [
      ['median', 'Half of people wait less than this'],
      ['mean', 'On average, people wait this long'],
      ['p90', '9 in 10 people wait less than this'],
      ['p95', '19 in 20 people wait less than this'],
    ];
    const measures: [string, string][] = [
      ['referral-to-assessment', 'from referral to first appointment'],
      ['referral-to-treatment', 'from referral to starting treatment'],
      ['assessment-to-treatment', 'from first appointment to starting treatment'],
    ];
    for (const [statistic, phrase] of statistics) {
      for (const [measure, words] of measures) {
        // safety: H6
        it(`${statistic} ${measure}`, async () => {
          const data = { ...valid, statistic, measure };
          const badge = await show(data);
          expect(spoken(badge)).to.equal(`Waiting time: about 5 weeks. ${phrase} ${words}. Updated 3 November 2026.`);
          const detail = await show(data, { variant: 'detail' });
          expect(partText(detail, 'statistic')).to.equal(`${phrase} ${words}.`);
        });
      }
    }
  });

  describe('when', () => {
    it('formats the date in words, en-GB', async () => {
      const el = await show({ ...valid, asOf: '2026-01-09' }, { variant: 'detail', now: new Date(Date.UTC(2026, 0, 10, 12)) });
      expect(partText(el, 'meta')).to.equal('Updated 9 January 2026.');
    });

    // safety: H6
    it('is not stale at exactly stale-after days, and is one day later', async () => {
      const fresh = await show({ ...valid, targetDays: 42 }, { now: after(45) });
      expect(part(fresh, 'base')!.classList.contains('stale')).to.equal(false);
      expect(spoken(fresh)).not.to.contain('out of date');

      const stale = await show({ ...valid, targetDays: 42 }, { now: after(46) });
      expect(part(stale, 'base')!.classList.contains('stale')).to.equal(true);
      expect(seen(stale)).to.equal('About 5 weeks · within 6-week target · This may be out of date');
      expect(spoken(stale)).to.equal(
        'Waiting time: about 5 weeks. Half of people wait less than this from referral to first appointment. Within the 6-week target. Updated 3 November 2026. This may be out of date.',
      );
      // Words and a neutral style say it; no icon is needed (and the target's tick stays).
      expect(part(stale, 'meta')!.textContent).to.equal('This may be out of date');
    });

    // safety: H6
    it('honours stale-after', async () => {
      const fresh = await show(valid, { now: after(10), staleAfter: 10 });
      expect(fresh.staleAfter).to.equal(10);
      expect(seen(fresh)).not.to.contain('out of date');
      const stale = await show(valid, { now: after(11), staleAfter: 10 });
      expect(seen(stale)).to.contain('This may be out of date');
    });

    // safety: H6
    it('downgrades a stale badge to a neutral style', async () => {
      const fresh = await show({ ...valid, targetDays: 42 });
      const stale = await show({ ...valid, targetDays: 42 }, { now: after(46) });
      const style = (el: SignpostWaitingTime) => getComputedStyle(part(el, 'base')!);
      expect(style(stale).borderInlineStartColor).to.equal('rgb(216, 221, 224)');
      expect(style(stale).color).to.equal('rgb(76, 98, 114)');
      expect(style(fresh).borderInlineStartColor).to.equal('rgb(0, 127, 59)');
    });

    // safety: H6
    it('says so in the detail variant too, with the date', async () => {
      const el = await show(valid, { now: after(100), variant: 'detail' });
      expect(partText(el, 'meta')).to.equal('This may be out of date. Updated 3 November 2026.');
    });

    it('shows a figure dated today', async () => {
      const el = await show({ ...valid, asOf: '2026-11-10' });
      expect(seen(el)).to.equal('About 5 weeks');
    });

    // safety: H6
    it('treats a date in the future as unknown', async () => {
      const el = await show({ ...valid, asOf: '2026-11-11' });
      expect(seen(el)).to.equal(NOT_AVAILABLE);
      expect(said()).to.equal('wait-not-shown the data property: waiting time not shown: asOf 2026-11-11 is in the future');
    });

    // safety: H6
    it('dates figures by the UK calendar: just after UK midnight, a figure dated that day is shown', async () => {
      // 23:30 UTC on 2 July is 00:30 BST on 3 July; a visitor west of the UK still has 2 July on their clock.
      const el = await show({ ...valid, asOf: '2026-07-03' }, { now: new Date('2026-07-02T23:30:00Z') });
      expect(seen(el)).to.equal('About 5 weeks');
    });

    it('treats a date in the future as unknown with the real clock', async () => {
      const el = await fixture<SignpostWaitingTime>(html`<signpost-waiting-time .data=${{ ...valid, asOf: '2999-01-01' }}></signpost-waiting-time>`);
      expect(seen(el)).to.equal(NOT_AVAILABLE);
    });

    it('uses the real clock by default', async () => {
      const d = new Date(Date.now() - 3 * 86_400_000);
      const asOf = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      const el = await fixture<SignpostWaitingTime>(html`<signpost-waiting-time .data=${{ ...valid, asOf }}></signpost-waiting-time>`);
      expect(seen(el)).to.equal('About 5 weeks');
    });

    for (const asOf of ['2026-02-30', '2026-13-01', '2026-11-3', 'yesterday', '']) {
      // safety: H6
      it(`treats the invalid date "${asOf}" as unknown`, async () => {
        const el = await show({ ...valid, asOf });
        expect(seen(el)).to.equal(NOT_AVAILABLE);
        expect(issues.map((i) => i.code)).to.include('wait-not-shown');
      });
    }
  });

  describe('against the target', () => {
    const cases: [number, number, string, string][] = [
      [35, 42, 'within 6-week target', 'Within the 6-week target.'],
      [42, 42, 'within 6-week target', 'Within the 6-week target.'],
      [43, 42, 'longer than 6-week target', 'Longer than the 6-week target.'],
      [9, 10, 'within 10-day target', 'Within the 10-day target.'],
      [12, 10, 'longer than 10-day target', 'Longer than the 10-day target.'],
      [5, 7, 'within 1-week target', 'Within the 1-week target.'],
      [126, 126, 'within 18-week target', 'Within the 18-week target.'],
    ];
    for (const [days, targetDays, short, sentence] of cases) {
      // safety: H6
      it(`${days} days against ${targetDays}: "${short}"`, async () => {
        const el = await show({ ...valid, days, targetDays });
        expect(partText(el, 'target')).to.equal(short);
        expect(spoken(el)).to.contain(` ${sentence} `);
        // By icon and words, never by colour alone.
        expect(part(el, 'target')!.querySelector('svg[aria-hidden="true"]')).to.exist;
        expect(part(el, 'base')!.classList.contains(short.startsWith('within') ? 'within' : 'over')).to.equal(true);
      });
    }

    // safety: H6
    it('says nothing of a target that is not given', async () => {
      const el = await show(valid, { variant: 'detail' });
      expect(part(el, 'target')).to.equal(null);
      expect(spoken(el)).not.to.contain('target');
    });
  });

  describe('trend (detail variant)', () => {
    const cases: [number, string | undefined][] = [
      [49, 'Down from 7 weeks.'],
      [28, 'Up from 4 weeks.'],
      [10, 'Up from 10 days.'],
      [35, undefined],
      [36, undefined], // also "5 weeks": the words would say nothing has changed
    ];
    for (const [previousDays, words] of cases) {
      it(`previous ${previousDays} days: ${words ?? 'says nothing'}`, async () => {
        const el = await show({ ...valid, previousDays }, { variant: 'detail' });
        if (words) expect(partText(el, 'trend')).to.equal(words);
        else expect(part(el, 'trend')).to.equal(null);
      });
    }
  });

  describe('detail variant', () => {
    it('shows every line of a full waiting time', async () => {
      const el = await show(full, { variant: 'detail' });
      expect(el.getAttribute('variant')).to.equal('detail');
      expect(partText(el, 'wait')).to.equal('Waiting time: About 5 weeks');
      expect(partText(el, 'target')).to.equal('Within the 6-week target. 82% start within 6 weeks.');
      expect(partText(el, 'trend')).to.equal('Down from 7 weeks.');
      expect(partText(el, 'second')).to.equal('Then about 3 weeks between first and second appointment.');
      expect(spoken(el)).to.equal(
        'Waiting time: About 5 weeks Half of people wait less than this from referral to first appointment. Within the 6-week target. 82% start within 6 weeks. Down from 7 weeks. Then about 3 weeks between first and second appointment. Updated 3 November 2026.',
      );
    });

    // safety: H6
    it('rounds the percent within target down, and states a target in days in days', async () => {
      const el = await show({ ...valid, days: 9, targetDays: 10, percentWithinTarget: 99.7 }, { variant: 'detail' });
      expect(partText(el, 'target')).to.equal('Within the 10-day target. 99% start within 10 days.');
    });

    it('reads a second appointment with no wait', async () => {
      const el = await show({ ...valid, secondAppointmentDays: 0 }, { variant: 'detail' });
      expect(partText(el, 'second')).to.equal('Then no wait between first and second appointment.');
    });

    it('shows the source', async () => {
      const el = await show({ ...valid, source: 'NHS Talking Therapies monthly data' }, { variant: 'detail' });
      expect(partText(el, 'meta')).to.equal('Updated 3 November 2026. Source: NHS Talking Therapies monthly data.');
    });

    it('keeps the badge to one line: no percent, trend or second appointment', async () => {
      const el = await show(full);
      expect(seen(el)).to.equal('About 5 weeks · within 6-week target');
    });
  });

  describe('not taking new referrals', () => {
    const closed = { ...full, acceptingReferrals: false };

    // safety: H4
    it('replaces the wait in the badge', async () => {
      const el = await show(closed);
      expect(seen(el)).to.equal('Not taking new referrals at the moment');
      expect(spoken(el)).to.equal('Not taking new referrals at the moment. Updated 3 November 2026.');
    });

    // safety: H4
    it('replaces the wait in the detail variant', async () => {
      const el = await show(closed, { variant: 'detail' });
      expect(seen(el)).to.equal('Not taking new referrals at the moment Updated 3 November 2026.');
      for (const name of ['statistic', 'target', 'trend', 'second']) expect(part(el, name), name).to.equal(null);
    });

    it('still shows the figure when acceptingReferrals is true', async () => {
      const el = await show({ ...valid, acceptingReferrals: true });
      expect(seen(el)).to.equal('About 5 weeks');
    });
  });

  describe('never a made-up number', () => {
    const { asOf: _asOf, ...noDate } = valid;
    const cases: [string, unknown][] = [
      ['negative days', { ...valid, days: -1 }],
      ['NaN days', { ...valid, days: NaN }],
      ['Infinity days', { ...valid, days: Infinity }],
      ['2000 days', { ...valid, days: 2000 }],
      ['days as a string', { ...valid, days: '35' }],
      ['missing days', { ...valid, days: undefined }],
      ['missing asOf', noDate],
      ['an unknown statistic', { ...valid, statistic: 'mode' }],
      ['an unknown measure', { ...valid, measure: 'referral-to-discharge' }],
      ['a negative target', { ...valid, targetDays: -42 }],
      ['percent over 100', { ...valid, targetDays: 42, percentWithinTarget: 120 }],
      ['a string', 'five weeks'],
      ['a number', 35],
      ['an array', [valid]],
    ];
    for (const [name, data] of cases) {
      // safety: H6
      it(`${name}: "Waiting time not available" and a warning`, async () => {
        for (const variant of ['badge', 'detail'] as const) {
          const el = await show(data, { variant });
          expect(seen(el)).to.equal(NOT_AVAILABLE);
          expect(spoken(el)).to.equal(NOT_AVAILABLE);
        }
        expect(issues.length).to.be.greaterThan(0);
        expect(
          issues.every((i) => i.code === 'wait-not-shown' && i.record === 'the data property'),
          said(),
        ).to.equal(true);
      });
    }

    // safety: H6
    it('null data: not available', async () => {
      const el = await show(null);
      expect(seen(el)).to.equal(NOT_AVAILABLE);
    });
  });

  describe('the feed', () => {
    it('reads a service from the feed', async () => {
      const el = await fromFeed('talking-therapies');
      expect(seen(el)).to.equal('About 5 weeks · within 6-week target');
      expect(issues).to.deep.equal([]);
    });

    it('reads a service from the feed, detail variant', async () => {
      const el = await fromFeed('talking-therapies', FEED, 'detail');
      expect(partText(el, 'target')).to.equal('Within the 6-week target. 82% start within 6 weeks.');
      expect(partText(el, 'trend')).to.equal('Down from 7 weeks.');
    });

    it('reads a wait longer than its target from the feed', async () => {
      const badge = await fromFeed('talking-therapies', named('long-wait'));
      expect(seen(badge)).to.equal('About 10 weeks · longer than 6-week target');
      expect(part(badge, 'base')!.classList.contains('over')).to.equal(true);
      const detail = await fromFeed('talking-therapies', named('long-wait'), 'detail');
      expect(partText(detail, 'target')).to.equal('Longer than the 6-week target. 40% start within 6 weeks.');
      expect(partText(detail, 'trend')).to.equal('Up from 8 weeks.');
      expect(issues).to.deep.equal([]);
    });

    // safety: H6
    it('marks a figure from the feed as out of date once it is older than stale-after', async () => {
      const el = await fromFeed('talking-therapies', named('stale-wait'));
      expect(part(el, 'base')!.classList.contains('stale')).to.equal(true);
      expect(seen(el)).to.equal('About 5 weeks · within 6-week target · This may be out of date');
    });

    // safety: H4
    it('says a service in the feed is not taking new referrals instead of its wait', async () => {
      const el = await fromFeed('talking-therapies', named('not-accepting'), 'detail');
      expect(seen(el)).to.equal('Not taking new referrals at the moment Updated 3 November 2026.');
      expect(spoken(el)).not.to.contain('5 weeks');
    });

    // safety: H6
    it('says not available, and warns, for an unknown service id', async () => {
      const el = await fromFeed('no-such-service');
      expect(seen(el)).to.equal(NOT_AVAILABLE);
      expect(said()).to.equal('not-in-feed service "no-such-service": no waiting time in the feed');
    });

    // safety: H6
    it('says not available, and warns, for a service with no waiting time', async () => {
      const el = await fromFeed('crisis-line');
      expect(seen(el)).to.equal(NOT_AVAILABLE);
      expect(said()).to.equal('not-in-feed service "crisis-line": no waiting time in the feed');
    });

    // safety: H6
    it('says not available when the feed fails', async () => {
      const el = await fromFeed('talking-therapies', `/fault/html?key=${uniqueKey('wt-fail')}`);
      expect(seen(el)).to.equal(NOT_AVAILABLE);
    });

    it('says not available, and warns, for a service with no feed', async () => {
      const el = await fromFeed('talking-therapies', null);
      expect(seen(el)).to.equal(NOT_AVAILABLE);
      expect(said()).to.equal('no-feed service "talking-therapies": no feed');
    });

    it('says not available with neither data nor service, and fetches nothing', async () => {
      const key = uniqueKey('wt-neither');
      const el = await fromFeed(undefined, `/fault/feed?key=${key}`);
      expect(seen(el)).to.equal(NOT_AVAILABLE);
      expect(await hits(key)).to.equal(0);
    });
  });

  describe('the data property', () => {
    // safety: H10
    it('makes no network request without a feed', async () => {
      const original = window.fetch;
      const requests: unknown[] = [];
      window.fetch = (...args: Parameters<typeof fetch>) => (requests.push(args[0]), original(...args));
      try {
        const el = await show(full);
        await new Promise((resolve) => setTimeout(resolve, 100));
        expect(seen(el)).to.equal('About 5 weeks · within 6-week target');
      } finally {
        window.fetch = original;
      }
      expect(requests).to.deep.equal([]);
    });

    it('wins over an endpoint and a service, which are then not fetched', async () => {
      const key = uniqueKey('wt-data');
      const el = await fixture<SignpostWaitingTime>(
        html`<signpost-waiting-time endpoint="/fault/feed?key=${key}" service="talking-therapies" .data=${{ ...valid, days: 9 }} .now=${NOW}></signpost-waiting-time>`,
      );
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(seen(el)).to.equal('About 9 days');
      expect(await hits(key)).to.equal(0);
    });

    it('updates when data changes', async () => {
      const el = await show(valid);
      el.data = { ...valid, days: 9 };
      await el.updateComplete;
      expect(seen(el)).to.equal('About 9 days');
      el.data = { ...valid, days: -9 };
      await el.updateComplete;
      expect(seen(el)).to.equal(NOT_AVAILABLE);
    });
  });

  describe('loading', () => {
    it('holds a fixed-size placeholder with accessible text', async () => {
      const el = await fixture<SignpostWaitingTime>(
        html`<signpost-waiting-time endpoint="/fault/hang?key=${uniqueKey('wt-loading')}" service="talking-therapies"></signpost-waiting-time>`,
      );
      const base = part(el, 'base')!;
      expect(base.classList.contains('loading')).to.equal(true);
      expect(spoken(el)).to.equal('Loading waiting time');
      expect(seen(el)).to.equal('');
      expect(parseFloat(getComputedStyle(base).minBlockSize)).to.be.greaterThan(0);
      expect(base.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(el.shadowRoot!.querySelector('[role="progressbar"], svg')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('is taller in the detail variant', async () => {
      const key = uniqueKey('wt-loading-detail');
      const el = await fixture<SignpostWaitingTime>(
        html`<signpost-waiting-time endpoint="/fault/hang?key=${key}" service="talking-therapies" variant="detail"></signpost-waiting-time>`,
      );
      const height = part(el, 'base')!.getBoundingClientRect().height;
      expect(height).to.be.greaterThan(60);
    });
  });

  describe('accessibility', () => {
    const states: [string, () => Promise<SignpostWaitingTime>][] = [
      ['loaded badge', () => show(full)],
      ['loaded detail', () => show(full, { variant: 'detail' })],
      ['over target', () => show({ ...full, days: 60 }, { variant: 'detail' })],
      ['stale badge', () => show(full, { now: after(60) })],
      ['stale detail', () => show(full, { now: after(60), variant: 'detail' })],
      ['not accepting badge', () => show({ ...full, acceptingReferrals: false })],
      ['not accepting detail', () => show({ ...full, acceptingReferrals: false }, { variant: 'detail' })],
      ['not available', () => show({ ...valid, days: -1 })],
      ['not available, detail', () => show({ ...valid, days: -1 }, { variant: 'detail' })],
      ['from the feed', () => fromFeed('talking-therapies')],
    ];
    for (const [name, make] of states) {
      it(`is axe-clean: ${name}`, async () => {
        await expect(await make()).to.be.accessible();
      });
    }

    it('sits inline in a sentence', async () => {
      const p = await fixture(html`<p>Talking therapies: <signpost-waiting-time .data=${full} .now=${NOW}></signpost-waiting-time>.</p>`);
      const el = p.querySelector('signpost-waiting-time')!;
      expect(getComputedStyle(el).display).to.equal('inline-block');
      await expect(p).to.be.accessible();
    });
  });
});

runFeedElementSuite('signpost-waiting-time', {
  attributes: { service: 'talking-therapies' },
  now: NOW,
  ready: (el) => seen(el as SignpostWaitingTime).startsWith('About 5 weeks'),
  check: (el) => expect(seen(el as SignpostWaitingTime)).to.equal('About 5 weeks · within 6-week target'),
  safe: (el) => expect(seen(el as SignpostWaitingTime)).to.equal(NOT_AVAILABLE),
  failed: (el) => seen(el as SignpostWaitingTime) === NOT_AVAILABLE,
  // Ten weeks after the test feed's figure (asOf 3 November 2026).
  clock: { at: new Date(Date.UTC(2027, 0, 12, 12)), says: 'This may be out of date' },
  welsh: { en: 'This may be out of date', cy: 'Gallai hyn fod wedi dyddio' },
});
