import { parseDay } from '../format.js';

/**
 * Feed v1: the one JSON contract every element reads. See README "Feed v1" and schema/feed-v1.schema.json.
 *
 * Validated by the small checkers below rather than a schema library: valibot cost 3 KB gzip of the
 * 20 KB bundle budget (README, "Dependencies"). Each checker returns the clean value or throws an
 * Invalid, whose path `object` and `list` fill in on its way out, so one bad service is dropped with
 * a precise warning. Every checker is built once, when this module loads.
 */

export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const DELIVERY = ['in-person', 'phone', 'video', 'online', 'text'] as const;
export const URGENCIES = ['emergency', 'urgent', 'soon', 'routine', 'self-help'] as const;
export const MEASURES = ['referral-to-assessment', 'referral-to-treatment', 'assessment-to-treatment'] as const;
export const STATISTICS = ['median', 'mean', 'p90', 'p95'] as const;

export type Day = (typeof DAYS)[number];
export type Delivery = (typeof DELIVERY)[number];
export type Urgency = (typeof URGENCIES)[number];

export interface Hours {
  alwaysOpen?: true;
  weekly?: { day: Day; opens: string; closes: string }[];
  closedOn?: string[];
  note?: string;
}

export interface Service {
  id: string;
  name: string;
  description?: string;
  organisation?: string;
  categories: string[];
  ages?: { min?: number; max?: number };
  selfReferral?: boolean;
  referral?: { url?: string; phone?: string; gp?: boolean; notes?: string };
  contact?: { phone?: string; text?: string; email?: string; website?: string };
  delivery?: Delivery[];
  location?: { address?: string; postcode?: string; lat?: number; lng?: number };
  coverage?: { practices?: string[]; postcodeDistricts?: string[] };
  hours?: Hours;
  languages?: string[];
  accessibility?: string[];
  lastReviewed?: string;
  /** Checked by the waiting-time element, which must say "not available" rather than drop the service. */
  waitingTime?: unknown;
}

export interface Action {
  kind: 'call' | 'text' | 'link' | 'service';
  label: string;
  value: string;
  hours?: string;
}
export interface Step {
  urgency: Urgency;
  title: string;
  body?: string;
  actions: Action[];
}
export interface Pathway {
  id: string;
  title: string;
  steps: Step[];
}

export interface WaitingTime {
  measure: (typeof MEASURES)[number];
  statistic: (typeof STATISTICS)[number];
  days: number;
  asOf: string;
  targetDays?: number;
  percentWithinTarget?: number;
  previousDays?: number;
  secondAppointmentDays?: number;
  acceptingReferrals?: boolean;
  source?: string;
}

export interface Feed {
  version: 1;
  updated: string;
  publisher: { name: string; url?: string };
  services: Service[];
  pathways: Pathway[];
  /** Why the list of services is incomplete (a directory page failed, a limit was reached); absent when complete. */
  incomplete?: string;
}

export class FeedError extends Error {
  override name = 'FeedError';
}

/**
 * A value that breaks the contract: `message` says what was expected, `path` where. The path is
 * filled in on the way out, key by key, so a valid feed builds no path strings at all.
 */
class Invalid extends Error {
  path = '';
}

/** Puts `key` (a field name or a list index) in front of an Invalid's path on its way out. */
function at(error: unknown, key: string | number): unknown {
  if (error instanceof Invalid) {
    const head = typeof key === 'number' ? `[${key}]` : key;
    error.path = error.path && error.path[0] !== '[' ? `${head}.${error.path}` : head + error.path;
  }
  return error;
}

type Check<T> = (value: unknown) => T;

const fail = (expected: string): never => {
  throw new Invalid(expected);
};

/** Long strings are cut, not rejected: a hand-edited feed with one wordy description should still render. */
const text =
  (max: number): Check<string> =>
  (v) =>
    typeof v === 'string' ? v.slice(0, max) : fail('text');
const short = text(300);
const long = text(5000);

// NaN and Infinity fail the range test too.
const number =
  (min: number, max: number, whole?: boolean): Check<number> =>
  (v) =>
    typeof v === 'number' && v >= min && v <= max && (!whole || v % 1 === 0) ? v : fail(`a number from ${min} to ${max}`);

const boolean: Check<boolean> = (v) => (typeof v === 'boolean' ? v : fail('true or false'));

const oneOf =
  <T>(options: readonly T[]): Check<T> =>
  (v) =>
    options.includes(v as T) ? (v as T) : fail(`one of ${options.join(', ')}`);

const day: Check<string> = (v) => (typeof v === 'string' && parseDay(v) !== undefined ? v : fail('a real date as YYYY-MM-DD'));

const time: Check<string> = (v) => (typeof v === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(v) ? v : fail('a time as HH:MM, 00:00 to 23:59'));

const list =
  <T>(item: Check<T>): Check<T[]> =>
  (v) =>
    Array.isArray(v) && v.length <= 200
      ? v.map((x, i) => {
          try {
            return item(x);
          } catch (error) {
            throw at(error, i);
          }
        })
      : fail('a list of at most 200');

const optional =
  <T>(check: Check<T>): Check<T | undefined> =>
  (v) =>
    v === undefined ? undefined : check(v);

export const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Reads only the keys of `shape`, so unknown fields (and `__proto__`) are ignored; absent keys stay absent. */
const object =
  <T>(shape: { [K in keyof T]-?: Check<T[K]> }): Check<T> =>
  (v) => {
    if (!isRecord(v)) return fail('an object');
    const out: Record<string, unknown> = {};
    for (const key in shape) {
      try {
        const value = shape[key](Object.hasOwn(v, key) ? v[key] : undefined);
        if (value !== undefined) out[key] = value;
      } catch (error) {
        throw at(error, key);
      }
    }
    return out as T;
  };

const years = optional(number(0, 130, true));
const days = number(0, 3 * 366); // over three years is a typo or a unit mistake, never a wait to publish
const shortList = optional(list(short));

/** A list that may be left out, read as empty. */
const listOrNone = <T>(item: Check<T>): Check<T[]> => {
  const check = list(item);
  return (v) => (v === undefined ? [] : check(v));
};

type Session = { day: Day; opens: string; closes: string };
const sessionFields = object<Session>({ day: oneOf(DAYS), opens: time, closes: time });
const session: Check<Session> = (v) => {
  const s = sessionFields(v);
  if (s.opens === s.closes) throw at(new Invalid('a time other than opens'), 'closes');
  return s;
};

const service = object<Service>({
  id: short,
  name: short,
  description: optional(long),
  organisation: optional(short),
  categories: listOrNone(short),
  ages: optional(object({ min: years, max: years })),
  selfReferral: optional(boolean),
  referral: optional(object({ url: optional(short), phone: optional(short), gp: optional(boolean), notes: optional(long) })),
  contact: optional(object({ phone: optional(short), text: optional(short), email: optional(short), website: optional(short) })),
  delivery: optional(list(oneOf(DELIVERY))),
  location: optional(
    object({ address: optional(short), postcode: optional(short), lat: optional(number(-90, 90)), lng: optional(number(-180, 180)) }),
  ),
  coverage: optional(object({ practices: shortList, postcodeDistricts: shortList })),
  hours: optional(
    object<Hours>({ alwaysOpen: optional(oneOf([true] as const)), weekly: optional(list(session)), closedOn: optional(list(day)), note: optional(long) }),
  ),
  languages: shortList,
  accessibility: shortList,
  lastReviewed: optional(day),
  waitingTime: (v) => v,
});

const pathway = object<Pathway>({
  id: short,
  title: short,
  steps: list(
    object<Step>({
      urgency: oneOf(URGENCIES),
      title: short,
      body: optional(long),
      actions: listOrNone(object<Action>({ kind: oneOf(['call', 'text', 'link', 'service'] as const), label: short, value: short, hours: optional(short) })),
    }),
  ),
});

const waitingTime = object<WaitingTime>({
  measure: oneOf(MEASURES),
  statistic: oneOf(STATISTICS),
  days,
  asOf: day,
  targetDays: optional(number(1, 3 * 366)),
  percentWithinTarget: optional(number(0, 100)),
  previousDays: optional(days),
  secondAppointmentDays: optional(days),
  acceptingReferrals: optional(boolean),
  source: optional(short),
});

/** The clean value, or what is wrong with it and where. */
function attempt<T>(check: Check<T>, item: unknown): T | string {
  try {
    return check(item);
  } catch (error) {
    if (error instanceof Invalid) return `${error.path || '(root)'}: expected ${error.message}`;
    throw error;
  }
}

/** Keeps the good records of a list, warning once for each one dropped. */
function each<T extends { id: string }>(items: unknown[], check: Check<T>, what: string): T[] {
  const kept: T[] = [];
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const id = isRecord(item) && typeof item.id === 'string' ? `"${item.id.slice(0, 80)}"` : `#${i}`;
    const result = attempt(check, item);
    if (typeof result === 'string') return console.warn(`Signpost: skipped ${what} ${id}: ${result}`);
    if (seen.has(result.id)) return console.warn(`Signpost: skipped ${what} ${id}: duplicate id, the first one is used`);
    seen.add(result.id);
    kept.push(result);
  });
  return kept;
}

/** Turns any parsed JSON value into a feed, or throws a FeedError that says what is wrong. */
export function parseFeed(json: unknown): Feed {
  if (!isRecord(json)) throw new FeedError('feed is not a JSON object');
  if (json.version !== 1) throw new FeedError(`unsupported feed version: ${String(json.version).slice(0, 20)} (expected 1)`);
  if (typeof json.updated !== 'string' || isNaN(Date.parse(json.updated))) throw new FeedError('feed "updated" is not an ISO 8601 date');
  const publisher = attempt(object<Feed['publisher']>({ name: short, url: optional(short) }), json.publisher);
  if (typeof publisher === 'string') throw new FeedError(`feed "publisher" is invalid: ${publisher}`);
  if (!Array.isArray(json.services)) throw new FeedError('feed has no "services" array');
  if (json.pathways !== undefined && !Array.isArray(json.pathways)) throw new FeedError('feed "pathways" is not an array');
  return {
    version: 1,
    updated: json.updated,
    publisher,
    services: each(json.services, service, 'service'),
    pathways: each(json.pathways ?? [], pathway, 'pathway'),
  };
}

/** Validates a waiting time, returning undefined (and warning) when it must not be shown. */
export function parseWaitingTime(data: unknown, label: string): WaitingTime | undefined {
  if (data === undefined || data === null) return undefined;
  const result = attempt(waitingTime, data);
  if (typeof result !== 'string') return result;
  console.warn(`Signpost: waiting time for ${label} not shown: ${result}`);
  return undefined;
}
