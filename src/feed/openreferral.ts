import { MS_PER_DAY, parseDay } from '../time/dates.js';
import { normalisePhone } from '../internal/url.js';
import { fetchJson as get, type LoadOptions } from './loader.js';
import { FeedError, isRecord, parseFeed, report, type Feed, type ParseOptions } from './schema.js';
import { categorise } from './taxonomy.js';
import { DAYS } from './vocabulary.js';
import { isPostcodeDistrict } from './postcode.js';

export { categorise };

/**
 * Open Referral (HSDS 3.0, Open Referral UK v1 and the Outpost/Scout shape) mapped to feed v1, then
 * through `parseFeed`, so a directory gets every guarantee a feed v1 file gets. Runs in the browser
 * and in Node (the signpost-feed CLI): no DOM. Everything that reads directory text is linear in it
 * (test/node/openreferral-linear.test.mjs: ten times the input, about ten times the work).
 */

/** `onIssue` gets each record skipped or mapped in part, and whether the directory was read whole. */
export interface OpenReferralOptions extends ParseOptions {
  /** Lower-cased taxonomy term name or code -> Signpost category ("" ignores the term). Wins over the defaults. */
  categoryMap?: Record<string, string>;
  publisher?: string;
  /** Which schedules hold: those that have ended or not started are not current hours. Default: now. */
  now?: Date;
  /** Filled with each taxonomy term that maps to no category, and how many services have it (for the CLI to list). */
  unmapped?: Map<string, number>;
}

type R = Record<string, unknown>;

/**
 * Every value found at any of the dotted paths, looking inside lists at each step:
 * all(s, 'contacts.phones.number') is each number of each contact. Never throws on odd shapes.
 */
const all = (o: unknown, ...paths: string[]): unknown[] =>
  paths.flatMap((path) =>
    path.split('.').reduce<unknown[]>((xs, k) => xs.flatMap((x) => (isRecord(x) && Object.hasOwn(x, k) ? [x[k] ?? []].flat() : [])), [o].flat()),
  );

const records = (o: unknown, ...paths: string[]) => all(o, ...paths).filter(isRecord);

/** Words that directories put where they have no value. */
const PLACEHOLDERS = new Set(['unknown', 'not known', 'n/a', 'na', 'none', 'nil', 'null', 'undefined', 'tbc', 'tba', 'to be confirmed', '-', '.', '0']);
const placeholder = (t: string) => PLACEHOLDERS.has(t.toLowerCase());

/** The non-empty, non-placeholder strings among `xs` as plain text, once each. */
const texts = (xs: unknown[]) => [...new Set(xs.map((x) => (typeof x === 'string' ? plainText(x) : '')).filter((t) => t && !placeholder(t)))];
const text = (o: unknown, ...paths: string[]): string | undefined => texts(all(o, ...paths))[0];
const num = (x: unknown) => (typeof x === 'string' && x.trim() ? +x : typeof x === 'number' ? x : NaN);
const day = (x: unknown) => (typeof x === 'string' && parseDay(x.slice(0, 10)) ? x.slice(0, 10) : undefined);

/** Quote marks that spreadsheet exports leave around values. */
const QUOTES = `"'‘’“”`;
/** `t` without quote marks at either end; a loop, not a pattern, so it is linear in any input. */
const unquote = (t: string) => {
  let a = 0;
  let b = t.length;
  while (a < b && QUOTES.includes(t[a]!)) a++;
  while (b > a && QUOTES.includes(t[b - 1]!)) b--;
  return t.slice(a, b);
};

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  pound: '£',
  euro: '€',
  copy: '©',
  reg: '®',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  bull: '•',
  middot: '·',
};

/**
 * Entities are decoded once: text encoded twice (`&amp;lt;b&amp;gt;`) becomes `&lt;b&gt;`, never `<b>`.
 * Bounded quantifiers: each attempt reads at most a few characters, so the whole pass is linear.
 */
const ENTITY = /&(#[xX][\da-fA-F]{1,6}|#\d{1,7}|[a-zA-Z]{2,8});/g;
const decode = (t: string) =>
  t.replace(ENTITY, (entity, name: string) => {
    const code = name[0] !== '#' ? 0 : name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : +name.slice(1);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : (ENTITIES[name.toLowerCase()] ?? entity);
  });

/** Tags whose content is never text. */
const HIDDEN = new Set(['script', 'style', 'template', 'noscript', 'head', 'title', 'iframe', 'object', 'svg']);
/** Tags that end a sentence or paragraph (the rest, like <b> or <a>, sit inside a sentence). */
const BLOCKS = new Set([
  'p',
  'br',
  'li',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'td',
  'th',
  'ul',
  'ol',
  'dt',
  'dd',
  'table',
  'blockquote',
  'section',
  'article',
  'hr',
  'pre',
  'header',
  'footer',
]);
/** Most characters of any one directory value read as text. */
const MAX_TEXT = 100_000;
/** Where a block ended, until the sentences are joined. */
const BREAK = '\u2029';

/**
 * HTML reduced to plain text by one pass over it, not a parser: the CLI has no DOM, and the result is
 * only ever shown as text. Hidden elements (<script>, <style>) are dropped with their content, comments
 * too, blocks become sentences, and entities are decoded once, after the tags are gone, so decoded text
 * is never read as markup. Each character is looked at a fixed number of times: linear in its input,
 * which is cut to MAX_TEXT first.
 */
export function plainText(text: string): string {
  // Cut first: nothing shown is longer (descriptions are cut to 5,000 characters), and the engines'
  // global replace grows faster than its input at megabytes, so every pass below runs on bounded text.
  const html = text.slice(0, MAX_TEXT);
  const lower = html.toLowerCase();
  const out: string[] = [];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out.push(html.slice(i));
      break;
    }
    out.push(html.slice(i, lt));
    const next = html[lt + 1] ?? '';
    // "<" before anything but a letter, "/" or "!" is the character itself ("a < b").
    if (!/[a-zA-Z/!]/.test(next)) {
      out.push('<');
      i = lt + 1;
      continue;
    }
    const comment = html.startsWith('<!--', lt);
    const gt = comment ? html.indexOf('-->', lt + 4) : html.indexOf('>', lt);
    // An unclosed tag or comment runs to the end, as in a browser. No later "<" can close either, so stop.
    if (gt < 0) break;
    i = gt + (comment ? 3 : 1);
    if (comment) continue;
    // The tag's name: at most 10 letters or digits after "<" or "</".
    let a = lt + (next === '/' ? 2 : 1);
    let b = a;
    while (b < a + 10 && /[a-z\d]/.test(lower[b] ?? '')) b++;
    const name = lower.slice(a, b);
    if (BLOCKS.has(name)) out.push(BREAK);
    else if (HIDDEN.has(name) && next !== '/') {
      // Skip to the matching end tag; without one the rest of the text is the element's content.
      const close = lower.indexOf(`</${name}`, i);
      const end = close < 0 ? -1 : lower.indexOf('>', close);
      if (end < 0) break;
      i = end + 1;
    }
  }
  return out
    .join('')
    .split(BREAK)
    .map((part) => decode(part).replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .reduce((sentences, part) => (sentences && !/[.!?:;…]$/.test(sentences) ? `${sentences}. ${part}` : sentences ? `${sentences} ${part}` : part), '');
}

/** "MO", "Monday", "mon" or 1..7 (1 is Monday). */
const weekday = (x: unknown) => {
  const t = String(x).trim().toLowerCase();
  return /^[1-7]$/.test(t) ? DAYS[+t - 1] : t[1] ? DAYS.find((d) => t.startsWith(d.slice(0, 2))) : undefined;
};

/** "09:00", "9:00" or "09:00:00" (a zone suffix is read as UK time) as HH:MM; "24:00" is the day's last minute. */
const time = (x: unknown) => {
  const m = /^([01]?\d|2[0-4]):([0-5]\d)(?:$|[^\d])/.exec(String(x).trim().slice(0, 30));
  return !m ? undefined : m[1] === '24' ? (m[2] === '00' ? '23:59' : undefined) : `${m[1]!.padStart(2, '0')}:${m[2]}`;
};

/** Drops undefined values and empty lists and objects, so the model equals one read back from JSON. */
const clean = (o: R): R => JSON.parse(JSON.stringify(o), (_, v) => (v && typeof v === 'object' && !Object.keys(v).length ? undefined : v));

/**
 * The first phone number in a value written for people: "Youth service: 0117 496 0000 ext 12" dials
 * 0117 496 0000 and keeps "12" as the extension. Bounded quantifiers on text cut to 100 characters.
 */
function phoneIn(value: unknown): { phone: string; ext?: string } | undefined {
  // A number stored as a JSON number has lost its leading 0.
  const t = typeof value === 'string' ? unquote(value.trim()).slice(0, 100) : '';
  const m = /\+?\d[\d\s().-]{1,20}\d/.exec(t);
  const digits = m && normalisePhone(m[0]);
  // "0000 000 0000" and "1111111" are placeholders, not lines anyone answers; 111 is not.
  if (!digits || /^\+?0*$/.test(digits.replace(/^\+44/, '')) || (digits.length > 6 && new Set(digits).size < 2)) return undefined;
  const ext = /\b(?:ext|extn|extension|x)\.?:?\s*(\d{1,6})/i.exec(t.slice(m.index + m[0].length));
  return { phone: m[0].trim(), ext: ext?.[1] };
}

/** The first usable phone and text-message numbers; fax numbers are never either. */
function phones(candidates: unknown[]) {
  let phone: ReturnType<typeof phoneIn>;
  let sms: string | undefined;
  for (const c of candidates) {
    const record = isRecord(c) ? c : { number: c };
    const kind =
      `${texts([record.type, record.description, record.number_type]).join(' ')} ${typeof record.number === 'string' ? record.number.slice(0, 100) : ''}`.toLowerCase();
    if (/fax|textphone|minicom/.test(kind)) continue;
    const found = phoneIn(record.number);
    if (!found) continue;
    const extension = typeof record.extension === 'number' ? String(record.extension) : text(record, 'extension');
    if (extension) found.ext = extension;
    // Only a number typed as one takes texts: "Text or call ..." in a label is still a phone.
    if (/^(text|sms)$/i.test(String(record.type))) sms ??= found.phone;
    else phone ??= found;
  }
  return { phone, sms };
}

/** An email address, unless it is a placeholder or on a reserved test domain (*.invalid, *.test, *.example). */
const email = (xs: unknown[]) =>
  texts(xs).find((t) => t.length <= 254 && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(t) && !/\.(invalid|test|example|localhost)$/i.test(t));

/** A website, unless it is a placeholder or on a reserved test domain. Whether it may be a link is the URL helper's call. */
const website = (xs: unknown[]) =>
  texts(xs).find((t) => {
    try {
      return !/\.(invalid|test|example|localhost)$/i.test(new URL(t).hostname);
    } catch {
      return true;
    }
  });

/** YYYY-MM-DD of a moment, in UTC (a day either side of midnight does not change which schedules hold). */
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** The hours that hold today, or none when a current schedule is not weekly or cannot be read; the schedules' own words as a note. */
function hours(s: R, place: unknown, today: string): R {
  let weekly: R[] | undefined = [];
  const notes: unknown[] = [];
  const add = (days: unknown[], opens: unknown, closes: unknown) => {
    const o = time(opens);
    const c = time(closes);
    // Times with no days cannot be placed in the week.
    if (!days.length) weekly = undefined;
    for (const d of days) {
      const w = weekday(d);
      if (weekly && w && o && c && o !== c) weekly.push({ day: w, opens: o, closes: c });
      else weekly = undefined;
    }
  };
  const lists = [
    records(s, 'schedules'),
    records(s, 'service_at_locations.schedules'),
    records(place, 'schedules'),
    records(s, 'regular_schedules', 'regular_schedule'),
  ];
  for (const sc of lists.find((l) => l.length) ?? []) {
    const from = day(sc.valid_from) ?? day(sc.dtstart);
    const to = day(sc.valid_to) ?? day(sc.until);
    // Ended or not yet started: not today's hours.
    if ((to && to < today) || (from && from > today)) continue;
    notes.push(sc.description, sc.notes);
    const days = sc.byday !== undefined ? String(sc.byday).split(',') : sc.weekday !== undefined ? [sc.weekday] : [];
    // Entries with no days or times are notes ("by appointment").
    if (!days.length && !sc.opens_at) continue;
    const everyWeek =
      (!sc.freq || String(sc.freq).toUpperCase() === 'WEEKLY') &&
      (sc.interval == null || num(sc.interval) === 1) &&
      ['byweekno', 'bymonthday', 'byyearday', 'bysetpos', 'bymonth'].every((k) => sc[k] == null || sc[k] === '') &&
      // "1MO" or "-1FR" is a week of the month, not every week.
      days.every((d) => !/\d/.test(String(d)) || /^\s*[1-7]\s*$/.test(String(d)));
    if (everyWeek) add(days, sc.opens_at, sc.closes_at);
    else weekly = undefined;
  }

  const closedOn: string[] = [];
  for (const h of records(s, 'holiday_schedules', 'holiday_schedule')) {
    const start = parseDay(day(h.start_date));
    const end = parseDay(day(h.end_date)) ?? start;
    // At most 31 days each: a longer "holiday" is a closure to say in words, not 365 dates.
    for (let t = start!, n = 0; h.closed === true && t <= end! && n < 31; t += MS_PER_DAY, n++) closedOn.push(new Date(t).toISOString().slice(0, 10));
  }
  return { weekly, closedOn: closedOn.slice(0, 200), note: texts(notes).join(' ') || undefined };
}

/** Fields whose absence marks a list endpoint's basic record, to be read in full from /services/{id}. */
const DETAIL = ['contacts', 'phones', 'schedules', 'regular_schedules', 'service_at_locations', 'locations', 'attributes', 'service_taxonomys', 'taxonomies'];
const basic = (s: R) => DETAIL.every((k) => !all(s, k).length);

/** The taxonomy terms of a service (names and codes), in every shape we read. */
const terms = (s: unknown) =>
  texts(all(s, 'attributes.taxonomy_term.name', 'attributes.taxonomy_term.code', 'service_taxonomys.taxonomy.name', 'taxonomies.name', 'taxonomy_terms.name'));

function service(s: R, map: Record<string, string>, today: string, unmapped?: Map<string, number>): R {
  const place = records(s, 'service_at_locations.location', 'locations', 'location')[0];
  const address = [...records(place, 'addresses', 'physical_addresses', 'physical_address').filter((a) => a.address_type !== 'postal'), place].find(
    (a) => a && (a.postal_code || a.address_1),
  );
  const lat = num(all(place, 'latitude')[0]);
  const lng = num(all(place, 'longitude')[0]);
  // Outside the UK is a geocoding slip (0,0 is common), not a place to put on a map.
  const uk = lat >= 49.8 && lat <= 60.9 && lng >= -8.7 && lng <= 1.8;
  const age = (least: number, ...keys: string[]) =>
    all(s, ...keys.flatMap((key) => [key, `eligibilitys.${key}`, `eligibility.${key}`]))
      .map(num)
      .find((n) => Number.isInteger(n) && n >= least && n <= 130);
  const { phone, sms } = phones(
    all(
      s,
      'phones',
      'service_at_locations.location.phones',
      'locations.phones',
      'contacts.phones',
      'contacts.phone',
      'organization.phones',
      'organisation.phones',
    ),
  );
  const reviewed = [day(s.assured_date), day(s.last_modified), day(s.updated_at)].filter((d) => d && d <= today);

  return clean({
    id: typeof s.id === 'number' ? String(s.id) : typeof s.id === 'string' ? s.id : undefined,
    name: typeof s.name === 'string' ? plainText(s.name) : undefined,
    // An alert ("closed until March") comes first, so a clipped description still shows it.
    description: texts([s.alert, s.description]).join(' ') || undefined,
    organisation: text(s, 'organization.name', 'organisation.name'),
    categories: texts(
      terms(s).map((term) => {
        const category = categorise(term, map);
        // A term the site maps to "" is ignored on purpose, not missing.
        if (!category && unmapped && !Object.hasOwn(map, term.toLowerCase())) unmapped.set(term, (unmapped.get(term) ?? 0) + 1);
        return category;
      }),
    ),
    ages: { min: age(0, 'minimum_age', 'min_age'), max: age(1, 'maximum_age', 'max_age') },
    referral: {
      notes: texts([s.application_process, s.eligibility_description, phone?.ext && `Extension ${phone.ext}.`]).join(' ') || undefined,
    },
    contact: {
      phone: phone?.phone,
      text: sms,
      email: email(all(s, 'email', 'contacts.email')),
      website: website(all(s, 'url', 'website', 'links.url')),
    },
    location: {
      address: texts(all(address, 'address_1', 'city')).join(', ') || undefined,
      postcode: text(address, 'postal_code'),
      lat: uk ? lat : undefined,
      lng: uk ? lng : undefined,
    },
    coverage: {
      postcodeDistricts: texts(all(s, 'service_areas.name', 'service_areas.service_area').map((a) => String(a).toUpperCase())).filter(isPostcodeDistrict),
    },
    hours: hours(s, place, today),
    languages: texts(all(s, 'languages', 'languages.code', 'languages.language')),
    accessibility: texts(all(place, 'accessibility.description', 'accessibility_for_disabilities.accessibility', 'accessibilities.name')),
    // The assurance date first: last_modified moves with any automated edit, and would make a stale record look fresh.
    lastReviewed: reviewed[0],
  });
}

/**
 * The service records in an Open Referral response: a `/services` page (`contents`, or v1's `content`),
 * a list of services, one service, a `/service_at_locations` page (each service with its location), or
 * an organisation with its `services`. Throws FeedError for anything else.
 */
function serviceRecords(json: unknown): unknown[] {
  const page = isRecord(json) ? json : {};
  if (!Array.isArray(page.services) && ['legal_status', 'year_incorporated', 'tax_status', 'organization_identifiers'].some((k) => k in page)) {
    throw new FeedError("an organisation, not a list of services -> use the directory's /services endpoint");
  }
  const list = Array.isArray(json) ? json : (page.contents ?? page.content ?? ('id' in page || 'name' in page ? [json] : undefined));
  if (!Array.isArray(list)) throw new FeedError('not an Open Referral response: expected a /services page, a list of services or one service');
  const seen = new Set<unknown>();
  const out: unknown[] = [];
  for (const item of list) {
    if (isRecord(item) && isRecord(item.service)) {
      // A service at a location: the service with this location, once however many locations it has.
      const s = item.service;
      if (!seen.has(s.id ?? item)) out.push({ ...s, service_at_locations: [{ location: item.location, schedules: item.schedules }] });
      seen.add(s.id ?? item);
    } else if (isRecord(item) && Array.isArray(item.services)) {
      // An organisation: its services, each knowing whose it is.
      for (const s of item.services) out.push(isRecord(s) && !s.organization ? { ...s, organization: { name: item.name } } : s);
    } else out.push(item);
  }
  return out;
}

/** Services already found as records mapped to a feed; each record that cannot be read is skipped with a warning. */
function mapServices(list: unknown[], options: OpenReferralOptions): Feed {
  const map: Record<string, string> = {};
  for (const [term, category] of Object.entries(options.categoryMap ?? {})) map[term.trim().toLowerCase()] = category;
  const today = isoDay(options.now ?? new Date());
  const services: unknown[] = [];
  list.forEach((s, i) => {
    if (isRecord(s) && s.status && String(s.status).toLowerCase() !== 'active') return;
    try {
      // Anything but a record is passed on as it is, for parseFeed to skip with its warning.
      services.push(isRecord(s) ? service(s, map, today, options.unmapped) : s);
    } catch (error) {
      // One record the engine cannot read (nested too deep for its stack, say) never takes the rest down.
      const record = `service ${isRecord(s) && (typeof s.id === 'string' || typeof s.id === 'number') ? `"${String(s.id).slice(0, 80)}"` : `#${i}`}`;
      const why = `it could not be read (${String((error as Error)?.message).slice(0, 100)})`;
      report(options.onIssue, { record, path: '', code: 'unreadable-record', message: why }, `skipped ${record}: ${why}`);
    }
  });
  return parseFeed({ version: 1, updated: new Date().toISOString(), publisher: { name: options.publisher ?? 'Open Referral directory' }, services }, options);
}

/**
 * Maps an Open Referral response (see serviceRecords) to a feed. Services whose status is not "active"
 * are left out; a service that cannot be mapped is skipped with a warning, as parseFeed does.
 */
export function fromOpenReferral(json: unknown, options: OpenReferralOptions = {}): Feed {
  return mapServices(serviceRecords(json), options);
}

export interface DirectoryOptions extends OpenReferralOptions, LoadOptions {
  /** Called after each list page arrives (1-based), with the pages expected. */
  onPage?: (page: number, pages: number) => void;
}

const DEFAULT_MAX_PAGES = 50;
/** The loader's default for one feed: a directory read in the browser gets no more in all. */
const DEFAULT_DIRECTORY_BYTES = 5 * 1024 * 1024;
/** Requests in flight at once: polite to the directory, quick enough for the page. */
const CONCURRENCY = 4;

/** Runs `task` on each item, at most CONCURRENCY at a time, keeping each outcome in order. */
async function pool<T, U>(items: T[], task: (item: T) => Promise<U>): Promise<(U | Error)[]> {
  const out: (U | Error)[] = [];
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await task(items[i]!).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker));
  return out;
}

/** The paging fields of a `/services` page, in HSDS 3.0 and ORUK/Outpost spellings. */
function paging(json: unknown): { page: number; pages: number; zero: boolean } {
  const p = isRecord(json) ? json : {};
  const page = num(p.page_number ?? p.number ?? p.page);
  const size = num(p.size ?? p.per_page ?? p.perPage);
  const pages = Math.floor(num(p.total_pages ?? p.totalPages)) || Math.ceil(num(p.total_items ?? p.totalElements ?? p.total) / size);
  return { page: page >= 0 ? page : 1, pages: pages > 0 ? pages : 1, zero: page === 0 };
}

/**
 * Reads a whole directory from its `/services` (or `/service_at_locations`) address: every page,
 * then the full record of each service the list gives only in outline (from `/services/{id}`, when
 * the address ends in /services), within the caps on requests and bytes. A page that fails or a cap
 * that is reached leaves the services read so far, with `incomplete` saying why; any other failure
 * of the first page rejects. `firstPage` is the first response and its size, when already read.
 */
export async function readOpenReferral(url: string, options: DirectoryOptions = {}, firstPage?: [json: unknown, bytes: number]): Promise<Feed> {
  const limit = Math.max(1, Math.floor(options.maxPages ?? DEFAULT_MAX_PAGES));
  const cap = options.maxBytes ?? DEFAULT_DIRECTORY_BYTES;
  let bytes = cap;
  // Each request may use what is left of the byte budget when it starts.
  const fetchJson = async (u: string) => {
    // Named, not spread: the options may be a provider element, whose settings are accessors.
    const [json, size] = await get(u, { timeout: options.timeout, maxBytes: bytes });
    if ((bytes -= size) < 0) throw new FeedError(`the directory is larger than ${cap} bytes`);
    return json;
  };

  // The loader has read the first page already when the elements read a directory.
  if (firstPage) bytes -= firstPage[1];
  const first = firstPage ? firstPage[0] : await fetchJson(url);
  const list = serviceRecords(first);
  const { page, pages, zero } = paging(first);
  options.onPage?.(1, pages);
  // Page numbers as the API counts them (from 0 or from 1), after the one just read.
  const wanted = Array.from({ length: Math.max(0, (zero ? pages - 1 : pages) - page) }, (_, i) => page + 1 + i);
  const asked = wanted.slice(0, limit - 1);
  let incomplete = asked.length < wanted.length ? `read ${asked.length + 1} of ${pages} pages (the limit is ${limit} requests)` : undefined;
  let done = 1;
  const results = await pool(asked, async (n) => {
    const u = new URL(url);
    u.searchParams.set('page', String(n));
    const found = serviceRecords(await fetchJson(u.href));
    options.onPage?.(++done, pages);
    return found;
  });
  const failed = asked.filter((_, i) => results[i] instanceof Error);
  if (failed.length) {
    const n = failed[0]! + (zero ? 1 : 0);
    const error = results[asked.indexOf(failed[0]!)] as Error;
    incomplete =
      failed.length === 1
        ? `page ${n} of ${pages} could not be read: ${error.message}`
        : `${failed.length} of ${pages} pages could not be read (the first, page ${n}: ${error.message})`;
  }
  for (const r of results) if (!(r instanceof Error)) list.push(...r);

  // Full records, for services the list gives only in outline, when the directory has the endpoint.
  const base = new URL(url);
  const one = /\/services\/?$/.test(base.pathname) ? `${base.origin}${base.pathname.replace(/\/$/, '')}/` : undefined;
  const outline = one ? list.filter((s): s is R => isRecord(s) && (typeof s.id === 'string' || typeof s.id === 'number') && basic(s)) : [];
  const affordable = outline.slice(0, Math.max(0, limit - 1 - asked.length));
  const full = await pool(affordable, (s) => fetchJson(one + encodeURIComponent(String(s.id))));
  let short = outline.length - affordable.length;
  full.forEach((record, i) => {
    const s = affordable[i]!;
    if (isRecord(record) && String(record.id) === String(s.id)) list[list.indexOf(s)] = record;
    else short++;
  });
  if (short) {
    const why = `${short} services are shown without their full record (the request or byte limit, or /services/{id} failed)`;
    report(options.onIssue, { record: url, path: '', code: 'outline-only', message: why }, `${url}: ${why}`);
  }

  const feed = mapServices(list, options);
  if (!incomplete) return feed;
  incomplete = `the list of services is incomplete: ${incomplete}`;
  report(options.onIssue, { record: url, path: '', code: 'incomplete', message: incomplete }, `${url}: ${incomplete}`);
  return { ...feed, incomplete };
}
