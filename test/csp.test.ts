import { page } from './support/index.js';
import { expect, waitUntil } from '@open-wc/testing';

type PageWindow = Window & { signpostViolations: string[]; signpostErrors: string[] };

const shadowText = (doc: Document, tag: string) => doc.querySelector(tag)?.shadowRoot?.textContent ?? '';

describe('strict Content-Security-Policy and Trusted Types', () => {
  // safety: H2, H7, H8
  it('renders all three elements with data, with the bundle loaded twice and the Welsh script, and no violation', async () => {
    const frame = await page(`/fault/csp-page?key=csp-${Date.now()}`);
    const win = frame.contentWindow as PageWindow;
    const doc = frame.contentDocument!;
    await waitUntil(() => shadowText(doc, 'signpost-service-finder').includes('Test Talking Therapies'), 'finder shows services', {
      timeout: 10000,
    });
    await waitUntil(() => /About \d+ weeks?/i.test(shadowText(doc, 'signpost-waiting-time')), 'badge shows the wait');
    await waitUntil(() => shadowText(doc, 'signpost-get-help').includes('Local crisis line'), 'get-help shows local routes');
    expect(shadowText(doc, 'signpost-get-help')).to.contain('999');
    // dist/signpost-cy.js, loaded after the elements rendered in English, turns the lang="cy" strip Welsh.
    await waitUntil(() => shadowText(doc, '#welsh').includes('Mewn argyfwng, ffoniwch'), 'the Welsh strip');
    expect(win.signpostViolations, win.signpostViolations.join('\n')).to.deep.equal([]);
    expect(win.signpostErrors).to.deep.equal([]);
    frame.remove();
  });

  // Each page loads dist/signpost.js under one policy of test/server.mjs's POLICIES, after the named test/pages scripts.
  const policies: { csp: string; pre?: string; what: string; renders: boolean; styled?: boolean }[] = [
    { csp: 'tt-none', what: "Trusted Types enforced with trusted-types 'none'", renders: false },
    { csp: 'tt-none-only', what: "trusted-types 'none' without enforcement", renders: true },
    { csp: 'tt-other', what: 'a Trusted Types list without lit-html', renders: false },
    { csp: 'tt-lit', pre: 'other-lit', what: "a second copy of Lit, without 'allow-duplicates'", renders: false },
    { csp: 'tt-lit-duplicates', pre: 'other-lit', what: "a second copy of Lit, with 'allow-duplicates'", renders: true },
    { csp: 'style-self', pre: 'no-constructable', what: "style-src 'self' on an engine without constructable stylesheets", renders: true, styled: false },
    { csp: 'style-nonce', pre: 'no-constructable,lit-nonce', what: 'the same with a nonce in window.litNonce', renders: true, styled: true },
  ];
  for (const p of policies) {
    // safety: H2
    it(`keeps get-help's emergency numbers as links under ${p.what}`, async () => {
      const frame = await page(`/fault/policy-page?key=policy-${Date.now()}&csp=${p.csp}&pre=${p.pre ?? ''}`);
      const win = frame.contentWindow as PageWindow & { trustedTypes?: unknown };
      const doc = frame.contentDocument!;
      const root = () => doc.querySelector('signpost-get-help')?.shadowRoot;
      await waitUntil(() => root()?.querySelector('a[href="tel:116123"]'), 'the emergency links', { timeout: 10000 });
      for (const number of ['999', '111', '116123']) {
        const link = root()!.querySelector(`a[href="tel:${number}"]`)!;
        expect(link.getClientRects().length, `tel:${number} is on screen`).to.be.above(0);
      }
      // Engines without Trusted Types (Firefox ESR today) enforce none of it, so everything renders there.
      if (p.renders || !win.trustedTypes) {
        await waitUntil(() => shadowText(doc, 'signpost-service-finder').includes('Test Talking Therapies'), 'the finder renders', { timeout: 10000 });
        expect(win.signpostErrors).to.deep.equal([]);
      }
      if (p.styled !== undefined) {
        // 44px targets come from the element's styles: present with the nonce, absent (the limit) without.
        expect(win.getComputedStyle(root()!.querySelector('a[href="tel:111"]')!).minBlockSize === '44px', 'styled').to.equal(p.styled);
      }
      frame.remove();
    });
  }
});
