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
