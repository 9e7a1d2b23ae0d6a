// Every pattern and scan the Open Referral adapter runs on directory text is linear in it (issue 23.1):
// plainText is tested below its cut (100,000 characters, past which nothing is read), the whole mapping
// across it.
// Proved as "ten times the input, about ten times the work", never against a clock's reading: work is
// the CPU time this process spends (process.cpuUsage, not wall-clock time, so a busy machine does not
// slow it), the least of several runs, and only the ratio between the two sizes is asserted, so the
// machine's speed cancels out. Linear work grows about 10x; a quadratic pattern about 100x. The first
// test shows the measure telling the two apart, on the pattern a run of "<p" froze Chromium with.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { fromOpenReferral, plainText } from '../../dist/feed/openreferral.js';

// A collection before each run, so that garbage left by the one before is not charged to it.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');

/** Microseconds of CPU time `fn` takes, the least of `runs` runs after one to warm up. */
function work(fn, runs = 5) {
  fn();
  let least = Infinity;
  for (let i = 0; i < runs; i++) {
    gc();
    const start = process.cpuUsage();
    fn();
    const used = process.cpuUsage(start);
    least = Math.min(least, used.user + used.system);
  }
  return Math.max(least, 1);
}

/**
 * How much more work 10x the input takes than the input does, in tenths: the small input is run ten
 * times per sample, so both samples last about as long and a coarse clock or a short hiccup matters
 * as little to one as to the other. Linear work gives about 1 (10x), quadratic about 10 (100x).
 */
const growth = (fn, size) =>
  (10 * work(() => fn(10 * size))) /
  work(() => {
    for (let i = 0; i < 10; i++) fn(size);
  });

/** Hostile directory text: each unit repeated to the size asked for. */
const HOSTILE = {
  'unclosed <p': '<p',
  'unclosed <p with spaces': '<p ',
  'unclosed <script': '<script',
  'script never closed': '<script>x',
  'unclosed comment': '<!--',
  'open angle brackets': '< ',
  'entity with no semicolon': '&#x1',
  'long entity name': '&aaaaaaaaaaaaaaaaaaaa',
  ampersands: '&',
  quotes: '"\'“',
  digits: '0',
  'digits and spaces': '0 ',
  extensions: 'ext 1',
  'at signs': '@a',
  dots: 'a.',
  'tags and spaces': '<b> </b> ',
  'blocks and spaces': '<p> </p>',
};

/** A service whose every text field is `t`. */
const record = (t) => ({
  id: 'x',
  name: t,
  description: t,
  alert: t,
  application_process: t,
  url: t,
  email: t,
  phones: [{ number: t, type: t, extension: t }, { number: `"${t}0113 496 0000` }],
  contacts: [{ phone: t, email: t }],
  attributes: [{ taxonomy_term: { name: t, code: t } }],
  schedules: [{ byday: t, opens_at: t, closes_at: t, description: t, valid_to: t }],
  service_areas: [{ name: t }],
  languages: [t],
  service_at_locations: [{ location: { latitude: t, addresses: [{ address_1: t, postal_code: t }] } }],
});

/** Its problems to no one: skipped records are reported by design. */
const quietly = { onIssue: () => {} };

// safety: H7
test('the measure tells quadratic work from linear: the old pattern grows about 100x on 10x "<p"', () => {
  const old = (n) => '<p'.repeat(n / 2).replace(/<[^>]*>/g, '');
  assert.ok(growth(old, 2_000) > 40, 'a quadratic pattern shows as one');
  const linear = (n) => '<p>'.repeat(n / 3).replace(/<[^>]*>/g, '');
  assert.ok(growth(linear, 20_000) < 30, 'a linear one does not');
});

for (const [name, unit] of Object.entries(HOSTILE)) {
  // safety: H7, H9
  test(`plainText and the whole mapping stay linear on ${name}`, () => {
    const text = (n) => unit.repeat(Math.ceil(n / unit.length));
    const scan = growth((n) => plainText(text(n)), 10_000);
    assert.ok(scan < 30, `plainText: 10x the input took ${scan.toFixed(1)}x the work`);
    const map = growth((n) => fromOpenReferral([record(text(n))], quietly), 20_000);
    assert.ok(map < 30, `fromOpenReferral: 10x the input took ${map.toFixed(1)}x the work`);
    // Mapped, or skipped with a warning: never thrown, never the directory lost.
    const feed = fromOpenReferral([record(text(100_000)), { id: 'ok', name: 'OK' }], quietly);
    assert.ok(feed.services.some((s) => s.id === 'ok'));
  });
}
