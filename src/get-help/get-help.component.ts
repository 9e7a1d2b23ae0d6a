import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { TaskStatus } from '@lit/task';
import { SignpostElement } from '../internal/element.js';
import type { Feed, Service } from '../feed/schema.js';
import { URGENCIES, type Urgency } from '../feed/vocabulary.js';
import type { ActionKind, ActionValues } from '../internal/events.js';
import { landing, smsHref, telHref, webHref } from '../internal/url.js';
import { formatDay, londonTime } from '../time/dates.js';
import { isOpen, openStatus } from '../time/hours.js';
import { level } from '../internal/heading.js';
import { FEED_LANG } from '../i18n/feed-lang.js';
import { locale, msg, str } from '../i18n/localize.js';
import { tokens } from '../internal/theme.js';
import { controls } from '../internal/controls.js';
import { styles } from './get-help.styles.js';
import { actionLink } from '../internal/action-link.js';
import { baseline, reviewed, strip, type BaselineStep, type Route } from './baseline.js';

/** A step ready to render: `service` actions resolved to their service; `_own`: a built-in route, always shown. */
type Shown = Omit<BaselineStep, 'actions'> & { actions: (Route | Service)[]; _own?: boolean };

/** Tier headings, in URGENCIES order. */
const tiers = () => [msg('Emergency'), msg('Urgent help'), msg('Help this week'), msg('Support from local services'), msg('Self-help')];

/**
 * "How urgent is it?": the tiers each answer expands. The emergency and urgent tiers never collapse;
 * "Right now" narrows the local urgent help to what is open now, "Today" shows all of it.
 */
const ANSWERS: Urgency[][] = [['emergency', 'urgent'], ['urgent'], ['soon'], ['routine', 'self-help']];
const answers = () => [msg('Right now'), msg('Today'), msg('This week'), msg("I'd like support")];

/**
 * @tagname signpost-get-help
 * @summary Crisis and urgent mental health routes that show instantly, whatever the network does,
 * then the local services of one feed pathway, grouped by urgency.
 *
 * The built-in routes (999, NHS 111 option 2, Samaritans, Shout) render in the first frame, with no
 * fetch, and nothing in a feed can remove, replace or reorder them: local steps follow them.
 *
 * @slot - Not rendered once the element is defined. Put a plain-text fallback inside the tag; it shows only if the script never loads.
 *
 * @fires {CustomEvent<LoadedDetail>} signpost-loaded - The feed loaded and validated. `detail`: `{ endpoint, services }`.
 * @fires {CustomEvent<ErrorDetail>} signpost-error - The feed could not be loaded or is invalid; the built-in routes stay. `detail`: `{ endpoint, message }`.
 * @fires {CustomEvent<IssueDetail>} signpost-issue - A pathway or service the feed lacks, or a problem in the feed it loaded. Cancelable: `preventDefault()` keeps it from the console. `detail`: `{ record, path, code, message }`.
 * @fires {CustomEvent<ActionDetail>} signpost-action - A call, text, link or referral was clicked. `detail`: `{ widget: 'get-help', kind, value, serviceId? }`.
 *
 * @csspart base - The card.
 * @csspart emergency - The emergency tier, always shown first.
 * @csspart tier - Each other urgency tier (urgent, soon, routine, self-help).
 * @csspart question - The "How urgent is it?" buttons.
 * @csspart strip - The one-line strip (variant="strip").
 * @csspart reviewed - The small print saying when the crisis numbers were checked.
 *
 * @cssprop --signpost-color-emergency - Emergency tier background (white text on it). Default NHS red #d5281b.
 * @cssprop --signpost-color-urgent - The thick edge of the urgent tier. Default NHS red #d5281b, as NHS urgent care cards.
 * @cssprop --signpost-color-primary - Links and the urgency buttons.
 * @cssprop --signpost-color-text - Body text.
 * @cssprop --signpost-color-text-secondary - Small print.
 * @cssprop --signpost-color-background - Card background.
 * @cssprop --signpost-color-border - Tier borders.
 * @cssprop --signpost-color-focus - Focus highlight.
 * @cssprop --signpost-font-family - Font.
 * @cssprop --signpost-font-size - Base text size.
 * @cssprop --signpost-radius - Corner radius.
 * @cssprop --signpost-space - Spacing unit.
 */
export class SignpostGetHelp extends SignpostElement {
  // Lit's static properties, not decorators: no decorator runtime in the bundle.
  static override properties: PropertyDeclarations = {
    pathway: {},
    variant: { reflect: true },
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    answer: { state: true },
  };

  static override styles = [tokens, controls, styles];

  protected readonly widget = 'get-help';

  /** Id of the feed pathway to show. Default: the feed's first pathway. */
  declare pathway?: string;

  /** `card`: every tier. `strip`: one line of the emergency routes, with no feed request. */
  variant: 'card' | 'strip' = 'card';

  /** The card's heading (an h2). Default: "Get help now", in the element's language. Empty for none. */
  declare heading?: string;

  /** The level of the card's heading in the page's outline, 2 to 6 (tiers one below, steps two). Default 2. */
  declare headingLevel?: number;

  /** Index in ANSWERS of the pressed answer; none means only the emergency and urgent tiers show. */
  declare private answer?: number;

  /** Steps by urgency, in URGENCIES order: baseline first, then the pathway's. */
  private _steps: Shown[][] = [];
  private _seen?: [Feed | undefined, string | undefined, string];

  // The strip shows only the built-in routes, so it never waits on or requests a feed.
  protected override get _feedEndpoint(): string | undefined {
    return this.variant === 'strip' ? undefined : super._feedEndpoint;
  }

  protected override willUpdate(): void {
    const feed = this.feed.value;
    // Resolve once per feed and pathway, so an unknown service warns once, not on every render.
    const seen: typeof this._seen = [feed, this.pathway, locale()];
    if (this._seen?.every((value, i) => value === seen[i])) return;
    this._seen = seen;
    const pathway = feed?.pathways.find((p) => !this.pathway || p.id === this.pathway);
    if (feed && this.pathway && !pathway) this._warn('not-in-feed', `pathway "${this.pathway}"`, 'not in the feed');
    const steps: Shown[] = [
      ...baseline().map((step) => ({ ...step, _own: true })),
      ...(pathway?.steps ?? []).map((step) => ({
        ...step,
        actions: step.actions.flatMap((a): (Route | Service)[] => {
          if (a.kind !== 'service') return [a as Route];
          const service = feed!.services.find((s) => s.id === a.value);
          if (!service) this._warn('not-in-feed', `pathway "${pathway!.id}"`, `skipped unknown service "${a.value}"`);
          return service ? [service] : [];
        }),
      })),
    ];
    this._steps = URGENCIES.map((u) => steps.filter((s) => s.urgency === u));
  }

  /**
   * Never blank: when no template can render (a page enforcing Trusted Types with no policy Lit may
   * use), the strip's emergency numbers are built with plain DOM calls, still as links.
   */
  protected override update(changed: PropertyValues): void {
    try {
      super.update(changed);
    } catch {
      // The page's CSP reports what it blocked; what matters here is that 999 is still a link.
      this.renderRoot.replaceChildren(
        ...strip().map(([before, number, after]) => {
          const p = document.createElement('p');
          const a = document.createElement('a');
          a.href = telHref(number)!;
          a.textContent = number;
          p.append(`${before} `, a, after);
          return p;
        }),
      );
    }
  }

  protected override render() {
    if (this.variant === 'strip') {
      // Spaces at the edge of a template go in expressions, where no template minifier setting can drop them.
      return html`<p part="strip">
        ${strip().map(
          ([before, number, after], i) =>
            html`${i ? html`<span aria-hidden="true">${' · '}</span>` : ''}${before}
            ${this._link('call', telHref(number), number)}${after}`,
        )}
      </p>`;
    }
    // Only worth asking when there is local help beyond the urgent tier; an answer given to an
    // earlier feed must not collapse tiers once the question has gone.
    const ask = this._steps.slice(2).some((s) => s.length);
    const open = ask ? (ANSWERS[this.answer ?? -1] ?? ['emergency' as const]) : URGENCIES;
    const answer = this.answer !== undefined && ask && answers()[this.answer];
    const found = ANSWERS[this.answer ?? 0]!.some((u) => this._shown(URGENCIES.indexOf(u), open).some((s) => !s._own));
    return html`<div part="base">
      ${this.heading !== '' ? html`<h2 aria-level=${level(this.headingLevel, 0)}>${this.heading ?? msg('Get help now')}</h2>` : ''} ${this._tier(0, open)}
      ${
        ask
          ? html`<div part="question" role="group" aria-labelledby="q">
            <h3 id="q" aria-level=${level(this.headingLevel, 1)}>${msg('How urgent is it?')}</h3>
            ${answers().map(
              (label, i) =>
                html`<button
                  type="button"
                  aria-pressed=${this.answer === i}
                  aria-controls=${ANSWERS[i]!.join(' ')}
                  @click=${() => this._choose(i)}
                >
                  ${label}
                </button>`,
            )}
            <p role="status">
              ${
                answer
                  ? found
                    ? msg(str`Showing help for "${answer}". The emergency numbers stay at the top.`)
                    : msg(str`No local services are listed for "${answer}". Your GP practice can help.`)
                  : ''
              }
            </p>
          </div>`
          : ''
      }
      ${URGENCIES.slice(1).map((_, i) => this._tier(i + 1, open))}
      ${this.feed.status === TaskStatus.ERROR ? html`<p class="note">${msg('Local services could not be loaded. The numbers above always work.')}</p>` : ''}
      <p part="reviewed">${msg(str`Crisis numbers checked ${formatDay(reviewed)}`)}</p>
    </div>`;
  }

  /**
   * The steps of tier `index` that show while `open` tiers are expanded. The emergency and urgent
   * tiers always show (every crisis route, local ones too); "Right now" keeps, of the local urgent
   * help, only what is open now (or gives no hours). The tiers below wait for an answer.
   */
  private _shown(index: number, open: readonly Urgency[]) {
    const steps = this._steps[index]!;
    if (index > 1) return open.includes(URGENCIES[index]!) ? steps : [];
    if (!index || this.answer !== 0) return steps;
    const now = londonTime(this.now ?? new Date());
    return steps.filter((s) => s._own || s.actions.some((a) => 'kind' in a || !a.hours || isOpen(a.hours, now)));
  }

  private _tier(index: number, open: readonly Urgency[]) {
    const steps = this._shown(index, open);
    return html`<section part=${index ? 'tier' : 'emergency'} id=${URGENCIES[index]!} ?hidden=${!steps.length}>
      <h3 aria-level=${level(this.headingLevel, 1)}>${tiers()[index]}</h3>
      ${steps.map(
        (step) =>
          html`<div class="step ${step._own ? '' : 'local'}" dir="auto">
            <h4 aria-level=${level(this.headingLevel, 2)} lang=${step._own ? nothing : FEED_LANG}>${step.title}</h4>
            ${step.body ? html`<p lang=${step._own ? nothing : FEED_LANG}>${step.body}</p>` : ''}
            <ul>
              ${step.actions.map((a) => html`<li>${'kind' in a ? this._route(a) : this._service(a)}</li>`)}
            </ul>
          </div>`,
      )}
    </section>`;
  }

  private _route({ kind, label, value, hours, body }: Route) {
    const href = kind === 'call' ? telHref(value) : kind === 'text' ? smsHref(value, body) : webHref(value);
    // A link names the host it lands on, as a call names its number: the label is feed text.
    return html`${this._link(kind, href, html`${label} <b>${kind !== 'link' ? value : href ? landing(href) : ''}</b>`)}${
      hours ? html`${' '}<small>${hours}</small>` : ''
    }`;
  }

  private _service(s: Service) {
    const refer = s.selfReferral ? webHref(s.referral?.url) : undefined;
    const phone = s.contact?.phone;
    const hours = openStatus(s.hours, this.now ?? new Date());
    return html`<b lang=${FEED_LANG}>${s.name}</b>${hours ? html`<small>${hours.text}</small>` : ''}
      ${refer ? this._link('referral', refer, html`${msg('Refer yourself')} <b>${landing(refer)}</b>`, s.id) : s.referral?.gp ? html`<span>${msg('Ask your GP')}</span>` : ''}
      ${phone ? this._link('call', telHref(phone), html`${msg('Call')} <b>${phone}</b>`, s.id) : ''}
      ${s.waitingTime ? html`<signpost-waiting-time .data=${s.waitingTime}></signpost-waiting-time>` : ''}`;
  }

  private _link<K extends ActionKind>(kind: K, href: ActionValues[K] | undefined, text: unknown, serviceId?: string) {
    return actionLink(href, text, (h) => this.action(kind, h, serviceId));
  }

  /** Presses an answer (again: releases it) and takes focus to the first action it opened. */
  private async _choose(i: number) {
    if ((this.answer = this.answer === i ? undefined : i) === undefined) return;
    await this.updateComplete;
    // Nothing opened (no local help of that urgency): focus stays on the button and the status says why.
    // "Right now" goes to 999; the others to the first local help they opened, or the first link of their tier.
    const tiers = ANSWERS[i]!.map((u) => `#${u}:not([hidden])`);
    const first = (within: string) => this.renderRoot.querySelector<HTMLElement>(tiers.map((t) => `${t} ${within}`).join());
    ((i && first('.local a')) || first('a'))?.focus();
  }
}
