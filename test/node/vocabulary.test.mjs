// Every list of known values is written once, in src/feed/vocabulary.ts (postcodes: postcode.ts).
// These tests fail when the JSON Schema, the README, the demo feed, the CSV template or the
// signpost-feed command says otherwise. They read dist/ (npm run build).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Papa from '../../dist/cli/papaparse.js';
import * as vocabulary from '../../dist/feed/vocabulary.js';
import { isPostcodeDistrict, parsePostcode } from '../../dist/feed/postcode.js';
import { CATEGORY_WORDS } from '../../dist/feed/taxonomy.js';
import { categoryLabel, sortCategories } from '../../dist/service-finder/labels.js';
import { fromOpenReferral } from '../../dist/feed/openreferral.js';
import { runCli } from '../cli.mjs';

const { ACTION_KINDS, CATEGORIES, DAYS, DELIVERY_MODES, MEASURES, PATHWAY_ACTION_KINDS, STATISTICS, URGENCIES } = vocabulary;
const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const schema = JSON.parse(read('schema/feed-v1.schema.json'));
const readme = read('README.md');
const service = schema.$defs.service.properties;
const step = schema.$defs.pathway.properties.steps.items.properties;

/** The README line that starts with `start`; exactly one must. */
const line = (start) => {
  const found = readme.split('\n').filter((l) => l.startsWith(start));
  assert.equal(found.length, 1, `one README line starting ${start}`);
  return found[0];
};
/** The `code` spans of `text`, in order. */
const codes = (text) => [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
/** `text` from after `from` up to `to`. */
const between = (text, from, to) => {
  const start = text.indexOf(from);
  assert.ok(start >= 0, `${from} in ${text}`);
  const end = text.indexOf(to, start + from.length);
  assert.ok(end >= 0, `${to} after ${from} in ${text}`);
  return text.slice(start + from.length, end);
};

describe('vocabulary: the JSON Schema', () => {
  it('lists the known categories as the enum of categories, in order, and still takes any other', () => {
    const [known, other] = service.categories.items.anyOf;
    assert.deepEqual(known.enum, [...CATEGORIES]);
    assert.deepEqual(other, { $ref: '#/$defs/short' });
  });

  it('has the delivery modes, days, urgencies, measures, statistics and pathway action kinds as its enums', () => {
    assert.deepEqual(service.delivery.items.enum, [...DELIVERY_MODES]);
    assert.deepEqual(service.hours.properties.weekly.items.properties.day.enum, [...DAYS]);
    assert.deepEqual(step.urgency.enum, [...URGENCIES]);
    assert.deepEqual(schema.$defs.waitingTime.properties.measure.enum, [...MEASURES]);
    assert.deepEqual(schema.$defs.waitingTime.properties.statistic.enum, [...STATISTICS]);
    assert.deepEqual(step.actions.items.properties.kind.enum, [...PATHWAY_ACTION_KINDS]);
  });
});

describe('vocabulary: the README', () => {
  it('lists the known categories in the feed table, in order', () => {
    assert.deepEqual(codes(between(line('| `categories` | Known:'), 'Known:', 'Unknown')), [...CATEGORIES]);
  });

  it('lists the delivery modes in the feed table and the CSV columns', () => {
    assert.deepEqual(codes(between(line('| `delivery` |'), 'Any of', '|')), [...DELIVERY_MODES]);
    assert.deepEqual(between(line('  - Columns: `id`'), '`delivery` (', ')').split(', '), [...DELIVERY_MODES]);
  });

  it('lists the measures, statistics and pathway action kinds in the feed table, and the urgencies below it', () => {
    const wait = line('| `waitingTime` |');
    assert.deepEqual(codes(between(wait, '`measure` (', ')')), [...MEASURES]);
    assert.deepEqual(codes(between(wait, '`statistic` (', ':')), [...STATISTICS]);
    assert.deepEqual(between(line('| `pathways` |'), 'kind: ', ',').split('/'), [...PATHWAY_ACTION_KINDS]);
    assert.deepEqual(codes(between(readme, 'and the urgencies ', ')')), [...URGENCIES]);
  });

  it("lists the signpost-action event's kinds", () => {
    assert.deepEqual(codes(between(line('| `signpost-action` | `{ widget'), '`kind` is ', ';')), [...ACTION_KINDS]);
  });

  it('shows the default taxonomy table as src/feed/taxonomy.ts has it, one row for each category', () => {
    const table = between(readme, '| Category | Words |\n|---|---|\n', '\n\n');
    const rows = table.split('\n').map((row) => {
      const [, id, words] = /^\| `([a-z-]+)` \| (.*) \|$/.exec(row) ?? assert.fail(`a taxonomy row: ${row}`);
      // A word that must be whole ends in a space in the code.
      return [id, words.split(', ').map((w) => w.replace(/ \(whole word\)$/, ' '))];
    });
    assert.deepEqual(rows, Object.entries(CATEGORY_WORDS));
    assert.deepEqual(rows.map(([id]) => id).sort(), [...CATEGORIES].sort());
  });
});

describe("vocabulary: the finder's labels", () => {
  it('names every known category, and lists them in the filter in CATEGORIES order, then the others by id', () => {
    for (const id of CATEGORIES) assert.notEqual(categoryLabel(id), id.replace(/-/g, ' '), id);
    assert.equal(new Set(CATEGORIES.map(categoryLabel)).size, CATEGORIES.length);
    assert.deepEqual(sortCategories(['zz-other', ...[...CATEGORIES].reverse(), 'hearing-voices']), [...CATEGORIES, 'hearing-voices', 'zz-other']);
  });
});

describe('vocabulary: the demo feed and the CSV template', () => {
  it('the demo feed shows every known category, and only known delivery modes, districts and action kinds', () => {
    const feed = JSON.parse(read('demo/data/feed.json'));
    assert.deepEqual([...new Set(feed.services.flatMap((s) => s.categories ?? []))].sort(), [...CATEGORIES].sort());
    for (const mode of feed.services.flatMap((s) => s.delivery ?? [])) assert.ok(DELIVERY_MODES.includes(mode), mode);
    for (const district of feed.services.flatMap((s) => s.coverage?.postcodeDistricts ?? [])) assert.ok(isPostcodeDistrict(district), district);
    for (const action of feed.pathways.flatMap((p) => p.steps.flatMap((s) => s.actions))) assert.ok(PATHWAY_ACTION_KINDS.includes(action.kind), action.kind);
  });

  it('the CSV template uses only known categories, delivery modes and districts', () => {
    const { data } = Papa.parse(read('demo/data/services-template.csv'), { header: true, skipEmptyLines: true });
    const list = (cell) =>
      (cell ?? '')
        .split(';')
        .map((x) => x.trim())
        .filter(Boolean);
    assert.ok(data.length > 0);
    for (const row of data) {
      for (const category of list(row.categories)) assert.ok(CATEGORIES.includes(category), `${row.id}: ${category}`);
      for (const mode of list(row.delivery)) assert.ok(DELIVERY_MODES.includes(mode), `${row.id}: ${mode}`);
      for (const district of list(row.postcode_districts)) assert.ok(isPostcodeDistrict(district), `${row.id}: ${district}`);
    }
  });
});

describe('vocabulary: the signpost-feed command', () => {
  it('reads its lists and the district rule from the vocabulary and postcode modules, writing none of its own', () => {
    for (const file of ['csv', 'validate', 'openreferral']) {
      const code = read(`dist/cli/${file}.js`);
      assert.match(code, /from '\.\.\/feed\/vocabulary\.js'/, file);
      assert.doesNotMatch(code, /'talking-therapies',\s*'crisis'|'in-person',\s*'phone'|\[A-Z\]\{1,2\}/, file);
    }
    assert.match(read('dist/cli/csv.js'), /from '\.\.\/feed\/postcode\.js'/);
  });

  // What people type, what feeds and directories write: districts, postcodes, and neither.
  const samples = ['LS6', 'ls6', 'LS11', 'SW1A', 'W1', 'EC1A', 'M1', 'LS 6', 'LS6 1AA', 'LS61AA', 'L', 'LS', '6', 'LSS6', 'LS6A1', 'LS123', 'West Yorkshire'];

  it('reads a district as the finder does: the district of a postcode or of a bare district', () => {
    assert.deepEqual(parsePostcode(' ls6 1aa'), { postcode: 'LS6 1AA', district: 'LS6' });
    assert.deepEqual(parsePostcode('LS 6'), { postcode: 'LS6', district: 'LS6' });
    assert.equal(parsePostcode('West Yorkshire'), undefined);
    assert.deepEqual(samples.filter(isPostcodeDistrict), ['LS6', 'LS11', 'SW1A', 'W1', 'EC1A', 'M1']);
  });

  it('keeps exactly the service areas that are districts by the same rule when mapping Open Referral', () => {
    const { services } = fromOpenReferral([{ id: 'x', name: 'X', service_areas: samples.map((name) => ({ name })) }]);
    assert.deepEqual(services[0].coverage.postcodeDistricts, [...new Set(samples.map((s) => s.toUpperCase()).filter(isPostcodeDistrict))]);
  });

  it('from-csv accepts exactly the districts the rule accepts (upper-cased, as the command reads them)', async () => {
    const rows = samples.map((district, i) => `s${i},Service ${i},0113 496 0000,${JSON.stringify(district)}`);
    const run = await runCli(['from-csv', '-'], { stdin: ['id,name,phone,postcode_districts', ...rows].join('\n') });
    const refused = [...run.stderr.matchAll(/row (\d+), column "postcode_districts"/g)].map((m) => samples[Number(m[1]) - 2]);
    assert.deepEqual(
      refused,
      samples.filter((s) => !isPostcodeDistrict(s.toUpperCase())),
    );
  });
});
