import { page } from './support/index.js';
import { expect, waitUntil } from '@open-wc/testing';

/** Every link in an element's shadow root. */
const links = (host: Element) => [...host.shadowRoot!.querySelectorAll('a')];

describe('host-page interference', () => {
  let frame: HTMLIFrameElement;
  let doc: Document;
  before(async () => {
    frame = await page('/test/pages/hostile-host.html');
    doc = frame.contentDocument!;
    await waitUntil(() => doc.querySelector('signpost-service-finder')?.shadowRoot?.textContent?.includes('Test Talking Therapies'), 'finder renders', {
      timeout: 10000,
    });
  });
  after(() => frame.remove());

  // safety: H2
  it('keeps the emergency routes visible and legible under aggressive global CSS', () => {
    const help = doc.querySelector('signpost-get-help')!;
    const call999 = links(help).find((a) => a.getAttribute('href') === 'tel:999')!;
    expect(call999, 'the 999 link').to.exist;
    const box = call999.getBoundingClientRect();
    expect(box.height).to.be.at.least(24);
    expect(box.width).to.be.at.least(24);
    const style = getComputedStyle(call999);
    expect(style.visibility).to.equal('visible');
    expect(style.display).to.not.equal('none');
    // The host's `a { font-size: 2px !important }` cannot reach inside the shadow root.
    expect(parseFloat(style.fontSize)).to.be.at.least(16);
  });

  // safety: H8
  it('scales text with the page root font size (40px here)', () => {
    const help = doc.querySelector('signpost-get-help')!;
    const heading = help.shadowRoot!.querySelector('h2, h3, strong')!;
    expect(parseFloat(getComputedStyle(heading).fontSize)).to.be.at.least(40);
  });

  // safety: H2
  it('renders every element, next to an unrelated element with a similar name, with the bundle loaded twice', () => {
    const win = frame.contentWindow as Window & { signpostErrors: string[] };
    expect(win.signpostErrors).to.deep.equal([]);
    for (const tag of ['signpost-get-help', 'signpost-waiting-time', 'signpost-service-finder']) {
      const el = doc.querySelector(tag)!;
      expect(el.shadowRoot, tag).to.exist;
      expect(el.getBoundingClientRect().height, tag).to.be.above(0);
    }
    expect(frame.contentWindow!.customElements.get('signpost-get-helper')).to.exist;
  });

  it('reads as written in the built bundle, spaces and all', () => {
    // The minified templates must keep the spaces between words and separators.
    const badge = doc.querySelector('signpost-waiting-time')!.shadowRoot!.querySelector('[aria-hidden="true"]')!;
    expect(badge.textContent).to.match(/^About 5 weeks · within 6-week target/);
    const help = doc.querySelector('signpost-get-help')!.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(help).to.contain('Call 111 then choose option 2');
  });

  it('keeps its own button styles', () => {
    const finder = doc.querySelector('signpost-service-finder')!;
    const button = finder.shadowRoot!.querySelector('button')!;
    expect(getComputedStyle(button).backgroundColor).to.not.equal('rgb(255, 0, 0)');
  });
});
