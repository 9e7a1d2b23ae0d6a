import { html, isServer, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { TaskStatus } from '@lit/task';
import { SignpostElement } from '../internal/element.js';
import type { ActionKind, ActionValues } from '../internal/events.js';
import type { Feed } from '../feed/schema.js';
import { londonTime } from '../time/dates.js';
import { tokens } from '../internal/theme.js';
import { controls } from '../internal/controls.js';
import { parsePostcode, tidyCode } from '../feed/postcode.js';
import { buildIndex, byDistance, filter, fold, narrows, words, type Entry, type Filters } from './filter.js';
import { sortCategories } from './labels.js';
import { locale, msg, plural } from '../i18n/localize.js';
import { card, type CardHost } from './card.js';
import { form, type FormHost, type Note } from './form.js';
import { crisis } from './synonyms.js';
import { level } from '../internal/heading.js';
import { NONE, readChoice, split, writeChoice, type Choice } from './choice.js';
import { LocationController } from './location.js';
import { styles } from './service-finder.styles.js';

const strip = html`<signpost-get-help variant="strip"></signpost-get-help>`;

/**
 * @tagname signpost-service-finder
 * @summary Finds local mental-health services: search, filters, postcode, and cards with phone numbers and self-referral links.
 *
 * @fires {CustomEvent<LoadedDetail>} signpost-loaded - The feed loaded and validated. `detail`: `{ endpoint, services }`.
 * @fires {CustomEvent<ErrorDetail>} signpost-error - The feed could not be loaded or is invalid. `detail`: `{ endpoint, message }`.
 * @fires {CustomEvent<IssueDetail>} signpost-issue - No endpoint, a geocoder refused, or a problem in the feed it loaded. Cancelable: `preventDefault()` keeps it from the console. `detail`: `{ record, path, code, message }`.
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
export class SignpostServiceFinder extends SignpostElement implements CardHost, FormHost {
  // Lit's static properties, not decorators: no decorator runtime in the bundle.
  static override properties: PropertyDeclarations = {
    categories: {},
    pageSize: { type: Number, attribute: 'page-size' },
    geocoder: {},
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    synonyms: { type: Object },
    syncUrl: { type: Boolean, attribute: 'sync-url' },
    syncUrlFields: { attribute: 'sync-url-fields' },
    choice: { state: true },
    shown: { state: true },
    said: { state: true },
    filters: { state: true },
  };

  static override styles = [tokens, controls, styles];

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

  /** The level of the heading in the page's outline, 2 to 6 (cards' headings one below). Default 2. */
  declare headingLevel?: number;

  /** More words people use for a category, as JSON: `{"peer-support": "hearing voices"}`. Added to the shipped list. */
  declare synonyms?: Record<string, string>;

  /**
   * Mirror the filters in the page URL (`signpost-*` parameters), for sharing and the back button.
   * The search words and the postcode stay out of it unless `sync-url-fields` names them.
   */
  syncUrl = false;

  /** With `sync-url`, the free-text fields the URL may also hold: `search`, `postcode` or both (space-separated). */
  declare syncUrlFields?: string;

  private choice = NONE;
  /** Results shown; 0 is one page. */
  private shown = 0;
  /** The count as announced, which lags while typing. */
  private said = '';
  /** The filters are showing (on a narrow screen; a wide one always shows them). */
  private filters = false;

  private _location = new LocationController(this, this._issue);
  /** @internal Services whose description is shown in full. */
  _expanded = new Set<string>();
  private _indexed?: Feed;
  private _indexLocale?: string;
  private _index: Entry[] = [];
  private _options: string[] = [];
  /** The last filters and what they matched, before sorting by distance. */
  private _last?: Filters;
  private _matched: Entry[] = [];
  private _results: Entry[] = [];
  private _typing = false;
  private _timer?: ReturnType<typeof setTimeout>;
  private _warned = false;
  /** Every postcode district some service lists: a postcode outside them is outside the directory's area. */
  private _districts = new Set<string>();
  /** The search says someone may be in danger now. */
  private _danger = false;

  /** @internal */
  get _from() {
    return this._location.from;
  }

  /** Why distances are not shown, or that the postcode is outside the directory's area, which says more. */
  private get _note(): Note {
    const district = parsePostcode(this.choice.postcode)?.district;
    return district && this._districts.size && !this._districts.has(district) ? 'area' : this._location.note;
  }

  private get _fixed() {
    return split(this.categories).length > 0;
  }

  private get _size() {
    return Math.max(1, Math.floor(this.pageSize) || 10);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('popstate', this._onPop);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('popstate', this._onPop);
    clearTimeout(this._timer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('syncUrl') && this.syncUrl) this._apply(readChoice(this.syncUrlFields));
    const feed = this.feed.status === TaskStatus.COMPLETE ? this.feed.value : undefined;
    if (!feed) {
      // Said once, here and not in render(): a finder with nothing to read is a mistake in the page.
      // Asked of the settings, not the task, which starts only after this and so reads as complete and empty.
      if (!this._feedEndpoint && !isServer && !this._warned) {
        this._warned = true;
        this._warn('no-feed', '<signpost-service-finder>', 'no endpoint (set its endpoint attribute, or use <signpost-provider>)');
      }
      return;
    }
    // Category names are searched in the element's language.
    if (feed !== this._indexed || locale() !== this._indexLocale || changed.has('synonyms')) {
      this._indexed = feed;
      this._indexLocale = locale();
      this._index = buildIndex(feed.services, this.synonyms ?? undefined);
      this._districts = new Set(feed.services.flatMap((s) => s.coverage?.postcodeDistricts ?? []).map(tidyCode));
      this._last = undefined;
      this._options = sortCategories(new Set(feed.services.flatMap((s) => s.categories)));
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
      practice: this._practiceCode,
      district: parsePostcode(c.postcode)?.district,
    };
    const results = (this._matched = filter(this._last && narrows(this._last, f) ? this._matched : this._index, f));
    this._last = f;
    this._danger = crisis(fold(c.q));
    // Crisis words ("I want to kill myself"): the crisis services the other filters allow come first,
    // whatever else the words matched, and even when nothing else did.
    const first = this._danger ? filter(this._index, { ...f, words: [], categories: ['crisis'] }) : [];
    const near = (list: Entry[]) => (this._from ? byDistance(list, this._from) : list);
    this._results = [...near(first), ...near(results.filter((e) => !first.includes(e)))];
    const n = this._results.length;
    const text = !this._index.length
      ? msg('No services are listed in this directory yet.')
      : n
        ? plural(n, msg('one {# service} other {# services}'))
        : msg('No services match');
    // Announce once typing pauses, not on every keystroke.
    clearTimeout(this._timer);
    if (text !== this.said) {
      if (this._typing) this._timer = setTimeout(() => (this.said = text), 500);
      else this.said = text;
    }
    this._typing = false;
  }

  protected override updated(): void {
    // "Read more" only where the description is really cut, measured now it is laid out.
    for (const more of this.renderRoot.querySelectorAll<HTMLElement>('.more')) {
      const text = more.previousElementSibling!;
      more.hidden = more.getAttribute('aria-expanded') === 'false' && text.scrollHeight <= text.clientHeight + 2;
    }
  }

  protected override render() {
    const { status, value: feed } = this.feed;
    // On a server nothing loads: the markup shows loading (isServer is false in a browser build).
    const done = !isServer && status === TaskStatus.COMPLETE;
    const failed = status === TaskStatus.ERROR || (done && !feed);
    const ready = done && !!feed;
    const said = html`<p role="status" part="status">
      ${failed ? msg('Service information is not available right now.') : ready ? this.said : msg('Loading services')}
      ${ready && feed.incomplete ? msg('This list is incomplete.') : nothing}
    </p>`;
    return html`
      ${
        this.heading !== ''
          ? html`<h2 part="heading" aria-level=${level(this.headingLevel, 0)}>${this.heading ?? msg('Find mental health support')}</h2>`
          : nothing
      }
      ${ready && this._index.length ? form(this, this.choice, this._note, this._fixed ? undefined : this._options, this.filters, said) : said}
      ${failed ? strip : ready ? this._list() : this._skeleton()}
    `;
  }

  private _skeleton() {
    return html`<ul class="list" aria-hidden="true">
      <li class="skeleton"></li>
      <li class="skeleton"></li>
      <li class="skeleton"></li>
    </ul>`;
  }

  private _list() {
    const page = this._results.slice(0, this.shown || this._size);
    if (!this._index.length) return strip;
    if (!page.length) {
      return html`<div part="empty">
        <p>${msg('Try a different search, or fewer filters.')}</p>
        <p><button type="button" @click=${this._clear}>${msg('Clear filters')}</button></p>
        ${strip}
      </div>`;
    }
    return html`${this._danger ? strip : nothing}<ul class="list" part="list">
        ${page.map((e, i) => card(this, e.service, i, level(this.headingLevel, 1), e.elsewhere))}
      </ul>
      ${page.length < this._results.length ? html`<button type="button" part="more" @click=${this._more}>${msg('Show more')}</button>` : nothing}`;
  }

  private _onPop = () => this.syncUrl && this._apply(readChoice(this.syncUrlFields));

  /** Applies a choice; `push` says how to record it in the URL (a discrete change or typing), if at all. */
  private _apply(choice: Choice, push?: boolean) {
    const moved = choice.postcode !== this.choice.postcode;
    this.choice = choice;
    this.shown = 0;
    this._typing = push === false;
    if (push !== undefined && this.syncUrl) writeChoice(choice, push, this.syncUrlFields);
    if (moved) this._location.postcode(choice.postcode);
  }

  /** @internal */
  _set(patch: Partial<Choice>, push = true) {
    this._apply({ ...this.choice, ...patch }, push);
  }

  /** @internal */
  _submit(e: Event) {
    e.preventDefault();
    // Enter in the postcode box applies it even before a change event.
    this._set({ postcode: this.renderRoot.querySelector<HTMLInputElement>('#pc')!.value });
  }

  /** @internal */
  _locate() {
    this._location.locate(() => (this.shown = 0));
  }

  private async _more() {
    const first = Math.max(this.shown, this._size);
    this.shown = first + this._size;
    await this.updateComplete;
    this.renderRoot.querySelectorAll('h3')[first]?.focus();
  }

  private async _clear() {
    this._apply({ ...NONE }, true);
    await this.updateComplete;
    this.renderRoot.querySelector('input')?.focus();
  }

  /** @internal */
  _toggleFilters() {
    this.filters = !this.filters;
  }

  /** @internal */
  _toggle(id: string) {
    if (!this._expanded.delete(id)) this._expanded.add(id);
    this.requestUpdate();
  }

  /** @internal */
  _report<K extends ActionKind>(kind: K, href: ActionValues[K], serviceId: string) {
    this.action(kind, href, serviceId);
  }
}
