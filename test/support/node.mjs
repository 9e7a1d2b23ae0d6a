// Helpers for the Node-only tests (test/node/*.test.mjs, run with node --test).
import assert from 'node:assert/strict';

/** The date `n` days before today, as YYYY-MM-DD (UTC). */
export const daysAgo = (n) => new Date(Date.now() - n * 864e5).toISOString().slice(0, 10);

/** Asserts that `text` contains `part`, showing the whole text when it does not. */
export function includes(text, part) {
  assert.ok(text.includes(part), `expected to find ${JSON.stringify(part)} in:\n${text}`);
}

/** Asserts that `text` does not contain `part`. */
export function excludes(text, part) {
  assert.ok(!text.includes(part), `did not expect ${JSON.stringify(part)} in:\n${text}`);
}

/**
 * What `signpost-feed waits-from-talking-therapies` writes for tt-south from the May 2026 statistics in
 * test/fixtures/talking-therapies (the provider's own row): the command's test expects it, and the
 * waiting-time words are tested on it.
 */
export const MAY_2026 = Object.freeze({
  measure: 'referral-to-treatment',
  statistic: 'median',
  days: 21,
  asOf: '2026-05-31',
  period: '2026-05',
  targetDays: 42,
  percentWithinTarget: 78.6,
  targetPercent: 75,
  previousDays: 35,
  percentSecondOver28Days: 12.2,
  source: 'NHS Talking Therapies Monthly Statistics, May 2026',
});
