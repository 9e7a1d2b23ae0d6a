import type { WaitingTime, WaitState } from '../feed/schema.js';
import { daysSince, formatDay, formatMonth } from '../time/dates.js';
import { locale, msg, plural, str } from '../i18n/localize.js';

/**
 * The waiting time in words, worked out once per update from a validated WaitState and the clock:
 * no DOM, so each wording rule is tested directly (describe.test.ts). The element only lays it out.
 */

// Without arguments, so the minifier writes each object straight where it is read.
const statistics = (): Record<WaitingTime['statistic'], string> => ({
  median: msg('Half of people wait less than this'),
  mean: msg('On average, people wait this long'),
  p90: msg('9 in 10 people wait less than this'),
  p95: msg('19 in 20 people wait less than this'),
});
const measures = (): Record<WaitingTime['measure'], string> => ({
  'referral-to-assessment': msg('from referral to first appointment'),
  'referral-to-treatment': msg('from referral to starting treatment'),
  'assessment-to-treatment': msg('from first appointment to starting treatment'),
});

export const days = (n: number): string => plural(n, msg('one {# day} other {# days}'));
export const weeks = (n: number): string => plural(n, msg('one {# week} other {# weeks}'));

/**
 * A duration in words: under 14 days in days, otherwise in weeks rounded to the nearest
 * (Math.round(days / 7)): 13 → "13 days", 14 → "2 weeks", 17 → "2 weeks", 18 → "3 weeks", 52 → "7 weeks".
 * From 14 days it is always at least 2 weeks, so it never says "0 weeks" or "1 week".
 */
export const span = (n: number): string => {
  const d = Math.round(n);
  return d < 14 ? days(d) : weeks(Math.round(d / 7));
};

/** "about 5 weeks"; a wait of part of a day still reads "about 1 day"; undefined for no wait at all. */
const about = (n: number) => (n ? msg(str`about ${span(Math.max(n, 1))}`) : undefined);

/**
 * NHS England publishes a month's figures about two months after it ends: that normal lag is not
 * "out of date". A monthly figure is stale only `staleAfter` days after it could first have been read.
 */
export const PUBLICATION_LAG = 75;

export interface WaitWords {
  /** The badge's edge: within or over the target, stale (neutral), or '' with no target. */
  tone: '' | 'within' | 'over' | 'stale';
  /** Whether the target is met; undefined with no target. */
  ok?: boolean;
  /** The wait ("about 5 weeks"), "no wait at the moment" or "not taking new referrals at the moment". */
  said: string;
  open: boolean;
  /** Which statistic and measure, as a sentence; '' with no wait. */
  what: string;
  /** Short, for the badge's line: "within 6-week target", "78% within 6 weeks (target 75%)". */
  against: string;
  /** The same as a sentence. */
  versus: string;
  /** "82% start within 6 weeks." (detail variant), when the target is judged on the wait itself. */
  within: string;
  trend: string;
  second: string;
  /** The hidden wait between first and second treatment appointment. */
  hidden: string;
  /** "Updated 3 November 2026." or "NHS figures for May 2026." */
  when: string;
  /** "This may be out of date", or ''. */
  old: string;
  /** "Source: NHS Talking Therapies Monthly Statistics, May 2026.", or ''. */
  source: string;
  /** The screen reader's one sentence for the badge. */
  sentence: string;
}

export interface Options {
  now: Date;
  /** Days past `asOf` (past publication, for monthly figures) beyond which a figure may be out of date; anything but a number ≥ 0 means 45. */
  staleAfter?: number;
}

export const cap = (s: string): string => s[0]!.toLocaleUpperCase(locale()) + s.slice(1);

/**
 * What the badge says about a waiting time, or, as a string, why it must say "Waiting time not
 * available" instead (nothing given, invalid, or dated in the future or not at all), for the console.
 */
export function describeWait(wait: WaitState | undefined, { now, staleAfter = 45 }: Options): WaitWords | string {
  if (!wait) return 'no waiting time';
  if ('invalid' in wait) return wait.invalid;
  const age = daysSince(wait.asOf, now);
  if (!(age! >= 0)) return `asOf ${wait.asOf} is ${age === undefined ? 'not a real date' : 'in the future'}`;

  const { days: wait_, targetDays: target = 0, previousDays: previous, secondAppointmentDays: second, percentWithinTarget: pct, targetPercent, period } = wait;
  const open = wait.acceptingReferrals !== false;
  const limit = (staleAfter >= 0 ? staleAfter : 45) + (period ? PUBLICATION_LAG : 0);
  const stale = age! > limit;
  const said = open ? (about(wait_) ?? msg('no wait at the moment')) : msg('not taking new referrals at the moment');
  // Monthly NHS figures of the median wait to first treatment say what happened, in the past tense.
  const half =
    open && wait_ && period && wait.statistic === 'median' && wait.measure === 'referral-to-treatment'
      ? msg(str`Half of people started treatment within ${said}`)
      : '';
  const what = half ? `${half}.` : open && wait_ ? `${statistics()[wait.statistic]} ${measures()[wait.measure]}.` : '';
  // A target of a whole number of weeks is stated in weeks, any other in days.
  const weekly = !(target % 7);
  const n = weekly ? target / 7 : target;
  const length = weekly ? weeks(n) : days(n);
  // Percentages are rounded down, never up: a figure is never made to look better than it is.
  const share = pct === undefined ? 0 : Math.floor(pct);
  let ok: boolean | undefined;
  let against = '';
  let versus = '';
  let within = '';
  if (open && target && targetPercent && pct !== undefined) {
    // The NHS target is a share of people seen within the target time, e.g. 75% within 6 weeks.
    ok = pct >= targetPercent;
    against = msg(str`${share}% within ${length} (target ${targetPercent}%)`);
    versus = msg(str`${share}% started within ${length}; the target is ${targetPercent}%.`);
  } else if (open && target) {
    ok = wait_ <= target;
    const goal = weekly ? plural(n, msg('one {#-week target} other {#-week target}')) : plural(n, msg('one {#-day target} other {#-day target}'));
    against = ok ? msg(str`within ${goal}`) : msg(str`longer than ${goal}`);
    versus = ok ? msg(str`Within the ${goal}.`) : msg(str`Longer than the ${goal}.`);
    if (pct !== undefined) within = msg(str`${share}% start within ${length}.`);
  }
  const figures = period && msg(str`NHS figures for ${formatMonth(period)}`);
  const when = figures ? `${figures}.` : msg(str`Updated ${formatDay(wait.asOf)}.`);
  const old = stale ? msg('This may be out of date') : '';
  const hiddenShare = wait.percentSecondOver28Days;
  return {
    tone: stale ? 'stale' : ok === undefined ? '' : ok ? 'within' : 'over',
    ok,
    said,
    open,
    what,
    against,
    versus,
    within,
    trend:
      open && previous !== undefined && span(previous) !== span(wait_)
        ? previous > wait_
          ? msg(str`Down from ${span(previous)}.`)
          : msg(str`Up from ${span(previous)}.`)
        : '',
    second: open && second !== undefined ? msg(str`Then ${about(second) ?? msg('no wait')} between first and second appointment.`) : '',
    // To the nearest: rounding this bad news down would flatter, rounding it up would invent.
    hidden: open && hiddenShare !== undefined ? msg(str`${Math.round(hiddenShare)}% waited over 4 weeks between first and second appointment.`) : '',
    when,
    old,
    source: wait.source ? msg(str`Source: ${wait.source}.`) : '',
    sentence: [
      half ? `${half} (${figures}).` : open ? msg(str`Waiting time: ${said}.`) : `${cap(said)}.`,
      half ? '' : what,
      versus,
      half ? '' : when,
      old && `${old}.`,
    ]
      .filter(Boolean)
      .join(' '),
  };
}
