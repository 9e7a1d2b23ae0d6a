// describeWait: the waiting-time badge's words as a pure function of a validated figure and the clock,
// tested directly (the element's DOM tests in src/waiting-time/ check the layout and a few of these).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validWait } from '../../dist/feed/schema.js';
import { PUBLICATION_LAG, describeWait } from '../../dist/waiting-time/describe.js';
import { MAY_2026 as monthly } from '../support/node.mjs';

/** Noon on 10 November 2026 (UK calendar days are what count). */
const NOW = new Date(Date.UTC(2026, 10, 10, 12));
const at = (day) => new Date(`${day}T12:00:00Z`);
const valid = { measure: 'referral-to-assessment', statistic: 'median', days: 35, asOf: '2026-11-03' };
const words = (wait, options = {}) => describeWait(validWait(wait), { now: NOW, ...options });

// safety: H6
test('a monthly NHS figure says what happened, and for which month', () => {
  const w = words(monthly, { now: at('2026-08-10') });
  assert.equal(w.sentence, 'Half of people started treatment within about 3 weeks (NHS figures for May 2026). 78% started within 6 weeks; the target is 75%.');
  assert.equal(w.said, 'about 3 weeks');
  assert.equal(w.what, 'Half of people started treatment within about 3 weeks.');
  assert.equal(w.when, 'NHS figures for May 2026.');
  assert.equal(w.source, 'Source: NHS Talking Therapies Monthly Statistics, May 2026.');
  assert.equal(w.trend, 'Down from 5 weeks.');
});

// safety: H6
test('the 6-week share is judged against its 75% target, rounded down, never up', () => {
  assert.deepEqual((({ ok, tone, against }) => ({ ok, tone, against }))(words(monthly, { now: at('2026-08-10') })), {
    ok: true,
    tone: 'within',
    against: '78% within 6 weeks (target 75%)',
  });
  const under = words({ ...monthly, percentWithinTarget: 74.9 }, { now: at('2026-08-10') });
  assert.deepEqual([under.ok, under.tone, under.against], [false, 'over', '74% within 6 weeks (target 75%)']);
  // Exactly the target meets it.
  assert.equal(words({ ...monthly, percentWithinTarget: 75 }, { now: at('2026-08-10') }).ok, true);
  // Without the share the median is not judged against a share target: no target line at all.
  const { percentWithinTarget, targetPercent, ...noShare } = monthly;
  assert.equal(words(noShare, { now: at('2026-08-10') }).against, 'within 6-week target');
});

// safety: H6
test('the hidden wait between first and second appointment, in one line, to the nearest percent', () => {
  assert.equal(words(monthly, { now: at('2026-08-10') }).hidden, '12% waited over 4 weeks between first and second appointment.');
  assert.equal(
    words({ ...monthly, percentSecondOver28Days: 0.5 }, { now: at('2026-08-10') }).hidden,
    '1% waited over 4 weeks between first and second appointment.',
  );
  const { percentSecondOver28Days, ...none } = monthly;
  assert.equal(words(none, { now: at('2026-08-10') }).hidden, '');
  assert.equal(words({ ...monthly, acceptingReferrals: false }, { now: at('2026-08-10') }).hidden, '');
});

// safety: H6
test('the normal publication lag is not "out of date"; a figure older than the limit past it is', () => {
  // 31 May + 75 days of publication lag + 45 days = 28 September 2026 is the last fresh day.
  assert.equal(PUBLICATION_LAG, 75);
  assert.equal(words(monthly, { now: at('2026-08-14') }).old, '');
  assert.equal(words(monthly, { now: at('2026-09-28') }).old, '');
  const stale = words(monthly, { now: at('2026-09-29') });
  assert.equal(stale.old, 'This may be out of date');
  assert.equal(stale.tone, 'stale');
  assert.equal(
    stale.sentence,
    'Half of people started treatment within about 3 weeks (NHS figures for May 2026). 78% started within 6 weeks; the target is 75%. This may be out of date.',
  );
  // staleAfter still counts, on top of the lag.
  assert.equal(words(monthly, { now: at('2026-08-15'), staleAfter: 0 }).old, 'This may be out of date');
  // A figure with no period has no lag: 45 days from asOf.
  assert.equal(words(valid, { now: at('2026-12-18') }).old, '');
  assert.equal(words(valid, { now: at('2026-12-19') }).old, 'This may be out of date');
});

// safety: H6
test('a figure that is not monthly NHS statistics keeps its wording', () => {
  const w = words({ ...valid, targetDays: 42, percentWithinTarget: 82.9 });
  assert.equal(
    w.sentence,
    'Waiting time: about 5 weeks. Half of people wait less than this from referral to first appointment. Within the 6-week target. Updated 3 November 2026.',
  );
  assert.equal(w.against, 'within 6-week target');
  assert.equal(w.within, '82% start within 6 weeks.');
  // A monthly figure of another statistic or measure says which, with the month instead of a date.
  const mean = words({ ...monthly, statistic: 'mean' }, { now: at('2026-08-10') });
  assert.equal(mean.what, 'On average, people wait this long from referral to starting treatment.');
  assert.equal(mean.when, 'NHS figures for May 2026.');
  assert.match(mean.sentence, /^Waiting time: about 3 weeks\. On average, .* NHS figures for May 2026\.$/);
});

// safety: H6
test('not taking referrals replaces the wait, the target and the rest', () => {
  const w = words({ ...monthly, acceptingReferrals: false }, { now: at('2026-08-10') });
  assert.equal(w.said, 'not taking new referrals at the moment');
  assert.equal(w.sentence, 'Not taking new referrals at the moment. NHS figures for May 2026.');
  assert.deepEqual([w.what, w.against, w.trend, w.hidden, w.tone], ['', '', '', '', '']);
});

// safety: H6
test('no wait reads "no wait at the moment" with no statistic', () => {
  const w = words({ ...valid, days: 0 });
  assert.equal(w.said, 'no wait at the moment');
  assert.equal(w.what, '');
  assert.equal(words({ ...monthly, days: 0 }, { now: at('2026-08-10') }).what, '');
});

// safety: H6
test('anything that must not be shown gives, instead of words, the reason for the console', () => {
  assert.equal(describeWait(undefined, { now: NOW }), 'no waiting time');
  assert.equal(words({ ...valid, days: -1 }), 'days: expected a number from 0 to 1098');
  assert.equal(words({ ...valid, asOf: '2026-11-11' }), 'asOf 2026-11-11 is in the future');
  assert.equal(words({ ...monthly, period: 'May 2026' }), 'period: expected a month as YYYY-MM');
  assert.equal(words({ ...monthly, targetPercent: 175 }), 'targetPercent: expected a number from 1 to 100');
});
