import { parseDay } from '../time/dates.js';
import {
  DAYS,
  DELIVERY_MODES,
  MEASURES,
  PATHWAY_ACTION_KINDS,
  STATISTICS,
  URGENCIES,
  type Day,
  type DeliveryMode,
  type PathwayActionKind,
  type Urgency,
} from './vocabulary.js';

/**
 * Feed v1: the one JSON contract every element reads. See README "Feed v1" and schema/feed-v1.schema.json.
 *
 * Validated by the small checkers below rather than a schema library: valibot cost 3 KB gzip of the
 * 20 KB bundle budget (README, "Dependencies"). Each checker returns the clean value or throws an
 * Invalid, whose path `object` and `list` fill in on its way out, so one bad service is dropped with
 * a precise warning. Every checker is built once, when this module loads.
 */

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
  delivery?: DeliveryMode[];
  location?: { address?: string; postcode?: string; lat?: number; lng?: number };
  /** Feeds may also name `subIcbs` and a `providerCode`: only `signpost-feed` reads those (README "A national directory"). */
  coverage?: { practices?: string[]; postcodeDistricts?: string[] };
  hours?: Hours;
  languages?: string[];
  accessibility?: string[];
  lastReviewed?: string;
  /** An invalid waiting time keeps its service: the badge says "not available". */
  waitingTime?: WaitState;
}

export interface Action {
  kind: PathwayActionKind;
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
  /** The month ("YYYY-MM") of published NHS monthly statistics the figure is from. */
  period?: string;
  /** The share of people the target aims at, e.g. 75 (%) within `targetDays`: then `percentWithinTarget` is what is judged. */
  targetPercent?: number;
  /** The hidden wait: % of people who waited over 28 days between first and second treatment appointment. */
  percentSecondOver28Days?: number;
}

/** A waiting time that broke the contract: what is wrong with it, kept so the badge can say "not available". */
export interface InvalidWait {
  invalid: string;
}
export type WaitState = WaitingTime | InvalidWait;

export interface Feed {
  version: 1;
  updated: string;
  publisher: { name: string; url?: string };
  services: Service[];
  pathways: Pathway[];
  /** Why the list of services is incomplete (a directory page failed, a limit was reached); absent when complete. */
  incomplete?: string;
}

/** A feed's top-level field that made the parser refuse it whole; '' for the feed itself. */
export type FeedField = '' | 'version' | 'updated' | 'publisher' | 'services' | 'pathways';

/** Why a feed could not be used at all. `field` names what the parser refused (signpost-feed picks its fix by it). */
export class FeedError extends Error {
  override name = 'FeedError';
  constructor(
    message: string,
    readonly field?: FeedField,
  ) {
    super(message);
  }
}

/**
 * What is wrong with a value (the field is left out, its record skipped, or its waiting time shown as
 * "not available"), or with a record or directory as a whole. Closed: signpost-feed has a fix for each.
 */
export type IssueCode =
  | 'not-text'
  | 'bad-number'
  | 'not-true-false'
  | 'not-one-of'
  | 'bad-date'
  | 'bad-month'
  | 'bad-time'
  | 'opens-is-closes'
  | 'not-list'
  | 'not-object'
  | 'duplicate-id'
  | 'unreadable-record'
  | 'outline-only'
  | 'incomplete'
  // The elements' own: how a page set them up, or what their feed lacks for them.
  | 'load-failed'
  | 'bad-setting'
  | 'no-feed'
  | 'not-in-feed'
  | 'wait-not-shown';

/** One problem in a feed, as data: `onIssue` gets these; without it the console says the same in a sentence. */
export interface FeedIssue {
  /** Whose: `service "leeds-mind"` (`service #3` when it has no id), `pathway "adult"`, or a directory's address. */
  record: string;
  /** Where in the record, from its root: `hours.weekly[0].closes`; empty for the record as a whole. */
  path: string;
  code: IssueCode;
  /** What was expected or went wrong, e.g. "expected a time as HH:MM, 00:00 to 24:00". */
  message: string;
}

/** `line`: the sentence the console shows when nobody takes the problem. */
export type OnIssue = (issue: FeedIssue, line: string) => void;

export interface ParseOptions {
  /** Gets each problem instead of the console. */
  onIssue?: OnIssue;
}

/** Where a problem goes when nobody takes it: its sentence on the console, a failed load as an error. */
export const toConsole: OnIssue = ({ code }, line) => (code === 'load-failed' ? console.error(`Signpost: ${line}`) : console.warn(`Signpost: ${line}`));

/** To `onIssue` when there is one, else the console's sentence `line` (by default, whose and what). */
export const report = (onIssue: OnIssue = toConsole, issue: FeedIssue, line = `${issue.record}: ${issue.message}`): void => onIssue(issue, line);

/** Where the checkers are: field names and list indexes from the record's root down. Only pushed and popped while all is well. */
const trail: (string | number)[] = [];

/**
 * A value that breaks the contract, thrown by the checkers and reported as it is: `message` says what
 * was expected, `path` where, read from the trail when it is thrown, so a valid feed builds no path
 * strings at all. Not an Error: nothing outside this module sees it thrown, and it needs no stack.
 */
class Invalid implements FeedIssue {
  /** Set when it is reported. */
  declare record: string;
  path = trail.map((key, i) => (typeof key === 'number' ? `[${key}]` : i ? `.${key}` : key)).join('');
  constructor(
    readonly message: string,
    readonly code: IssueCode,
  ) {}
}

/** Fields left out of the record being checked (see `lenient`). */
let repairs: Invalid[] = [];
/** Why the record's waiting time is not shown, if it is not. */
let badWait: Invalid | undefined;

type Check<T> = (value: unknown) => T;

const fail = (expected: string, code: IssueCode): never => {
  throw new Invalid(`expected ${expected}`, code);
};

/** `check(value)` one step down the trail. */
function step<T>(check: Check<T>, value: unknown, key: string | number): T {
  trail.push(key);
  const out = check(value);
  trail.pop();
  return out;
}

/** Long strings are cut, not rejected: a hand-edited feed with one wordy description should still render. */
const text =
  (max: number): Check<string> =>
  (v) =>
    typeof v === 'string' ? v.slice(0, max) : fail('text', 'not-text');
const short = text(300);
const long = text(5000);
/** A link, address or number: never cut, since a cut href can lead somewhere else; too long, it is left out. */
const target: Check<string> = (v) => (typeof v === 'string' && v.length <= 2000 ? v : fail('text of at most 2000 characters', 'not-text'));

// NaN and Infinity fail the range test too.
const number =
  (min: number, max: number, whole?: boolean): Check<number> =>
  (v) =>
    typeof v === 'number' && v >= min && v <= max && (!whole || v % 1 === 0) ? v : fail(`a number from ${min} to ${max}`, 'bad-number');

const boolean: Check<boolean> = (v) => (typeof v === 'boolean' ? v : fail('true or false', 'not-true-false'));

const oneOf =
  <T>(options: readonly T[]): Check<T> =>
  (v) =>
    options.includes(v as T) ? (v as T) : fail(`one of ${options.join(', ')}`, 'not-one-of');

/**
 * A string check that runs once per distinct string: a 50,000-service feed repeats a handful of
 * dates and times. What it remembers is bounded by the feeds' size cap.
 */
const once = (ok: (value: string) => boolean, expected: string, code: IssueCode): Check<string> => {
  const known = new Map<string, boolean>();
  return (v) => (typeof v === 'string' && (known.get(v) ?? known.set(v, ok(v)).get(v)) ? v : fail(expected, code));
};

/**
 * Strict ISO 8601 by our own rule, not Date.parse, which reads "November 2026" in one engine and
 * refuses it in another: a real date from 1900, optionally a time and a zone (Z or +01:00).
 */
export const isInstant = (value: string): boolean =>
  parseDay(value.slice(0, 10)) !== undefined && /^(T([01]\d|2[0-3])(:[0-5]\d){1,2}(\.\d+)?(Z|[+-][01]\d:[0-5]\d)?)?$/.test(value.slice(10));

const day = once((v) => parseDay(v) !== undefined, 'a real date as YYYY-MM-DD', 'bad-date');

// 24:00 is the end of a day, as crisis lines write "open until midnight"; only a closing time may use it.
const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
const opens = once((v) => HHMM.test(v), 'a time as HH:MM, 00:00 to 23:59', 'bad-time');
const closes = once((v) => HHMM.test(v) || v === '24:00', 'a time as HH:MM, 00:00 to 24:00', 'bad-time');

const list =
  <T>(item: Check<T>): Check<T[]> =>
  (v) =>
    Array.isArray(v) && v.length <= 200 ? v.map((x, i) => step(item, x, i)) : fail('a list of at most 200', 'not-list');

const optional =
  <T>(check: Check<T>): Check<T | undefined> =>
  (v) =>
    v === undefined ? undefined : check(v);

/**
 * An optional field whose bad value is left out, with a warning, instead of dropping its record: a
 * crisis line with odd hours keeps its phone. Only for fields whose absence shows no one a service
 * they cannot use (not ages or coverage, which narrow who sees it).
 */
const lenient =
  <T>(check: Check<T>): Check<T | undefined> =>
  (v) => {
    const depth = trail.length;
    const before = repairs.length;
    try {
      return optional(check)(v);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      // This field's own message says it all; anything left out inside it goes with it.
      trail.length = depth;
      repairs.length = before;
      repairs.push(error);
      return undefined;
    }
  };

/** A list whose bad items are left out, each with a warning, rather than failing the whole list. */
const some = <T>(item: Check<T>): Check<T[]> => {
  const check = list(lenient(item));
  return (v) => check(v ?? []).filter((x): x is T => x !== undefined);
};

export const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Reads only the own keys of `shape` from own properties, so unknown fields, `__proto__` and whatever
 * a host library added to Object.prototype are ignored; absent keys stay absent.
 */
const object = <T>(shape: { [K in keyof T]-?: Check<T[K]> }): Check<T> => {
  const keys = Object.keys(shape) as (keyof T & string)[];
  return (v) => {
    if (!isRecord(v)) return fail('an object', 'not-object');
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      const value = step(shape[key], Object.hasOwn(v, key) ? v[key] : undefined, key);
      if (value !== undefined) out[key] = value;
    }
    return out as T;
  };
};

const years = optional(number(0, 130, true));
const days = number(0, 3 * 366); // over three years is a typo or a unit mistake, never a wait to publish
const shortList = optional(list(short));

/** A list that may be left out, read as empty. */
const listOrNone = <T>(item: Check<T>): Check<T[]> => {
  const check = list(item);
  return (v) => (v === undefined ? [] : check(v));
};

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
  period: optional((v) => (typeof v === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(v) ? v : fail('a month as YYYY-MM', 'bad-month'))),
  targetPercent: optional(number(1, 100)),
  percentSecondOver28Days: optional(number(0, 100)),
});

/** A waiting time, or the typed reason it is not shown (also to `onIssue`, when given, for signpost-feed). */
export function validWait(data: unknown, onIssue?: OnIssue): WaitState {
  const result = attempt(waitingTime, data);
  if (!(result instanceof Invalid)) return result;
  onIssue?.(Object.assign(result, { record: 'waiting time' }), `waiting time not shown: ${problem(result)}`);
  return { invalid: problem(result) };
}

type Session = { day: Day; opens: string; closes: string };
const sessionFields = object<Session>({ day: oneOf(DAYS), opens, closes });
const session: Check<Session> = (v) => {
  const s = sessionFields(v);
  if (s.opens === s.closes) {
    trail.push('closes');
    fail('a time other than opens', 'opens-is-closes');
  }
  return s;
};

const service = object<Service>({
  id: short,
  name: short,
  description: lenient(long),
  organisation: lenient(short),
  // Ages and coverage narrow who sees a service: without them it would show to people it is not for.
  categories: listOrNone(short),
  ages: optional(object({ min: years, max: years })),
  selfReferral: lenient(boolean),
  referral: lenient(object({ url: lenient(target), phone: lenient(target), gp: lenient(boolean), notes: lenient(long) })),
  contact: lenient(object({ phone: lenient(target), text: lenient(target), email: lenient(target), website: lenient(target) })),
  delivery: lenient(list(oneOf(DELIVERY_MODES))),
  location: lenient(object({ address: lenient(short), postcode: lenient(short), lat: optional(number(-90, 90)), lng: optional(number(-180, 180)) })),
  coverage: optional(object({ practices: shortList, postcodeDistricts: shortList })),
  // Hours with one bad session are left out whole: "hours unknown" is honest, a missing session is not.
  hours: lenient(
    object<Hours>({ alwaysOpen: optional(oneOf([true] as const)), weekly: optional(list(session)), closedOn: optional(list(day)), note: lenient(long) }),
  ),
  languages: lenient(list(short)),
  accessibility: lenient(list(short)),
  lastReviewed: lenient(day),
  // Checked here, kept when invalid: one bad figure must not hide a service people can still contact.
  // Its reason reads as validWait's does, from the waiting time's root; repairs of the service are kept.
  waitingTime: (v) => {
    if (v === undefined || v === null) return undefined;
    const depth = trail.length;
    try {
      return waitingTime(v);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      trail.length = depth;
      badWait = error;
      return { invalid: problem(error, WAIT) };
    }
  },
});

const pathway = object<Pathway>({
  id: short,
  title: short,
  steps: list(
    object<Step>({
      urgency: oneOf(URGENCIES),
      title: short,
      body: lenient(long),
      actions: some(object<Action>({ kind: oneOf(PATHWAY_ACTION_KINDS), label: short, value: target, hours: lenient(short) })),
    }),
  ),
});

/** Where a waiting time's own fields start in a service's paths. */
const WAIT = 'waitingTime.'.length;

/** "hours.weekly[0].opens: expected ...", the path read from `from` characters in. */
const problem = (error: Invalid, from = 0) => `${error.path.slice(from) || '(root)'}: ${error.message}`;

/** The clean value, or what is wrong with it and where. */
function attempt<T>(check: Check<T>, item: unknown): T | Invalid {
  repairs = [];
  badWait = undefined;
  trail.length = 0;
  try {
    return check(item);
  } catch (error) {
    if (error instanceof Invalid) return error;
    throw error;
  }
}

/** Keeps the good records of a list, reporting each one dropped and each field left out. */
function each<T extends { id: string }>(items: unknown[], check: Check<T>, what: string, onIssue?: OnIssue): T[] {
  const kept: T[] = [];
  const ids = new Set<string>();
  items.forEach((item, i) => {
    const record = `${what} ${isRecord(item) && typeof item.id === 'string' ? `"${item.id.slice(0, 80)}"` : `#${i}`}`;
    const invalid = (e: Invalid, line: string) => report(onIssue, Object.assign(e, { record }), line);
    const result = attempt(check, item);
    if (result instanceof Invalid) return invalid(result, `skipped ${record}: ${problem(result)}`);
    if (ids.has(result.id))
      return report(
        onIssue,
        { record, path: 'id', code: 'duplicate-id', message: 'duplicate id, the first one is used' },
        `skipped ${record}: duplicate id, the first one is used`,
      );
    for (const left of repairs) invalid(left, `in ${record}, left out ${problem(left)}`);
    ids.add(result.id);
    if (badWait) invalid(badWait, `waiting time for ${record} not shown: ${problem(badWait, WAIT)}`);
    kept.push(result);
  });
  return kept;
}

/** Turns any parsed JSON value into a feed, or throws a FeedError that says what is wrong. Problems in records go to `onIssue`, or the console. */
export function parseFeed(json: unknown, { onIssue }: ParseOptions = {}): Feed {
  if (!isRecord(json)) throw new FeedError('feed is not a JSON object', '');
  const { version, updated, services, pathways = [] } = json;
  if (version !== 1) throw new FeedError(`unsupported feed version: ${String(version).slice(0, 20)} (expected 1)`, 'version');
  if (typeof updated !== 'string' || !isInstant(updated)) throw new FeedError('feed "updated" is not an ISO 8601 date', 'updated');
  const publisher = attempt(object<Feed['publisher']>({ name: short, url: lenient(target) }), json.publisher);
  if (publisher instanceof Invalid) throw new FeedError(`feed "publisher" is invalid: ${problem(publisher)}`, 'publisher');
  if (!Array.isArray(services)) throw new FeedError('feed has no "services" array', 'services');
  if (!Array.isArray(pathways)) throw new FeedError('feed "pathways" is not an array', 'pathways');
  return { version: 1, updated, publisher, services: each(services, service, 'service', onIssue), pathways: each(pathways, pathway, 'pathway', onIssue) };
}
