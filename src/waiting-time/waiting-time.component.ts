import { html, isServer, type PropertyDeclarations, type PropertyValues } from 'lit';
import { TaskStatus } from '@lit/task';
import { SignpostElement } from '../internal/element.js';
import { validWait, type InvalidWait, type WaitState } from '../feed/schema.js';
import { msg } from '../i18n/localize.js';
import { cap, describeWait, type WaitWords } from './describe.js';
import { styles } from './waiting-time.styles.js';

// Spaces at the edge of a template go in expressions, where no template minifier setting can drop them.
const DOT = ' · ';

// The badge's icon: a tick within target, an exclamation mark over it.
const TICK = 'M3 8.5l3 3 7-7';
const BANG = 'M8 2.5v7m0 3.5v.5';

/**
 * @tagname signpost-waiting-time
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
 * @csspart base - The badge or panel (also the loading placeholder and the "not available" line).
 * @csspart wait - The wait in words, or "Not taking new referrals at the moment".
 * @csspart statistic - Which statistic and measure the wait is (detail variant).
 * @csspart target - Within or longer than the target; in the detail variant, the percent within it.
 * @csspart trend - Up or down from the previous figure (detail variant).
 * @csspart second - The wait between first and second appointment (detail variant).
 * @csspart hidden - The share who waited over 4 weeks between first and second appointment (detail variant, NHS monthly figures).
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

  static override styles = styles;

  protected readonly widget = 'waiting-time';

  /** Id of the service in the feed whose waiting time to show. */
  declare service?: string;

  /** `badge`: one compact line that fits in a sentence or a card. `detail`: a small panel. */
  variant: 'badge' | 'detail' = 'badge';

  /** Days after `asOf` beyond which the figure is shown as possibly out of date; anything but a number ≥ 0 means 45. */
  staleAfter = 45;

  /** A raw `waitingTime` object, validated here. When set, no feed is needed and none is fetched. */
  declare data?: unknown;

  /** What to show, worked out before each render (never in it): why not, as a string; null while the feed loads. */
  private _words: WaitWords | string | null = null;

  // Fetch only when the feed is what we read: with `data`, or with no `service`, nothing is requested.
  protected override get _feedEndpoint(): string | undefined {
    return this.data === undefined && this.service ? super._feedEndpoint : undefined;
  }

  // Validation and warnings happen here, once per change, so render() only lays words out. Not in
  // willUpdate: the feed task starts loading after that (in the controllers' hostUpdate), before this.
  protected override update(changed: PropertyValues<this>): void {
    const { data, service } = this;
    // On a server nothing loads: the markup shows loading (isServer is false in a browser build).
    const loading = data === undefined && !!service && (isServer || this.feed.status < TaskStatus.COMPLETE);
    const feed = this._feedEndpoint ? this.feed : undefined;
    // Whose figure, for warnings; '' when the feed's parser has already warned about it.
    let label = data === undefined ? `service "${service}"` : 'the data property';
    let wait: WaitState | undefined;
    if (data != null) {
      // A WaitState from a feed the finder or get-help read is passed on as it is.
      wait = (data as InvalidWait).invalid === undefined ? validWait(data) : ((label = ''), data as WaitState);
    } else if (data === undefined && service) {
      wait = feed?.value?.services.find((s) => s.id === service)?.waitingTime;
      if (wait && 'invalid' in wait) label = '';
      else if (!wait && !loading) this._warn(feed ? 'not-in-feed' : 'no-feed', label, feed ? 'no waiting time in the feed' : 'no feed');
    }
    const words = describeWait(wait, { now: this.now ?? new Date(), staleAfter: this.staleAfter });
    if (typeof words == 'string' && wait && label) this._warn('wait-not-shown', label, `waiting time not shown: ${words}`);
    this._words = loading ? null : words;
    super.update(changed);
  }

  protected override render() {
    const detail = this.variant === 'detail';
    const w = this._words;
    if (!w) return html`<span part="base" class="loading ${detail ? 'detail' : ''}"><span class="sr">${msg('Loading waiting time')}</span></span>`;
    if (typeof w == 'string') return html`<span part="base" class="na">${msg('Waiting time not available')}</span>`;
    const mark = html`<svg viewBox="0 0 16 16" aria-hidden="true"><path d=${w.ok ? TICK : BANG} /></svg>`;
    // Stale needs no icon: the words say it, and the badge turns neutral.
    const meta = w.old;
    if (!detail) {
      return html`<span part="base" class=${w.tone}><span class="sr">${w.sentence}</span><span aria-hidden="true"><span part="wait">${cap(w.said)}</span>${w.against && html`${DOT}<span part="target">${mark}${w.against}</span>`}${meta && html`${DOT}<span part="meta">${meta}</span>`}</span></span>`;
    }
    const lines = [
      ['wait', html`${w.open ? html`<span class="sr">${msg('Waiting time:')} </span>` : ''}${cap(w.said)}`],
      ['statistic', w.what],
      ['target', w.versus && html`${mark}${w.versus}${w.within && ` ${w.within}`}`],
      ['trend', w.trend],
      ['second', w.second],
      ['hidden', w.hidden],
      ['meta', html`${meta}${meta && '. '}${w.when}${w.source && ` ${w.source}`}`],
    ] as const;
    return html`<div part="base" class="detail ${w.tone}">${lines.map(([part, text]) => (text ? html`<p part=${part}>${text}</p>` : ''))}</div>`;
  }
}
