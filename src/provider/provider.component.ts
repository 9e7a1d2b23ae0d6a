import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { provide } from '@lit/context';
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
  /** URL of the feed v1 JSON shared by every element inside. */
  @property() endpoint?: string;

  /** GP practice ODS code shared by every element inside. */
  @property() practice?: string;

  /** Request timeout in milliseconds, body included. */
  @property({ type: Number }) timeout?: number;

  /** Largest feed accepted, in bytes. */
  @property({ type: Number, attribute: 'max-bytes' }) maxBytes?: number;

  @provide({ context: settingsContext })
  protected settings: SignpostSettings = {};

  /** Loads the shared feed; exposed for tests and hosts that want to await it. */
  readonly load = new Task(this, {
    task: async ([endpoint, timeout, maxBytes]) => {
      if (!endpoint) return;
      try {
        const feed = await loadFeed(endpoint, { timeout, maxBytes });
        this.settings = { ...this.settings, feed };
        emit(this, 'signpost-loaded', { endpoint, services: feed.services.length });
      } catch (error) {
        emit(this, 'signpost-error', { endpoint, message: (error as Error).message });
      }
    },
    args: () => [this.endpoint, this.timeout, this.maxBytes] as const,
  });

  protected override willUpdate(): void {
    const { endpoint, practice, timeout, maxBytes } = this;
    const { feed } = this.settings;
    if (
      endpoint !== this.settings.endpoint ||
      practice !== this.settings.practice ||
      timeout !== this.settings.timeout ||
      maxBytes !== this.settings.maxBytes
    ) {
      this.settings = { endpoint, practice, timeout, maxBytes, ...(endpoint === this.settings.endpoint && feed ? { feed } : {}) };
    }
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
