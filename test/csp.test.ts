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
    expect(win.signpostViolations, win.signpostViolations.join("\n")).to.deep.equal([]);
    expect(win.signpostErrors).to.deep.equal([]);
    frame.remove();
  });
});
