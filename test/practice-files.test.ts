import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/provider/provider.js';
import '../src/service-finder/service-finder.js';
import '../src/waiting-time/waiting-time.js';
import type { SignpostServiceFinder } from '../src/service-finder/service-finder.js';
import type { SignpostWaitingTime } from '../src/waiting-time/waiting-time.js';

/**
 * The national directory as static files: `signpost-feed publish` wrote test/fixtures/talking-therapies/published
 * from NHS Talking Therapies figures (test/node/talking-therapies.test.mjs checks it is what the command writes
 * today), and the elements read one practice's file through an endpoint template.
 */
const TEMPLATE = '/test/fixtures/talking-therapies/published/practice/{practice}.json';
/** 10 August 2026: the May 2026 figures were published about now. */
const NOW = new Date(Date.UTC(2026, 7, 10, 12));

const names = (el: Element) => [...el.shadowRoot!.querySelectorAll('h3')].map((h) => h.textContent!.trim());
const loadedFinder = async (el: SignpostServiceFinder) => {
  await waitUntil(() => el.shadowRoot!.querySelector('form, signpost-get-help'), 'the finder did not load', { timeout: 12000 });
  await el.updateComplete;
  return el;
};
const loadedBadge = async (el: SignpostWaitingTime) => {
  await waitUntil(() => !el.shadowRoot!.querySelector('.loading'), 'still loading', { timeout: 5000 });
  return el;
};
const requested = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((p) => p.includes('/published/'));

describe('endpoint template {practice}: one small static file per GP practice', () => {
  beforeEach(() => performance.clearResourceTimings());

  // safety: H4
  it("the finder downloads only its practice's file and shows exactly the services its patients can use", async () => {
    const el = await loadedFinder(
      await fixture<SignpostServiceFinder>(html`<signpost-service-finder endpoint=${TEMPLATE} practice="b82010 " .now=${NOW}></signpost-service-finder>`),
    );
    expect(names(el)).to.deep.equal(['Northside Talking Therapies', 'Example Talking Therapies CIC', 'Example Crisis Line', 'Leeds Crisis Cafe']);
    expect(requested()).to.deep.equal(['/test/fixtures/talking-therapies/published/practice/B82010.json']);
  });

  it('a provider with the template shares it: each element reads the same one file', async () => {
    const el = await fixture(html`<signpost-provider endpoint=${TEMPLATE} practice="B82020">
      <signpost-service-finder .now=${NOW}></signpost-service-finder>
      <signpost-waiting-time service="tt-south" .now=${NOW}></signpost-waiting-time>
    </signpost-provider>`);
    const finder = await loadedFinder(el.querySelector('signpost-service-finder')!);
    const badge = await loadedBadge(el.querySelector('signpost-waiting-time')!);
    expect(names(finder)).to.deep.equal(['Southside Talking Therapies', 'Example Crisis Line', 'Leeds Crisis Cafe', 'Hillside Link Worker']);
    expect(badge.shadowRoot!.querySelector('[aria-hidden="true"]')!.textContent).to.equal('About 3 weeks · 78% within 6 weeks (target 75%)');
    expect(new Set(requested())).to.deep.equal(new Set(['/test/fixtures/talking-therapies/published/practice/B82020.json']));
  });

  // safety: H6
  it('a template with no practice requests nothing: the badge says not available', async () => {
    const el = await loadedBadge(
      await fixture<SignpostWaitingTime>(html`<signpost-waiting-time endpoint=${TEMPLATE} service="tt-north" .now=${NOW}></signpost-waiting-time>`),
    );
    expect(el.shadowRoot!.textContent).to.equal('Waiting time not available');
    expect(requested()).to.deep.equal([]);
  });
});

describe('<signpost-waiting-time> with real NHS monthly figures', () => {
  const badge = (variant: string, now = NOW) =>
    fixture<SignpostWaitingTime>(
      html`<signpost-waiting-time endpoint=${TEMPLATE} practice="B82005" service="tt-north" variant=${variant} .now=${now}></signpost-waiting-time>`,
    ).then(loadedBadge);

  // safety: H6
  it('the badge: the median in words, the 6-week share against its target, one sentence for a screen reader', async () => {
    const el = await badge('badge');
    expect(el.shadowRoot!.querySelector('[aria-hidden="true"]')!.textContent).to.equal('About 2 weeks · 92% within 6 weeks (target 75%)');
    expect(el.shadowRoot!.querySelector('.sr')!.textContent).to.equal(
      'Half of people started treatment within about 2 weeks (NHS figures for May 2026). 92% started within 6 weeks; the target is 75%.',
    );
    expect(el.shadowRoot!.querySelector('[part~="base"]')!.className).to.equal('within');
  });

  // safety: H6
  it('the detail panel adds the trend, the hidden wait and the source', async () => {
    const el = await badge('detail');
    const lines = [...el.shadowRoot!.querySelectorAll('p')].map((p) => [p.getAttribute('part'), p.textContent!.trim()]);
    expect(lines).to.deep.equal([
      ['wait', 'Waiting time: About 2 weeks'],
      ['statistic', 'Half of people started treatment within about 2 weeks.'],
      ['target', '92% started within 6 weeks; the target is 75%.'],
      ['trend', 'Down from 4 weeks.'],
      ['hidden', '7% waited over 4 weeks between first and second appointment.'],
      ['meta', 'NHS figures for May 2026. Source: NHS Talking Therapies Monthly Statistics, May 2026.'],
    ]);
  });

  // safety: H6
  it('the normal two-month publication lag is not "out of date"; four months on, it is', async () => {
    expect((await badge('badge', new Date(Date.UTC(2026, 8, 28, 12)))).shadowRoot!.textContent).to.not.contain('out of date');
    const late = await badge('badge', new Date(Date.UTC(2026, 8, 29, 12)));
    expect(late.shadowRoot!.querySelector('[aria-hidden="true"]')!.textContent).to.equal(
      'About 2 weeks · 92% within 6 weeks (target 75%) · This may be out of date',
    );
    expect(late.shadowRoot!.querySelector('[part~="base"]')!.className).to.equal('stale');
  });
});
