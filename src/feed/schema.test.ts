import { expect } from '@open-wc/testing';
import { FeedError, parseFeed, parseWaitingTime } from './schema.js';
import { withWarnings } from '../../test/support/index.js';

const service = { id: 's1', name: 'Service one', categories: ['talking-therapies'] };
const valid = () => ({
  version: 1,
  updated: '2026-11-20T09:00:00Z',
  publisher: { name: 'Test ICB' },
  services: [structuredClone(service)],
});

/** Runs `fn` with console.warn captured, returning what was warned. */
const warnings = (fn: () => void): string[] => withWarnings(fn).warnings;

const fails = (json: unknown, message: RegExp) => {
  expect(() => parseFeed(json)).to.throw(FeedError, message);
};

describe('feed v1 schema', () => {
  it('accepts a valid feed and keeps its services', () => {
    const feed = parseFeed(valid());
    expect(feed.version).to.equal(1);
    expect(feed.publisher.name).to.equal('Test ICB');
    expect(feed.services.map((s) => s.id)).to.deep.equal(['s1']);
    expect(feed.pathways).to.deep.equal([]);
  });

  it('rejects a top level that is not an object', () => {
    for (const json of [null, [], 'feed', 42, true]) fails(json, /not a JSON object/);
  });

  it('rejects a missing or wrong version with "unsupported feed version"', () => {
    const { version: _, ...missing } = valid();
    fails(missing, /unsupported feed version/);
    for (const version of [2, '1', 0, 1.5]) fails({ ...valid(), version }, /unsupported feed version/);
  });

  it('rejects each missing required top-level field', () => {
    const { updated: _u, ...noUpdated } = valid();
    fails(noUpdated, /updated/);
    fails({ ...valid(), updated: 'yesterday' }, /updated/);
    const { publisher: _p, ...noPublisher } = valid();
    fails(noPublisher, /publisher/);
    fails({ ...valid(), publisher: { url: 'https://x.example' } }, /publisher/);
    const { services: _s, ...noServices } = valid();
    fails(noServices, /services/);
    fails({ ...valid(), services: {} }, /services/);
    fails({ ...valid(), pathways: 'adult' }, /pathways/);
  });

  it('accepts an empty services array', () => {
    expect(parseFeed({ ...valid(), services: [] }).services).to.deep.equal([]);
  });

  // safety: H4
  it('drops a malformed service with a warning naming its id and field, and keeps the rest', () => {
    const json = valid();
    json.services.push({ id: 'bad', name: 42 } as never, { id: 's2', name: 'Two', categories: [] });
    let feed!: ReturnType<typeof parseFeed>;
    const seen = warnings(() => (feed = parseFeed(json)));
    expect(feed.services.map((s) => s.id)).to.deep.equal(['s1', 's2']);
    expect(seen).to.have.length(1);
    expect(seen[0]).to.contain('"bad"').and.to.contain('name');
  });

  // safety: H5
  it('names the exact path of the bad value, through objects and lists', () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ name: 42 }, 'name: expected text'],
      [{ categories: ['crisis', 7] }, 'categories[1]: expected text'],
      [{ referral: { gp: 'yes' } }, 'referral.gp: expected true or false'],
      [{ hours: { weekly: [{ day: 'mon', opens: '09:00', closes: '17:00' }, { day: 'tue', opens: '9am', closes: '17:00' }] } }, 'hours.weekly[1].opens: expected a time as HH:MM'],
      [{ hours: { weekly: [{ day: 'mon', opens: '09:00', closes: '09:00' }] } }, 'hours.weekly[0].closes: expected a time other than opens'],
      [{ hours: { weekly: ['mon 9-5'] } }, 'hours.weekly[0]: expected an object'],
    ];
    for (const [extra, message] of cases) {
      const seen = warnings(() => parseFeed({ ...valid(), services: [{ ...service, id: 'x', ...extra }] }));
      expect(seen, JSON.stringify(extra)).to.have.length(1);
      expect(seen[0]).to.contain(`skipped service "x": ${message}`);
    }
    const step = { urgency: 'soon', title: 'Step', actions: [{ kind: 'call', label: 'Call', value: '111' }, { kind: 'fax', label: 'Fax', value: '1' }] };
    const seen = warnings(() => parseFeed({ ...valid(), pathways: [{ id: 'p', title: 'P', steps: [step] }] }));
    expect(seen[0]).to.contain('skipped pathway "p": steps[0].actions[1].kind: expected one of call, text, link, service');
    const wait = warnings(() => expect(parseWaitingTime({ measure: 'referral-to-assessment', statistic: 'median', days: 5 }, 's1')).to.equal(undefined));
    expect(wait).to.deep.equal(['Signpost: waiting time for s1 not shown: asOf: expected a real date as YYYY-MM-DD']);
    // A value that fails as a whole has no path to name.
    const whole = warnings(() => expect(parseWaitingTime(5, 's1')).to.equal(undefined));
    expect(whole).to.deep.equal(['Signpost: waiting time for s1 not shown: (root): expected an object']);
  });

  // safety: H4, H5
  it('drops services with wrong types in nested fields', () => {
    const cases: Record<string, unknown>[] = [
      { ages: { min: '16' } },
      { ages: { min: -1 } },
      { selfReferral: 'yes' },
      { categories: 'crisis' },
      { delivery: ['telepathy'] },
      { hours: { weekly: [{ day: 'monday', opens: '09:00', closes: '17:00' }] } },
      { hours: { weekly: [{ day: 'mon', opens: '25:00', closes: '17:00' }] } },
      { hours: { weekly: [{ day: 'mon', opens: '09:00', closes: '24:00' }] } },
      { hours: { weekly: [{ day: 'mon', opens: '09:00', closes: '09:00' }] } },
      { hours: { closedOn: ['25/12/2026'] } },
      { location: { lat: 200 } },
      { lastReviewed: '2026-02-30' },
      { lastReviewed: '30 Nov 2026' },
      { name: { _$litType$: 1, strings: ['<b>'], values: [] } },
    ];
    for (const extra of cases) {
      const json = { ...valid(), services: [{ ...service, id: 'x', ...extra }, service] };
      let feed!: ReturnType<typeof parseFeed>;
      const seen = warnings(() => (feed = parseFeed(json)));
      expect(feed.services.map((s) => s.id), JSON.stringify(extra)).to.deep.equal(['s1']);
      expect(seen, JSON.stringify(extra)).to.have.length(1);
    }
  });

  // safety: H4
  it('keeps the first of two services with the same id and warns', () => {
    const json = { ...valid(), services: [service, { ...service, name: 'Second' }] };
    let feed!: ReturnType<typeof parseFeed>;
    const seen = warnings(() => (feed = parseFeed(json)));
    expect(feed.services).to.have.length(1);
    expect(feed.services[0]!.name).to.equal('Service one');
    expect(seen[0]).to.contain('duplicate');
  });

  // safety: H7
  it('ignores unknown fields, including __proto__ and constructor keys', () => {
    const json = JSON.parse(
      '{"version":1,"updated":"2026-11-20","publisher":{"name":"P","extra":1},"future":true,' +
        '"services":[{"id":"a","name":"A","colour":"red","__proto__":{"polluted":true},"constructor":{"x":1}}]}',
    );
    const feed = parseFeed(json);
    expect(feed.services[0]).to.deep.equal({ id: 'a', name: 'A', categories: [] });
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.keys(feed)).to.not.include('future');
  });

  // safety: H9
  it('caps long strings instead of rejecting them', () => {
    const json = { ...valid(), services: [{ ...service, name: 'x'.repeat(10_000), description: 'y'.repeat(10_000) }] };
    const [s] = parseFeed(json).services;
    expect(s!.name.length).to.equal(300);
    expect(s!.description!.length).to.equal(5000);
  });

  it('keeps valid pathways and drops a malformed one', () => {
    const pathways = [
      { id: 'adult', title: 'Adults', steps: [{ urgency: 'urgent', title: 'Crisis line', actions: [{ kind: 'call', label: 'Call', value: '0113 496 0001' }] }] },
      { id: 'bad', title: 'Bad', steps: [{ urgency: 'whenever', title: 'x' }] },
    ];
    let feed!: ReturnType<typeof parseFeed>;
    const seen = warnings(() => (feed = parseFeed({ ...valid(), pathways })));
    expect(feed.pathways.map((p) => p.id)).to.deep.equal(['adult']);
    expect(seen[0]).to.contain('"bad"');
  });

  // safety: H6
  it('validates waiting times separately so a bad one never drops its service', () => {
    const wait = { measure: 'referral-to-assessment', statistic: 'median', days: 35, asOf: '2026-11-03' };
    const json = { ...valid(), services: [{ ...service, waitingTime: { days: -4 } }] };
    expect(parseFeed(json).services).to.have.length(1);
    expect(parseWaitingTime(wait, 's1')).to.deep.equal(wait);
    for (const bad of [{ ...wait, days: -1 }, { ...wait, days: NaN }, { ...wait, days: 2000 }, { ...wait, asOf: undefined }, { ...wait, days: '35' }]) {
      const seen = warnings(() => expect(parseWaitingTime(bad, 's1')).to.equal(undefined));
      expect(seen).to.have.length(1);
    }
  });
});
