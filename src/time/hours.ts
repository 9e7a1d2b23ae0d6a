import type { Hours } from '../feed/schema.js';
import { DAYS } from '../feed/vocabulary.js';
import { formatDate, londonTime, MS_PER_DAY, parseDay, weekday, type LondonTime } from './dates.js';
import { msg, str } from '../i18n/localize.js';

/** Opening hours, always in UK time whatever the visitor's clock says. */

const DAY = 1440;

const minutes = (time: string) => +time.slice(0, 2) * 60 + +time.slice(3);

/** "9am", "5:30pm", "12pm" (noon), "12am" (midnight). */
export function formatTime(m: number): string {
  const h = Math.floor(m / 60) % 24;
  const mm = m % 60;
  return `${h % 12 || 12}${mm ? `:${String(mm).padStart(2, '0')}` : ''}${h < 12 ? msg('am') : msg('pm')}`;
}

/**
 * Open sessions from yesterday to `ahead` days on, as [start, end) minutes from today's midnight,
 * sorted by start. A session belongs to the day it opens; a closedOn date is closed all day, so an
 * overnight session running into one stops at midnight.
 */
function sessions(hours: Hours, t: LondonTime, ahead: number): [number, number][] {
  const closed = new Set(hours.closedOn?.map(parseDay));
  const shut = (k: number) => closed.has(t.date + k * MS_PER_DAY);
  const out: [number, number][] = [];
  for (let k = -1; k <= ahead; k++) {
    if (shut(k)) continue;
    const day = DAYS[(t.weekday + k + 7) % 7];
    const times: [number, number][] = hours.alwaysOpen
      ? [[0, DAY]]
      : // Feeds write "open all day" as 00:00-23:59 (HH:MM has no 24:00): 23:59 is the end of the day.
        // Not always open, so weekly is there: isOpen and openStatus ask hasHours first.
        hours.weekly!.filter((s) => s.day === day).map((s) => [minutes(s.opens), s.closes === '23:59' ? DAY : minutes(s.closes)]);
    for (const [opens, closes] of times) {
      // Closing at or before opening means the session runs past midnight.
      const end = k * DAY + closes + (closes <= opens ? DAY : 0);
      out.push([k * DAY + opens, shut(k + 1) ? Math.min(end, (k + 1) * DAY) : end]);
    }
  }
  return out.sort((a, b) => a[0] - b[0]);
}

const hasHours = (hours: Hours | undefined): hours is Hours => !!hours && (!!hours.alwaysOpen || !!hours.weekly?.length);

/** The minute the current run of open sessions ends, or `t.minutes` when closed now. */
const openUntil = (list: [number, number][], m: number) => {
  let end = m;
  for (const [s, e] of list) if (s <= end && e > end) end = e;
  return end;
};

/** Whether a service is open at `t`; false when its hours are unknown. Cheap enough to run over a whole feed. */
export function isOpen(hours: Hours | undefined, t: LondonTime): boolean {
  return hasHours(hours) && openUntil(sessions(hours, t, 0), t.minutes) > t.minutes;
}

/**
 * "Open now, closes at 5pm", "Closed, opens tomorrow at 9am", "Open 24 hours"... or undefined when
 * the hours are not known: better to say nothing than to guess.
 */
export function openStatus(hours: Hours | undefined, now: Date): { open: boolean; text: string } | undefined {
  if (!hasHours(hours)) return undefined;
  const t = londonTime(now);
  const list = sessions(hours, t, 14);
  const end = openUntil(list, t.minutes);
  if (end > t.minutes) {
    // Open through every day we look at: 24/7, whether written as alwaysOpen or as 00:00-23:59 daily.
    return { open: true, text: end > 14 * DAY ? msg('Open 24 hours') : msg(str`Open now, closes at ${formatTime(end % DAY)}`) };
  }
  const next = list.find(([s]) => s > t.minutes)?.[0];
  if (next === undefined) return { open: false, text: msg('Closed') };
  const k = Math.floor(next / DAY);
  const when = t.date + k * MS_PER_DAY;
  const time = formatTime(next % DAY);
  const day = () => weekday(when);
  return {
    open: false,
    text: !k
      ? msg(str`Closed, opens at ${time}`)
      : k === 1
        ? msg(str`Closed, opens tomorrow at ${time}`)
        : k < 7
          ? msg(str`Closed, opens ${day()} at ${time}`)
          : // Past a week, a weekday alone would be ambiguous.
            msg(str`Closed, opens ${day()} ${formatDate(when)} at ${time}`),
  };
}
