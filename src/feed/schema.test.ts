import { expect } from '@open-wc/testing';
import { FeedError, parseFeed, validWait, type FeedIssue, type OnIssue } from './schema.js';
import { namedFeed } from '../../test/support/fixtures.js';

const service = { id: 's1', name: 'Service one', categories: ['talking-therapies'] };
const valid = () => ({
  version: 1,
  updated: '2026-11-20T09:00:00Z',
  publisher: { name: 'Test ICB' },
  services: [structuredClone(service)],
});

/** What the parser reported to `onIssue` while `fn` ran. (test/node/feed-issues.test.mjs checks the console's sentences.) */
const issues = (fn: (onIssue: OnIssue) => void): FeedIssue[] => {
  const seen: FeedIssue[] = [];
  fn((issue) => seen.push({ ...issue }));
  return seen;
};
/** The one problem of service "x", and whether the service was kept. */
const issueOfX = (extra: Record<string, unknown>) => {
  let feed!: ReturnType<typeof parseFeed>;
  const seen = issues((onIssue) => (feed = parseFeed({ ...valid(), services: [{ ...service, id: 'x', ...extra }] }, { onIssue })));
  expect(seen, JSON.stringify(extra)).to.have.length(1);
  return { ...seen[0]!, kept: feed.services.some((s) => s.id === 'x') };
};

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

  it("keeps every field of the README's two feeds, the smallest and the full one, with no issue", async () => {
    const minimal = await namedFeed('minimal');
    const full = await namedFeed('every-field');
    // The smallest feed gains only the two lists the model always has.
    const services = (minimal.services as object[]).map((service) => ({ ...service, categories: [] }));
    for (const [json, expected] of [
      [minimal, { ...minimal, services, pathways: [] }],
      [full, full],
    ]) {
      const issues: FeedIssue[] = [];
      const feed = parseFeed(json, { onIssue: (issue) => issues.push(issue) });
      expect(issues).to.deep.equal([]);
      expect(JSON.parse(JSON.stringify(feed))).to.deep.equal(expected);
    }
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
    const seen = issues((onIssue) => (feed = parseFeed(json, { onIssue })));
    expect(feed.services.map((s) => s.id)).to.deep.equal(['s1', 's2']);
    expect(seen).to.deep.equal([{ record: 'service "bad"', path: 'name', code: 'not-text', message: 'expected text' }]);
  });

  // safety: H5
  it('names the exact path of the bad value, through objects and lists', () => {
    // [the service's extra fields, the path, the code, the message, whether the service is kept (the field left out)]
    const cases: [Record<string, unknown>, string, FeedIssue['code'], string, boolean][] = [
      [{ name: 42 }, 'name', 'not-text', 'expected text', false],
      [{ categories: ['crisis', 7] }, 'categories[1]', 'not-text', 'expected text', false],
      [{ ages: { min: '16' } }, 'ages.min', 'bad-number', 'expected a number from 0 to 130', false],
      [{ referral: { gp: 'yes' } }, 'referral.gp', 'not-true-false', 'expected true or false', true],
      [
        {
          hours: {
            weekly: [
              { day: 'mon', opens: '09:00', closes: '17:00' },
              { day: 'tue', opens: '9am', closes: '17:00' },
            ],
          },
        },
        'hours.weekly[1].opens',
        'bad-time',
        'expected a time as HH:MM, 00:00 to 23:59',
        true,
      ],
      [
        { hours: { weekly: [{ day: 'mon', opens: '09:00', closes: '09:00' }] } },
        'hours.weekly[0].closes',
        'opens-is-closes',
        'expected a time other than opens',
        true,
      ],
      [{ hours: { weekly: ['mon 9-5'] } }, 'hours.weekly[0]', 'not-object', 'expected an object', true],
    ];
    for (const [extra, path, code, message, kept] of cases) {
      expect(issueOfX(extra), JSON.stringify(extra)).to.deep.equal({ record: 'service "x"', path, code, message, kept });
    }
    const step = {
      urgency: 'soon',
      title: 'Step',
      actions: [
        { kind: 'call', label: 'Call', value: '111' },
        { kind: 'fax', label: 'Fax', value: '1' },
      ],
    };
    let feed!: ReturnType<typeof parseFeed>;
    const seen = issues((onIssue) => (feed = parseFeed({ ...valid(), pathways: [{ id: 'p', title: 'P', steps: [step] }] }, { onIssue })));
    expect(seen).to.deep.equal([
      { record: 'pathway "p"', path: 'steps[0].actions[1].kind', code: 'not-one-of', message: 'expected one of call, text, link, service' },
    ]);
    expect(feed.pathways[0]!.steps[0]!.actions).to.have.length(1);
    const bad = issues((onIssue) => (feed = parseFeed({ ...valid(), pathways: [{ id: 'p', title: 'P', steps: [{ ...step, urgency: 'now' }] }] }, { onIssue })));
    expect(bad).to.deep.equal([
      { record: 'pathway "p"', path: 'steps[0].urgency', code: 'not-one-of', message: 'expected one of emergency, urgent, soon, routine, self-help' },
    ]);
    expect(feed.pathways).to.deep.equal([]);
    // A waiting time's path is from the service's root; its own reason, kept in the model, from the waiting time's.
    const wait = issues(
      (onIssue) =>
        (feed = parseFeed(
          { ...valid(), services: [{ ...service, waitingTime: { measure: 'referral-to-assessment', statistic: 'median', days: 5 } }] },
          { onIssue },
        )),
    );
    expect(wait).to.deep.equal([{ record: 'service "s1"', path: 'waitingTime.asOf', code: 'bad-date', message: 'expected a real date as YYYY-MM-DD' }]);
    expect(feed.services[0]!.waitingTime).to.deep.equal({ invalid: 'asOf: expected a real date as YYYY-MM-DD' });
    // A value that fails as a whole has no path to name.
    const whole = issues((onIssue) => (feed = parseFeed({ ...valid(), services: [{ ...service, waitingTime: 5 }] }, { onIssue })));
    expect(whole).to.deep.equal([{ record: 'service "s1"', path: 'waitingTime', code: 'not-object', message: 'expected an object' }]);
    expect(feed.services[0]!.waitingTime).to.deep.equal({ invalid: '(root): expected an object' });
  });

  // safety: H4
  it('drops a service whose id, name, categories, ages or coverage are wrong: without them it would show to the wrong people', () => {
    const cases: Record<string, unknown>[] = [
      { ages: { min: '16' } },
      { ages: { min: -1 } },
      { categories: 'crisis' },
      { coverage: { practices: 'B82005' } },
      { name: { _$litType$: 1, strings: ['<b>'], values: [] } },
    ];
    for (const extra of cases) {
      const json = { ...valid(), services: [{ ...service, id: 'x', ...extra }, service] };
      let feed!: ReturnType<typeof parseFeed>;
      const seen = issues((onIssue) => (feed = parseFeed(json, { onIssue })));
      expect(
        feed.services.map((s) => s.id),
        JSON.stringify(extra),
      ).to.deep.equal(['s1']);
      expect(seen, JSON.stringify(extra)).to.have.length(1);
      expect(seen[0]!.record).to.equal('service "x"');
    }
  });

  // safety: H4, H5
  it('keeps a service with one bad optional field, leaving that field out with a warning', () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ selfReferral: 'yes' }, 'selfReferral'],
      [{ delivery: ['telepathy'] }, 'delivery'],
      [{ hours: { weekly: [{ day: 'monday', opens: '09:00', closes: '17:00' }] } }, 'hours'],
      [{ hours: { weekly: [{ day: 'mon', opens: '25:00', closes: '17:00' }] } }, 'hours'],
      [{ hours: { weekly: [{ day: 'mon', opens: '24:00', closes: '17:00' }] } }, 'hours'],
      [{ hours: { weekly: [{ day: 'mon', opens: '09:00', closes: '24:01' }] } }, 'hours'],
      [{ hours: { weekly: [{ day: 'mon', opens: '09:00', closes: '09:00' }] } }, 'hours'],
      [{ hours: { closedOn: ['25/12/2026'] } }, 'hours'],
      [{ location: { lat: 200 } }, 'location'],
      [{ lastReviewed: '2026-02-30' }, 'lastReviewed'],
      [{ lastReviewed: '30 Nov 2026' }, 'lastReviewed'],
      [{ lastReviewed: '1899-12-31' }, 'lastReviewed'],
      [{ contact: { phone: '0113 496 0000', email: 42 } }, 'contact.email'],
      [{ contact: { phone: '0113 496 0000', website: `https://example.org/${'a'.repeat(2000)}` } }, 'contact.website'],
    ];
    for (const [extra, field] of cases) {
      let feed!: ReturnType<typeof parseFeed>;
      const seen = issues((onIssue) => (feed = parseFeed({ ...valid(), services: [{ ...service, id: 'x', ...extra }] }, { onIssue })));
      expect(
        feed.services.map((s) => s.id),
        JSON.stringify(extra),
      ).to.deep.equal(['x']);
      expect(seen, JSON.stringify(extra)).to.have.length(1);
      expect(seen[0]!.record).to.equal('service "x"');
      expect(seen[0]!.path).to.match(new RegExp(`^${field.replace('.', '\\.')}($|[.[])`));
      expect(JSON.stringify(feed.services[0]), JSON.stringify(extra)).to.not.contain(`"${field.split('.').pop()}"`);
    }
  });

  // safety: H5
  it('keeps a crisis line that closes at 24:00, its phone and its hours', () => {
    const crisis = {
      id: 'crisis',
      name: 'Crisis line',
      contact: { phone: '0800 183 0558' },
      hours: { weekly: [{ day: 'mon', opens: '18:00', closes: '24:00' }] },
    };
    let feed!: ReturnType<typeof parseFeed>;
    const seen = issues((onIssue) => (feed = parseFeed({ ...valid(), services: [crisis] }, { onIssue })));
    expect(seen).to.deep.equal([]);
    expect(feed.services[0]!.contact!.phone).to.equal('0800 183 0558');
    expect(feed.services[0]!.hours!.weekly![0]!.closes).to.equal('24:00');
  });

  // safety: H4
  it('never cuts a link, address or number to fit: a too-long one is left out with a warning', () => {
    const long = `https://example.org/?next=${'x'.repeat(2000)}`;
    const json = {
      ...valid(),
      services: [{ ...service, referral: { url: long }, contact: { phone: '0113 496 0000' } }],
      pathways: [
        {
          id: 'p',
          title: 'P',
          steps: [
            {
              urgency: 'urgent',
              title: 'S',
              actions: [
                { kind: 'link', label: 'Go', value: long },
                { kind: 'call', label: 'Call', value: '111' },
              ],
            },
          ],
        },
      ],
    };
    let feed!: ReturnType<typeof parseFeed>;
    const seen = issues((onIssue) => (feed = parseFeed(json, { onIssue })));
    expect(feed.services[0]!.referral).to.deep.equal({});
    expect(feed.pathways[0]!.steps[0]!.actions.map((a) => a.value)).to.deep.equal(['111']);
    const tooLong = { code: 'not-text', message: 'expected text of at most 2000 characters' };
    expect(seen).to.deep.equal([
      { record: 'service "s1"', path: 'referral.url', ...tooLong },
      { record: 'pathway "p"', path: 'steps[0].actions[0].value', ...tooLong },
    ]);
  });

  it('reads "updated" as strict ISO 8601 by its own rule, the same in every engine', () => {
    for (const updated of ['2026-11-20', '2026-11-20T09:00Z', '2026-11-20T09:00:00Z', '2026-11-20T09:00:00.123+01:00', '2026-11-20T09:00:00']) {
      expect(parseFeed({ ...valid(), updated }).updated, updated).to.equal(updated);
    }
    for (const updated of [
      'November 2026',
      '20 Nov 2026',
      '2026/11/20',
      '2026-11-31',
      '2026-11-20 09:00',
      '2026-11-20T24:00Z',
      '1899-12-31',
      '0001-01-01',
      '+002026-11-20',
      'Fri, 20 Nov 2026 09:00:00 GMT',
      ' 2026-11-20',
    ]) {
      fails({ ...valid(), updated }, /"updated" is not an ISO 8601 date/);
    }
  });

  it('is not misled by what a host library added to Object.prototype', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.extend = function extend() {
      throw new Error('a host helper was called as a checker');
    };
    try {
      const feed = parseFeed(valid());
      expect(feed.services.map((s) => s.id)).to.deep.equal(['s1']);
      expect(feed.pathways).to.deep.equal([]);
      expect(Object.keys(feed.services[0]!)).to.deep.equal(['id', 'name', 'categories']);
    } finally {
      delete proto.extend;
    }
  });

  // safety: H4
  it('keeps the first of two services with the same id and warns', () => {
    const json = { ...valid(), services: [service, { ...service, name: 'Second' }] };
    let feed!: ReturnType<typeof parseFeed>;
    const seen = issues((onIssue) => (feed = parseFeed(json, { onIssue })));
    expect(feed.services).to.have.length(1);
    expect(feed.services[0]!.name).to.equal('Service one');
    expect(seen).to.deep.equal([{ record: 'service "s1"', path: 'id', code: 'duplicate-id', message: 'duplicate id, the first one is used' }]);
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
      {
        id: 'adult',
        title: 'Adults',
        steps: [{ urgency: 'urgent', title: 'Crisis line', actions: [{ kind: 'call', label: 'Call', value: '0113 496 0001' }] }],
      },
      { id: 'bad', title: 'Bad', steps: [{ urgency: 'whenever', title: 'x' }] },
    ];
    let feed!: ReturnType<typeof parseFeed>;
    const seen = issues((onIssue) => (feed = parseFeed({ ...valid(), pathways }, { onIssue })));
    expect(feed.pathways.map((p) => p.id)).to.deep.equal(['adult']);
    expect(seen).to.have.length(1);
    expect(seen[0]!.record).to.equal('pathway "bad"');
  });

  // safety: H6
  it('validates waiting times in the feed, keeping a bad one as a typed state that never drops its service', () => {
    const wait = { measure: 'referral-to-assessment', statistic: 'median', days: 35, asOf: '2026-11-03' };
    const json = { ...valid(), services: [{ ...service, waitingTime: { days: -4 } }] };
    let parsed!: ReturnType<typeof parseFeed>;
    expect(issues((onIssue) => (parsed = parseFeed(json, { onIssue })))).to.have.length(1);
    expect(parsed.services).to.have.length(1);
    expect(parsed.services[0]!.waitingTime).to.deep.equal({
      invalid: 'measure: expected one of referral-to-assessment, referral-to-treatment, assessment-to-treatment',
    });
    expect(validWait(wait)).to.deep.equal(wait);
    const codes = { days: 'bad-number', asOf: 'bad-date' };
    for (const bad of [
      { ...wait, days: -1 },
      { ...wait, days: NaN },
      { ...wait, days: 2000 },
      { ...wait, asOf: undefined },
      { ...wait, days: '35' },
    ]) {
      // validWait says nothing on the console (the parser or the badge does, naming whose it is); signpost-feed asks for the issue.
      expect(validWait(bad)).to.have.property('invalid').that.is.a('string');
      const [issue, ...more] = issues((onIssue) => validWait(bad, onIssue));
      expect(more).to.deep.equal([]);
      expect(issue).to.include({ record: 'waiting time', code: codes[issue!.path as keyof typeof codes] });
    }
    const monthly = {
      ...wait,
      measure: 'referral-to-treatment',
      period: '2026-05',
      targetDays: 42,
      percentWithinTarget: 78,
      targetPercent: 75,
      percentSecondOver28Days: 12,
    };
    expect(validWait(monthly)).to.deep.equal(monthly);
    expect(validWait({ ...monthly, period: '2026-13' })).to.deep.equal({ invalid: 'period: expected a month as YYYY-MM' });
    expect(validWait({ ...monthly, targetPercent: 0 })).to.have.property('invalid');
    expect(validWait({ ...monthly, percentSecondOver28Days: 101 })).to.have.property('invalid');
  });

  it('leaves a provider code and sub-ICB coverage to signpost-feed: the browser never needs them', () => {
    const feed = parseFeed({ ...valid(), services: [{ ...service, providerCode: 'RXX', coverage: { subIcbs: ['02T'], practices: ['B82005'] } }] });
    expect(feed.services[0]).to.not.have.property('providerCode');
    expect(feed.services[0]!.coverage).to.deep.equal({ practices: ['B82005'] });
  });
});
