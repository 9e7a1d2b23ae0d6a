import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { allThreeInFrame, assertFits, page } from '../support/index.js';

/**
 * The smoke group for what Safari 15.4-16.3 users get, run in WPE WebKit 2.38 (the Safari 16.0
 * generation: no constructable stylesheets, so Lit falls back to <style> elements).
 */
type PageWindow = Window & { signpostViolations: string[]; signpostErrors: string[] };

const shadowText = (root: ParentNode, tag: string) => root.querySelector(tag)?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
const EMERGENCY = ['tel:999', 'tel:111', 'tel:116123', 'sms:85258?&body=SHOUT'];
const hrefs = (root: ParentNode) => [...(root.querySelector('signpost-get-help')?.shadowRoot?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'));

describe('WPE WebKit 2.38 (Safari 15.4-16.3)', () => {
  // safety: H2
  it('is the engine without constructable stylesheets that this group stands for', () => {
    expect('adoptedStyleSheets' in Document.prototype).to.equal(false);
  });

  // safety: H2
  it('renders all three elements with data, and every emergency number', async () => {
    const el = await fixture(html`<signpost-provider endpoint="/test/fixtures/feed.json">
      <signpost-get-help pathway="adult"></signpost-get-help>
      <signpost-waiting-time service="talking-therapies" variant="detail"></signpost-waiting-time>
      <signpost-service-finder></signpost-service-finder>
    </signpost-provider>`);
    await waitUntil(() => shadowText(el, 'signpost-service-finder').includes('Test Talking Therapies'), 'finder shows services');
    await waitUntil(() => /About \d+ weeks?/i.test(shadowText(el, 'signpost-waiting-time')), 'badge shows the wait');
    await waitUntil(() => shadowText(el, 'signpost-get-help').includes('Local crisis line'), 'get-help shows local routes');
    expect(hrefs(el)).to.include.members(EMERGENCY);
    for (const number of ['999', '111', '116 123', '85258']) expect(shadowText(el, 'signpost-get-help')).to.contain(number);
  });

  // safety: H2
  it('shows the emergency numbers with no feed at all', async () => {
    const el = await fixture(html`<div><signpost-get-help></signpost-get-help></div>`);
    await waitUntil(() => hrefs(el).length > 0, 'get-help rendered');
    expect(hrefs(el)).to.include.members(EMERGENCY);
  });

  // safety: H8
  it('reflows to 320px inside a 320px frame, as embedded with the CDN bundle', async () => {
    const hosts = await allThreeInFrame(320);
    assertFits(hosts);
    hosts[0]!.ownerDocument.defaultView!.frameElement!.remove();
  });

  describe('strict Content-Security-Policy', () => {
    // safety: H2
    it('renders all three elements styled, with data, and no violation, with the nonce README "Browser support" documents', async () => {
      const frame = await page(`/fault/csp-nonce-page?key=wpe-csp-${Date.now()}`);
      const win = frame.contentWindow as PageWindow;
      const doc = frame.contentDocument!;
      await waitUntil(() => shadowText(doc, 'signpost-service-finder').includes('Test Talking Therapies'), 'finder shows services', { timeout: 10000 });
      await waitUntil(() => /About \d+ weeks?/i.test(shadowText(doc, 'signpost-waiting-time')), 'badge shows the wait');
      await waitUntil(() => shadowText(doc, 'signpost-get-help').includes('Local crisis line'), 'get-help shows local routes');
      expect(hrefs(doc)).to.include.members(EMERGENCY);
      await waitUntil(() => shadowText(doc, '#welsh').includes('Mewn argyfwng, ffoniwch'), 'the Welsh strip');
      // The styles really applied: the emergency card is white on NHS red.
      const emergency = doc.querySelector('signpost-get-help')!.shadowRoot!.querySelector('[part="emergency"]')!;
      expect(win.getComputedStyle(emergency).color).to.equal('rgb(255, 255, 255)');
      expect(win.signpostViolations, win.signpostViolations.join('\n')).to.deep.equal([]);
      expect(win.signpostErrors).to.deep.equal([]);
      frame.remove();
    });

    // safety: H2
    it('still shows every emergency number, unstyled, under the policy without the nonce', async () => {
      const frame = await page(`/fault/csp-page?key=wpe-csp-${Date.now()}`);
      const win = frame.contentWindow as PageWindow;
      const doc = frame.contentDocument!;
      await waitUntil(() => shadowText(doc, 'signpost-get-help').includes('Local crisis line'), 'get-help shows local routes', { timeout: 10000 });
      expect(hrefs(doc)).to.include.members(EMERGENCY);
      for (const number of ['999', '111', '116 123', '85258']) expect(shadowText(doc, 'signpost-get-help')).to.contain(number);
      // What the nonce is for: this engine's <style> elements are refused by style-src 'self'.
      expect(
        win.signpostViolations.some((v) => v.startsWith('style-src')),
        win.signpostViolations.join('\n'),
      ).to.equal(true);
      expect(win.signpostErrors).to.deep.equal([]);
      frame.remove();
    });
  });
});
