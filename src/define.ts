/** Defines a tag once: a second copy of the bundle on the page (two CMS blocks) must not throw. */
export function define(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
