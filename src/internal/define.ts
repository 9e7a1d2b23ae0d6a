/**
 * Defines a tag unless it is taken, and never throws. Every copy of Signpost (the CDN bundle, the
 * get-help script, the ES modules) marks its classes with a static `signpost`, which the CDN
 * scripts' `intro` in rollup.config.mjs reads too: a tag another copy took is left quietly; a tag
 * something else took is left to it, with one console warning for that tag ("already defined": it is not ours), and the other tags are
 * still defined.
 */
export function define(tag: string, element: CustomElementConstructor & { signpost?: true }): void {
  const existing: typeof element | undefined = customElements.get(tag);
  if (!existing) {
    element.signpost = true;
    customElements.define(tag, element);
  } else if (!existing.signpost) console.warn(`Signpost: <${tag}> already defined`);
}
