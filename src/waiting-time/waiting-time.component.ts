import { html, isServer, type PropertyDeclarations } from 'lit';
import { TaskStatus } from '@lit/task';
import { SignpostElement } from '../element.js';
import { parseWaitingTime, type WaitingTime } from '../feed/schema.js';
import { daysSince, formatDay } from '../format.js';
import { locale, msg, plural, str } from '../localize.js';
import { styles } from './waiting-time.styles.js';

const statistic = (w: WaitingTime) =>
  ({
    median: msg('Half of people wait less than this'),
    mean: msg('On average, people wait this long'),
    p90: msg('9 in 10 people wait less than this'),
    p95: msg('19 in 20 people wait less than this'),
  })[w.statistic];
const measure = (w: WaitingTime) =>
  ({
    'referral-to-assessment': msg('from referral to first appointment'),
    'referral-to-treatment': msg('from referral to starting treatment'),
    'assessment-to-treatment': msg('from first appointment to starting treatment'),
  })[w.measure];

const days = (n: number) => plural(n, msg('one {# day} other {# days}'));
const weeks = (n: number) => plural(n, msg('one {# week} other {# weeks}'));
const cap = (s: string) => s[0]!.toLocaleUpperCase(locale()) + s.slice(1);

/**
 * A duration in words: under 14 days in days, otherwise in weeks rounded to the nearest
 * (Math.round(days / 7)): 13 → "13 days", 14 → "2 weeks", 17 → "2 weeks", 18 → "3 weeks", 52 → "7 weeks".
 * From 14 days it is always at least 2 weeks, so it never says "0 weeks" or "1 week".
 */
const span = (n: number) => {
  const d = Math.round(n);
  return d < 14 ? days(d) : weeks(Math.round(d / 7));
};

/** "about 5 weeks"; a wait of part of a day still reads "about 1 day"; undefined for no wait at all. */
const about = (n: number) => (n ? msg(str`about ${span(Math.max(n, 1))}`) : undefined);

// Spaces at the edge of a template go in expressions, where no template minifier setting can drop them.
const DOT = ' · ';

const icon = (d: string) => html`<svg viewBox="0 0 16 16" aria-hidden="true"><path d=${d} /></svg>`;
const TICK = 'M3 8.5l3 3 7-7';
const BANG = 'M8 2.5v7m0 3.5v.5';

/**
 * @summary An honest waiting time: the wait in words, which statistic it is, how old it is and how it compares with the target.
 *
 * Reads one service's `waitingTime` from the feed (`endpoint` or a surrounding provider, plus `service`),
 * or takes one directly through the `data` property with no feed at all. Anything invalid, a date in
 * the future or an unknown service says "Waiting time not available" and warns on the console.
 *
 * The badge is one line on screen ("About 5 weeks · within 6-week target") and one sentence for a
 * screen reader ("Waiting time: about 5 weeks. Half of people wait less than this from referral to
 * first appointment. Within the 6-week target. Updated 3 November 2026.").
 *
 * Choices: weeks are Math.round(days / 7) from 14 days up; equal to the target counts as within it;
 * the target is in weeks when a whole number of weeks, else in days; the trend says nothing when
 * the previous wait reads the same in words (35 and 36 days are both "5 weeks"); 0 days reads
 * "No wait at the moment" with no statistic sentence; "Not taking new referrals at the moment"
 * replaces the wait, the target, the trend and the second appointment; percent within target is
 * rounded down, never up, and needs `targetDays`. Trend, percent and second appointment are in the
 * detail variant only. Stale means more than `stale-after` days old (exactly `stale-after` is not),
 * counted in UK calendar days.
 *
 * @tagname signpost-waiting-time
 *
 * @csspart base - The badge or panel (also the loading placeholder and the "not available" line).
 * @csspart wait - The wait in words, or "Not taking new referrals at the moment".
 * @csspart statistic - Which statistic and measure the wait is (detail variant).
 * @csspart target - Within or longer than the target; in the detail variant, the percent within it.
 * @csspart trend - Up or down from the previous figure (detail variant).
 * @csspart second - The wait between first and second appointment (detail variant).
 * @csspart meta - "This may be out of date" when stale; in the detail variant, the date and source.
 *
 * @cssprop --signpost-color-surface - Badge and panel background.
 * @cssprop --signpost-color-border - Border, and the thick edge when stale or not available.
 * @cssprop --signpost-color-success - The thick edge and tick within target.
 * @cssprop --signpost-color-warning - The thick edge over target.
 * @cssprop --signpost-color-text - Text.
 * @cssprop --signpost-color-text-secondary - Stale and "not available" text.
 * @cssprop --signpost-font-family - Font.
 * @cssprop --signpost-font-size - Base text size.
 * @cssprop --signpost-radius - Corner radius.
 * @cssprop --signpost-space - Padding of the detail panel.
 */
export class SignpostWaitingTime extends SignpostElement {
  // Lit's static properties, not decorators: no decorator runtime in the bundle.
  static override properties: PropertyDeclarations = {
    service: {},
    variant: { reflect: true },
    staleAfter: { type: Number, attribute: 'stale-after' },
    data: { attribute: false },
  };

  protected readonly widget = 'waiting-time';

  /** Id of the service in the feed whose waiting time to show. */
  declare service?: string;

  /** `badge`: one compact line that fits in a sentence or a card. `detail`: a small panel. */
  variant: 'badge' | 'detail' = 'badge';

  /** Days after `asOf` beyond which the figure is shown as possibly out of date; anything but a number ≥ 0 means 45. */
  staleAfter = 45;

  /** A raw `waitingTime` object, validated here. When set, no feed is needed and none is fetched. */
  declare data?: unknown;

  static override styles = styles;

  // Fetch only when the feed is what we read: with `data`, or with no `service`, nothing is requested.
  protected override get feedEndpoint(): string | undefined {
    return this.data === undefined && this.service ? super.feedEndpoint : undefined;
  }

  /**
   * [waiting time or undefined, label for warnings], or null while the feed loads. Lit renders only
   * when something changed, so a warning is given once per change.
   */
  private read(): [WaitingTime | undefined, string] | null {
    const { data, service } = this;
    if (data !== undefined) return [parseWaitingTime(data, 'the data property'), 'the data property'];
    if (!service) return [undefined, ''];
    const label = `service "${service}"`;
    // On a server nothing loads: the markup shows loading (isServer is false in a browser build).
    if (isServer || this.feed.status < TaskStatus.COMPLETE) return null;
    const feed = this.feed.value;
    const raw = feed?.services.find((s) => s.id === service)?.waitingTime;
    if (raw === undefined) console.warn(`Signpost: no waiting time for ${label}: ${feed ? 'not in the feed' : 'no feed'}`);
    return [parseWaitingTime(raw, label), label];
  }

  protected override render() {
    const detail = this.variant === 'detail';
    const read = this.read();
    if (!read) return html`<span part="base" class="loading ${detail ? 'detail' : ''}"><span class="sr">${msg('Loading waiting time')}</span></span>`;
    const [w, label] = read;
    const age = w && daysSince(w.asOf, this.now ?? new Date());
    if (!w || !(age! >= 0)) {
      if (w) console.warn(`Signpost: waiting time for ${label} not shown: asOf ${w.asOf} is ${age === undefined ? 'not a real date' : 'in the future'}`);
      return html`<span part="base" class="na">${msg('Waiting time not available')}</span>`;
    }

    const { days: wait, targetDays: target = 0, previousDays: previous, secondAppointmentDays: second, percentWithinTarget: within } = w;
    const open = w.acceptingReferrals !== false;
    const stale = age! > (this.staleAfter >= 0 ? this.staleAfter : 45);
    const said = open ? about(wait) ?? msg('no wait at the moment') : msg('not taking new referrals at the moment');
    const what = open && wait ? `${statistic(w)} ${measure(w)}.` : '';
    const ok = open && target ? wait <= target : undefined;
    // A target of a whole number of weeks is stated in weeks, any other in days.
    const weekly = !(target % 7);
    const n = weekly ? target / 7 : target;
    const goal = weekly ? plural(n, msg('one {#-week target} other {#-week target}')) : plural(n, msg('one {#-day target} other {#-day target}'));
    const against = ok === undefined ? '' : ok ? msg(str`within ${goal}`) : msg(str`longer than ${goal}`);
    const versus = against && (ok ? msg(str`Within the ${goal}.`) : msg(str`Longer than the ${goal}.`));
    const updated = msg(str`Updated ${formatDay(w.asOf)}.`);
    const old = stale ? msg('This may be out of date') : '';
    const mark = icon(ok ? TICK : BANG);
    // Stale needs no icon: the words say it, and the badge turns neutral.
    const meta = old;
    const tone = stale ? 'stale' : against && (ok ? 'within' : 'over');

    if (!detail) {
      const sentence = [open ? msg(str`Waiting time: ${said}.`) : `${cap(said)}.`, what, versus, updated, old && `${old}.`];
      return html`<span part="base" class=${tone}><span class="sr">${sentence.filter(Boolean).join(' ')}</span><span aria-hidden="true"><span part="wait">${cap(said)}</span>${against && html`${DOT}<span part="target">${mark}${against}</span>`}${meta && html`${DOT}<span part="meta">${meta}</span>`}</span></span>`;
    }
    const lines = [
      ['wait', html`${open ? html`<span class="sr">${msg('Waiting time:')} </span>` : ''}${cap(said)}`],
      ['statistic', what],
      ['target', versus && html`${mark}${versus}${within === undefined ? '' : ` ${msg(str`${Math.floor(within)}% start within ${weekly ? weeks(n) : days(n)}.`)}`}`],
      ['trend', open && previous !== undefined && span(previous) !== span(wait) && (previous > wait ? msg(str`Down from ${span(previous)}.`) : msg(str`Up from ${span(previous)}.`))],
      ['second', open && second !== undefined && msg(str`Then ${about(second) ?? msg('no wait')} between first and second appointment.`)],
      ['meta', html`${meta}${meta && '. '}${updated}${w.source ? ` ${msg(str`Source: ${w.source}.`)}` : ''}`],
    ] as const;
    return html`<div part="base" class="detail ${tone}">${lines.map(([part, text]) => (text ? html`<p part=${part}>${text}</p>` : ''))}</div>`;
  }
}
