/**
 * The words a feed and the elements share, each written here once: the parser checks against these
 * lists, the finder labels them, the Open Referral adapter maps to them, the signpost-feed command
 * suggests them. schema/feed-v1.schema.json, the README and the demo feed use them too, and
 * test/node/vocabulary.test.mjs fails when any of those differs from this file. The postcode
 * district rule is in postcode.ts.
 */

/**
 * The categories Signpost knows, in the finder's filter order: NHS talking therapies and crisis
 * support first. A feed may use others; they are kept and shown by their id.
 */
export const CATEGORIES = [
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
] as const;
export type Category = (typeof CATEGORIES)[number];
export const isCategory = (id: string): id is Category => (CATEGORIES as readonly string[]).includes(id);

/** How a service is delivered (`service.delivery`). */
export const DELIVERY_MODES = ['in-person', 'phone', 'video', 'online', 'text'] as const;
export type DeliveryMode = (typeof DELIVERY_MODES)[number];

/** Opening-hours days, Monday first (`hours.weekly[].day`). */
export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Day = (typeof DAYS)[number];

/** How urgent a pathway step is, most urgent first: the order get-help shows them in. */
export const URGENCIES = ['emergency', 'urgent', 'soon', 'routine', 'self-help'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** What a waiting time measures, and which figure `days` is. */
export const MEASURES = ['referral-to-assessment', 'referral-to-treatment', 'assessment-to-treatment'] as const;
export const STATISTICS = ['median', 'mean', 'p90', 'p95'] as const;

/** What a pathway step's action is: a number to call or text, a web link, or a service of the feed by id. */
export const PATHWAY_ACTION_KINDS = ['call', 'text', 'link', 'service'] as const;
export type PathwayActionKind = (typeof PATHWAY_ACTION_KINDS)[number];

/** The contact routes a `signpost-action` event reports (internal/events.ts says what `value` is for each). */
export const ACTION_KINDS = ['call', 'text', 'email', 'link', 'referral'] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];
