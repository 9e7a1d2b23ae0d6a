/** Dates and numbers for people, in one place. Formatters are built once per language: they are costly to create. */

const formatters = new Map<string, Intl.DateTimeFormat>();

/** "3 November 2026", or with `weekday` "Tuesday", in `locale` (a BCP 47 tag Intl accepts). */
export function dateFormat(locale: string, weekday?: boolean): Intl.DateTimeFormat {
  const key = locale + weekday;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, weekday ? { weekday: 'long', timeZone: 'UTC' } : { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    formatters.set(key, format);
  }
  return format;
}

/** A "YYYY-MM-DD" calendar date as a UTC timestamp, or undefined when it is not a real date. */
export function parseDay(value: string | undefined): number | undefined {
  const match = value && /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const time = Date.UTC(y, m - 1, d);
  // Date.UTC rolls 2026-02-30 over into March; a real date survives the round trip.
  return new Date(time).getUTCDate() === d ? time : undefined;
}

// A page's first Intl date or number format loads ICU data: about 60 ms at the bench's 4x CPU throttle,
// and get-help's first frame (999 included) shows a date. The source language needs no ICU for it.
// A literal, not a split(): bundlers drop it from entries that format no date.
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "3 November 2026" for "2026-11-03" in en-GB; in `locale` through Intl. */
export function formatDay(value: string, locale: string): string {
  const time = parseDay(value);
  if (time === undefined) return value;
  const date = new Date(time);
  return locale === 'en-GB' ? `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}` : dateFormat(locale).format(time);
}

/** 12,345 in `locale`; below 1,000, the digits as they are, with no ICU. */
export const formatCount = (count: number, locale: string): string => (count < 1000 ? String(count) : count.toLocaleString(locale));

export const MS_PER_DAY = 86_400_000;

/** Whole days from a calendar date to `now` (negative when the date is in the future). */
export function daysSince(value: string, now: Date): number | undefined {
  const time = parseDay(value);
  if (time === undefined) return undefined;
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  return Math.round((today - time) / MS_PER_DAY);
}
