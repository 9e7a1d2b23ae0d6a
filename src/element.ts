import { LitElement, type PropertyDeclarations } from 'lit';
import { ContextConsumer } from '@lit/context';
import { Task } from '@lit/task';
import { settingsContext, type SignpostSettings } from './context.js';
import { loadFeed } from './feed/loader.js';
import type { Feed } from './feed/schema.js';
import { emit, type ActionKind } from './events.js';
import { inLocale, locale, LOCALE_EVENT } from './localize.js';

// Every connected element, so a language arriving late, or a lang attribute changing, re-renders each one.
const live = new Set<SignpostElement>();
addEventListener(LOCALE_EVENT, () => live.forEach((element) => element.requestUpdate()));

/**
 * What every feed-reading element shares: its own `endpoint` and `practice` (which win over a
 * provider's), the feed task, and the loaded/error events.
 *
 * @fires signpost-loaded - The feed loaded and validated. `detail`: `{ endpoint, services }`.
 * @fires signpost-error - The feed could not be loaded or is invalid. `detail`: `{ endpoint, message }`.
 */
export abstract class SignpostElement extends LitElement {
  // Lit's static properties, not decorators: no decorator runtime in the bundle.
  static override properties: PropertyDeclarations = {
    endpoint: {},
    practice: {},
    format: {},
    categoryMap: { type: Object, attribute: 'category-map' },
    settings: { state: true },
  };

  /** URL of the feed v1 JSON. Overrides a surrounding provider's. */
  declare endpoint?: string;

  /** GP practice ODS code, e.g. "B82005". Overrides a surrounding provider's. */
  declare practice?: string;

  /** `openreferral` to read an Open Referral UK / HSDS directory (load signpost-openreferral.js too). Overrides a provider's. */
  declare format?: string;

  /** Open Referral taxonomy terms mapped to Signpost categories, as JSON: `{"hearing voices": "peer-support"}`. */
  declare categoryMap?: Record<string, string>;

  /** Settings from a surrounding <signpost-provider>, if any. */
  protected settings: SignpostSettings = {};

  constructor() {
    super();
    // A controller rather than the @consume decorator: the same plumbing for fewer bytes.
    new ContextConsumer(this, { context: settingsContext, subscribe: true, callback: (settings) => (this.settings = settings) });
  }

  /** Element name used in `signpost-action` events. */
  protected abstract readonly widget: string;

  protected get feedEndpoint(): string | undefined {
    return this.endpoint || this.settings.endpoint || undefined;
  }

  protected get practiceCode(): string | undefined {
    return (this.practice || this.settings.practice)?.trim().toUpperCase() || undefined;
  }

  /** Resolves to undefined when no endpoint is set: elements that can work without a feed do. */
  protected feed = new Task(this, {
    task: async ([endpoint, format, categoryMap], { signal }): Promise<Feed | undefined> => {
      if (!endpoint) return undefined;
      try {
        // The loader shares one request per endpoint, so this is the provider's own load when they match.
        const feed = await loadFeed(endpoint, { ...this.settings, format, categoryMap });
        // A load the element has moved on from says nothing (the task drops its result too).
        if (!signal.aborted) emit(this, 'signpost-loaded', { endpoint, services: feed.services.length });
        return feed;
      } catch (error) {
        if (!signal.aborted) emit(this, 'signpost-error', { endpoint, message: (error as Error).message });
        throw error;
      }
    },
    // Format and category map matter only with an endpoint: without one, a provider's settings arriving is no reason to run.
    args: () => {
      const endpoint = this.feedEndpoint;
      return endpoint ? ([endpoint, this.format ?? this.settings.format, this.categoryMap ?? this.settings.categoryMap] as const) : ([] as const);
    },
    // Start complete with no feed, as after a run with no endpoint: an element that never has one
    // (a badge given its data, the strip) then updates once instead of again for an empty run.
    initialValue: undefined,
  });

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

  // An update runs synchronously, willUpdate() to updated(): every msg() in it answers in this element's language.
  protected override performUpdate(): void {
    inLocale(this, () => {
      super.performUpdate();
      // Say which language the text is in (WCAG 3.1.2): it may not be the page's, as when the page is
      // in a language with no catalogue, so a screen reader picks the right voice.
      for (const child of this.renderRoot.children) child.setAttribute('lang', locale());
    });
  }

  /** Announces a click on a contact route so a host can count it in its own analytics. */
  protected action(kind: ActionKind, value: string, serviceId?: string): void {
    emit(this, 'signpost-action', { widget: this.widget, kind, value, ...(serviceId ? { serviceId } : {}) });
  }
}
