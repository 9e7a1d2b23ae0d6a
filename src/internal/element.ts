import { LitElement, isServer, type PropertyDeclarations } from 'lit';
import { ContextConsumer } from '@lit/context';
import { Task } from '@lit/task';
import { settingsContext, type SignpostSettings } from './context.js';
import { loadFeed } from '../feed/loader.js';
import { report, toConsole, type Feed, type IssueCode, type OnIssue } from '../feed/schema.js';
import { emit, type ActionDetail, type ActionKind, type ActionValues } from './events.js';
import { inLocale, locale, LOCALE_EVENT } from '../i18n/localize.js';

// Every connected element and provider: a language arriving late, or a lang attribute changing,
// re-renders each one, and a provider defined after them is asked for again.
const live = new Set<SignpostBase>();
// In Node (server rendering) there is no window to listen on; in a browser build isServer is false.
if (!isServer) {
  addEventListener(LOCALE_EVENT, () => live.forEach((element) => element.requestUpdate()));
  // A provider upgraded after the elements inside it (an entry imported before provider.js): their
  // request went unanswered, so they ask again and the nearest provider answers.
  addEventListener('context-provider', () => live.forEach((element) => element._consumer.hostConnected()));
}

/**
 * What `<signpost-provider>` and every feed-reading element share: the settings (an element's own
 * win over its provider's), the feed controller ("settings -> load -> signpost-loaded or
 * signpost-error", a load the element has moved on from saying nothing) and the clock.
 *
 * @fires {CustomEvent<LoadedDetail>} signpost-loaded - The feed loaded and validated. `detail`: `{ endpoint, services }`.
 * @fires {CustomEvent<ErrorDetail>} signpost-error - The feed could not be loaded or is invalid. `detail`: `{ endpoint, message }`.
 * @fires {CustomEvent<IssueDetail>} signpost-issue - A problem in the feed this element loaded, or in how the page set it up. Cancelable: `preventDefault()` keeps it from the console. `detail`: `{ record, path, code, message }`.
 */
export abstract class SignpostBase extends LitElement {
  // Lit's static properties, not decorators: no decorator runtime in the bundle.
  static override properties: PropertyDeclarations = {
    endpoint: {},
    practice: {},
    format: {},
    // Objects are properties only: no JSON in attributes to parse, and nothing for a framework to stringify.
    categoryMap: { attribute: false },
    now: { attribute: false },
  };

  /** URL of the feed v1 JSON. An element's own overrides its provider's. */
  declare endpoint?: string;

  /** GP practice ODS code, e.g. "B82005". An element's own overrides its provider's. */
  declare practice?: string;

  /** `openreferral` to read an Open Referral UK / HSDS directory (load signpost-openreferral.js too). */
  declare format?: string;

  /**
   * Open Referral taxonomy terms mapped to Signpost categories: `{"hearing voices": "peer-support"}`
   * (property only). An equal object set again loads nothing.
   */
  declare categoryMap?: Record<string, string>;

  /** The clock, for tests and previews (property only). Default: the real time at render. */
  declare now?: Date;

  /**
   * Settings from a surrounding <signpost-provider>, if any. Not a reactive property: the consumer
   * asks for an update whenever the provider gives them.
   */
  private _settings: SignpostSettings = {};

  /**
   * A controller rather than the @consume decorator: the same plumbing for fewer bytes.
   * @internal
   */
  readonly _consumer = new ContextConsumer(this, { context: settingsContext, subscribe: true, callback: (settings) => (this._settings = settings) });

  /**
   * The feed address: `{practice}` in an endpoint (one static file per practice, from `signpost-feed
   * publish`) becomes the practice's ODS code. Undefined when it needs a practice and has none.
   */
  protected get _feedEndpoint(): string | undefined {
    const endpoint = this.endpoint || this._settings.endpoint;
    const code = this._practiceCode;
    return endpoint?.includes('{practice}') ? code && endpoint.replace('{practice}', encodeURIComponent(code)) : endpoint || undefined;
  }

  protected get _practiceCode(): string | undefined {
    return (this.practice || this._settings.practice)?.trim().toUpperCase() || undefined;
  }

  /** A setting: this element's own, else its provider's (timeout, maxBytes and maxPages are the provider's attributes only). */
  private _setting<K extends 'format' | 'categoryMap' | 'timeout' | 'maxBytes' | 'maxPages'>(key: K): SignpostSettings[K] {
    return (this as unknown as SignpostSettings)[key] ?? this._settings[key];
  }

  /** The feed controller. Resolves to undefined when no endpoint is set: elements that can work without a feed do. */
  protected feed = new Task(this, {
    task: async ([endpoint, format, , timeout, maxBytes, maxPages], { signal }): Promise<Feed | undefined> => {
      if (!endpoint) return undefined;
      try {
        // The loader shares one request per endpoint, so this is the provider's own load when they match.
        const feed = await loadFeed(endpoint, { format, categoryMap: this._setting('categoryMap'), timeout, maxBytes, maxPages, onIssue: this._issue });
        // A load the element has moved on from says nothing (the task drops its result too).
        if (!signal.aborted) emit(this, 'signpost-loaded', { endpoint, services: feed.services.length });
        return feed;
      } catch (error) {
        if (!signal.aborted) emit(this, 'signpost-error', { endpoint, message: (error as Error).message });
        throw error;
      }
    },
    // The settings only matter with an endpoint: without one, a provider's arriving is no reason to run.
    // The category map goes in as JSON, so an equal object (a framework re-render) is no change.
    args: () => {
      const endpoint = this._feedEndpoint;
      return endpoint
        ? ([
            endpoint,
            this._setting('format'),
            JSON.stringify(this._setting('categoryMap')),
            this._setting('timeout'),
            this._setting('maxBytes'),
            this._setting('maxPages'),
          ] as const)
        : ([] as const);
    },
    // Start complete with no feed, as after a run with no endpoint: an element that never has one
    // (a badge given its data, the strip) then updates once instead of again for an empty run.
    initialValue: undefined,
  });

  /** Tells the page of a problem, as a signpost-issue event; the console says it unless a listener took it. */
  protected _issue: OnIssue = (issue, line) => emit(this, 'signpost-issue', issue, true) && toConsole(issue, line);

  // Server-rendered markup is replaced, not rendered beside, unless Lit's hydration support (which
  // this copy of Lit then uses) adopts it: the CDN bundle over a statically rendered page.
  protected override createRenderRoot() {
    if (!(globalThis as { litElementHydrateSupport?: unknown }).litElementHydrateSupport) this.shadowRoot?.replaceChildren();
    return super.createRenderRoot();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    live.add(this);
    // Moved into another part of the page, it may be in another language.
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    live.delete(this);
  }
}

/** What every Signpost element with something to show shares: updates in its own language and the action event. */
export abstract class SignpostElement extends SignpostBase {
  /** Element name used in `signpost-action` events. */
  protected abstract readonly widget: string;

  // An update runs synchronously, willUpdate() to updated(): every msg() in it answers in this element's language.
  protected override performUpdate(): void {
    inLocale(this, () => {
      super.performUpdate();
      // Say which language the text is in (WCAG 3.1.2): it may not be the page's, as when the page is
      // in a language with no catalogue, so a screen reader picks the right voice.
      for (const child of this.renderRoot.children) child.setAttribute('lang', locale());
    });
  }

  /** A problem of this element's own: whose (`record`) and what. */
  protected _warn(code: IssueCode, record: string, message: string): void {
    report(this._issue, { record, path: '', code, message });
  }

  /** Announces a click on a contact route so a host can count it in its own analytics. */
  protected action<K extends ActionKind>(kind: K, value: ActionValues[K], serviceId?: string): void {
    // The compiler checks the pair at each call; it cannot follow a generic K into the union, hence the cast.
    emit(this, 'signpost-action', { widget: this.widget, kind, value, ...(serviceId ? { serviceId } : {}) } as ActionDetail);
  }
}
