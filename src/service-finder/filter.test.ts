import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseFeed } from '../feed/schema.js';
import { londonTime } from '../time/dates.js';
import { parsePostcode } from '../feed/postcode.js';
import { buildIndex, byDistance, filter, fold, miles, narrows, words, type Filters } from './filter.js';
import { categoryLabel, languageLabel, sortCategories } from './labels.js';

const services = parseFeed({
  version: 1,
  updated: '2026-11-20T09:00:00Z',
  publisher: { name: 'Test' },
  services: [
    {
      id: 'a',
      name: 'Café Conversations',
      organisation: 'Leeds Mind',
      description: 'A relaxed peer group',
      categories: ['peer-support'],
      ages: { min: 18 },
      delivery: ['in-person'],
      coverage: { practices: ['B82005'], postcodeDistricts: ['ls6', 'LS 7'] },
      location: { lat: 53.82, lng: -1.57 },
      hours: { alwaysOpen: true },
    },
    {
      id: 'b',
      name: 'Teen Line',
      categories: ['young-people', 'hearing-voices'],
      ages: { min: 11, max: 18 },
      selfReferral: true,
      delivery: ['phone', 'text'],
      location: { lat: 53.8, lng: -1.55 },
      hours: { weekly: [{ day: 'mon', opens: '09:00', closes: '17:00' }] },
    },
    { id: 'c', name: 'Talking Therapies', categories: ['talking-therapies'], selfReferral: true, coverage: { practices: ['B86001'] } },
  ],
}).services;

const index = buildIndex(services);
const none: Filters = { words: [], categories: [], delivery: [] };
const ids = (f: Partial<Filters>) => filter(index, { ...none, ...f }).map((e) => e.service.id);

describe('service finder filtering', () => {
  it('folds case and accents', () => {
    expect(fold('Café ÉLAN naïve')).to.equal('cafe elan naive');
    expect(words('  Café   peer ')).to.deep.equal(['cafe', 'peer']);
  });

  it('builds the search text once, with category labels', () => {
    expect(index[0]!.text).to.include('cafe conversations').and.include('leeds mind').and.include('peer support');
    expect(index[2]!.text).to.include('talking therapies (nhs)');
    expect(categoryLabel('hearing-voices')).to.equal('hearing voices');
    expect(categoryLabel('constructor')).to.equal('constructor');
  });

  it('shows everything with no filters', () => {
    expect(ids({})).to.deep.equal(['a', 'b', 'c']);
  });

  it('matches every word, anywhere in name, organisation, description or category', () => {
    expect(ids({ words: words('cafe') })).to.deep.equal(['a']);
    expect(ids({ words: words('MIND relaxed') })).to.deep.equal(['a']);
    expect(ids({ words: words('children') })).to.deep.equal(['b']);
    expect(ids({ words: words('nhs') })).to.deep.equal(['c']);
    expect(ids({ words: words('cafe teen') })).to.deep.equal([]);
  });

  it('filters by any chosen category and any chosen way of being helped', () => {
    expect(ids({ categories: ['young-people', 'talking-therapies'] })).to.deep.equal(['b', 'c']);
    expect(ids({ delivery: ['text'] })).to.deep.equal(['b']);
    expect(ids({ delivery: ['in-person', 'phone'] })).to.deep.equal(['a', 'b']);
  });

  it('filters by self-referral', () => {
    expect(ids({ self: true })).to.deep.equal(['b', 'c']);
  });

  // safety: H4
  it('includes the minimum and maximum age', () => {
    expect(ids({ age: 10 })).to.deep.equal(['c']);
    expect(ids({ age: 11 })).to.deep.equal(['b', 'c']);
    expect(ids({ age: 18 })).to.deep.equal(['a', 'b', 'c']);
    expect(ids({ age: 19 })).to.deep.equal(['a', 'c']);
  });

  // safety: H4
  it('puts services that cover the practice or every practice first, and those for other practices after, marked', () => {
    expect(ids({ practice: 'B82005' })).to.deep.equal(['a', 'b', 'c']);
    expect(ids({ practice: 'B86001' })).to.deep.equal(['b', 'c', 'a']);
    expect(filter(index, { ...none, practice: 'B86001' }).map((e) => [e.service.id, e.elsewhere])).to.deep.equal([
      ['b', false],
      ['c', false],
      ['a', true],
    ]);
    // With no practice, nothing is for elsewhere.
    expect(filter(index, none).map((e) => e.elsewhere)).to.deep.equal([false, false, false]);
  });

  // safety: H4
  it('keeps services that cover the postcode district or have no district list', () => {
    expect(ids({ district: 'LS6' })).to.deep.equal(['a', 'b', 'c']);
    expect(ids({ district: 'LS7' })).to.deep.equal(['a', 'b', 'c']);
    expect(ids({ district: 'LS1' })).to.deep.equal(['b', 'c']);
  });

  // safety: H5
  it('filters by open now, treating unknown hours as not open', () => {
    expect(ids({ open: londonTime(new Date('2026-11-23T10:00:00Z')) })).to.deep.equal(['a', 'b']);
    expect(ids({ open: londonTime(new Date('2026-11-24T10:00:00Z')) })).to.deep.equal(['a']);
  });

  it('combines filters', () => {
    expect(ids({ self: true, age: 16, delivery: ['phone'], words: words('line'), district: 'LS6' })).to.deep.equal(['b']);
    // "c" matches the rest, for another practice: kept, after, marked.
    expect(ids({ self: true, practice: 'B82005', categories: ['talking-therapies'] })).to.deep.equal(['c']);
  });

  // safety: H4
  it('tidies UK postcodes and outward codes, and refuses anything else', () => {
    expect(parsePostcode('ls6 1aa')).to.deep.equal({ postcode: 'LS6 1AA', district: 'LS6' });
    expect(parsePostcode(' LS61AA ')).to.deep.equal({ postcode: 'LS6 1AA', district: 'LS6' });
    expect(parsePostcode('LS11 1AA')).to.deep.equal({ postcode: 'LS11 1AA', district: 'LS11' });
    expect(parsePostcode('sw1a 1aa')).to.deep.equal({ postcode: 'SW1A 1AA', district: 'SW1A' });
    expect(parsePostcode('ls6')).to.deep.equal({ postcode: 'LS6', district: 'LS6' });
    for (const bad of ['', '12345', 'LS6 1A', 'hello', 'LS6 1AA X']) expect(parsePostcode(bad), bad).to.equal(undefined);
  });

  it('measures distance in miles and sorts nearest first, unknown places last', () => {
    const leeds = { lat: 53.7997, lng: -1.5492 };
    expect(miles(services[1]!, leeds)).to.be.below(0.1);
    // About 1.6 miles from the city centre to Headingley.
    expect(miles(services[0]!, leeds)).to.be.within(1.5, 1.8);
    expect(miles(services[2]!, leeds)).to.equal(undefined);
    expect(byDistance(index.slice().reverse(), leeds).map((e) => e.service.id)).to.deep.equal(['b', 'a', 'c']);
  });

  // Speed is measured by `npm run bench` against a hand-written baseline, not here.
  // safety: H9
  it('filters 10,000 services by words and by open now', () => {
    const many = buildIndex(Array.from({ length: 10_000 }, (_, i) => ({ ...services[i % 3]!, id: `s${i}`, name: `Service ${i}` })));
    const found = filter(many, { ...none, words: words('service 99') });
    expect(found.map((e) => e.service.name).every((name) => name.includes('99'))).to.equal(true);
    expect(found.length).to.equal(many.filter((e) => e.service.name.includes('99')).length);
    const matched = filter(many, { ...none, open: londonTime(new Date('2026-11-23T10:00:00Z')) });
    expect(matched.length).to.equal(6667);
  });

  it('narrows only when the new search words contain the old ones and nothing else changed', () => {
    const f = (q: string, more: Partial<Filters> = {}): Filters => ({ ...none, words: words(q), ...more });
    expect(narrows(f(''), f('a'))).to.equal(true);
    expect(narrows(f('an'), f('anx'))).to.equal(true);
    expect(narrows(f('teen'), f('teen line'))).to.equal(true);
    expect(narrows(f('line teen'), f('teen'))).to.equal(false);
    expect(narrows(f('anx'), f('an'))).to.equal(false);
    expect(narrows(f('cafe'), f('tea'))).to.equal(false);
    expect(narrows(f('a'), f('ab', { self: true }))).to.equal(false);
    expect(narrows(f('a', { categories: ['crisis'] }), f('ab', { categories: ['crisis', 'carers'] }))).to.equal(false);
    expect(narrows(f('a', { open: londonTime(new Date('2026-11-23T10:00:00Z')) }), f('ab', { open: londonTime(new Date('2026-11-23T10:01:00Z')) }))).to.equal(
      false,
    );
  });

  it('gives the same results narrowing the last results as filtering the whole index', () => {
    const many = buildIndex(Array.from({ length: 60 }, (_, i) => ({ ...services[i % 3]!, id: `s${i}`, name: `Service ${i} ${'abc'[i % 3]}${i % 7}` })));
    const query = fc.stringMatching(/^[a-z0-9 ]{0,8}$/);
    const filters = fc.record({ self: fc.boolean(), age: fc.constantFrom(undefined, 12, 30) });
    fc.assert(
      // Mostly typing on (the case narrowing serves), some unrelated pairs.
      fc.property(
        fc.oneof(
          fc.tuple(query, query).map(([a, b]) => [a, a + b]),
          fc.tuple(query, query),
        ),
        filters,
        ([before, after], rest) => {
          const prev: Filters = { ...none, ...rest, words: words(before!) };
          const next: Filters = { ...none, ...rest, words: words(after!) };
          fc.pre(narrows(prev, next));
          const ids = (list: ReturnType<typeof filter>) => list.map((e) => e.service.id);
          expect(ids(filter(filter(many, prev), next))).to.deep.equal(ids(filter(many, next)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('lists the known categories in a fixed order, NHS talking therapies first, then the others by id', () => {
    expect(sortCategories(new Set(['wellbeing', 'zeta-groups', 'crisis', 'hearing-voices', 'talking-therapies']))).to.deep.equal([
      'talking-therapies',
      'crisis',
      'wellbeing',
      'hearing-voices',
      'zeta-groups',
    ]);
  });

  it('names the languages services most often offer without Intl, and the rest with it', () => {
    expect(['en', 'UR', 'bsl', 'BFI', 'cy', 'so'].map(languageLabel)).to.deep.equal([
      'English',
      'Urdu',
      'British Sign Language',
      'British Sign Language',
      'Welsh',
      'Somali',
    ]);
    expect(languageLabel('de')).to.equal(new Intl.DisplayNames('en-GB', { type: 'language' }).of('de'));
    // A code no one can name stays as written, and inherited object keys are not names.
    expect(['not a language!', 'constructor', '__proto__'].map(languageLabel)).to.deep.equal(['not a language!', 'constructor', '__proto__']);
  });
});
