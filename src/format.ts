/** Dates for people, in one place. */
import { msg } from './localize.js';

/** A "YYYY-MM-DD" calendar date as a UTC timestamp, or undefined when it is not a real date. */
export function parseDay(value: string | undefined): number | undefined {
  const match = value && /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const time = Date.UTC(y, m - 1, d);
  // Date.UTC rolls 2026-02-30 over into March; a real date survives the round trip.
  return new Date(time).getUTCDate() === d ? time : undefined;
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

/** "Tuesday" for a calendar date as UTC ms, as said after "opens" ("Closed, opens Tuesday at 9am"). */
export const weekday = (time: number): string =>
  [msg('Sunday'), msg('Monday'), msg('Tuesday'), msg('Wednesday'), msg('Thursday'), msg('Friday'), msg('Saturday')][new Date(time).getUTCDay()]!;

export const MS_PER_DAY = 86_400_000;

/** Whole days from a calendar date to `now` (negative when the date is in the future). */
export function daysSince(value: string, now: Date): number | undefined {
  const time = parseDay(value);
  if (time === undefined) return undefined;
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  return Math.round((today - time) / MS_PER_DAY);
}
