import { expect } from '@open-wc/testing';
import { webHref } from '../internal/url.js';
import { fromOpenReferral, plainText } from './openreferral.js';
import { CATEGORIES } from './vocabulary.js';
import { FeedError, type Feed, type FeedIssue, type Service } from './schema.js';
import { feedOf, withIssues } from '../../test/support/index.js';

type Json = Record<string, unknown>;

const fixture = async (name: string): Promise<Json> => (await fetch(`/test/fixtures/openreferral/${name}.json`)).json();

const byName = (feed: Feed, name: string): Service => {
  const service = feed.services.find((s) => s.name === name);
  expect(service, name).to.exist;
  return service!;
};

/** One HSDS 3.0 service, mapped on its own. */
const one = (service: Json, options?: Parameters<typeof fromOpenReferral>[1]) =>
  withIssues((onIssue) => fromOpenReferral(service, { ...options, onIssue })).result.services[0];

const weekdays = (opens: string, closes: string, days: string[]) => days.map((day) => ({ day, opens, closes }));

describe('fromOpenReferral: HSDS 3.0 / Open Referral UK', () => {
  let page: Json;
  let feed: Feed;
  let warned: FeedIssue[];
  before(async () => {
    page = await fixture('hsds3');
    ({ result: feed, issues: warned } = withIssues((onIssue) => fromOpenReferral(page, { onIssue })));
  });

  it('maps a complete service from a /services page to the feed model', () => {
    expect(byName(feed, 'Aireside Talking Therapies')).to.deep.equal({
      id: '8d2f5c6e-1a7b-4c33-9d1e-000000000001',
      name: 'Aireside Talking Therapies',
      description: 'Free NHS talking therapies for anxiety & low mood. Refer yourself online – or call "the team". Ages 16+.',
      organisation: 'Aireside Partnership NHS Foundation Trust',
      categories: ['talking-therapies', 'wellbeing'],
      ages: { min: 16 },
      contact: { phone: '0113 496 0200', email: 'talk@aireside-talk.example.org', website: 'https://aireside-talk.example.org/' },
      location: { address: '12 Wharf Street, Leeds', postcode: 'LS2 7EQ', lat: 53.7955, lng: -1.5362 },
      coverage: { postcodeDistricts: ['LS6', 'LS7'] },
      hours: {
        weekly: [...weekdays('09:00', '17:00', ['mon', 'tue', 'wed', 'thu', 'fri']), { day: 'sat', opens: '10:00', closes: '13:00' }],
        note: 'Evening appointments by arrangement',
      },
      languages: ['en', 'ur'],
      accessibility: ['Step-free access from the street', 'Hearing loop at reception'],
      lastReviewed: '2026-09-01', // assured_date, not the later last_modified
    });
    expect(feed.version).to.equal(1);
    expect(feed.pathways).to.deep.equal([]);
    expect(Date.parse(feed.updated)).to.be.closeTo(Date.now(), 60_000);
  });

  // safety: H7
  it('reduces HTML descriptions to plain text, leaving no tag, script or javascript: link', () => {
    for (const service of feed.services) {
      expect(service.description ?? '').not.to.match(/<|javascript:/i);
    }
    // A script's content is not text: it goes with its tags.
    expect(byName(feed, 'Night Light Crisis Line').description).to.equal('A listening line for anyone in distress, every night.');
  });

  // safety: H7
  it('passes a javascript: website through as plain text, and webHref refuses to make it a link', () => {
    const crisis = byName(feed, 'Night Light Crisis Line');
    expect(crisis.contact?.website).to.equal('javascript:alert(1)');
    expect(webHref(crisis.contact?.website, true)).to.equal(undefined);
    expect(webHref(byName(feed, 'Aireside Talking Therapies').contact?.website, true)).to.equal('https://aireside-talk.example.org/');
  });

  it('drops coordinates outside the UK and reads coordinates written as text', () => {
    expect(byName(feed, 'Night Light Crisis Line').location).to.equal(undefined);
    expect(byName(feed, 'Young Minds Drop-in').location).to.deep.equal({ address: '4 Park Row, Leeds', postcode: 'LS1 5HD', lat: 53.801, lng: -1.549 });
    const at = (latitude: unknown, longitude: unknown) => one({ id: 'x', name: 'X', service_at_locations: [{ location: { latitude, longitude } }] })!.location;
    expect(at(49.8, -8.7)).to.deep.equal({ lat: 49.8, lng: -8.7 });
    expect(at(60.9, 1.8)).to.deep.equal({ lat: 60.9, lng: 1.8 });
    for (const [lat, lng] of [
      [49.7, -1],
      [61, -1],
      [53, -8.8],
      [53, 1.9],
      [0, 0],
      ['', ''],
      ['north', 'west'],
      [null, null],
    ]) {
      expect(at(lat, lng), `${lat},${lng}`).to.equal(undefined);
    }
  });

  it('reads weekly schedules with several days, seconds and overnight sessions, and keeps notes as a note', () => {
    expect(byName(feed, 'Night Light Crisis Line').hours).to.deep.equal({
      weekly: weekdays('18:00', '02:00', ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']),
    });
    expect(byName(feed, 'Aireside Talking Therapies').hours?.note).to.equal('Evening appointments by arrangement');
    // A monthly session beside a weekly one: weekly hours would call it closed on its Saturday, so none are given.
    expect(byName(feed, 'Young Minds Drop-in').hours).to.equal(undefined);
    const hours = (schedules: unknown[]) => one({ id: 'x', name: 'X', schedules })!.hours;
    expect(hours([{ freq: 'weekly', byday: 'TU, TH', opens_at: '9:30', closes_at: '12:00:00+00:00' }])).to.deep.equal({
      weekly: weekdays('09:30', '12:00', ['tue', 'thu']),
    });
    // Schedules on the service's location count when the service itself has none.
    const atLocation = one({
      id: 'x',
      name: 'X',
      service_at_locations: [{ schedules: [{ freq: 'WEEKLY', byday: 'FR', opens_at: '10:00', closes_at: '11:00' }] }],
    });
    expect(atLocation!.hours).to.deep.equal({ weekly: [{ day: 'fri', opens: '10:00', closes: '11:00' }] });
  });

  // safety: H5
  it('leaves hours out, but keeps the service, when a schedule cannot be read: no hours beats wrong hours', () => {
    const carers = byName(feed, 'Carers Support Line');
    expect(carers.hours).to.equal(undefined);
    const hours = (schedule: Json) =>
      one({ id: 'x', name: 'X', schedules: [{ freq: 'WEEKLY', byday: 'MO', opens_at: '09:00', closes_at: '17:00' }, schedule] })!.hours;
    expect(hours({ freq: 'WEEKLY', byday: 'TU', opens_at: '10:00', closes_at: '10:00' })).to.equal(undefined);
    expect(hours({ freq: 'WEEKLY', byday: 'XX', opens_at: '10:00', closes_at: '11:00' })).to.equal(undefined);
    expect(hours({ freq: 'WEEKLY', byday: 'TU', opens_at: '25:00', closes_at: '26:00' })).to.equal(undefined);
    expect(hours({ freq: 'WEEKLY', opens_at: '10:00', closes_at: '11:00' })).to.equal(undefined);
  });

  it('finds the phone on the service, its locations, its contacts or its organisation, without the quotes', () => {
    expect(byName(feed, 'Aireside Talking Therapies').contact?.phone).to.equal('0113 496 0200');
    // The location's phone comes before the contacts' phone.
    expect(byName(feed, 'Night Light Crisis Line').contact?.phone).to.equal('0113 496 0777');
    expect(byName(feed, 'Young Minds Drop-in').contact).to.deep.equal({ phone: '07700 900001' });
    const phone = (service: Json) => one({ id: 'x', name: 'X', ...service })!.contact?.phone;
    expect(phone({ contacts: [{ phones: [{ number: '“0113 496 0500”' }] }], organization: { phones: [{ number: '0113 496 0999' }] } })).to.equal(
      '0113 496 0500',
    );
    expect(phone({ phones: [{ number: 1134960000 }, { number: "  '0113 496 0600' " }] })).to.equal('0113 496 0600');
    expect(phone({ phones: 'none' })).to.equal(undefined);
  });

  // safety: H4
  it('leaves out services that are not active, and counts a missing status as active', () => {
    const names = feed.services.map((s) => s.name);
    expect(names).not.to.include('Riverside Wellbeing Cafe');
    expect(names).to.include('Young Minds Drop-in');
    expect(names).to.include('Night Light Crisis Line'); // "Active"
    for (const status of ['inactive', 'defunct', 'temporarily closed']) expect(one({ id: 'x', name: 'X', status })).to.equal(undefined);
  });

  it('skips a broken service with one warning naming it, and keeps the rest', () => {
    expect(feed.services.map((s) => s.id)).to.deep.equal([
      '8d2f5c6e-1a7b-4c33-9d1e-000000000001',
      '8d2f5c6e-1a7b-4c33-9d1e-000000000002',
      '1234',
      '8d2f5c6e-1a7b-4c33-9d1e-000000000006',
    ]);
    expect(warned).to.have.length(1);
    expect(warned[0]).to.include({ record: 'service "8d2f5c6e-1a7b-4c33-9d1e-000000000004"', path: 'name' });
    const { result, issues: more } = withIssues((onIssue) =>
      fromOpenReferral([null, 'service', { id: 'ok', name: 'OK' }, { id: {}, name: 'Odd id' }], { onIssue }),
    );
    expect(result.services.map((s) => s.id)).to.deep.equal(['ok']);
    expect(more.map((issue) => [issue.record, issue.path, issue.code])).to.deep.equal([
      ['service #0', '', 'not-object'],
      ['service #1', '', 'not-object'],
      ['service #3', 'id', 'not-text'],
    ]);
  });

  it('accepts a paged envelope, a plain list and a single service alike', () => {
    const contents = page.contents as Json[];
    const services = (json: unknown) => withIssues((onIssue) => fromOpenReferral(json, { onIssue })).result.services;
    expect(services(contents)).to.deep.equal(feed.services);
    expect(services(contents[0])).to.deep.equal([feed.services[0]]);
    expect(services({ ...page, contents: [] })).to.deep.equal([]);
  });

  it('throws a FeedError for anything that is not an Open Referral shape', () => {
    const feedV1 = feedOf([]);
    for (const json of [null, undefined, 'services', 42, true, {}, { contents: 'none' }, { content: {} }, feedV1]) {
      expect(() => fromOpenReferral(json), JSON.stringify(json)).to.throw(FeedError, /not an Open Referral response/);
    }
  });

  it('gives ids as strings, a lastReviewed only from a real date, and the publisher asked for', () => {
    expect(byName(feed, 'Young Minds Drop-in').id).to.equal('1234');
    expect(byName(feed, 'Young Minds Drop-in').lastReviewed).to.equal(undefined);
    expect(one({ id: 'x', name: 'X', last_modified: '2026-02-30T10:00:00Z', assured_date: '2026-03-01' })!.lastReviewed).to.equal('2026-03-01');
    expect(withIssues((onIssue) => fromOpenReferral(page, { publisher: 'Leeds directory', onIssue })).result.publisher).to.deep.equal({
      name: 'Leeds directory',
    });
  });

  it('reads ages, language codes and postcode districts, and ignores what does not fit', () => {
    expect(byName(feed, 'Young Minds Drop-in').ages).to.deep.equal({ min: 11, max: 25 });
    expect(byName(feed, 'Young Minds Drop-in').languages).to.deep.equal(['en', 'pl']);
    // A maximum age of 0 is an export's "no limit", not a service for no one.
    expect(byName(feed, 'Carers Support Line').ages).to.equal(undefined);
    expect(one({ id: 'x', name: 'X', minimum_age: 200, maximum_age: 12.5 })!.ages).to.equal(undefined);
    const areas = one({
      id: 'x',
      name: 'X',
      service_areas: [{ name: 'bd1' }, { name: 'LS6 1AA' }, { name: 'West Yorkshire' }, { name: 'M1' }, { name: 'BD1' }],
    });
    expect(areas!.coverage).to.deep.equal({ postcodeDistricts: ['BD1', 'M1'] });
  });
});

describe('fromOpenReferral: Open Referral UK v1', () => {
  let feed: Feed;
  let warned: FeedIssue[];
  before(async () => {
    const json = await fixture('oruk-v1');
    ({ result: feed, issues: warned } = withIssues((onIssue) => fromOpenReferral(json, { onIssue })));
  });

  it('maps a complete v1 service from a paged "content" response', () => {
    expect(warned).to.deep.equal([]);
    expect(byName(feed, 'Leeds Bereavement Forum Drop-in')).to.deep.equal({
      id: 'leeds-bereavement-01',
      name: 'Leeds Bereavement Forum Drop-in',
      description: 'Support after the death of someone close to you. Drop in, no appointment needed.',
      organisation: 'Leeds Bereavement Forum',
      categories: ['bereavement', 'talking-therapies'],
      ages: { min: 18, max: 65 },
      contact: { phone: '0113 496 0300', email: 'hello@bereavement.example.org.uk', website: 'https://bereavement.example.org.uk/' },
      location: { address: 'Stocks Hill, Leeds', postcode: 'LS12 3UF', lat: 53.7975, lng: -1.5862 },
      coverage: { postcodeDistricts: ['LS12'] },
      hours: {
        weekly: [
          { day: 'mon', opens: '09:30', closes: '16:30' },
          { day: 'thu', opens: '09:30', closes: '16:30' },
          { day: 'sat', opens: '10:00', closes: '12:00' },
        ],
        closedOn: ['2026-12-24', '2026-12-25', '2026-12-26', '2026-12-27'],
      },
      languages: ['English', 'Punjabi'],
      accessibility: ['Wheelchair accessible toilet'],
      lastReviewed: '2026-08-15',
    });
  });

  it('reads weekday numbers and names, singular keys, and caps a long closure at 31 days', () => {
    const carers = byName(feed, 'Carers Leeds Advice Line');
    expect(carers.id).to.equal('77');
    expect(carers.ages).to.deep.equal({ min: 18 });
    expect(carers.contact).to.deep.equal({ phone: '0113 380 4300' });
    expect(carers.location).to.deep.equal({ address: '6 Kirkgate, Leeds', postcode: 'LS2 7DJ' });
    expect(carers.hours?.weekly).to.deep.equal(weekdays('10:00', '15:00', ['mon', 'tue']));
    expect(carers.hours?.closedOn).to.have.length(31);
    expect(carers.hours?.closedOn?.[0]).to.equal('2026-07-01');
    expect(carers.hours?.closedOn?.[30]).to.equal('2026-07-31');
    expect(carers.description).to.equal('Advice and a listening ear for unpaid carers & their families.');
  });

  // safety: H4
  it('leaves out a defunct service', () => {
    expect(feed.services.map((s) => s.name)).to.deep.equal(['Leeds Bereavement Forum Drop-in', 'Carers Leeds Advice Line']);
  });

  it('adds only closed holidays with real dates', () => {
    const closed = (holiday_schedules: unknown[]) => one({ id: 'x', name: 'X', holiday_schedules })!.hours?.closedOn;
    expect(closed([{ closed: true, start_date: '2026-12-25' }])).to.deep.equal(['2026-12-25']);
    expect(closed([{ closed: true, start_date: '2026-12-31', end_date: '2027-01-01' }])).to.deep.equal(['2026-12-31', '2027-01-01']);
    expect(closed([{ closed: false, start_date: '2026-12-25' }, { closed: true, start_date: '25/12/2026' }, { closed: true }])).to.equal(undefined);
    expect(closed([{ closed: true, start_date: '2026-12-27', end_date: '2026-12-25' }])).to.equal(undefined);
  });
});

describe('fromOpenReferral: categories', () => {
  const categories = (terms: string[], categoryMap?: Record<string, string>) =>
    one({ id: 'x', name: 'X', attributes: terms.map((name) => ({ taxonomy_term: { name } })) }, { categoryMap })!.categories;

  // safety: H4
  it('maps taxonomy term names and codes through the default keyword table', () => {
    const table: [string, string][] = [
      ['NHS Talking Therapies', 'talking-therapies'],
      ['IAPT', 'talking-therapies'],
      ['Counselling', 'talking-therapies'],
      ['Mental health crisis', 'crisis'],
      ['Bereavement support', 'bereavement'],
      ['Young carers', 'carers'],
      ['Alcohol misuse', 'drugs-alcohol'],
      ['Substance use', 'drugs-alcohol'],
      ['Peer support groups', 'peer-support'],
      ['Children and young people', 'young-people'],
      ['Older adults', 'older-people'],
      ['Postnatal depression', 'perinatal'],
      ['Maternal mental health', 'perinatal'],
      ['Eating disorders', 'eating-disorders'],
      ['Debt advice', 'employment'],
      ['Back to work', 'employment'],
      ['Social prescribing', 'social-prescribing'],
      ['Wellbeing', 'wellbeing'],
      ['Mental Health', 'wellbeing'],
      ['Physical activity', 'physical-health'],
    ];
    for (const [term, category] of table) expect(categories([term]), term).to.deep.equal([category]);
    // Every category's own id, used as a code, maps to itself.
    for (const category of CATEGORIES) expect(categories([category]), category).to.deep.equal([category]);
    expect(categories(['Hearing voices', 'Network rail', 'Homework club', 'Folder'])).to.deep.equal([]);
  });

  it('reads HSDS 3 codes and ORUK v1 taxonomy names, once each', () => {
    const service = {
      id: 'x',
      name: 'X',
      attributes: [{ taxonomy_term: { code: 'mh-crisis', name: 'Crisis' } }],
      service_taxonomys: [{ taxonomy: { name: 'Carers' } }],
    };
    expect(one(service)!.categories).to.deep.equal(['crisis', 'carers']);
  });

  it('lets a site map its own terms: exact, lower-cased, winning over the defaults; "" ignores a term', () => {
    expect(categories(['Hearing Voices'], { 'hearing voices': 'peer-support' })).to.deep.equal(['peer-support']);
    expect(categories(['Hearing voices'], { 'Hearing Voices ': 'peer-support' })).to.deep.equal(['peer-support']);
    expect(categories(['Mental health', 'Crisis cafe'], { 'mental health': '', 'crisis cafe': 'wellbeing' })).to.deep.equal(['wellbeing']);
    expect(categories(['Hearing voices group'], { 'hearing voices': 'peer-support' })).to.deep.equal([]);
  });

  it('lists the fourteen Signpost categories', () => {
    expect([...CATEGORIES].sort()).to.deep.equal(
      [
        'talking-therapies',
        'crisis',
        'wellbeing',
        'peer-support',
        'young-people',
        'older-people',
        'perinatal',
        'eating-disorders',
        'drugs-alcohol',
        'bereavement',
        'social-prescribing',
        'employment',
        'carers',
        'physical-health',
      ].sort(),
    );
  });
});

describe('plainText', () => {
  it('strips tags, making each block a sentence and leaving inline tags inside it', () => {
    expect(plainText('<p>One</p><p>Two<br>Three</p><ul><li>Four</li><li>Five</li></ul>')).to.equal('One. Two. Three. Four. Five');
    expect(plainText('<p>Call us.</p><p>Or write!</p><h2>Who:</h2><p>anyone</p>')).to.equal('Call us. Or write! Who: anyone');
    expect(plainText('Call <b>us</b>, or <a href="https://x.example/">write</a>.')).to.equal('Call us, or write.');
    expect(plainText('<img src=x onerror="alert(1)">Hi')).to.equal('Hi');
  });

  it('drops <script>, <style> and comments with their content, and keeps a "<" that starts no tag', () => {
    expect(plainText('Before<script type="text/javascript">var a = "<p>";</script>after')).to.equal('Beforeafter');
    expect(plainText('<STYLE>p { color: red }</STYLE>Text<!-- note <b>x</b> -->!')).to.equal('Text!');
    expect(plainText('Ages 5 < 11 and > 3')).to.equal('Ages 5 < 11 and > 3');
    // An unclosed tag, comment or script runs to the end, as it would in a browser.
    expect(plainText('Kept <b unclosed')).to.equal('Kept');
    expect(plainText('Kept <script>lost')).to.equal('Kept');
    expect(plainText('Kept <!-- lost')).to.equal('Kept');
  });

  it('decodes entities once, after the tags are gone, so decoded text is never read as markup', () => {
    expect(plainText('&amp; &lt; &gt; &quot; &#39; &apos; a&nbsp;b')).to.equal(`& < > " ' ' a b`);
    expect(plainText('&#163;5 &#xA3;5 &#X2014; &pound;5 &ndash; &rsquo;')).to.equal('£5 £5 — £5 – ’');
    expect(plainText('&amp;lt;b&amp;gt;')).to.equal('&lt;b&gt;');
    expect(plainText('&lt;script&gt;alert(1)&lt;/script&gt;')).to.equal('<script>alert(1)</script>');
    expect(plainText('&lt;p&gt;One&lt;/p&gt;')).to.equal('<p>One</p>');
    expect(plainText('&unknown; &#0; &#99999999; &copy')).to.equal('&unknown; &#0; &#99999999; &copy');
  });

  it('collapses whitespace', () => {
    expect(plainText('  One\n\n\t two   three ')).to.equal('One two three');
    expect(plainText('<p> </p>')).to.equal('');
  });
});

describe('fromOpenReferral: the Outpost / Open Referral UK shape', () => {
  let feed: Feed;
  let warned: FeedIssue[];
  before(async () => {
    const outpost = await fixture('outpost');
    ({ result: feed, issues: warned } = withIssues((onIssue) => fromOpenReferral(outpost, { now: new Date('2026-12-04T12:00:00Z'), onIssue })));
  });

  it('maps ages, contacts, locations, taxonomy names, organisation and links', () => {
    expect(warned).to.deep.equal([]);
    expect(byName(feed, 'Kooth & Qwell online')).to.deep.equal({
      id: '3121',
      name: 'Kooth & Qwell online',
      description: 'Free, safe and anonymous online support for young people. Chat to a counsellor – no referral needed.',
      organisation: 'Kooth Digital Health',
      categories: ['wellbeing', 'talking-therapies'],
      ages: { min: 11, max: 25 },
      referral: { notes: 'Extension 45.' },
      contact: { phone: '0117 496 0123', email: 'help@kooth.example.org.uk', website: 'https://www.kooth.example.org.uk' },
      location: { address: 'Unit 5, Harbourside, Bristol', postcode: 'BS1 5DB', lat: 51.4502, lng: -2.5976 },
      hours: {
        weekly: [
          { day: 'mon', opens: '12:00', closes: '22:00' },
          { day: 'fri', opens: '12:00', closes: '22:00' },
          { day: 'sat', opens: '18:00', closes: '23:59' },
        ],
      },
      accessibility: ['Step-free access'],
      lastReviewed: '2026-10-12',
    });
  });

  // safety: H5
  it('skips placeholder contacts for the next usable ones, and a fortnightly schedule gives no weekly hours', () => {
    const bumps = byName(feed, 'Bumps and Beyond Group');
    expect(bumps.contact).to.deep.equal({ phone: '0117 496 0456' });
    expect(bumps.categories).to.deep.equal(['perinatal', 'peer-support']);
    expect(bumps.ages).to.deep.equal({ min: 16 });
    expect(bumps.location).to.deep.equal({ address: 'Knowle West Health Park, Bristol', postcode: 'BS4 1WH' });
    expect(bumps.hours).to.equal(undefined);
    expect(bumps.description).to.equal('A weekly group for parents-to-be &amp; new parents.');
  });

  // safety: H4
  it('does not call a nanny agency carers, nor show a summer schedule that has ended; pending services are left out', () => {
    expect(byName(feed, 'Little Stars Nanny Agency').categories).to.deep.equal([]);
    const walks = byName(feed, 'Summer Wellbeing Walks');
    expect(walks.hours).to.equal(undefined);
    expect(walks.categories).to.deep.equal(['drugs-alcohol']);
    expect(feed.services.map((s) => s.name)).not.to.include('Pending listing');
  });
});

describe('fromOpenReferral: other Open Referral documents', () => {
  it('reads a /service_at_locations page as services at their locations, each service once', () => {
    const page = {
      total_pages: 1,
      contents: [
        {
          id: 'sal-1',
          service: { id: 's1', name: 'Drop-in' },
          location: { name: 'Hub', addresses: [{ address_1: '1 High St', city: 'Leeds', postal_code: 'LS1 1AA' }] },
        },
        { id: 'sal-2', service: { id: 's1', name: 'Drop-in' }, location: { name: 'Other hub' } },
        { id: 'sal-3', service: { id: 's2', name: 'Helpline', contacts: [{ phones: [{ number: '0113 496 0001' }] }] }, location: {} },
      ],
    };
    const feed = withIssues((onIssue) => fromOpenReferral(page, { onIssue })).result;
    expect(feed.services).to.deep.equal([
      { id: 's1', name: 'Drop-in', categories: [], location: { address: '1 High St, Leeds', postcode: 'LS1 1AA' } },
      { id: 's2', name: 'Helpline', categories: [], contact: { phone: '0113 496 0001' } },
    ]);
  });

  it('reads an organisation with its services, and names an organisation without them instead of showing it as a service', () => {
    const organisation = {
      id: 'o1',
      name: 'Leeds Mind',
      legal_status: 'Charity',
      services: [
        { id: 's1', name: 'Peer groups' },
        { id: 's2', name: 'Counselling', organization: { name: 'Other' } },
      ],
    };
    const feed = withIssues((onIssue) => fromOpenReferral(organisation, { onIssue })).result;
    expect(feed.services.map((s) => [s.name, s.organisation])).to.deep.equal([
      ['Peer groups', 'Leeds Mind'],
      ['Counselling', 'Other'],
    ]);
    expect(() => fromOpenReferral({ id: 'o1', name: 'Leeds Mind', website: 'https://mind.example.org', year_incorporated: 1990 })).to.throw(
      FeedError,
      "an organisation, not a list of services -> use the directory's /services endpoint",
    );
  });

  // safety: H9
  it('skips a record nested thousands deep with a warning, and keeps the rest', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 20000; i++) deep = { name: deep, contacts: [deep] };
    const { result, issues: warned } = withIssues((onIssue) =>
      fromOpenReferral(
        [
          { id: 'deep', name: deep, description: deep },
          { id: 'ok', name: 'OK' },
        ],
        { onIssue },
      ),
    );
    expect(result.services.map((s) => s.id)).to.deep.equal(['ok']);
    expect(warned).to.have.length(1);
    expect(warned[0]!.record).to.equal('service "deep"');
  });
});

describe('fromOpenReferral: honest schedules', () => {
  const now = new Date('2026-12-04T12:00:00Z');
  const hours = (schedules: Json[]) => one({ id: 'x', name: 'X', schedules }, { now })!.hours;
  const weekly = { freq: 'WEEKLY', byday: 'MO', opens_at: '09:00', closes_at: '17:00' };

  // safety: H5
  it('shows only the schedules that hold today: not one that has ended or has not started', () => {
    const ended = { ...weekly, byday: 'TU', valid_to: '2026-11-30', description: 'Autumn term only' };
    const later = { ...weekly, byday: 'WE', dtstart: '2027-01-05' };
    const until = { ...weekly, byday: 'TH', until: '2026-12-01T00:00:00Z' };
    const current = { ...weekly, byday: 'FR', valid_from: '2026-01-01', valid_to: '2026-12-31', notes: 'Closed for lunch 1 to 2' };
    expect(hours([weekly, ended, later, until, current])).to.deep.equal({
      weekly: [
        { day: 'mon', opens: '09:00', closes: '17:00' },
        { day: 'fri', opens: '09:00', closes: '17:00' },
      ],
      note: 'Closed for lunch 1 to 2',
    });
    expect(hours([ended])).to.equal(undefined);
  });

  // safety: H5
  it("gives no weekly hours, only the schedule's own words, for sessions that repeat other than every week", () => {
    for (const odd of [
      { interval: 2 },
      { interval: '3' },
      { freq: 'MONTHLY' },
      { freq: 'DAILY' },
      { byday: '1MO' },
      { byday: '-1FR' },
      { byweekno: '1,3' },
      { bymonthday: 15 },
    ]) {
      expect(hours([weekly, { ...weekly, ...odd, description: 'Every other week' }]), JSON.stringify(odd)).to.deep.equal({ note: 'Every other week' });
    }
    expect(hours([{ ...weekly, interval: 1 }])).to.deep.equal({ weekly: [{ day: 'mon', opens: '09:00', closes: '17:00' }] });
  });

  // safety: H5
  it('reads 24:00 as the end of the day, and nothing later', () => {
    expect(hours([{ ...weekly, opens_at: '00:00', closes_at: '24:00' }])).to.deep.equal({ weekly: [{ day: 'mon', opens: '00:00', closes: '23:59' }] });
    expect(hours([{ ...weekly, closes_at: '24:30' }])).to.equal(undefined);
  });
});

describe('fromOpenReferral: honest contacts', () => {
  const contact = (service: Json) => one({ id: 'x', name: 'X', ...service })!.contact;

  it('dials the number in a labelled phone, keeps the extension as text, and never shows a fax', () => {
    const service = one({ id: 'x', name: 'X', phones: [{ number: 'Fax 0113 496 0999' }, { number: 'Youth service: 0117 496 0000 extension 212' }] })!;
    expect(service.contact).to.deep.equal({ phone: '0117 496 0000' });
    expect(service.referral).to.deep.equal({ notes: 'Extension 212.' });
    expect(
      contact({
        phones: [
          { number: '0113 496 0999', type: 'fax' },
          { number: '0113 496 0998', extension: 7 },
        ],
      }),
    ).to.deep.equal({ phone: '0113 496 0998' });
    expect(contact({ phones: [{ number: '0113 496 0999', description: 'Fax line' }] })).to.equal(undefined);
    expect(
      contact({
        phones: [
          { number: '07700 900123', type: 'text' },
          { number: '0113 496 0100', type: 'voice' },
        ],
      }),
    ).to.deep.equal({
      phone: '0113 496 0100',
      text: '07700 900123',
    });
  });

  it('skips placeholders and tries the next value', () => {
    for (const placeholder of ['unknown', 'n/a', 'N/A', 'none', '0000 000 0000', '00000000000', '-', '', 'TBC']) {
      expect(contact({ phones: [{ number: placeholder }, { number: '0113 496 0500' }] }), placeholder).to.deep.equal({ phone: '0113 496 0500' });
    }
    expect(contact({ phones: [{ number: '111' }] }), 'NHS 111 is a real number').to.deep.equal({ phone: '111' });
    expect(contact({ email: 'nobody@services.invalid', contacts: [{ email: 'unknown' }, { email: 'help@mind.example.org' }] })).to.deep.equal({
      email: 'help@mind.example.org',
    });
    expect(contact({ email: 'not an address' })).to.equal(undefined);
    expect(contact({ url: 'n/a', website: 'https://nowhere.invalid/', links: [{ url: 'https://mind.example.org/' }] })).to.deep.equal({
      website: 'https://mind.example.org/',
    });
  });
});

describe('fromOpenReferral: notices', () => {
  it('puts the alert first in the description, how to get referred and who it is for in the notes, and schedule notes with the hours', () => {
    const service = one({
      id: 'x',
      name: 'X',
      alert: 'Closed until <b>5 January</b>',
      description: 'A drop-in.',
      application_process: '<p>Ask your GP or <a href="https://x.example/">refer yourself</a>.</p>',
      eligibility_description: 'Adults in Leeds',
      schedules: [{ description: 'By appointment only' }],
    })!;
    expect(service.description).to.equal('Closed until 5 January A drop-in.');
    expect(service.referral).to.deep.equal({ notes: 'Ask your GP or refer yourself. Adults in Leeds' });
    expect(service.hours).to.deep.equal({ note: 'By appointment only' });
  });

  it('takes the assurance date as the last review, never a date in the future', () => {
    const reviewed = (dates: Json) => one({ id: 'x', name: 'X', ...dates }, { now: new Date('2026-12-04T12:00:00Z') })!.lastReviewed;
    expect(reviewed({ assured_date: '2025-03-01', last_modified: '2026-11-30T10:00:00Z' })).to.equal('2025-03-01');
    expect(reviewed({ last_modified: '2026-11-30T10:00:00Z' })).to.equal('2026-11-30');
    expect(reviewed({ assured_date: '2027-03-01', last_modified: '2026-11-30' })).to.equal('2026-11-30');
  });

  it('reduces HTML in names to text', () => {
    expect(one({ id: 'x', name: '<h1>Leeds &amp; <i>District</i> Mind</h1><script>x()</script>' })!.name).to.equal('Leeds & District Mind');
  });
});
