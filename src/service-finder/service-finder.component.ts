import { html, isServer, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { TaskStatus } from '@lit/task';
import { SignpostElement } from '../element.js';
import { deadline } from '../feed/loader.js';
import type { ActionKind } from '../events.js';
import { DELIVERY, type Feed, type Service } from '../feed/schema.js';
import { londonTime } from '../format.js';
import { openStatus } from '../hours.js';
import { tokens } from '../theme.js';
import { mailHref, smsHref, telHref, webHref } from '../url.js';
import { buildIndex, byDistance, filter, miles, narrows, parsePostcode, words, type Entry, type Filters, type Point } from './filter.js';
import { categoryLabel, deliveryLabel, languageLabel, sortCategories } from './labels.js';
import { locale, msg, plural, str } from '../localize.js';
import { styles } from './service-finder.styles.js';

/** What a person has asked for; each key is also a `signpost-<key>` URL parameter. */
interface Choice {
  q: string;
  category: string[];
  self: boolean;
  open: boolean;
  age: string;
  delivery: string[];
  postcode: string;
}
const NONE: Choice = { q: '', category: [], self: false, open: false, age: '', delivery: [], postcode: '' };

const strip = html`<signpost-get-help variant="strip"></signpost-get-help>`;
const split = (value: string | undefined) => (value ? value.split(',').map((x) => x.trim()).filter(Boolean) : []);
const target = (e: Event) => e.target as HTMLInputElement;

const ages = ({ min = 0, max }: NonNullable<Service['ages']>) =>
  max === undefined
    ? min
      ? msg(str`Ages ${min} and over`)
      : ''
    : min
      ? min === max
        ? msg(str`Age ${min}`)
        : msg(str`Ages ${min} to ${max}`)
      : msg(str`Up to ${max}`);

/**
 * @tagname signpost-service-finder
 * @summary Finds local mental-health services: search, filters, postcode, and cards with phone numbers and self-referral links.
 *
 * @fires {CustomEvent<LoadedDetail>} signpost-loaded - The feed loaded and validated. `detail`: `{ endpoint, services }`.
 * @fires {CustomEvent<ErrorDetail>} signpost-error - The feed could not be loaded or is invalid. `detail`: `{ endpoint, message }`.
 * @fires {CustomEvent<ActionDetail>} signpost-action - A call, text, email, website or referral link was clicked. `detail`: `{ widget: 'service-finder', kind, value, serviceId }`.
 *
 * @csspart heading - The heading.
 * @csspart form - The search form with its filters.
 * @csspart status - The result count, loading and not-available message, announced to screen readers.
 * @csspart list - The list of result cards.
 * @csspart card - One service.
 * @csspart more - The "Show more" button.
 * @csspart empty - What shows when nothing matches: the "Clear filters" button and the crisis strip.
 *
 * @cssprop --signpost-color-primary - Links, buttons and checkboxes.
 * @cssprop --signpost-color-text - Text and input borders.
 * @cssprop --signpost-color-text-secondary - Organisation names and notes.
 * @cssprop --signpost-color-background - Cards and inputs.
 * @cssprop --signpost-color-surface - Category tags and loading placeholders.
 * @cssprop --signpost-color-border - Card borders.
 * @cssprop --signpost-color-focus - Focus highlight.
 * @cssprop --signpost-color-success - "Refer yourself" button and "Open now".
 * @cssprop --signpost-color-emergency - Postcode error message.
 * @cssprop --signpost-font-family
 * @cssprop --signpost-font-size
 * @cssprop --signpost-radius
 * @cssprop --signpost-space
 */
export class SignpostServiceFinder extends SignpostElement {
  // Lit's static properties, not decorators: no decorator runtime in the bundle.
  static override properties: PropertyDeclarations = {
    categories: {},
    pageSize: { type: Number, attribute: 'page-size' },
    geocoder: {},
    heading: {},
    syncUrl: { type: Boolean, attribute: 'sync-url' },
    choice: { state: true },
    from: { state: true },
    note: { state: true },
    shown: { state: true },
    said: { state: true },
  };

  protected readonly widget = 'service-finder';

  /** Comma-separated category ids: only these are shown, and the category filter is hidden. */
  declare categories?: string;

  /** Results shown at first and added by each "Show more". */
  pageSize = 10;

  /**
   * URL template with `{postcode}` answering like postcodes.io (`{ result: { latitude, longitude } }`),
   * to sort by distance. https: or this site only. Without it, a postcode is never sent anywhere.
   */
  declare geocoder?: string;

  /** The heading (an h2). Default: "Find mental health support", in the element's language. Empty for none. */
  declare heading?: string;

  /** Mirror the search and filters in the page URL (`signpost-*` parameters), for sharing and the back button. */
  syncUrl = false;

  private choice = NONE;
  private declare from?: Point;
  /** Why distances are not shown, when asked for. */
  private note: '' | 'distances' | 'location' = '';
  /** Results shown; 0 is one page. */
  private shown = 0;
  /** The count as announced, which lags while typing. */
  private said = '';

  private expanded = new Set<string>();
  private indexed?: Feed;
  private indexLocale?: string;
  private index: Entry[] = [];
  private options: string[] = [];
  /** The last filters and what they matched, before sorting by distance. */
  private last?: Filters;
  private matched: Entry[] = [];
  private results: Entry[] = [];
  private typing = false;
  private timer?: ReturnType<typeof setTimeout>;
  private geocoding = 0;
  private warned = false;

  static override styles = [tokens, styles];

  private onPop = () => this.syncUrl && this.read();

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('popstate', this.onPop);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('popstate', this.onPop);
    clearTimeout(this.timer);
  }

  private read() {
    const params = new URL(location.href).searchParams;
    const choice: Record<string, unknown> = {};
    for (const [key, none] of Object.entries(NONE)) {
      const value = params.get(`signpost-${key}`) ?? '';
      choice[key] = none === false ? value === '1' : Array.isArray(none) ? split(value) : value;
    }
    this.apply(choice as unknown as Choice);
  }

  /** Applies a choice; `push` says how to record it in the URL (a discrete change or typing), if at all. */
  private apply(choice: Choice, push?: boolean) {
    const moved = choice.postcode !== this.choice.postcode;
    this.choice = choice;
    this.shown = 0;
    this.typing = push === false;
    if (push !== undefined && this.syncUrl) {
      const url = new URL(location.href);
      for (const [key, value] of Object.entries(choice)) {
        const text = String(value === true ? 1 : value || '');
        if (text) url.searchParams.set(`signpost-${key}`, text);
        else url.searchParams.delete(`signpost-${key}`);
      }
      if (url.href !== location.href) history[push ? 'pushState' : 'replaceState'](history.state, '', url);
    }
    if (moved) this.geocode();
  }

  private set(patch: Partial<Choice>, push = true) {
    this.apply({ ...this.choice, ...patch }, push);
  }

  private async geocode() {
    const id = ++this.geocoding;
    const pc = parsePostcode(this.choice.postcode);
    this.from = undefined;
    this.note = '';
    if (!pc || !this.geocoder) return;
    const url = new URL(this.geocoder.replace('{postcode}', encodeURIComponent(pc.postcode)), document.baseURI);
    if (url.protocol !== 'https:' && url.origin !== location.origin) {
      return console.warn('Signpost: the geocoder must be an https: URL or on this site.');
    }
    let from: Point | undefined;
    try {
      const response = await fetch(url, { credentials: 'omit', signal: deadline(8000) });
      const { latitude: lat, longitude: lng } = (await response.json()).result;
      if (response.ok && Number.isFinite(lat) && Number.isFinite(lng)) from = { lat, lng };
    } catch {
      // Reported below, like any other answer without a location.
    }
    if (id !== this.geocoding) return;
    this.from = from;
    this.note = from ? '' : 'distances';
  }

  private locate() {
    // Like a geocoder answer, a location that arrives after a newer postcode is dropped.
    const id = ++this.geocoding;
    this.note = '';
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        if (id !== this.geocoding) return;
        this.from = { lat: coords.latitude, lng: coords.longitude };
        this.shown = 0;
      },
      () => id === this.geocoding && (this.note = 'location'),
      { timeout: 15000, maximumAge: 600000 },
    );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('syncUrl') && this.syncUrl) this.read();
    const feed = this.feed.status === TaskStatus.COMPLETE ? this.feed.value : undefined;
    if (!feed) return;
    // Category names are searched in the element's language.
    if (feed !== this.indexed || locale() !== this.indexLocale) {
      this.indexed = feed;
      this.indexLocale = locale();
      this.index = buildIndex(feed.services);
      this.last = undefined;
      this.options = sortCategories(new Set(feed.services.flatMap((s) => s.categories)));
    }
    const c = this.choice;
    const fixed = split(this.categories);
    const f: Filters = {
      words: words(c.q),
      categories: fixed.length ? fixed : c.category,
      self: c.self,
      open: c.open ? londonTime(this.now ?? new Date()) : undefined,
      age: /^\d{1,3}$/.test(c.age) ? +c.age : undefined,
      delivery: c.delivery,
      practice: this.practiceCode,
      district: parsePostcode(c.postcode)?.district,
    };
    const results = (this.matched = filter(this.last && narrows(this.last, f) ? this.matched : this.index, f));
    this.last = f;
    this.results = this.from ? byDistance(results, this.from) : results;
    const n = results.length;
    const text = n ? plural(n, msg('one {# service} other {# services}')) : msg('No services match');
    // Announce once typing pauses, not on every keystroke.
    clearTimeout(this.timer);
    if (text !== this.said) {
      if (this.typing) this.timer = setTimeout(() => (this.said = text), 500);
      else this.said = text;
    }
    this.typing = false;
  }

  protected override render() {
    const { status, value: feed } = this.feed;
    // On a server nothing loads: the markup shows loading (isServer is false in a browser build).
    const done = !isServer && status === TaskStatus.COMPLETE;
    const ready = done && feed;
    if (done && !feed && !this.warned) {
      this.warned = true;
      console.warn('Signpost: <signpost-service-finder> has no endpoint (set its endpoint attribute, or use <signpost-provider>).');
    }
    const failed = status === TaskStatus.ERROR || (done && !feed);
    const page = this.results.slice(0, this.shown || this.size);
    return html`
      ${this.heading !== '' ? html`<h2 part="heading">${this.heading ?? msg('Find mental health support')}</h2>` : nothing}
      ${ready ? this.form() : nothing}
      <p role="status" part="status">${failed ? msg('Service information is not available right now.') : ready ? this.said : msg('Loading services')}</p>
      ${failed
        ? strip
        : !ready
          ? html`<ul class="list" aria-hidden="true">
              <li class="skeleton"></li>
              <li class="skeleton"></li>
              <li class="skeleton"></li>
            </ul>`
          : page.length
            ? html`<ul class="list" part="list">
                  ${page.map((e, i) => this.card(e.service, i))}
                </ul>
                ${page.length < this.results.length
                  ? html`<button type="button" part="more" @click=${this.more}>${msg('Show more')}</button>`
                  : nothing}`
            : html`<div part="empty">
                <p>${msg('Try a different search, or fewer filters.')}</p>
                <p><button type="button" @click=${this.clear}>${msg('Clear filters')}</button></p>
                ${strip}
              </div>`}
    `;
  }

  private get size() {
    return Math.max(1, Math.floor(this.pageSize) || 10);
  }

  private async more() {
    const first = Math.max(this.shown, this.size);
    this.shown = first + this.size;
    await this.updateComplete;
    this.renderRoot.querySelectorAll('h3')[first]?.focus();
  }

  private async clear() {
    this.apply({ ...NONE }, true);
    await this.updateComplete;
    this.renderRoot.querySelector('input')?.focus();
  }

  private form() {
    const c = this.choice;
    const bad = !!c.postcode.trim() && !parsePostcode(c.postcode);
    const described = [bad && 'pc-error', this.note && 'pc-note'].filter(Boolean).join(' ');
    const check = (label: string, on: boolean, change: (on: boolean) => void) =>
      html`<label class="check"><input type="checkbox" .checked=${on} @change=${(e: Event) => change(target(e).checked)} />${label}</label>`;
    const group = (legend: string, key: 'category' | 'delivery', ids: readonly string[], label: (id: string) => string) =>
      html`<fieldset>
        <legend>${legend}</legend>
        ${ids.map((id) =>
          check(label(id), c[key].includes(id), (on) => {
            const now = this.choice[key].filter((x) => x !== id);
            this.set({ [key]: on ? [...now, id] : now });
          }),
        )}
      </fieldset>`;
    return html`<form role="search" aria-label=${msg('Services')} part="form" @submit=${this.submit}>
      <div class="field">
        <label for="q">${msg('Search')}</label>
        <input id="q" type="search" autocomplete="off" .value=${c.q} @input=${(e: Event) => this.set({ q: target(e).value }, false)} />
      </div>
      <div class="field">
        <label for="pc">${msg('Your postcode')}</label>
        <div class="row">
          <input
            id="pc"
            autocomplete="postal-code"
            .value=${c.postcode}
            aria-invalid=${bad}
            aria-describedby=${described || nothing}
            @change=${(e: Event) => this.set({ postcode: target(e).value })}
          />
          ${navigator.geolocation ? html`<button type="button" @click=${this.locate}>${msg('Use my location')}</button>` : nothing}
        </div>
        ${bad ? html`<p id="pc-error" class="error">${msg('This is not a UK postcode. Try one like LS6 1AA.')}</p>` : nothing}
        ${this.note
          ? html`<p id="pc-note" class="hint" role="alert">${this.note === 'location'
              ? msg('Your location is not available. You can enter a postcode instead.')
              : msg('Distances are not available right now.')}</p>`
          : nothing}
      </div>
      ${split(this.categories).length ? nothing : group(msg('Type of support'), 'category', this.options, categoryLabel)}
      <fieldset>
        <legend>${msg('Show only')}</legend>
        ${check(msg('I can refer myself'), c.self, (self) => this.set({ self }))}
        ${check(msg('Open now'), c.open, (open) => this.set({ open }))}
      </fieldset>
      <div class="field">
        <label for="age">${msg('Your age')}</label>
        <input id="age" type="number" inputmode="numeric" min="0" max="130" .value=${c.age} @input=${(e: Event) => this.set({ age: target(e).value }, false)} />
      </div>
      ${group(msg('How you want to be helped'), 'delivery', DELIVERY, (d) => deliveryLabel(d as (typeof DELIVERY)[number]))}
    </form>`;
  }

  private submit(e: Event) {
    e.preventDefault();
    // Enter in the postcode box applies it even before a change event.
    this.set({ postcode: this.renderRoot.querySelector<HTMLInputElement>('#pc')!.value });
  }

  private link(kind: ActionKind, href: string | undefined, text: string, s: Service, cls?: string) {
    return href
      ? html`<a class=${cls ?? nothing} href=${href} dir="auto" @click=${() => this.action(kind, href, s.id)}>${text}</a>`
      : html`<bdi>${text}</bdi>`;
  }

  private card(s: Service, i: number) {
    const { referral: r = {}, contact: c = {}, location: l = {}, selfReferral: self } = s;
    const hours = openStatus(s.hours, this.now ?? new Date());
    const away = this.from && miles(s, this.from);
    const long = (s.description?.length ?? 0) > 60;
    const open = this.expanded.has(s.id);
    /** A paragraph when there is something to say; most are feed text, hence dir="auto". */
    const p = (text: unknown, cls?: string) => (text ? html`<p class=${cls || nothing} dir="auto">${text}</p>` : nothing);
    const line = (label: string, kind: ActionKind, value: string | undefined, href: (value: string) => string | undefined, text = value) =>
      value ? p(html`${label}: ${this.link(kind, href(value), text!, s)}`) : nothing;
    return html`<li>
      <article part="card">
        <h3 tabindex="-1" dir="auto">${s.name}</h3>
        ${p(s.organisation, 'org')}
        ${s.description ? html`<p id="d${i}" class=${long && !open ? 'clip' : ''} dir="auto">${s.description}</p>` : nothing}
        ${long
          ? html`<button type="button" class="more" aria-expanded=${open} aria-controls="d${i}" @click=${() => this.toggle(s.id)}>
              ${open ? msg('Read less') : msg('Read more')}
            </button>`
          : nothing}
        ${s.categories.length
          ? html`<ul class="tags" aria-label=${msg('Categories')}>
              ${s.categories.map((id) => html`<li>${categoryLabel(id)}</li>`)}
            </ul>`
          : nothing}
        ${p(s.ages && ages(s.ages))}
        ${self && r.url
          ? p(this.link('referral', webHref(r.url), webHref(r.url) ? msg('Refer yourself') : msg(str`Refer yourself online: ${r.url}`), s, 'refer'))
          : nothing}
        ${line(msg('Refer yourself by phone'), 'referral', self ? r.phone : undefined, telHref)}
        ${p(r.gp && (self ? msg('You can also ask your GP to refer you.') : msg('Ask your GP to refer you.')))}
        ${p(r.notes)}
        ${line(msg('Phone'), 'call', c.phone, telHref)}
        ${line(msg('Text'), 'text', c.text, smsHref)}
        ${line(msg('Email'), 'email', c.email, mailHref)}
        ${line(msg('Website'), 'link', c.website, (url) => webHref(url, true), c.website?.replace(/^https?:\/\/|\/$/g, ''))}
        ${p([l.address, l.postcode].filter(Boolean).join(', '))}
        ${p(away !== undefined && msg(str`${away.toFixed(1)} miles away`))}
        ${p(s.delivery?.length && msg(str`How: ${s.delivery.map(deliveryLabel).join(', ')}`))}
        ${p(hours?.text, hours?.open ? 'open' : '')}
        ${p(s.hours?.note)}
        ${p(s.languages?.length && msg(str`Languages: ${s.languages.map(languageLabel).join(', ')}`))}
        ${s.waitingTime != null ? html`<signpost-waiting-time .data=${s.waitingTime} .now=${this.now}></signpost-waiting-time>` : nothing}
      </article>
    </li>`;
  }

  private toggle(id: string) {
    if (!this.expanded.delete(id)) this.expanded.add(id);
    this.requestUpdate();
  }
}
