import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import '../src/signpost-cy.js';
import type { SignpostGetHelp } from '../src/get-help/get-help.js';

/**
 * Each link of an element: its href and the number it shows, which is the bold part of a card route
 * (for the 111 online link, the host it lands on, since its words are translated) and the whole link in the strip.
 */
const routes = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('a')].map((a) => [
    a.getAttribute('href'),
    (el.getAttribute('variant') === 'strip' ? a : a.querySelector('b'))?.textContent?.trim() ?? null,
  ]);
const heading = (el: Element) => el.shadowRoot!.querySelector('h2')?.textContent?.trim();

describe('crisis routes in Welsh', () => {
  // A translation changes the words around a number, never the number or where it leads.
  // safety: H1, H8
  it('the Welsh card and strip link to exactly the numbers and addresses of the English ones, in the same order', async () => {
    const page = await fixture(html`<div>
      <div lang="en-GB"><signpost-get-help></signpost-get-help><signpost-get-help variant="strip"></signpost-get-help></div>
      <div lang="cy"><signpost-get-help></signpost-get-help><signpost-get-help variant="strip"></signpost-get-help></div>
    </div>`);
    const [card, strip, cyCard, cyStrip] = [...page.querySelectorAll<SignpostGetHelp>('signpost-get-help')] as [
      SignpostGetHelp,
      SignpostGetHelp,
      SignpostGetHelp,
      SignpostGetHelp,
    ];
    // The Welsh ones really are in Welsh.
    expect(heading(card)).to.equal('Get help now');
    expect(heading(cyCard)).to.equal('Cael help nawr');
    expect(cyStrip.shadowRoot!.textContent).to.contain('Mewn argyfwng, ffoniwch');

    expect(routes(card)).to.deep.equal([
      ['tel:999', '999'],
      ['tel:111', '111'],
      ['https://111.nhs.uk/', '111.nhs.uk'],
      ['tel:116123', '116 123'],
      ['sms:85258?&body=SHOUT', '85258'],
    ]);
    expect(routes(cyCard)).to.deep.equal(routes(card));
    expect(routes(strip)).to.deep.equal([
      ['tel:999', '999'],
      ['tel:111', '111'],
      ['tel:116123', '116 123'],
    ]);
    expect(routes(cyStrip)).to.deep.equal(routes(strip));
  });
});
