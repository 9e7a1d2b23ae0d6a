import { fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';

/** Loads a page in an iframe and resolves once its document has loaded. */
export async function page(src: string, width = 800, height = 900): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = `${height}px`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** The three elements in one provider on the test feed, once each shows its data. */
export async function allThree(): Promise<HTMLElement[]> {
  const el = await fixture(html`<signpost-provider endpoint="/test/fixtures/feed.json">
    <signpost-get-help pathway="adult"></signpost-get-help>
    <signpost-waiting-time service="talking-therapies" variant="detail"></signpost-waiting-time>
    <signpost-service-finder></signpost-service-finder>
  </signpost-provider>`);
  const finder = el.querySelector('signpost-service-finder')!;
  await waitUntil(() => finder.shadowRoot!.querySelector('article'), 'finder results');
  // Before an answer only the question shows that the feed's local help has arrived.
  await waitUntil(() => el.querySelector('signpost-get-help')!.shadowRoot!.querySelector('[part=question]'), 'get-help');
  return [...el.querySelectorAll<HTMLElement>('signpost-get-help, signpost-waiting-time, signpost-service-finder')];
}
