import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../index.js';
import '../signpost-openreferral.js';
import { readOpenReferral } from './openreferral.js';
import { uniqueKey, withIssuesAsync } from '../../test/support/index.js';

/**
 * Whole directories over real HTTP: the test server's paged Open Referral directory
 * (test/fixtures/openreferral/directory.mjs), read page by page, with full records, failures and caps.
 */

/** A fresh directory address: `options` as the directory module reads them, e.g. "n=45;size=10;fail=3". */
const directory = (options: string) => {
  const key = uniqueKey('or');
  return { key, url: `/fault/directory/${key}/${options}/services` };
};
const requests = async (key: string): Promise<{ urls: string[]; peak: number }> => (await fetch(`/fault/requests?key=${key}`)).json();
const pageOf = (url: string) => new URL(url, location.href).searchParams.get('page');

const read = (url: string, options?: Parameters<typeof readOpenReferral>[1]) =>
  withIssuesAsync((onIssue) => readOpenReferral(new URL(url, location.href).href, { ...options, onIssue }));
const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

describe('readOpenReferral: every page of a directory', () => {
  // safety: H4
  it('reads every page of an HSDS 3.0 directory once each, at most four at a time', async () => {
    const { key, url } = directory('n=95;size=10');
    const { result: feed } = await read(url);
    expect(feed.services.map((s) => s.id)).to.deep.equal(Array.from({ length: 95 }, (_, i) => `svc-${i + 1}`));
    expect(feed.incomplete).to.equal(undefined);
    const { urls, peak } = await requests(key);
    expect(urls.map(pageOf)).to.have.members([null, '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(urls).to.have.length(10);
    expect(peak).to.be.within(1, 4);
  });

  // safety: H4
  it('follows Open Referral UK / Outpost paging counted from 0, keeping the query the address already has', async () => {
    const { key, url } = directory('n=25;size=10;shape=oruk;zero');
    const { result: feed } = await read(`${url}?taxonomy_id=mental-health`);
    expect(feed.services).to.have.length(25);
    const { urls } = await requests(key);
    expect(urls.map(pageOf)).to.have.members([null, '1', '2']);
    for (const u of urls) expect(u).to.contain('taxonomy_id=mental-health');
  });

  // safety: H4
  it('keeps the services read when a middle page fails (after its retry), and says which page and why', async () => {
    const { key, url } = directory('n=45;size=10;fail=3');
    const { result: feed, issues: said } = await read(url);
    expect(feed.services).to.have.length(35);
    expect(feed.services.map((s) => s.id)).not.to.include('svc-21');
    expect(feed.incomplete).to.equal('the list of services is incomplete: page 3 of 5 could not be read: HTTP 500');
    expect(said).to.deep.equal([{ record: new URL(url, location.href).href, path: '', code: 'incomplete', message: feed.incomplete }]);
    // The loader's rule for a 5xx: one more try after a pause, then give up.
    expect((await requests(key)).urls.filter((u) => pageOf(u) === '3')).to.have.length(2);
  });

  // safety: H4, H9
  it('stops at the request cap and at the byte cap, saying which', async () => {
    const pages = directory('n=45;size=10');
    const { result: capped } = await read(pages.url, { maxPages: 3 });
    expect(capped.services).to.have.length(30);
    expect(capped.incomplete).to.equal('the list of services is incomplete: read 3 of 5 pages (the limit is 3 requests)');
    expect((await requests(pages.key)).urls).to.have.length(3);

    const bytes = directory('n=45;size=10');
    const first = (await (await fetch(bytes.url)).text()).length;
    const { result: small } = await read(bytes.url, { maxBytes: Math.floor(first * 2.5) });
    expect(small.services.length).to.be.within(10, 20);
    expect(small.incomplete).to.match(
      /^the list of services is incomplete: \d of 5 pages could not be read \(the first, page \d: the directory is larger than \d+ bytes\)$/,
    );
  });

  it('fails as a whole only when the first page fails', async () => {
    const { url } = directory('n=45;size=10;fail=1');
    const { issues: said } = await withIssuesAsync(async (onIssue) => {
      let error: Error | undefined;
      await readOpenReferral(new URL(url, location.href).href, { onIssue }).catch((e: Error) => (error = e));
      expect(error?.message).to.equal('HTTP 500');
    });
    expect(said).to.deep.equal([]);
  });
});

describe('readOpenReferral: full records', () => {
  it('reads each outline from /services/{id}, four at a time at most, and keeps an outline whose record fails', async () => {
    const { key, url } = directory('n=12;size=5;basic;failrecord=4');
    const { result: feed, issues: said } = await read(url);
    expect(feed.services).to.have.length(12);
    const byId = (id: string) => feed.services.find((s) => s.id === id)!;
    expect(byId('svc-1').contact).to.deep.equal({ phone: '0113 496 1001' });
    expect(byId('svc-1').categories).to.deep.equal(['talking-therapies']);
    expect(byId('svc-12').hours?.weekly).to.have.length(5);
    expect(byId('svc-4').contact).to.equal(undefined);
    expect(feed.incomplete).to.equal(undefined);
    expect(said.map((issue) => [issue.code, issue.message])).to.deep.equal([
      ['outline-only', '1 services are shown without their full record (the request or byte limit, or /services/{id} failed)'],
    ]);
    const { urls, peak } = await requests(key);
    expect(urls.filter((u) => /\/services\/svc-\d+$/.test(u))).to.have.length(12 + 1); // svc-4 twice: its 500 is retried
    expect(peak).to.be.within(1, 4);
  });

  it('counts full records against the request cap, and fetches none for a file', async () => {
    const { key, url } = directory('n=12;size=5;basic');
    const { result: feed } = await read(url, { maxPages: 5 });
    expect(feed.services).to.have.length(12);
    expect(feed.services.filter((s) => s.contact?.phone)).to.have.length(2);
    expect((await requests(key)).urls).to.have.length(5);
    const { result: file } = await read('/test/fixtures/openreferral/hsds3.json');
    expect(file.services.length).to.be.above(2);
  });
});

describe('format="openreferral": a paged directory in the elements', () => {
  it('shows every page with one signpost-loaded per element, and twenty widgets make one pass', async () => {
    const { key, url } = directory('n=45;size=10');
    const loaded: CustomEvent[] = [];
    const errors: CustomEvent[] = [];
    const onLoaded = (e: Event) => loaded.push(e as CustomEvent);
    const onError = (e: Event) => errors.push(e as CustomEvent);
    document.addEventListener('signpost-loaded', onLoaded);
    document.addEventListener('signpost-error', onError);
    try {
      const el = await fixture(html`<div>
        ${Array.from({ length: 20 }, () => html`<signpost-service-finder format="openreferral" endpoint=${url} page-size="50"></signpost-service-finder>`)}
      </div>`);
      const finders = [...el.querySelectorAll('signpost-service-finder')];
      await waitUntil(() => finders.every((f) => text(f).includes('45 services')), 'every finder shows all 45', { timeout: 10000 });
      expect(text(finders[0]!)).to.contain('Directory service 45');
      expect(text(finders[0]!)).not.to.contain('incomplete');
      expect(loaded.filter((e) => e.detail.endpoint === url)).to.have.length(20);
      expect(errors).to.deep.equal([]);
      expect((await requests(key)).urls).to.have.length(5);
    } finally {
      document.removeEventListener('signpost-loaded', onLoaded);
      document.removeEventListener('signpost-error', onError);
    }
  });

  // safety: H4
  it('says in the status and in signpost-error that the list is incomplete when a page fails or the cap is hit', async () => {
    const { url } = directory('n=45;size=10;fail=2');
    const capped = directory('n=45;size=10');
    const errors: string[] = [];
    const onError = (e: Event) => errors.push((e as CustomEvent).detail.message);
    document.addEventListener('signpost-error', onError);
    try {
      // The elements pass no onIssue: the parser's console sentences are expected here.
      const el = await fixture(html`<div>
        <signpost-service-finder id="failed" format="openreferral" endpoint=${url}></signpost-service-finder>
        <signpost-provider format="openreferral" endpoint=${capped.url} max-pages="2">
          <signpost-service-finder id="capped"></signpost-service-finder>
        </signpost-provider>
      </div>`);
      const failed = el.querySelector('#failed')!;
      const cappedFinder = el.querySelector('#capped')!;
      await waitUntil(() => text(failed).includes('35 services') && text(cappedFinder).includes('20 services'), 'the pages read show', { timeout: 10000 });
      for (const finder of [failed, cappedFinder]) {
        expect(finder.shadowRoot!.querySelector('[part="status"]')!.textContent).to.contain('This list is incomplete.');
      }
      expect(errors).to.include('the list of services is incomplete: page 2 of 5 could not be read: HTTP 500');
      expect(errors).to.include('the list of services is incomplete: read 2 of 5 pages (the limit is 2 requests)');
    } finally {
      document.removeEventListener('signpost-error', onError);
    }
  });

  it('with no services and no filters, does not suggest fewer filters', async () => {
    const { url } = directory('n=0;size=10');
    const finder = await fixture(html`<signpost-service-finder format="openreferral" endpoint=${url}></signpost-service-finder>`);
    await waitUntil(() => !text(finder).includes('Loading') && finder.shadowRoot!.querySelector('signpost-get-help'), 'loaded, with the crisis strip');
    expect(text(finder)).not.to.contain('fewer filters');
    expect(text(finder)).not.to.contain('Clear filters');
    // The crisis strip still shows.
    expect(finder.shadowRoot!.querySelector('signpost-get-help')).to.exist;
  });
});
