import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import '../src/index.js';
import '../src/signpost-openreferral.js';
import { feedOf, store, withElementIssues } from './support/index.js';
import { shadowRoots } from './support/dom.js';

/**
 * The hostile feed catalogue: whatever a feed says, no element or attribute is created from its
 * strings, no link leaves the allow-list, page globals are untouched, the emergency routes stay,
 * and the good parts of the feed still render.
 */
const ALLOWED = /^(https?|tel|sms|mailto):/;

/** Stores a feed (or `raw` text) on the test server and returns the address that serves it. */
const serve = async (feed: unknown, raw?: string) => (await store(raw ?? feed, 'hostile')).url;

function assertInert(host: Element) {
  const roots = shadowRoots(host);
  expect(roots.length).to.be.above(2);
  for (const root of roots) {
    expect(root.querySelectorAll('script, img, iframe, object, embed, svg script, foreignObject').length, 'elements from feed text').to.equal(0);
    for (const el of root.querySelectorAll('*')) {
      for (const attr of el.attributes) expect(attr.name.startsWith('on'), `${el.localName} has ${attr.name}`).to.equal(false);
    }
    for (const a of root.querySelectorAll('a')) {
      const href = a.getAttribute('href')!;
      expect(href, 'href').to.match(ALLOWED);
      expect(href, 'a cut href').to.not.contain('cut.example');
      if (/^https?:/.test(href)) {
        // A web link says where it goes: no user name before the host, no numeric host, and the host in its text.
        const url = new URL(href);
        expect(url.username + url.password, `userinfo in ${href}`).to.equal('');
        expect(url.hostname, 'numeric host').to.not.match(/^[\d.]+$|^\[/);
        expect(a.textContent, `the text of the link to ${href}`).to.contain(url.hostname.replace(/^www\./, ''));
      }
      if (href.startsWith('mailto:')) expect(href, 'one plain address').to.match(/^mailto:[^@,;%?<>\s]+@[^@,;%?<>\s]+$/);
    }
  }
  expect((window as unknown as { pwned?: unknown }).pwned, 'window.pwned').to.equal(undefined);
  expect(({} as Record<string, unknown>).polluted, 'Object.prototype').to.equal(undefined);
}

const text = (el: Element | null) => el?.shadowRoot?.textContent ?? '';

async function render(endpoint: string) {
  const el = await fixture(html`
    <signpost-provider endpoint=${endpoint} timeout="4000">
      <signpost-get-help></signpost-get-help>
      <signpost-waiting-time service="good"></signpost-waiting-time>
      <signpost-service-finder page-size="50"></signpost-service-finder>
    </signpost-provider>
  `);
  return {
    el,
    help: el.querySelector('signpost-get-help')!,
    wait: el.querySelector('signpost-waiting-time')!,
    finder: el.querySelector('signpost-service-finder')!,
  };
}

/** Runs `fn` taking the problems hostile feeds report (plenty, by design) from the page, each as data. */
async function quietly<T>(fn: () => Promise<T>): Promise<T> {
  const { result, issues } = await withElementIssues(fn);
  for (const issue of issues) expect(issue.record && issue.code && issue.message, JSON.stringify(issue)).to.be.a('string');
  return result;
}

const XSS = [
  '<script>window.pwned=1</script>',
  '<img src=x onerror="window.pwned=1">',
  '"><svg onload=window.pwned=1>',
  '{{constructor.constructor("window.pwned=1")()}}',
  '\u202Eevil\u200B\u200D\uFEFF',
  'مرحبا <b>bold</b> עברית',
];
const LINKS = [
  'javascript:window.pwned=1',
  ' JaVaScRiPt:window.pwned=1',
  'java\tscript:window.pwned=1',
  'java\nscript:window.pwned=1',
  '\u0000javascript:window.pwned=1',
  'data:text/html,<script>window.pwned=1</script>',
  'vbscript:msgbox(1)',
  '//evil.example/',
  '/relative',
  // Links whose text could hide where they go.
  'https://www.nhs.uk@evil.example/',
  'https://nhs.uk:help@evil.example/',
  'https://192.168.0.1/',
  'https://0x7f.1/',
  'https://[::1]/',
  'https://nhs.\u0443\u043a/',
  'mailto:help@nhs.example,thief@evil.example',
  'help@nhs.example,thief@evil.example',
  'help@nhs.example;thief@evil.example',
  'help%2Cthief@evil.example',
  // Cut to fit a length limit, this would still be a working link, to somewhere else.
  `https://cut.example/${'a'.repeat(2000)}.evil.example/`,
];

const good = {
  id: 'good',
  name: 'Good Service',
  categories: ['wellbeing'],
  contact: { phone: '0113 496 0000', website: 'https://good.example.org/' },
  waitingTime: { measure: 'referral-to-assessment', statistic: 'median', days: 35, asOf: '2026-11-03' },
};

function hostileServices() {
  const services: unknown[] = [
    good,
    // One bad field never takes the record's phone with it (first, so they are on the finder's first page).
    {
      id: 'midnight',
      name: 'Crisis line until midnight',
      categories: ['crisis'],
      contact: { phone: '0113 496 0777' },
      hours: { weekly: [{ day: 'mon', opens: '18:00', closes: '24:00' }] },
    },
    {
      id: 'odd-hours',
      name: 'Crisis line with odd hours',
      categories: ['crisis'],
      contact: { phone: '0113 496 0778', email: 7 },
      hours: { weekly: [{ day: 'mon', opens: '6pm', closes: 'late' }] },
    },
    { id: 'trunk', name: 'Trunk zero', contact: { phone: '(0)113 496 0779' } },
  ];
  XSS.forEach((s, i) => {
    LINKS.forEach((link, j) =>
      services.push({
        id: `xss-${i}-${j}`,
        name: `${s} name`,
        organisation: s,
        description: `${s} ${'long '.repeat(30)}`,
        categories: [s, 'crisis'],
        selfReferral: true,
        referral: { url: link, phone: link, notes: s },
        contact: { phone: link, text: link, email: `${link}@x.y`, website: link },
        location: { address: s, postcode: s },
        hours: { weekly: [{ day: 'mon', opens: '09:00', closes: '17:00' }], note: s },
        languages: [s],
        waitingTime: { measure: 'referral-to-assessment', statistic: 'median', days: 20, asOf: '2026-11-01', source: s },
      }),
    );
  });
  services.push(
    { id: 'long', name: 'L'.repeat(10_000), description: 'D'.repeat(10_000), categories: [] },
    { id: 'good', name: 'Duplicate of good, must not show' },
    { id: 'types-1', name: 42 },
    { id: 'types-2', name: { _$litType$: 1, strings: ['<img src=x onerror=window.pwned=1>'], values: [] } },
    { id: 'types-3', name: 'Ages as text', ages: { min: '16' } },
    { id: 'types-4', name: 'Object as string', organisation: { toString: 'x' } },
    JSON.parse('{"id":"proto","name":"Proto keys","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}'),
    { id: 'num-1', name: 'Negative wait', waitingTime: { measure: 'referral-to-assessment', statistic: 'median', days: -5, asOf: '2026-11-01' } },
    { id: 'num-2', name: 'Huge wait', waitingTime: { measure: 'referral-to-assessment', statistic: 'median', days: 1e308, asOf: '2026-11-01' } },
    { id: 'num-3', name: 'NaN-like wait', waitingTime: { measure: 'referral-to-assessment', statistic: 'median', days: 'NaN', asOf: '2026-11-01' } },
    { id: 'num-4', name: 'Huge coordinates', location: { lat: 1e308, lng: -1e308 } },
    { id: 'time-1', name: 'Hour 25', hours: { weekly: [{ day: 'mon', opens: '25:00', closes: '26:00' }] } },
    { id: 'time-2', name: 'Hour 24', hours: { weekly: [{ day: 'mon', opens: '09:00', closes: '24:00' }] } },
    { id: 'time-3', name: 'Closes at opening', hours: { weekly: [{ day: 'mon', opens: '09:00', closes: '09:00' }] } },
    { id: 'date-1', name: 'Bad date', lastReviewed: '2026-13-45', hours: { closedOn: ['not a date'] } },
    { id: 'date-2', name: 'Before 1900', lastReviewed: '1899-12-31' },
  );
  return services;
}

describe('hostile feeds', () => {
  for (const [name, raw] of [
    ['null', 'null'],
    ['an array', '[]'],
    ['a string', '"feed"'],
    ['10,000 levels of nesting', `${'['.repeat(10_000)}${']'.repeat(10_000)}`],
    ['an unknown version', '{"version":"1","updated":"2026-11-20","publisher":{"name":"P"},"services":[]}'],
    ['no services', '{"version":1,"updated":"2026-11-20","publisher":{"name":"P"}}'],
    ['an updated date of "November 2026"', '{"version":1,"updated":"November 2026","publisher":{"name":"P"},"services":[{"id":"a","name":"A"}]}'],
    ['an updated date before 1900', '{"version":1,"updated":"1899-12-31","publisher":{"name":"P"},"services":[{"id":"a","name":"A"}]}'],
  ] as const) {
    // safety: H2, H9
    it(`shows the error states, with 999 and 111, for a top level of ${name}`, async () => {
      const { el, help, wait } = await quietly(async () => {
        const r = await render(await serve(null, raw));
        // A bounded wait, not a speed check: 10,000 levels of nesting take Firefox a while to refuse under load.
        await waitUntil(() => text(r.finder).includes('not available right now'), 'finder error state', { timeout: 5000 });
        return r;
      });
      expect(text(wait)).to.contain('Waiting time not available');
      expect(help.shadowRoot!.querySelector('a[href="tel:999"]')).to.exist;
      expect(help.shadowRoot!.querySelector('a[href="tel:111"]')).to.exist;
      assertInert(el);
    });
  }

  // safety: H7
  it('renders the catalogue inert and keeps the good service', async () => {
    const feed = {
      version: 1,
      updated: '2026-11-20T09:00:00Z',
      publisher: { name: XSS[0] },
      services: hostileServices(),
      pathways: [
        {
          id: 'adult',
          title: XSS[1],
          steps: [
            { urgency: 'emergency', title: XSS[0], actions: LINKS.map((value) => ({ kind: 'link', label: XSS[1], value })) },
            { urgency: 'urgent', title: XSS[2], body: XSS[4], actions: LINKS.map((value) => ({ kind: 'call', label: XSS[5], value })) },
            { urgency: 'routine', title: 'Service', actions: [{ kind: 'service', label: 'x', value: 'xss-0-0' }] },
          ],
        },
      ],
    };
    const { el, help, wait, finder } = await quietly(async () => {
      const r = await render(await serve(feed));
      await waitUntil(() => text(r.finder).includes('Good Service'), 'the good service renders');
      await waitUntil(() => /About \d+ weeks?/.test(text(r.wait)), 'the good wait renders');
      return r;
    });
    assertInert(el);
    expect(text(finder)).to.not.contain('Duplicate of good');
    expect(text(finder)).to.contain('<script>window.pwned=1</script> name', 'markup shows as text');
    expect(text(wait)).to.contain('About 5 weeks');
    expect(help.shadowRoot!.querySelector('a[href="tel:999"]')).to.exist;
    for (const phone of ['01134960777', '01134960778', '01134960779']) {
      expect(finder.shadowRoot!.querySelector(`a[href="tel:${phone}"]`), `tel:${phone}`).to.exist;
    }
    // Long text wraps inside the card instead of widening the page.
    const card = finder.shadowRoot!.querySelector('article')!;
    expect(card.scrollWidth).to.be.at.most(card.clientWidth + 1);
  });

  // safety: H2
  it('parses the same whatever a host library did to Object.prototype and JSON.parse', async () => {
    const proto = Object.prototype as Record<string, unknown>;
    const { parse } = JSON;
    // Old libraries add enumerable helpers; some pages revive every date-like string into a Date.
    proto.each = function each() {
      throw new Error('a host helper ran on feed data');
    };
    JSON.parse = (text: string) => parse(text, (_key, value) => (typeof value === 'string' && /^\d{4}-\d\d-\d\d/.test(value) ? new Date(value) : value));
    try {
      const feed = feedOf([{ ...good, lastReviewed: '2026-11-01' }]);
      const { finder, wait } = await render(await serve(feed));
      await waitUntil(() => text(finder).includes('Good Service'), 'the good service renders');
      await waitUntil(() => /About \d+ weeks?/.test(text(wait)), 'the good wait renders');
    } finally {
      delete proto.each;
      JSON.parse = parse;
    }
  });

  // Issue 23 findings 1 and 2, as a directory reaches the elements: no wall clock, only what renders.
  it('keeps an Open Referral directory with a 100 KB run of "<p", a record nested 5,000 deep and a crisis line closing at 24:00', async () => {
    const crisis = {
      id: 'or-crisis',
      name: 'Directory Crisis Line',
      phones: [{ number: '0113 496 0555', type: 'voice' }],
      schedules: [{ freq: 'WEEKLY', byday: 'MO', opens_at: '18:00', closes_at: '24:00' }],
    };
    const bomb = { id: 'or-bomb', name: 'Wordy Service', description: '<p'.repeat(50_000), phones: [{ number: '0113 496 0556' }] };
    const deep = `{"id":"or-deep","name":"Deep Service","phones":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    const raw = `{"total_pages":1,"page_number":1,"contents":[${JSON.stringify(crisis)},${JSON.stringify(bomb)},${deep}]}`;
    const endpoint = await serve(null, raw);
    const el = await quietly(async () => {
      const r = await fixture(html`
        <signpost-provider format="openreferral" endpoint=${endpoint} timeout="8000">
          <signpost-get-help></signpost-get-help>
          <signpost-waiting-time service="or-crisis"></signpost-waiting-time>
          <signpost-service-finder></signpost-service-finder>
        </signpost-provider>
      `);
      const finder = r.querySelector('signpost-service-finder')!;
      await waitUntil(() => text(finder).includes('Directory Crisis Line'), 'the crisis line renders', { timeout: 10000 });
      return r;
    });
    const finder = el.querySelector('signpost-service-finder')!;
    const help = el.querySelector('signpost-get-help')!;
    expect(finder.shadowRoot!.querySelector('a[href="tel:01134960555"]'), 'the crisis line keeps its phone').to.exist;
    expect(text(finder)).to.contain('Wordy Service');
    expect(finder.shadowRoot!.querySelector('a[href="tel:01134960556"]'), 'the wordy service keeps its phone').to.exist;
    expect(help.shadowRoot!.querySelector('a[href="tel:999"]')).to.exist;
    assertInert(el);
  });

  // safety: H9
  it('renders a feed of 20,000 services, one page at a time', async () => {
    const services = Array.from({ length: 20_000 }, (_, i) => ({ id: `s${i}`, name: `Service ${i}`, categories: ['wellbeing'] }));
    const { finder } = await render(await serve(feedOf(services)));
    await waitUntil(() => text(finder).includes('20,000 services'), 'the count', { timeout: 10000 });
    expect(finder.shadowRoot!.querySelectorAll('article').length).to.equal(50);
  });

  // safety: H2
  it('renders any valid feed in all three elements without throwing', async () => {
    const word = fc.string({ maxLength: 40 });
    const service = fc.record(
      {
        id: fc.string({ minLength: 1, maxLength: 12 }),
        name: word,
        description: word,
        categories: fc.array(fc.constantFrom('crisis', 'talking-therapies', 'wellbeing', 'unknown-thing'), { maxLength: 3 }),
        ages: fc.record({ min: fc.integer({ min: 0, max: 130 }), max: fc.integer({ min: 0, max: 130 }) }, { requiredKeys: [] }),
        selfReferral: fc.boolean(),
        referral: fc.record({ url: fc.oneof(fc.webUrl(), word), phone: word, gp: fc.boolean() }, { requiredKeys: [] }),
        contact: fc.record({ phone: word, text: word, email: word, website: fc.oneof(fc.webUrl(), word) }, { requiredKeys: [] }),
        delivery: fc.uniqueArray(fc.constantFrom('in-person', 'phone', 'video', 'online', 'text')),
        hours: fc.oneof(
          fc.constant({ alwaysOpen: true }),
          fc.record({
            weekly: fc.array(
              fc
                .record({
                  day: fc.constantFrom('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'),
                  opens: fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })),
                  closes: fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })),
                })
                .filter((h) => h.opens.join() !== h.closes.join())
                .map(({ day, opens, closes }) => ({
                  day,
                  opens: opens.map((x) => String(x).padStart(2, '0')).join(':'),
                  closes: closes.map((x) => String(x).padStart(2, '0')).join(':'),
                })),
              { maxLength: 4 },
            ),
          }),
        ),
        waitingTime: fc.record({
          measure: fc.constantFrom('referral-to-assessment', 'referral-to-treatment', 'assessment-to-treatment'),
          statistic: fc.constantFrom('median', 'mean', 'p90', 'p95'),
          days: fc.integer({ min: 0, max: 1000 }),
          asOf: fc.date({ min: new Date('2020-01-01'), max: new Date('2026-11-20'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
          targetDays: fc.integer({ min: 1, max: 400 }),
          previousDays: fc.integer({ min: 0, max: 1000 }),
        }),
      },
      { requiredKeys: ['id', 'name'] },
    );
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    try {
      await fc.assert(
        fc.asyncProperty(fc.array(service, { maxLength: 8 }), async (services) => {
          const endpoint = await serve(feedOf(services));
          await quietly(async () => {
            const { finder, wait, help } = await render(endpoint);
            await waitUntil(() => /\d[\d,]* services?\b|No services match|No services are listed/.test(text(finder)), 'finder settles');
            expect(text(help)).to.contain('999');
            expect(text(wait)).to.not.equal('');
          });
          expect(errors).to.deep.equal([]);
        }),
        { numRuns: 12 },
      );
    } finally {
      window.removeEventListener('error', onError);
    }
  });
});
