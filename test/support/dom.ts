// DOM helpers the browser tests share that load nothing: focus and shadow roots, across any document.

/** The element that really has focus, inside shadow roots. */
export function deepActive(doc: Document = document): Element | null {
  let el = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** Every shadow root under `root`, nested ones included. */
export function shadowRoots(root: ParentNode): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) found.push(el.shadowRoot, ...shadowRoots(el.shadowRoot));
  }
  return found;
}

/** A node's text with its white space folded: what a person reads. Empty for no node. */
export const text = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Whether an element takes up room on the page (not display: none, nor inside a closed part). */
export const visible = (el: Element | null | undefined): boolean => !!el && el.getClientRects().length > 0;

/** An element's shadow root, which every Signpost element has once defined. */
export const root = (el: Element): ShadowRoot => el.shadowRoot!;

/** The first match for `selector` in an element's shadow root. */
export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => root(el).querySelector<T>(selector);

/** Every match for `selector` in an element's shadow root. */
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...root(el).querySelectorAll<T>(selector)];
