import * as v from 'valibot';
import { parseDay } from '../format.js';

/** Feed v1: the one JSON contract every element reads. See README "Feed v1" and schema/feed-v1.schema.json. */

/** Long strings are cut, not rejected: a hand-edited feed with one wordy description should still render. */
const text = (max: number) => v.pipe(v.string(), v.transform((s) => s.slice(0, max)));
const short = text(300);
const long = text(5000);
const isoDay = v.pipe(v.string(), v.check((s) => parseDay(s) !== undefined, 'expected a real date as YYYY-MM-DD'));
const time = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time must be HH:MM, 00:00 to 23:59'));
const years = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(130));
const list = <T extends v.GenericSchema>(item: T) => v.pipe(v.array(item), v.maxLength(200));

export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const DELIVERY = ['in-person', 'phone', 'video', 'online', 'text'] as const;

const hours = v.object({
  alwaysOpen: v.optional(v.literal(true)),
  weekly: v.optional(
    list(
      v.pipe(
        v.object({ day: v.picklist(DAYS), opens: time, closes: time }),
        v.check((h) => h.opens !== h.closes, 'closes equals opens'),
      ),
    ),
  ),
  closedOn: v.optional(list(isoDay)),
  note: v.optional(long),
});

const service = v.object({
  id: short,
  name: short,
  description: v.optional(long),
  organisation: v.optional(short),
  categories: v.optional(list(short), []),
  ages: v.optional(v.object({ min: v.optional(years), max: v.optional(years) })),
  selfReferral: v.optional(v.boolean()),
  referral: v.optional(
    v.object({ url: v.optional(short), phone: v.optional(short), gp: v.optional(v.boolean()), notes: v.optional(long) }),
  ),
  contact: v.optional(
    v.object({ phone: v.optional(short), text: v.optional(short), email: v.optional(short), website: v.optional(short) }),
  ),
  delivery: v.optional(list(v.picklist(DELIVERY))),
  location: v.optional(
    v.object({
      address: v.optional(short),
      postcode: v.optional(short),
      lat: v.optional(v.pipe(v.number(), v.minValue(-90), v.maxValue(90))),
      lng: v.optional(v.pipe(v.number(), v.minValue(-180), v.maxValue(180))),
    }),
  ),
  coverage: v.optional(v.object({ practices: v.optional(list(short)), postcodeDistricts: v.optional(list(short)) })),
  hours: v.optional(hours),
  languages: v.optional(list(short)),
  accessibility: v.optional(list(short)),
  lastReviewed: v.optional(isoDay),
  // Checked by the waiting-time element, which must say "not available" rather than drop the service.
  waitingTime: v.optional(v.unknown()),
});

export const URGENCIES = ['emergency', 'urgent', 'soon', 'routine', 'self-help'] as const;

const pathway = v.object({
  id: short,
  title: short,
  steps: list(
    v.object({
      urgency: v.picklist(URGENCIES),
      title: short,
      body: v.optional(long),
      actions: v.optional(
        list(v.object({ kind: v.picklist(['call', 'text', 'link', 'service']), label: short, value: short, hours: v.optional(short) })),
        [],
      ),
    }),
  ),
});

/** A waiting time as the contract defines it; anything else is "not available". */
export const waitingTime = v.object({
  measure: v.picklist(['referral-to-assessment', 'referral-to-treatment', 'assessment-to-treatment']),
  statistic: v.picklist(['median', 'mean', 'p90', 'p95']),
  // Over three years is a typo or a unit mistake, never a wait to publish.
  days: v.pipe(v.number(), v.minValue(0), v.maxValue(3 * 366)),
  asOf: isoDay,
  targetDays: v.optional(v.pipe(v.number(), v.minValue(1), v.maxValue(3 * 366))),
  percentWithinTarget: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(100))),
  previousDays: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(3 * 366))),
  secondAppointmentDays: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(3 * 366))),
  acceptingReferrals: v.optional(v.boolean()),
  source: v.optional(short),
});

export type Service = v.InferOutput<typeof service>;
export type Hours = v.InferOutput<typeof hours>;
export type Pathway = v.InferOutput<typeof pathway>;
export type Step = Pathway['steps'][number];
export type Action = Step['actions'][number];
export type Urgency = (typeof URGENCIES)[number];
export type Delivery = (typeof DELIVERY)[number];
export type WaitingTime = v.InferOutput<typeof waitingTime>;

export interface Feed {
  version: 1;
  updated: string;
  publisher: { name: string; url?: string };
  services: Service[];
  pathways: Pathway[];
}

export class FeedError extends Error {
  override name = 'FeedError';
}

const publisher = v.object({ name: short, url: v.optional(short) });

const where = (issues: v.BaseIssue<unknown>[]) => {
  const issue = issues[0]!;
  const path = issue.path?.map((p) => p.key).join('.') || '(root)';
  return `${path}: ${issue.message}`;
};

/** Keeps the good records of a list, warning once for each one dropped. */
function each<T extends v.GenericSchema>(items: unknown[], schema: T, what: string): v.InferOutput<T>[] {
  const kept: v.InferOutput<T>[] = [];
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const id = (item as { id?: unknown } | null)?.id;
    const label = typeof id === 'string' ? `"${id.slice(0, 80)}"` : `#${i}`;
    const result = v.safeParse(schema, item);
    if (!result.success) return console.warn(`Signpost: skipped ${what} ${label}: ${where(result.issues)}`);
    const output = result.output as { id: string };
    if (seen.has(output.id)) return console.warn(`Signpost: skipped ${what} ${label}: duplicate id, the first one is used`);
    seen.add(output.id);
    kept.push(result.output);
  });
  return kept;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Turns any parsed JSON value into a feed, or throws a FeedError that says what is wrong. */
export function parseFeed(json: unknown): Feed {
  if (!isRecord(json)) throw new FeedError('feed is not a JSON object');
  if (json.version !== 1) throw new FeedError(`unsupported feed version: ${String(json.version).slice(0, 20)} (expected 1)`);
  if (typeof json.updated !== 'string' || isNaN(Date.parse(json.updated))) throw new FeedError('feed "updated" is not an ISO 8601 date');
  const pub = v.safeParse(publisher, json.publisher);
  if (!pub.success) throw new FeedError(`feed "publisher" is invalid: ${where(pub.issues)}`);
  if (!Array.isArray(json.services)) throw new FeedError('feed has no "services" array');
  if (json.pathways !== undefined && !Array.isArray(json.pathways)) throw new FeedError('feed "pathways" is not an array');
  return {
    version: 1,
    updated: json.updated,
    publisher: pub.output,
    services: each(json.services, service, 'service'),
    pathways: each(json.pathways ?? [], pathway, 'pathway'),
  };
}

/** Validates a waiting time, returning undefined (and warning) when it must not be shown. */
export function parseWaitingTime(data: unknown, label: string): WaitingTime | undefined {
  if (data === undefined || data === null) return undefined;
  const result = v.safeParse(waitingTime, data);
  if (result.success) return result.output;
  console.warn(`Signpost: waiting time for ${label} not shown: ${where(result.issues)}`);
  return undefined;
}
