import { LitElement, css, html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ContextProvider } from '@lit/context';
import { Task } from '@lit/task';
import { settingsContext, type SignpostSettings } from '../context.js';
import { loadFeed } from '../feed/loader.js';
import { emit } from '../events.js';

/**
 * @tagname signpost-provider
 * @summary Shares one feed endpoint, practice code and loaded feed with every Signpost element inside it.
 *
 * @fires signpost-loaded - The feed loaded and validated. `detail`: `{ endpoint, services }`.
 * @fires signpost-error - The feed could not be loaded or is invalid. `detail`: `{ endpoint, message }`.
 *
 * @slot - Any content, including Signpost elements, which read the provider's settings.
 */
export class SignpostProvider extends LitElement {
  // Lit's static properties, not decorators: no decorator runtime in the bundle.
  static override properties: PropertyDeclarations = {
    endpoint: {},
    practice: {},
    timeout: { type: Number },
    maxBytes: { type: Number, attribute: 'max-bytes' },
    maxPages: { type: Number, attribute: 'max-pages' },
    format: {},
    categoryMap: { type: Object, attribute: 'category-map' },
  };

  /** URL of the feed v1 JSON shared by every element inside. */
  declare endpoint?: string;

  /** GP practice ODS code shared by every element inside. */
  declare practice?: string;

  /** Request timeout in milliseconds, body included. */
  declare timeout?: number;

  /** Largest feed accepted, in bytes; for a paged Open Referral directory, all its requests together. */
  declare maxBytes?: number;

  /** Most requests for a paged Open Referral directory: its pages and full records (default 50). */
  declare maxPages?: number;

  /** `openreferral` to read an Open Referral UK / HSDS directory (load signpost-openreferral.js too). */
  declare format?: string;

  /** Open Referral taxonomy terms mapped to Signpost categories, as JSON: `{"hearing voices": "peer-support"}`. */
  declare categoryMap?: Record<string, string>;

  // A controller rather than the @provide decorator: the same plumbing for fewer bytes.
  private context = new ContextProvider(this, { context: settingsContext, initialValue: {} });

  /** Loads the shared feed; exposed for tests and hosts that want to await it. */
  readonly load = new Task(this, {
    task: async ([endpoint], { signal }) => {
      if (!endpoint) return;
      try {
        // The provider's own settings are the load options; the args below say when to load again.
        const feed = await loadFeed(endpoint, this);
        // An endpoint changed meanwhile: this feed must not be shared under the new one.
        if (signal.aborted) return;
        this.context.setValue({ ...this.context.value, feed });
        emit(this, 'signpost-loaded', { endpoint, services: feed.services.length });
      } catch (error) {
        if (!signal.aborted) emit(this, 'signpost-error', { endpoint, message: (error as Error).message });
      }
    },
    args: () => [this.endpoint, this.timeout, this.maxBytes, this.maxPages, this.format, this.categoryMap] as const,
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.size) return; // a re-render for the task's progress changes no setting
    // The loaded feed belongs to its endpoint and format; a change of any other setting keeps it.
    const { feed } = changed.has('endpoint') || changed.has('format') || changed.has('categoryMap') ? {} : this.context.value;
    const { endpoint, practice, timeout, maxBytes, maxPages, format, categoryMap } = this;
    this.context.setValue({ endpoint, practice, timeout, maxBytes, maxPages, format, categoryMap, feed } satisfies SignpostSettings);
  }

  // A transparent wrapper, not a box: the host page's layout is unchanged.
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  protected override render() {
    return html`<slot></slot>`;
  }
}
