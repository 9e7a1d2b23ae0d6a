import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../index.js';
import { registerFormat } from './adapters.js';
import { withElementIssues } from '../../test/support/index.js';
import type { SignpostServiceFinder } from '../service-finder/service-finder.js';

const text = (el: Element) => el.shadowRoot!.textContent ?? '';

describe('format="openreferral" on the elements', () => {
  it('says which script is missing when the format is not registered', async () => {
    const { issues } = await withElementIssues(async () => {
      // Listening first: with no format to read the directory, the error comes before any request.
      const errored = new Promise<CustomEvent>((resolve) => document.addEventListener('signpost-error', resolve as EventListener, { once: true }));
      const finder = await fixture<SignpostServiceFinder>(
        html`<signpost-service-finder format="no-such-format" endpoint="/test/fixtures/openreferral/hsds3.json"></signpost-service-finder>`,
      );
      const event = await errored;
      expect(event.detail.message).to.contain('unknown feed format "no-such-format"');
      await waitUntil(() => text(finder).includes('not available right now'));
    });
    expect(issues.map((i) => i.code)).to.deep.equal(['load-failed']);
  });

  it('finds a format registered after the element started loading, as when its script comes second', async () => {
    const finder = await fixture<SignpostServiceFinder>(
      html`<signpost-service-finder format="late-format" endpoint="/test/fixtures/openreferral/hsds3.json"></signpost-service-finder>`,
    );
    registerFormat('late-format', () => ({
      version: 1,
      updated: '2026-11-20T09:00:00Z',
      publisher: { name: 'P' },
      services: [{ id: 'a', name: 'Late service', categories: [] }],
      pathways: [],
    }));
    await waitUntil(() => text(finder).includes('Late service'));
  });

  // safety: H7
  it('reads an HSDS 3.0 /services page in the finder, through the provider, with a category map', async () => {
    await import('../signpost-openreferral.js');
    const el = await fixture(html`
      <signpost-provider format="openreferral" endpoint="/test/fixtures/openreferral/hsds3.json" .categoryMap=${{ 'mental health': 'crisis' }}>
        <signpost-service-finder></signpost-service-finder>
      </signpost-provider>
    `);
    const finder = el.querySelector('signpost-service-finder')!;
    await waitUntil(() => text(finder).includes('Aireside Talking Therapies'), 'mapped services render');
    // HTML in descriptions became text; a javascript: website shows as text, never as a link.
    expect(text(finder)).to.contain('Free NHS talking therapies for anxiety & low');
    const hrefs = [...finder.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href')!);
    expect(hrefs.length).to.be.above(3);
    for (const href of hrefs) expect(href).to.match(/^(https|tel|mailto|sms):/);
    expect(text(finder)).to.contain('Crisis support', 'the category map applied');
  });

  it("an element's own format wins, and feed v1 still loads beside it", async () => {
    await import('../signpost-openreferral.js');
    const el = await fixture(html`
      <signpost-provider endpoint="/test/fixtures/feed.json">
        <signpost-service-finder id="v1"></signpost-service-finder>
        <signpost-service-finder id="or" format="openreferral" endpoint="/test/fixtures/openreferral/hsds3.json"></signpost-service-finder>
      </signpost-provider>
    `);
    const [v1, or] = [el.querySelector('#v1')!, el.querySelector('#or')!];
    await waitUntil(() => text(v1).includes('Test Talking Therapies') && text(or).includes('Aireside Talking Therapies'));
    expect(text(or)).to.not.contain('Test Talking Therapies');
  });
});
