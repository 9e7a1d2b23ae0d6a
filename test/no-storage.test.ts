import { expect } from '@open-wc/testing';
import { allThree, stored } from './support/index.js';

const shadow = (host: Element) => host.shadowRoot!;

describe('privacy in use', () => {
  // safety: H10
  it('stores nothing and requests nothing from another origin while every element is loaded and used', async () => {
    const before = await stored();
    // The check can see a write: a key put in localStorage shows up, and is taken out again.
    localStorage.setItem('signpost-probe', '1');
    expect((await stored()).local).to.include('signpost-probe');
    localStorage.removeItem('signpost-probe');
    performance.clearResourceTimings();

    const [help, , finder] = (await allThree()) as [HTMLElement, HTMLElement, HTMLElement];
    // Use them as a person would: answer the question, search, filter, give a postcode, follow a link.
    shadow(help).querySelector<HTMLButtonElement>('[part="question"] button')!.click();
    const search = shadow(finder).querySelector<HTMLInputElement>('#q')!;
    search.value = 'crisis';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    const postcode = shadow(finder).querySelector<HTMLInputElement>('#pc')!;
    postcode.value = 'LS6 1AA';
    postcode.dispatchEvent(new Event('change', { bubbles: true }));
    const stay = (e: Event) => e.preventDefault();
    document.addEventListener('click', stay, { capture: true, once: true });
    shadow(help).querySelector<HTMLAnchorElement>('a[href="tel:999"]')!.click();
    await new Promise((resolve) => setTimeout(resolve, 100));

    expect(await stored()).to.deep.equal(before);
    const origins = performance.getEntriesByType('resource').map((r) => new URL(r.name).origin);
    expect(origins.length, 'the feed was requested').to.be.above(0);
    expect([...new Set(origins)]).to.deep.equal([location.origin]);
  });
});
