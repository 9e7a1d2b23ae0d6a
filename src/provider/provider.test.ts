import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { SignpostElement } from '../internal/element.js';
import './provider.js';
import { SignpostProvider } from './provider.component.js';
import { hits, uniqueKey, withElementIssues } from '../../test/support/index.js';
import { runFeedElementSuite } from '../../test/support/feed-element-suite.js';

/** A minimal Signpost element, as the real widgets are built: it shows what it resolved. */
class ProbeElement extends SignpostElement {
  protected readonly widget = 'probe';
  get resolvedEndpoint() {
    return this._feedEndpoint;
  }
  get resolvedPractice() {
    return this._practiceCode;
  }
  override render() {
    return this.feed.render({
      complete: (feed) => litHtml`<p>${feed ? feed.publisher.name : 'no feed'}: ${feed?.services.length ?? 0}</p>`,
      error: (error) => litHtml`<p>error: ${(error as Error).message}</p>`,
    });
  }
}
customElements.define('signpost-test-probe', ProbeElement);

const endpoint = () => `/fault/feed?key=${uniqueKey('provider')}`;
const keyOf = (url: string) => new URL(url, location.href).searchParams.get('key')!;
const text = (el: Element) => el.shadowRoot!.textContent!.trim();

describe('<signpost-provider>', () => {
  it('gives a consumer deep inside its endpoint and practice, and the same feed, with one request', async () => {
    const url = endpoint();
    const el = await fixture<SignpostProvider>(html`
      <signpost-provider endpoint=${url} practice="b82005">
        <section><div><article><signpost-test-probe></signpost-test-probe></article></div></section>
        <signpost-test-probe></signpost-test-probe>
      </signpost-provider>
    `);
    const [deep, near] = [...el.querySelectorAll<ProbeElement>('signpost-test-probe')] as [ProbeElement, ProbeElement];
    expect(deep.resolvedEndpoint).to.equal(url);
    expect(deep.resolvedPractice).to.equal('B82005');
    await waitUntil(() => text(deep).startsWith('Test ICB'), 'the deep consumer renders the feed');
    expect(text(deep)).to.equal('Test ICB: 3');
    expect(text(near)).to.equal('Test ICB: 3');
    // One feed, not copies: the provider's own load is the one every consumer reads.
    const loaded = (e: Element) => (e as unknown as { feed: { value?: unknown } }).feed.value;
    expect(loaded(deep)).to.be.an('object');
    expect([loaded(el), loaded(near)]).to.deep.equal([loaded(deep), loaded(deep)]);
    expect(loaded(el) === loaded(deep) && loaded(near) === loaded(deep), 'the same object').to.equal(true);
    expect(await hits(keyOf(url))).to.equal(1);
  });

  it("lets an element's own endpoint and practice win over the provider's", async () => {
    const el = await fixture<SignpostProvider>(html`
      <signpost-provider endpoint=${endpoint()} practice="B82005">
        <signpost-test-probe endpoint="/fault/wrong-version?key=${uniqueKey('provider-own')}" practice="B86001"></signpost-test-probe>
      </signpost-provider>
    `);
    const probe = el.querySelector<ProbeElement>('signpost-test-probe')!;
    expect(probe.resolvedPractice).to.equal('B86001');
    const { issues } = await withElementIssues(() => waitUntil(() => text(probe).startsWith('error'), 'the own endpoint is loaded'));
    expect(text(probe)).to.contain('unsupported feed version');
    expect(issues.map((i) => [i.code, i.message])).to.deep.equal([['load-failed', 'unsupported feed version: 2 (expected 1)']]);
  });

  it('updates consumers when the provider endpoint changes', async () => {
    const el = await fixture<SignpostProvider>(html`<signpost-provider><signpost-test-probe></signpost-test-probe></signpost-provider>`);
    const probe = el.querySelector<ProbeElement>('signpost-test-probe')!;
    await waitUntil(() => text(probe) === 'no feed: 0');
    el.endpoint = endpoint();
    await waitUntil(() => text(probe) === 'Test ICB: 3');
    expect(probe.resolvedEndpoint).to.equal(el.endpoint);
  });

  it('reaches elements defined before it, as when an element entry is imported before provider.js', async () => {
    const url = endpoint();
    const el = await fixture(
      html`<signpost-test-late-provider endpoint=${url} practice="b82005"><signpost-test-probe></signpost-test-probe></signpost-test-late-provider>`,
    );
    const probe = el.querySelector<ProbeElement>('signpost-test-probe')!;
    // The probe asked for a provider while the tag was still unknown: nobody answered.
    expect(probe.resolvedEndpoint).to.equal(undefined);
    customElements.define('signpost-test-late-provider', class extends SignpostProvider {});
    await waitUntil(() => text(probe) === 'Test ICB: 3', "the probe receives the late provider's feed");
    expect(probe.resolvedPractice).to.equal('B82005');
    expect(await hits(keyOf(url))).to.equal(1);
  });

  it('passes its timeout and max-bytes to the elements inside', async () => {
    const el = await fixture<SignpostProvider>(
      html`<signpost-provider endpoint=${endpoint()} max-bytes="10"><signpost-test-probe></signpost-test-probe></signpost-provider>`,
    );
    const probe = el.querySelector<ProbeElement>('signpost-test-probe')!;
    const { issues } = await withElementIssues(() => waitUntil(() => text(probe).startsWith('error'), "the provider's size cap applies to the element"));
    expect(issues.map((i) => i.code)).to.deep.equal(['load-failed']);
    expect(text(probe)).to.contain('larger than 10 bytes');
  });

  it('is a transparent wrapper in the layout', async () => {
    const el = await fixture(html`<signpost-provider></signpost-provider>`);
    expect(getComputedStyle(el).display).to.equal('contents');
  });

  // safety: H2
  it('can be defined twice without throwing, as when two copies of the bundle load', async () => {
    const { define } = await import('../internal/define.js');
    const { SignpostProvider } = await import('./provider.component.js');
    expect(() => define('signpost-provider', class extends SignpostProvider {})).to.not.throw();
    expect(customElements.get('signpost-provider')).to.equal(SignpostProvider);
  });
});

runFeedElementSuite('signpost-provider');
