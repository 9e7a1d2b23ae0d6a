// signpost-feed waits-from-talking-therapies and publish, run as real processes on fixtures written in
// the real layout of NHS England's monthly NHS Talking Therapies activity and performance CSV (README "The format tested").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isoDate, value } from '../../dist/cli/talking-therapies.js';
import { parseFeed } from '../../dist/feed/schema.js';
import { MAY_2026 } from '../support/node.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const F = 'test/fixtures/talking-therapies';
const MAY = `${F}/talking-therapies-2026-05.csv`;
const APRIL = `${F}/talking-therapies-2026-04.csv`;
// May 2023 wrote UK dates; March 2021, the one month with a MEASURE_VALUE column, too.
const OLD = `${F}/talking-therapies-2023-05.csv`;
const MARCH_2021 = `${F}/talking-therapies-2021-03.csv`;

const cli = (...args) => spawnSync(process.execPath, ['bin/signpost-feed.mjs', ...args], { cwd: root, encoding: 'utf8' });
const byId = (feed) => Object.fromEntries(feed.services.map((s) => [s.id, s]));
const tmp = () => mkdtempSync(join(tmpdir(), 'signpost-waits-'));

// safety: H6
test('reads both date formats and refuses impossible dates', () => {
  assert.equal(isoDate('01/05/2023'), '2023-05-01');
  assert.equal(isoDate('1/5/2023'), '2023-05-01');
  assert.equal(isoDate('2026-05-31'), '2026-05-31');
  assert.equal(isoDate('2026-05-31T00:00:00'), '2026-05-31');
  assert.equal(isoDate('31/02/2026'), undefined);
  assert.equal(isoDate('May 2026'), undefined);
});

// safety: H6
test('a suppressed or empty cell is no figure, never 0', () => {
  assert.equal(value('*'), undefined);
  assert.equal(value('-'), undefined);
  assert.equal(value(''), undefined);
  assert.equal(value(undefined), undefined);
  assert.equal(value('0'), 0);
  assert.equal(value('78.6'), 78.6);
});

// safety: H6
test("sets each service's waiting time from its provider's May figures, April as the previous month", () => {
  const run = cli('waits-from-talking-therapies', APRIL, MAY, '--feed', `${F}/feed.json`);
  assert.equal(run.status, 0, run.stderr);
  const feed = JSON.parse(run.stdout);
  const services = byId(feed);
  // The service covering one sub-ICB takes the SubICB/Provider row (14 days), not the provider's (21).
  assert.deepEqual(services['tt-north'].waitingTime, {
    measure: 'referral-to-treatment',
    statistic: 'median',
    days: 14,
    asOf: '2026-05-31',
    period: '2026-05',
    targetDays: 42,
    percentWithinTarget: 92.3,
    targetPercent: 75,
    previousDays: 28,
    percentSecondOver28Days: 6.5,
    acceptingReferrals: true,
    source: 'NHS Talking Therapies Monthly Statistics, May 2026',
  });
  // Its SubICB/Provider row is suppressed: the provider's own figures (the code is read in any case).
  assert.deepEqual(services['tt-south'].waitingTime, MAY_2026);
  // Suppressed in May: no figure at all (the April one is not carried forward, and nothing reads 0).
  assert.equal(services['tt-cic'].waitingTime, undefined);
  assert.match(run.stderr, /service "tt-cic": no published median wait for NX1 in May 2026 \(suppressed\)/);
  // Services with no provider code are left alone.
  assert.equal(services.crisis.waitingTime, undefined);
  // The provider no service names is listed, with its name, for an editor to add.
  assert.match(run.stderr, /1 provider in the May 2026 statistics are named by no service[^\n]*\n {2}NX9 {2}UNLISTED INDEPENDENT THERAPY LTD\n/);
  assert.match(run.stderr, /set the waiting time of 2 services from May 2026/);
  // The result is a feed the elements accept, with no warning.
  const issues = [];
  parseFeed(feed, { onIssue: (issue) => issues.push(issue) });
  assert.deepEqual(issues, []);
  const check = spawnSync(process.execPath, ['bin/signpost-feed.mjs', 'validate', '-', '--max-age', '100000'], {
    cwd: root,
    encoding: 'utf8',
    input: run.stdout,
  });
  assert.equal(check.status, 0, check.stdout);
  assert.match(check.stdout, /valid feed v1 with 6 services and 0 pathways \(0 errors, 0 warnings\)/);
});

// safety: H6
test('the file order does not matter: the latest month is the figure, the one before it the previous', () => {
  const a = cli('waits-from-talking-therapies', MAY, APRIL, '--feed', `${F}/feed.json`);
  const b = cli('waits-from-talking-therapies', APRIL, MAY, '--feed', `${F}/feed.json`);
  assert.equal(a.status, 0, a.stderr);
  assert.equal(a.stdout, b.stdout);
});

test('reads the older layouts: UK dates, and the MEASURE_VALUE column of March 2021', () => {
  for (const [file, month, name] of [
    [OLD, '2023-05', 'May 2023'],
    [MARCH_2021, '2021-03', 'March 2021'],
  ]) {
    const run = cli('waits-from-talking-therapies', file, '--feed', `${F}/feed.json`);
    assert.equal(run.status, 0, run.stderr);
    const services = byId(JSON.parse(run.stdout));
    assert.deepEqual(
      { ...services['tt-south'].waitingTime },
      {
        measure: 'referral-to-treatment',
        statistic: 'median',
        days: 27,
        asOf: `${month}-31`,
        period: month,
        targetDays: 42,
        percentWithinTarget: 81.7,
        targetPercent: 75,
        percentSecondOver28Days: 30.4,
        source: `NHS Talking Therapies Monthly Statistics, ${name}`,
      },
    );
    // "*" for the median and "-" for the hidden wait: no figure.
    assert.equal(services['tt-cic'].waitingTime, undefined);
  }
});

test('with only one month there is no previous figure', () => {
  const run = cli('waits-from-talking-therapies', MAY, '--feed', `${F}/feed.json`);
  assert.equal(run.status, 0, run.stderr);
  assert.equal(byId(JSON.parse(run.stdout))['tt-north'].waitingTime.previousDays, undefined);
});

// safety: H6
test('says what is wrong with the input, with exit codes 1 and 2', () => {
  const dir = tmp();
  try {
    writeFileSync(join(dir, 'wrong.csv'), 'ORG_CODE,VALUE\nRXX,4\n');
    const wrong = cli('waits-from-talking-therapies', join(dir, 'wrong.csv'), '--feed', `${F}/feed.json`);
    assert.equal(wrong.status, 1);
    assert.match(
      wrong.stderr,
      /not an NHS Talking Therapies monthly CSV, no column REPORTING_PERIOD_START, REPORTING_PERIOD_END, GROUP_TYPE, ORG_CODE1, ORG_CODE2, MEASURE_ID, MEASURE_VALUE_SUPPRESSED or MEASURE_VALUE/,
    );
    const twice = cli('waits-from-talking-therapies', MAY, MAY, '--feed', `${F}/feed.json`);
    assert.equal(twice.status, 1);
    assert.match(twice.stderr, /two files are for May 2026/);
    const noFeed = cli('waits-from-talking-therapies', MAY);
    assert.equal(noFeed.status, 2);
    assert.match(noFeed.stderr, /needs --feed FEED\.json/);
    const none = cli('waits-from-talking-therapies', '--feed', `${F}/feed.json`);
    assert.equal(none.status, 2);
    assert.match(none.stderr, /needs one or more files/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('publish: one small file per practice and per sub-ICB, and an index', () => {
  const dir = tmp();
  try {
    const waits = cli('waits-from-talking-therapies', APRIL, MAY, '--feed', `${F}/feed.json`);
    writeFileSync(join(dir, 'feed.json'), waits.stdout);
    const out = join(dir, 'out');
    const run = cli('publish', join(dir, 'feed.json'), '--out', out, '--practices', `${F}/gp-practice-sub-icb.csv`);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, /wrote 7 files \(4 practices, 2 sub-ICBs, index\.json\)/);
    assert.deepEqual(readdirSync(join(out, 'practice')).sort(), ['B82005.json', 'B82010.json', 'B82020.json', 'Y00001.json']);
    assert.deepEqual(readdirSync(join(out, 'sub-icb')).sort(), ['X1A.json', 'X2B.json']);
    const read = (path) => JSON.parse(readFileSync(join(out, path), 'utf8'));
    const ids = (path) => read(path).services.map((s) => s.id);
    // Exactly the services each practice's patients can use: by its sub-ICB, by its own code, or open to all.
    assert.deepEqual(ids('practice/B82005.json'), ['tt-north', 'crisis', 'cafe']);
    assert.deepEqual(ids('practice/B82010.json'), ['tt-north', 'tt-cic', 'crisis', 'cafe']);
    assert.deepEqual(ids('practice/B82020.json'), ['tt-south', 'crisis', 'cafe', 'hillside-link']);
    assert.deepEqual(ids('practice/Y00001.json'), ['tt-south', 'crisis', 'cafe']);
    const b82005 = read('practice/B82005.json');
    assert.deepEqual(b82005.services[0].coverage, { practices: ['B82005'] });
    assert.equal(b82005.services[0].waitingTime.days, 14);
    assert.deepEqual(b82005.publisher, { name: 'Example ICB' });
    // A sub-ICB's file names the practices in it, so practice="..." filters it exactly in the browser.
    const x2b = read('sub-icb/X2B.json');
    assert.deepEqual(
      x2b.services.map((s) => [s.id, s.coverage ?? null]),
      [
        ['tt-south', { practices: ['B82020', 'Y00001'] }],
        ['crisis', null],
        ['cafe', { postcodeDistricts: ['LS6'] }],
        ['hillside-link', { practices: ['B82020'] }],
      ],
    );
    const index = read('index.json');
    assert.deepEqual(index.files, { practice: 'practice/{practice}.json', subIcb: 'sub-icb/{subIcb}.json' });
    assert.deepEqual(index.subIcbs, { X1A: { practices: ['B82005', 'B82010'], services: 4 }, X2B: { practices: ['B82020', 'Y00001'], services: 4 } });
    // Every file is a feed the elements accept.
    for (const name of readdirSync(join(out, 'practice'))) assert.equal(parseFeed(read(`practice/${name}`)).version, 1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('publish refuses a mapping without its columns, and needs --out', () => {
  const dir = tmp();
  try {
    writeFileSync(join(dir, 'map.csv'), 'CODE,CCG\nB82005,02T\n');
    const run = cli('publish', `${F}/feed.json`, '--out', join(dir, 'out'), '--practices', join(dir, 'map.csv'));
    assert.equal(run.status, 1);
    assert.match(run.stderr, /no column PRACTICE_CODE, SUB_ICB_LOCATION_CODE/);
    const noOut = cli('publish', `${F}/feed.json`);
    assert.equal(noOut.status, 2);
    assert.match(noOut.stderr, /publish needs --out DIR/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// safety: H6
test('the published fixtures the browser tests read are what the commands write today', () => {
  const dir = tmp();
  try {
    const waits = cli('waits-from-talking-therapies', APRIL, MAY, '--feed', `${F}/feed.json`);
    assert.equal(waits.stdout, readFileSync(join(root, F, 'feed-with-waits.json'), 'utf8'));
    const out = join(dir, 'out');
    assert.equal(cli('publish', `${F}/feed-with-waits.json`, '--out', out, '--practices', `${F}/gp-practice-sub-icb.csv`).status, 0);
    for (const folder of ['.', 'practice', 'sub-icb']) {
      const names = readdirSync(join(out, folder)).filter((n) => n.endsWith('.json'));
      assert.deepEqual(
        names,
        readdirSync(join(root, F, 'published', folder)).filter((n) => n.endsWith('.json')),
      );
      for (const name of names)
        assert.equal(readFileSync(join(out, folder, name), 'utf8'), readFileSync(join(root, F, 'published', folder, name), 'utf8'), `${folder}/${name}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
