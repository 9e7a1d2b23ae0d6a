import { MS_PER_DAY, parseDay } from '../format.js';
import { DAYS, FeedError, isRecord, parseFeed, type Feed } from './schema.js';

/**
 * Open Referral (HSDS 3.0 and Open Referral UK v1) services mapped to feed v1, then through
 * `parseFeed`, so an Open Referral directory gets every guarantee a feed v1 file gets.
 * Runs in the browser and in Node (the signpost-feed CLI): no DOM.
 */

export interface OpenReferralOptions {
  /** Lower-cased taxonomy term name or code -> Signpost category ("" ignores the term). Wins over the defaults. */
  categoryMap?: Record<string, string>;
  publisher?: string;
}

type R = Record<string, unknown>;

/**
 * Default taxonomy mapping: the first row whose keywords occur in the lower-cased term
 * (hyphens and underscores read as spaces) gives the category. The rows list every category once.
 */
const RULES: [RegExp, string][] = [
  [/crisis/, 'crisis'],
  [/eating/, 'eating-disorders'],
  [/perinatal|maternal|postnatal/, 'perinatal'],
  [/bereave/, 'bereavement'],
  [/carer/, 'carers'],
  [/alcohol|drug|substance/, 'drugs-alcohol'],
  [/peer support/, 'peer-support'],
  [/social prescrib/, 'social-prescribing'],
  [/employment|\bwork|debt|money/, 'employment'],
  [/talking therap|iapt|counsel/, 'talking-therapies'],
  [/young people|children/, 'young-people'],
  [/\bolder/, 'older-people'],
  [/physical/, 'physical-health'],
  [/wellbeing|mental health/, 'wellbeing'],
];

/** The categories Signpost knows. */
export const CATEGORIES = RULES.map((rule) => rule[1]);


/**
 * Every value found at any of the dotted paths, looking inside lists at each step:
 * all(s, 'contacts.phones.number') is each number of each contact. Never throws on odd shapes.
 */
const all = (o: unknown, ...paths: string[]): unknown[] =>
  paths.flatMap((path) => path.split('.').reduce<unknown[]>((xs, k) => xs.flatMap((x) => (isRecord(x) ? [x[k] ?? []].flat() : [])), [o].flat()));

/** The non-empty strings among `xs`, trimmed, once each. */
const texts = (xs: unknown[]) => [...new Set(xs.map((x) => (typeof x === 'string' ? x.trim() : '')).filter(Boolean))];
const text = (o: unknown, ...paths: string[]) => texts(all(o, ...paths))[0];
const num = (x: unknown) => (typeof x === 'string' && x.trim() ? +x : typeof x === 'number' ? x : NaN);
const day = (x: unknown) => (typeof x === 'string' && parseDay(x.slice(0, 10)) ? x.slice(0, 10) : undefined);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** HTML reduced to plain text by pattern, not by a parser: the CLI has no DOM, and the result is only ever shown as text. */
export const plainText = (html: string) =>
  html
    // Block tags part words; inline ones (<b>, <a>) must not leave "word ," behind.
    .replace(/<\/?(p|br|li|div|h\d|tr|td)\b[^>]*>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (entity, name: string) => {
      const code = name[0] !== '#' ? 0 : /x/i.test(name[1]!) ? parseInt(name.slice(2), 16) : +name.slice(1);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ENTITIES[name.toLowerCase()] ?? entity;
    })
    .replace(/\s+/g, ' ')
    .trim();

/** "MO", "Monday", "mon" or 1..7 (1 is Monday). */
const weekday = (x: unknown) => {
  const t = String(x).trim().toLowerCase();
  return /^[1-7]$/.test(t) ? DAYS[+t - 1] : t[1] ? DAYS.find((d) => t.startsWith(d.slice(0, 2))) : undefined;
};

/** "09:00", "9:00" or "09:00:00" (a zone suffix is read as UK time) as HH:MM. */
const time = (x: unknown) => {
  const m = /^([01]?\d|2[0-3]):([0-5]\d)(?!\d)/.exec(String(x).trim());
  return m && `${m[1]!.padStart(2, '0')}:${m[2]}`;
};

/** Drops undefined values and empty lists and objects, so the model equals one read back from JSON. */
const clean = (o: R): R => JSON.parse(JSON.stringify(o), (_, v) => (v && typeof v === 'object' && !Object.keys(v).length ? undefined : v));

const LOCATION = 'service_at_locations.location';

function service(s: R, map: Record<string, string>): R {
  const place = all(s, LOCATION)[0];
  const address = all(place, 'addresses', 'physical_addresses', 'physical_address').filter((a) => isRecord(a) && a.address_type !== 'postal')[0];
  const lat = num(all(place, 'latitude')[0]);
  const lng = num(all(place, 'longitude')[0]);
  // Outside the UK is a geocoding slip (0,0 is common), not a place to put on a map.
  const uk = lat >= 49.8 && lat <= 60.9 && lng >= -8.7 && lng <= 1.8;
  const age = (key: string, least: number) =>
    all(s, key, `eligibilitys.${key}`, `eligibility.${key}`)
      .map(num)
      .find((n) => Number.isInteger(n) && n >= least && n <= 130);

  // Weekly hours, or none at all when any entry cannot be read: no hours beats wrong hours.
  let weekly: R[] | undefined = [];
  const add = (days: unknown[], opens: unknown, closes: unknown) => {
    const o = time(opens);
    const c = time(closes);
    for (const d of days) {
      const w = weekday(d);
      if (weekly && w && o && c && o !== c) weekly.push({ day: w, opens: o, closes: c });
      else weekly = undefined;
    }
  };
  const schedules = [all(s, 'schedules'), all(s, 'service_at_locations.schedules'), all(place, 'schedules')].find((l) => l.length) ?? [];
  for (const sc of schedules.filter(isRecord)) {
    // Entries with no days or times are notes ("by appointment"); monthly ones are not regular hours.
    if ((sc.byday || sc.opens_at) && (!sc.freq || String(sc.freq).toUpperCase() === 'WEEKLY')) add(String(sc.byday).split(','), sc.opens_at, sc.closes_at);
  }
  for (const sc of all(s, 'regular_schedules', 'regular_schedule').filter(isRecord)) add([sc.weekday], sc.opens_at, sc.closes_at);

  const closedOn: string[] = [];
  for (const h of all(s, 'holiday_schedules', 'holiday_schedule').filter(isRecord)) {
    const start = parseDay(day(h.start_date));
    const end = parseDay(day(h.end_date)) ?? start;
    // At most 31 days each: a longer "holiday" is a closure to say in words, not 365 dates.
    for (let t = start!, n = 0; h.closed === true && t <= end! && n < 31; t += MS_PER_DAY, n++) closedOn.push(new Date(t).toISOString().slice(0, 10));
  }

  const terms = texts(all(s, 'attributes.taxonomy_term.name', 'attributes.taxonomy_term.code', 'service_taxonomys.taxonomy.name'));
  const categories = terms.map((term) => {
    const key = term.toLowerCase();
    return Object.hasOwn(map, key) ? map[key] : RULES.find(([re]) => re.test(key.replace(/[-_]+/g, ' ')))?.[1];
  });

  return clean({
    id: typeof s.id === 'number' ? String(s.id) : s.id,
    name: s.name,
    description: (typeof s.description === 'string' && plainText(s.description)) || undefined,
    organisation: text(s, 'organization.name'),
    categories: texts(categories),
    ages: { min: age('minimum_age', 0), max: age('maximum_age', 1) },
    contact: {
      // Exports from spreadsheets often keep the quotes around a phone number.
      phone: text(all(s, 'phones', `${LOCATION}.phones`, 'contacts.phones', 'organization.phones'), 'number')?.replace(/^["'‘’“”]+|["'‘’“”]+$/g, ''),
      email: text(s, 'email'),
      website: text(s, 'url'),
    },
    location: {
      address: texts(all(address, 'address_1', 'city')).join(', ') || undefined,
      postcode: text(address, 'postal_code'),
      lat: uk ? lat : undefined,
      lng: uk ? lng : undefined,
    },
    coverage: {
      postcodeDistricts: texts(all(s, 'service_areas.name', 'service_areas.service_area').map((a) => String(a).toUpperCase())).filter((a) =>
        /^[A-Z]{1,2}\d[A-Z\d]?$/.test(a),
      ),
    },
    hours: { weekly, closedOn: closedOn.slice(0, 200) },
    languages: texts(all(s, 'languages', 'languages.code', 'languages.language')),
    accessibility: texts(all(place, 'accessibility.description', 'accessibility_for_disabilities.accessibility')),
    lastReviewed: day(s.last_modified) ?? day(s.assured_date),
  });
}

/**
 * Maps an Open Referral `/services` page (`contents`, or v1's `content`), a list of services or one
 * service to a feed. Services whose status is not "active" are left out; a service that cannot be
 * mapped is skipped with a warning, as parseFeed does. Throws FeedError for anything else.
 */
export function fromOpenReferral(json: unknown, options: OpenReferralOptions = {}): Feed {
  const page = isRecord(json) ? json : {};
  const list = Array.isArray(json) ? json : page.contents ?? page.content ?? ('id' in page || 'name' in page ? [json] : undefined);
  if (!Array.isArray(list)) throw new FeedError('not an Open Referral response: expected a /services page, a list of services or one service');
  const map: Record<string, string> = {};
  for (const [term, category] of Object.entries(options.categoryMap ?? {})) map[term.trim().toLowerCase()] = category;
  return parseFeed({
    version: 1,
    updated: new Date().toISOString(),
    publisher: { name: options.publisher ?? 'Open Referral directory' },
    // Anything but a record is passed on as it is, for parseFeed to skip with its warning.
    services: list
      .filter((s) => !isRecord(s) || !s.status || String(s.status).toLowerCase() === 'active')
      .map((s) => (isRecord(s) ? service(s, map) : s)),
  });
}
