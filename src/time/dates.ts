/** Dates for people, and the UK clock, in one place. */
import { msg } from '../i18n/localize.js';

/** A "YYYY-MM-DD" calendar date from 1900 as a UTC timestamp, or undefined when it is not a real date. */
export function parseDay(value: string | undefined): number | undefined {
  const match = value && /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const time = Date.UTC(y, m - 1, d);
  // Date.UTC rolls 2026-02-30 over into March; a real date survives the round trip. Before 1900 is a typo.
  return y >= 1900 && new Date(time).getUTCDate() === d ? time : undefined;
}

// Month and weekday names come from the catalogue, not Intl: Chromium (so Chrome and Edge) ships no
// Welsh date data, and Intl.DateTimeFormat('cy') writes "November 27, 2026". It also spares the page
// ICU's start-up (about 60 ms at the bench's 4x throttle) before get-help's first frame, 999 included.
const months = () => [
  msg('January'),
  msg('February'),
  msg('March'),
  msg('April'),
  msg('May'),
  msg('June'),
  msg('July'),
  msg('August'),
  msg('September'),
  msg('October'),
  msg('November'),
  msg('December'),
];

/** "3 November 2026" for a calendar date as UTC ms, in the language being rendered (day, month, year: English and Welsh). */
export function formatDate(time: number): string {
  const date = new Date(time);
  return `${date.getUTCDate()} ${months()[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** "3 November 2026" for "2026-11-03"; a value that is not a real date as it is. */
export function formatDay(value: string): string {
  const time = parseDay(value);
  return time === undefined ? value : formatDate(time);
}

/** "May 2026" for the month "2026-05". */
export const formatMonth = (value: string): string => `${months()[+value.slice(5, 7) - 1]} ${value.slice(0, 4)}`;

/** "Tuesday" for a calendar date as UTC ms, as said after "opens" ("Closed, opens Tuesday at 9am"). */
export const weekday = (time: number): string =>
  [msg('Sunday'), msg('Monday'), msg('Tuesday'), msg('Wednesday'), msg('Thursday'), msg('Friday'), msg('Saturday')][new Date(time).getUTCDay()]!;

export const MS_PER_DAY = 86_400_000;
const MS_PER_HOUR = 3_600_000;

/** 01:00 GMT on the last Sunday of a month (0 = January) of a year, in UTC ms. */
const change = (year: number, month: number) => {
  const last = Date.UTC(year, month + 1, 0);
  return last - new Date(last).getUTCDay() * MS_PER_DAY + MS_PER_HOUR;
};

/** A moment as a UK wall clock: weekday (0 = Monday), calendar date (UTC ms of that date) and minutes since midnight. */
export interface LondonTime {
  weekday: number;
  date: number;
  minutes: number;
}

/**
 * UK time by the rule in law (the Summer Time Order 2002): BST, an hour ahead of GMT, from 01:00 GMT
 * on the last Sunday of March to 01:00 GMT on the last Sunday of October. Not Intl: creating a
 * Europe/London formatter loads time-zone data, the largest script cost of the finder's first
 * render on a slow phone. A test checks it against Intl around every clock change from 1996 to 2040.
 */
export function londonTime(now: Date): LondonTime {
  const t = now.getTime();
  const year = now.getUTCFullYear();
  const local = t + (t >= change(year, 2) && t < change(year, 9) ? MS_PER_HOUR : 0);
  const date = local - (((local % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY);
  return { weekday: (new Date(date).getUTCDay() + 6) % 7, date, minutes: Math.floor((local - date) / 60_000) };
}

/**
 * Whole days from a calendar date to `now`'s date in the UK (negative when the date is in the future).
 * Feeds date their figures in UK days, so a visitor abroad just after UK midnight still reads today's as today's.
 */
export function daysSince(value: string, now: Date): number | undefined {
  const time = parseDay(value);
  return time === undefined ? undefined : (londonTime(now).date - time) / MS_PER_DAY;
}
