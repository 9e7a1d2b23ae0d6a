import { html, type PropertyDeclarations } from 'lit';
import { TaskStatus } from '@lit/task';
import { SignpostElement } from '../element.js';
import { parseWaitingTime, type WaitingTime } from '../feed/schema.js';
import { daysSince, formatDay } from '../format.js';
import { styles } from './waiting-time.styles.js';

const STATISTIC = {
  median: 'Half of people wait less than this',
  mean: 'On average, people wait this long',
  p90: '9 in 10 people wait less than this',
  p95: '19 in 20 people wait less than this',
};
const MEASURE = {
  'referral-to-assessment': 'from referral to first appointment',
  'referral-to-treatment': 'from referral to starting treatment',
  'assessment-to-treatment': 'from first appointment to starting treatment',
};

const count = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/**
 * A duration in words: under 14 days in days, otherwise in weeks rounded to the nearest
 * (Math.round(days / 7)): 13 → "13 days", 14 → "2 weeks", 17 → "2 weeks", 18 → "3 weeks", 52 → "7 weeks".
 * From 14 days it is always at least 2 weeks, so it never says "0 weeks" or "1 week".
 */
const span = (days: number) => {
  const d = Math.round(days);
  return d < 14 ? count(d, 'day') : count(Math.round(d / 7), 'week');
};

/** "about 5 weeks"; a wait of part of a day still reads "about 1 day"; undefined for no wait at all. */
const about = (days: number) => (days ? `about ${span(Math.max(days, 1))}` : undefined);

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
 * detail variant only. Stale means more than `stale-after` days old (exactly `stale-after` is not).
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
 */
export class SignpostWaitingTime extends SignpostElement {
  // Lit's static properties, not decorators: no decorator runtime in the bundle.
  static override properties: PropertyDeclarations = {
    service: {},
    variant: { reflect: true },
    staleAfter: { type: Number, attribute: 'stale-after' },
    data: { attribute: false },
    now: { attribute: false },
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

  /** The clock, for tests. Default: the real time at render. */
  declare now?: Date;

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
    const endpoint = this.feedEndpoint;
    if (endpoint && this.feed.status < TaskStatus.COMPLETE) return null;
    const feed = endpoint ? this.feed.value : undefined;
    const raw = feed?.services.find((s) => s.id === service)?.waitingTime;
    if (raw === undefined) console.warn(`Signpost: no waiting time for ${label}: ${feed ? 'not in the feed' : 'no feed'}`);
    return [parseWaitingTime(raw, label), label];
  }

  protected override render() {
    const detail = this.variant === 'detail';
    const read = this.read();
    if (!read) return html`<span part="base" class="loading ${detail ? 'detail' : ''}"><span class="sr">Loading waiting time</span></span>`;
    const [w, label] = read;
    const age = w && daysSince(w.asOf, this.now ?? new Date());
    if (!w || !(age! >= 0)) {
      if (w) console.warn(`Signpost: waiting time for ${label} not shown: asOf ${w.asOf} is ${age === undefined ? 'not a real date' : 'in the future'}`);
      return html`<span part="base" class="na">Waiting time not available</span>`;
    }

    const { days, targetDays: target = 0, previousDays: previous, secondAppointmentDays: second, percentWithinTarget: within } = w;
    const open = w.acceptingReferrals !== false;
    const stale = age! > (this.staleAfter >= 0 ? this.staleAfter : 45);
    const wait = open ? about(days) ?? 'no wait at the moment' : 'not taking new referrals at the moment';
    const what = open && days ? `${STATISTIC[w.statistic]} ${MEASURE[w.measure]}.` : '';
    const ok = open && target ? days <= target : undefined;
    // A target of a whole number of weeks is stated in weeks, any other in days.
    const [n, unit] = target % 7 ? [target, 'day'] : [target / 7, 'week'];
    const goal = `${n}-${unit} target`;
    const against = ok === undefined ? '' : ok ? 'within' : 'longer than';
    const versus = against && `${cap(against)} the ${goal}.`;
    const updated = `Updated ${formatDay(w.asOf)}.`;
    const old = stale ? 'This may be out of date' : '';
    const mark = icon(ok ? TICK : BANG);
    // Stale needs no icon: the words say it, and the badge turns neutral.
    const meta = old;
    const tone = stale ? 'stale' : against && (ok ? 'within' : 'over');

    if (!detail) {
      const said = [open ? `Waiting time: ${wait}.` : `${cap(wait)}.`, what, versus, updated, old && `${old}.`];
      return html`<span part="base" class=${tone}><span class="sr">${said.filter(Boolean).join(' ')}</span><span aria-hidden="true"><span part="wait">${cap(wait)}</span>${against && html`${DOT}<span part="target">${mark}${against} ${goal}</span>`}${meta && html`${DOT}<span part="meta">${meta}</span>`}</span></span>`;
    }
    const lines = [
      ['wait', html`${open ? html`<span class="sr">${'Waiting time: '}</span>` : ''}${cap(wait)}`],
      ['statistic', what],
      ['target', versus && html`${mark}${versus}${within === undefined ? '' : ` ${Math.floor(within)}% start within ${count(n, unit)}.`}`],
      ['trend', open && previous !== undefined && span(previous) !== span(days) && `${previous > days ? 'Down' : 'Up'} from ${span(previous)}.`],
      ['second', open && second !== undefined && `Then ${about(second) ?? 'no wait'} between first and second appointment.`],
      ['meta', html`${meta}${meta && '. '}${updated}${w.source ? ` Source: ${w.source}.` : ''}`],
    ] as const;
    return html`<div part="base" class="detail ${tone}">${lines.map(([part, text]) => (text ? html`<p part=${part}>${text}</p>` : ''))}</div>`;
  }
}
