import { css, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ContextProvider } from '@lit/context';
import { SignpostBase } from '../internal/element.js';
import { settingsContext } from '../internal/context.js';

/**
 * @tagname signpost-provider
 * @summary Shares one feed endpoint, practice code and settings with every Signpost element inside it: one feed, one request.
 *
 * Elements defined before the provider (any import order of the per-element entries) still receive
 * its settings once it is defined.
 *
 * @slot - Any content, including Signpost elements, which read the provider's settings.
 *
 * @fires {CustomEvent<LoadedDetail>} signpost-loaded - The feed loaded and validated. `detail`: `{ endpoint, services }`.
 * @fires {CustomEvent<ErrorDetail>} signpost-error - The feed could not be loaded or is invalid. `detail`: `{ endpoint, message }`.
 * @fires {CustomEvent<IssueDetail>} signpost-issue - A problem in the feed it loaded, or a setting that is not a number. Cancelable: `preventDefault()` keeps it from the console. `detail`: `{ record, path, code, message }`.
 */
export class SignpostProvider extends SignpostBase {
  // Lit's static properties, not decorators: no decorator runtime in the bundle. Lit adds the base's.
  static override properties: PropertyDeclarations = {
    timeout: { type: Number },
    maxBytes: { type: Number, attribute: 'max-bytes' },
    maxPages: { type: Number, attribute: 'max-pages' },
  };

  // A transparent wrapper, not a box: the host page's layout is unchanged.
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Request timeout in milliseconds, body included (default 8000), for every element inside. */
  declare timeout?: number;

  /** Largest feed accepted, in bytes (default 5 MiB), for every element inside; for a paged Open Referral directory, all its requests together. */
  declare maxBytes?: number;

  /** Most requests for a paged Open Referral directory: its pages and full records (default 50). */
  declare maxPages?: number;

  // A controller rather than the @provide decorator: the same plumbing for fewer bytes.
  private _context = new ContextProvider(this, { context: settingsContext, initialValue: {} });

  // A slot made without a template, so the content shows even where Trusted Types leave Lit no policy.
  protected override createRenderRoot() {
    const root = super.createRenderRoot();
    root.append(document.createElement('slot'));
    return root;
  }

  // Before the update, so the elements start loading with the provider: its own load is the one they share.
  // A re-render for the feed task's progress alone changes nothing the elements read.
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.size) return;
    const { endpoint, practice, timeout, maxBytes, maxPages, format, categoryMap } = this;
    this._context.setValue({ endpoint, practice, timeout, maxBytes, maxPages, format, categoryMap });
  }
}
