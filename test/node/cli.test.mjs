// The signpost-feed command run as a real process (test/cli.mjs): usage, validate and from-csv.
// (from-openreferral is compared with the browser's own mapping in test/cli.test.ts.)
import { beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { runCli as cli } from '../cli.mjs';
import { daysAgo, excludes, includes } from '../support/node.mjs';

const json = async (path) => JSON.parse(await readFile(new URL(`../..${path}`, import.meta.url), 'utf8'));

describe('signpost-feed: usage', () => {
  it('prints usage with --help and exits 0', async () => {
    const run = await cli(['--help']);
    assert.equal(run.code, 0);
    for (const part of [
      'Usage: signpost-feed',
      'validate FEED.json',
      'from-csv SERVICES.csv',
      'from-openreferral URL|FILE.json',
      '--max-age',
      '--waiting',
      '--category-map',
    ]) {
      includes(run.stdout, part);
    }
  });

  it('exits 2 with the usage for no command, an unknown command, a missing file or an unknown option', async () => {
    const cases = [
      [[], 'no command given'],
      [['frobnicate', 'feed.json'], 'unknown command "frobnicate"'],
      [['validate'], 'validate needs one file'],
      [['validate', 'a.json', 'b.json'], 'validate needs one file'],
      [['validate', 'feed.json', '--colour', 'red'], 'validate has no option --colour'],
      [['from-csv', 'services.csv', '--waiting'], '--waiting needs a value'],
      [['validate', 'test/fixtures/feed.json', '--max-age', 'soon'], '--max-age needs a whole number of days'],
    ];
    for (const [args, message] of cases) {
      const run = await cli(args);
      assert.equal(run.code, 2, args.join(' '));
      includes(run.stderr, `error: ${message}`);
      includes(run.stderr, 'Usage: signpost-feed');
      assert.equal(run.stdout, '');
    }
  });
});

describe('signpost-feed validate', () => {
  let feed;
  beforeEach(async () => {
    feed = await json('/test/fixtures/feed.json');
    // The fixture's figure would go stale as the calendar moves on.
    feed.services[0].waitingTime.asOf = daysAgo(3);
  });

  it('passes a valid feed with exit code 0', async () => {
    const run = await cli(['validate', 'test/fixtures/feed.json']);
    assert.equal(run.code, 0);
    includes(run.stdout, 'test/fixtures/feed.json: valid feed v1 with 3 services and 1 pathway');
    excludes(run.stdout, 'error:');
  });

  // safety: H4
  it('reports each error with its JSON path and a plain-English fix, and exits 1', async () => {
    feed.services[0].hours.weekly[0].opens = '9am';
    feed.services[1].name = 42;
    feed.services[2].waitingTime = { measure: 'referral-to-assessment', statistic: 'median', days: -3, asOf: daysAgo(5) };
    feed.pathways.push({ id: 'p2', title: 'Later', steps: [{ urgency: 'whenever', title: 'Wait' }] });
    const run = await cli(['validate', '-'], { stdin: JSON.stringify(feed) });
    assert.equal(run.code, 1);
    const lines = run.stdout.split('\n');
    const expected = [
      /^error: services\[0\]\.hours\.weekly\[0\]\.opens: .*HH:MM.* -> write times as 24-hour HH:MM, e\.g\. 09:00$/,
      /^error: services\[1\]\.name: .* -> write it as text in double quotes; it cannot be left out$/,
      /^error: services\[2\]\.waitingTime\.days: .* -> write a plain number, without quotes or units$/,
      /^error: pathways\[1\]\.steps\[0\]\.urgency: .*emergency.* -> use exactly one of the values listed$/,
      // The pathway links to services[0], which is not shown while it has an error.
      /^warning: pathways\[0\]\.steps\[1\]\.actions\[0\]\.value: no service has the id "talking-therapies"/,
      /^standard input: not valid, 4 errors, 1 warning$/,
    ];
    for (const pattern of expected)
      assert.ok(
        lines.some((line) => pattern.test(line)),
        `${pattern} in:\n${run.stdout}`,
      );
  });

  it('reports a top level that is not a feed, or not JSON, or not there', async () => {
    let run = await cli(['validate', '-'], { stdin: '{\n  "version": 1,\n  "updated" "2026-11-20"\n}' });
    assert.equal(run.code, 1);
    assert.match(run.stderr, /error: standard input is not valid JSON \(line 3, column \d+\): .* -> look for a missing comma, quote or bracket there/);
    run = await cli(['validate', '-'], { stdin: JSON.stringify({ ...feed, version: 2 }) });
    assert.equal(run.code, 1);
    includes(run.stdout, 'error: unsupported feed version: 2 (expected 1) -> set "version": 1');
    run = await cli(['validate', '-'], { stdin: JSON.stringify({ ...feed, publisher: undefined }) });
    assert.equal(run.code, 1);
    includes(run.stdout, 'publisher');
    includes(run.stdout, '-> set "publisher": { "name": "Your organisation" }');
    run = await cli(['validate', '-'], { stdin: '[]' });
    includes(run.stdout, 'error: feed is not a JSON object -> the file must be one JSON object');
    // The fix follows the field the parser's FeedError names, never its wording.
    for (const [change, fix] of [
      [{ updated: 'yesterday' }, 'error: feed "updated" is not an ISO 8601 date -> set "updated" to when the feed last changed'],
      [{ services: {} }, 'error: feed has no "services" array -> add "services": [...], the list of services (it may be empty)'],
      [{ pathways: 'adult' }, 'error: feed "pathways" is not an array -> make "pathways" a list, or leave it out'],
    ]) {
      run = await cli(['validate', '-'], { stdin: JSON.stringify({ ...feed, ...change }) });
      assert.equal(run.code, 1);
      includes(run.stdout, fix);
    }
    run = await cli(['validate', 'test/fixtures/no-such-feed.json']);
    assert.equal(run.code, 1);
    includes(run.stderr, 'error: cannot read test/fixtures/no-such-feed.json: no such file');
  });

  // safety: H4, H6
  it('warns, still exiting 0, about stale reviews and waits, unreachable services, duplicates and unknown categories', async () => {
    feed.services[0].lastReviewed = daysAgo(120);
    feed.services[0].waitingTime.asOf = daysAgo(100);
    feed.services[1].lastReviewed = daysAgo(30);
    feed.services.push(
      { id: 'no-way-in', name: 'No Way In', categories: ['hearing-voices'], selfReferral: true },
      { id: 'crisis-line', name: 'Second Crisis Line', contact: { phone: '0113 496 0002' } },
    );
    feed.pathways[0].steps[1].actions.push({ kind: 'service', label: 'Gone', value: 'closed-service' });
    const run = await cli(['validate', '-'], { stdin: JSON.stringify(feed) });
    assert.equal(run.code, 0);
    const expected = [
      'warning: services[3]: no way to contact "No Way In" -> add contact.phone, text, email or website, or a referral url or phone',
      'warning: services[3].referral: people can refer themselves but there is no referral url or phone',
      'warning: services[3].categories[0]: unknown category "hearing-voices" -> use one of ',
      'warning: services[4].id: "crisis-line" is also the id of services[1], so this service is not shown -> give each service its own id',
      'warning: pathways[0].steps[1].actions[1].value: no service has the id "closed-service"',
      'standard input: valid feed v1 with 5 services and 1 pathway (0 errors, 7 warnings)',
    ];
    for (const line of expected) includes(run.stdout, line);
    // Days counted on the clock of the process, which may have passed midnight since daysAgo ran.
    assert.match(run.stdout, /warning: services\[0\]\.lastReviewed: last reviewed 1(19|20|21) days ago -> check the details and update lastReviewed/);
    assert.match(run.stdout, /warning: services\[0\]\.waitingTime\.asOf: the waiting time is (99|100|101) days old -> publish a current figure/);
    excludes(run.stdout, 'services[1].lastReviewed');

    const lenient = await cli(['validate', '-', '--max-age', '365'], { stdin: JSON.stringify(feed) });
    assert.equal(lenient.code, 0);
    excludes(lenient.stdout, 'lastReviewed:');
    excludes(lenient.stdout, 'waitingTime.asOf');
    includes(lenient.stdout, '(0 errors, 5 warnings)');
  });
});

const WAITS = [
  'service_id,measure,statistic,days,as_of,target_days,percent_within_target,previous_days,second_appointment_days,accepting_referrals,source',
  `example-talking-therapies,referral-to-assessment,median,35,${daysAgo(10)},42,82,49,60,yes,Example Trust monthly report`,
].join('\n');

describe('signpost-feed from-csv', () => {
  it('builds a feed from the template that validate then passes (a round trip)', async () => {
    const run = await cli(['from-csv', 'demo/data/services-template.csv', '--publisher', 'Example ICB']);
    assert.equal(run.code, 0, run.stderr);
    includes(run.stderr, 'wrote 3 services');
    const feed = JSON.parse(run.stdout);
    assert.equal(feed.version, 1);
    assert.deepEqual(feed.publisher, { name: 'Example ICB' });
    assert.ok(Math.abs(Date.parse(feed.updated) - Date.now()) <= 120_000);
    const [talk, crisis, young] = feed.services;
    assert.deepEqual(talk.categories, ['talking-therapies']);
    assert.equal(talk.selfReferral, true);
    assert.deepEqual(talk.referral, { url: 'https://talk.example.org/refer', phone: '0113 496 0010', gp: true });
    assert.deepEqual(talk.delivery, ['phone', 'video', 'in-person']);
    assert.deepEqual(talk.location, { address: '12 Example Street, Leeds', postcode: 'LS2 7EQ', lat: 53.7955, lng: -1.5362 });
    assert.deepEqual(talk.coverage, { practices: ['B82005', 'B86001'], postcodeDistricts: ['LS1', 'LS2', 'LS6'] });
    assert.deepEqual(
      talk.hours.weekly.map((s) => `${s.day} ${s.opens}-${s.closes}`),
      ['mon 08:00-20:00', 'tue 08:00-20:00', 'wed 08:00-20:00', 'thu 08:00-20:00', 'fri 08:00-20:00', 'sat 09:00-13:00'],
    );
    assert.deepEqual(talk.hours.closedOn, ['2026-12-25', '2026-12-26']);
    assert.deepEqual(talk.languages, ['en', 'ur', 'bsl']);
    assert.deepEqual(crisis.hours, { alwaysOpen: true });
    assert.equal(crisis.ages, undefined);
    assert.deepEqual(young.ages, { min: 11, max: 18 });
    assert.deepEqual(young.referral, { phone: '07700 900001', gp: false });
    assert.deepEqual(young.hours.weekly, [
      { day: 'wed', opens: '16:00', closes: '19:30' },
      { day: 'fri', opens: '18:00', closes: '02:00' },
    ]);

    const check = await cli(['validate', '-', '--max-age', '36500'], { stdin: run.stdout });
    assert.equal(check.code, 0, check.stdout);
    includes(check.stdout, 'standard input: valid feed v1 with 3 services and 0 pathways (0 errors, 0 warnings)');
  });

  it('adds waiting times from --waiting, and the result validates', async () => {
    const run = await cli(['from-csv', 'demo/data/services-template.csv', '--waiting', '{tmp}/waits.csv'], { files: { 'waits.csv': WAITS } });
    assert.equal(run.code, 0, run.stderr);
    const feed = JSON.parse(run.stdout);
    assert.deepEqual(feed.publisher, { name: 'Unnamed publisher' });
    assert.deepEqual(feed.services[0].waitingTime, {
      measure: 'referral-to-assessment',
      statistic: 'median',
      days: 35,
      asOf: daysAgo(10),
      targetDays: 42,
      percentWithinTarget: 82,
      previousDays: 49,
      secondAppointmentDays: 60,
      acceptingReferrals: true,
      source: 'Example Trust monthly report',
    });
    assert.equal(feed.services[1].waitingTime, undefined);
    const check = await cli(['validate', '-', '--max-age', '36500'], { stdin: run.stdout });
    assert.equal(check.code, 0, check.stdout);
  });

  it('reads hours in all the documented forms', async () => {
    const csv = [
      'id,name,hours',
      's1,One,"mon,wed 9:00-12:00, 13:00-17:00; sat-sun 10.00 to 24:00"',
      's2,Two,fri-mon 20:00–22:00',
      's3,Three,weekdays 09:00-17:00; weekends 10:00-12:00',
      's4,Four,24/7',
    ].join('\n');
    const run = await cli(['from-csv', '-'], { stdin: csv });
    assert.equal(run.code, 0, run.stderr);
    const hours = JSON.parse(run.stdout).services.map((s) => s.hours?.alwaysOpen ?? s.hours?.weekly?.map((w) => `${w.day} ${w.opens}-${w.closes}`).join(', '));
    assert.deepEqual(hours, [
      'mon 09:00-12:00, wed 09:00-12:00, mon 13:00-17:00, wed 13:00-17:00, sat 10:00-00:00, sun 10:00-00:00',
      'fri 20:00-22:00, sat 20:00-22:00, sun 20:00-22:00, mon 20:00-22:00',
      'mon 09:00-17:00, tue 09:00-17:00, wed 09:00-17:00, thu 09:00-17:00, fri 09:00-17:00, sat 10:00-12:00, sun 10:00-12:00',
      true,
    ]);
  });

  it('names the row (the header is row 1) and column of each error, writes no feed and exits 1', async () => {
    const csv = [
      'id,name,hours,min_age,self_referral,delivery,postcode_districts,closed_on,lat',
      'a,Alpha,mon-fry 09:00-17:00,,,,,,',
      '',
      'b,,,sixteen,maybe,post,LS6 1AA,2026-02-30,91',
      'c,"Gamma, with a',
      'line break",mon 09:00-09:00,,,,,,',
      'a,Alpha again,,,,,,,',
    ].join('\n');
    const run = await cli(['from-csv', '-'], { stdin: csv });
    assert.equal(run.code, 1);
    assert.equal(run.stdout, '');
    const expected = [
      'error: standard input row 2, column "hours": "mon-fry" is not a day or range of days -> write hours like "mon-fri 09:00-17:00; sat 10:00-13:00", or "24/7"',
      'standard input row 4, column "name": empty -> give the service the name people know it by',
      'standard input row 4, column "min_age": "sixteen" is not a whole number from 0 to 130 -> write just the number, e.g. 16',
      'standard input row 4, column "self_referral": "maybe" is not yes or no -> write yes or no, or leave the cell empty',
      'standard input row 4, column "delivery": "post" is not a way of delivering a service -> use in-person, phone, video, online, text, separated by ;',
      'standard input row 4, column "postcode_districts": "LS6 1AA" is not a postcode district -> write the first half of the postcode, e.g. LS6',
      'standard input row 4, column "closed_on": "2026-02-30" is not a date -> write dates as YYYY-MM-DD, e.g. 2026-11-03',
      'standard input row 4, column "lat": "91" is not a number from -90 to 90',
      'standard input row 5, column "hours": "09:00-09:00" opens and closes at the same time',
      'standard input row 6, column "id": "a" is already the id on row 2 -> give each service its own id',
    ];
    for (const line of expected) includes(run.stderr, line);
  });

  it('reports missing and unknown columns, broken quoting and bad waiting-time rows', async () => {
    let run = await cli(['from-csv', '-'], { stdin: 'name,colour\nAlpha,red\n' });
    assert.equal(run.code, 1);
    includes(run.stderr, 'standard input row 1: no "id" column -> the first row must name the columns');
    includes(run.stderr, 'warning: standard input row 1: column "colour" is not used -> check its spelling');
    run = await cli(['from-csv', '-'], { stdin: 'id,name\na,Alpha,extra\n' });
    assert.equal(run.code, 1);
    includes(run.stderr, 'standard input row 2: more cells than columns -> put double quotes round any cell that has a comma in it');
    // What only the shared checker refuses is still pinned to its cell.
    const languages = Array.from({ length: 201 }, (_, i) => `l${i}`).join(';');
    run = await cli(['from-csv', '-'], { stdin: `id,name,languages\na,Alpha,${languages}\n` });
    assert.equal(run.code, 1);
    includes(run.stderr, 'standard input row 2, column "languages": ');
    includes(run.stderr, '-> give at most 200 items, separated by ;');
    run = await cli(['from-csv', '-'], { stdin: 'id,name\na,"Alpha\n' });
    assert.equal(run.code, 1);
    includes(run.stderr, 'standard input row 2: Quoted field unterminated -> check the double quotes in this row');

    const waits = [
      'service_id,measure,statistic,days,as_of',
      'example-crisis-line,referral-to-assessment,average,10,2026-11-01',
      'no-such-service,referral-to-assessment,median,10,2026-11-01',
      'example-young-minds,referral-to-assessment,median,ten,2026-11-01',
      'example-young-minds,referral-to-assessment,median,10,2026-11-01',
    ].join('\n');
    run = await cli(['from-csv', 'demo/data/services-template.csv', '--waiting', '{tmp}/waits.csv'], { files: { 'waits.csv': waits } });
    assert.equal(run.code, 1);
    assert.equal(run.stdout, '');
    const at = (row, column) => `waits.csv row ${row}, column "${column}": `;
    includes(run.stderr, `${at(2, 'statistic')}expected one of median, mean, p90, p95 -> use exactly one of the values listed`);
    includes(run.stderr, `${at(3, 'service_id')}no service has the id "no-such-service" -> use an id from the services file`);
    includes(run.stderr, `${at(4, 'days')}"ten" is not a number`);
    includes(run.stderr, `${at(5, 'service_id')}"example-young-minds" already has a waiting time on row 4`);
  });

  it('reports progress on standard error for large inputs', async () => {
    const rows = ['id,name,phone'];
    for (let i = 1; i <= 12_000; i++) rows.push(`s${i},Service ${i},0113 496 ${String(i % 10_000).padStart(4, '0')}`);
    const run = await cli(['from-csv', '-'], { stdin: rows.join('\n') });
    assert.equal(run.code, 0, run.stderr.slice(0, 500));
    includes(run.stderr, 'read 5,000 rows\nread 10,000 rows\n');
    includes(run.stderr, 'wrote 12,000 services');
    const feed = JSON.parse(run.stdout);
    assert.equal(feed.services.length, 12_000);
    assert.deepEqual(feed.services[11_999], { id: 's12000', name: 'Service 12000', contact: { phone: '0113 496 2000' } });
  });
});
