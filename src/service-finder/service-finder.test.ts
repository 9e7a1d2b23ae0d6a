import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { ActionDetail, ErrorDetail } from '../internal/events.js';
import './service-finder.js';
import '../provider/provider.js';
import type { SignpostServiceFinder } from './service-finder.js';
import { describeWhere } from '../../test/support/engine.js';
import { feedOf, hits, store, uniqueKey, withElementIssues } from '../../test/support/index.js';
import { named } from '../../test/support/fixtures.js';
import { $, root, text } from '../../test/support/dom.js';
import { runFeedElementSuite } from '../../test/support/feed-element-suite.js';

const FEED = '/test/fixtures/feed.json';
const key = (name: string) => uniqueKey(`finder-${name}`);

const status = (el: Element) => $(el, '[role="status"]')!.textContent!.trim();
const names = (el: Element) => [...root(el).querySelectorAll('h3')].map((h) => h.textContent!.trim());
const card = (el: Element, name: string) => [...root(el).querySelectorAll('article')].find((a) => a.querySelector('h3')!.textContent === name)!;

async function loaded(el: SignpostServiceFinder) {
  await waitUntil(() => $(el, 'form, signpost-get-help'), 'the finder did not leave its loading state', { timeout: 12000 });
  await el.updateComplete;
  return el;
}

async function finder(template: ReturnType<typeof html>) {
  return loaded(await fixture<SignpostServiceFinder>(template));
}

/** Sets a field as a person would end up with it, firing the event the finder listens for. */
async function fill(el: SignpostServiceFinder, selector: string, value: string, event = 'input') {
  const input = $<HTMLInputElement>(el, selector)!;
  input.value = value;
  input.dispatchEvent(new Event(event, { bubbles: true }));
  await el.updateComplete;
}

/** Types a postcode and presses Search: the postcode applies only then. */
async function postcode(el: SignpostServiceFinder, value: string) {
  await fill(el, '#pc', value);
  $<HTMLButtonElement>(el, '.row button:not([type=button])')!.click();
  await el.updateComplete;
}

async function tick(el: SignpostServiceFinder, label: string) {
  const found = [...root(el).querySelectorAll('label')].find((l) => l.textContent!.trim() === label);
  expect(found, `checkbox "${label}"`).to.exist;
  found!.querySelector('input')!.click();
  await el.updateComplete;
}

const said = (el: Element, expected: string) => waitUntil(() => status(el) === expected, `status never said "${expected}" (it says "${status(el)}")`);

describe('<signpost-service-finder>', () => {
  describe('states', () => {
    it('shows three placeholder cards and a "Loading services" status while loading', async () => {
      const el = await fixture<SignpostServiceFinder>(html`<signpost-service-finder endpoint="/fault/hang?key=${key('hang')}"></signpost-service-finder>`);
      expect(status(el)).to.equal('Loading services');
      expect(root(el).querySelectorAll('.skeleton')).to.have.length(3);
      expect($(el, 'h2')!.textContent).to.equal('Find mental health support');
      await expect(el).to.be.accessible();
    });

    it('shows every service in the feed once loaded, with a count', async () => {
      const el = await finder(html`<signpost-service-finder endpoint=${FEED} heading="Local support"></signpost-service-finder>`);
      expect(names(el)).to.deep.equal(['Test Talking Therapies', 'Test Crisis Line', 'Test Young Minds Drop-in']);
      expect(status(el)).to.equal('3 services');
      expect($(el, 'h2')!.textContent).to.equal('Local support');
      await expect(el).to.be.accessible();
    });

    // safety: H2
    it('says the information is not available and shows the crisis strip when the feed fails', async () => {
      const errors: ErrorDetail[] = [];
      const listen = (e: CustomEvent<ErrorDetail>) => errors.push(e.detail);
      document.addEventListener('signpost-error', listen);
      try {
        const el = await finder(html`<signpost-service-finder endpoint="/fault/html?key=${key('html')}"></signpost-service-finder>`);
        expect(status(el)).to.equal('Service information is not available right now.');
        expect($(el, 'signpost-get-help')!.getAttribute('variant')).to.equal('strip');
        expect($(el, 'form')).to.equal(null);
        expect(errors).to.have.length(1);
        await expect(el).to.be.accessible();
      } finally {
        document.removeEventListener('signpost-error', listen);
      }
    });

    it('reports no missing endpoint when it has one, its own or its provider’s, and a feed that fails once', async () => {
      const { issues } = await withElementIssues(async () => {
        const own = await finder(html`<signpost-service-finder endpoint=${FEED}></signpost-service-finder>`);
        await waitUntil(() => $(own, 'article'), 'its own feed');
        const provider = await fixture(html`<signpost-provider endpoint=${FEED}><signpost-service-finder></signpost-service-finder></signpost-provider>`);
        await waitUntil(() => $(provider.querySelector('signpost-service-finder')!, 'article'), "the provider's feed");
        const missing = await finder(html`<signpost-service-finder endpoint="/test/fixtures/missing-${key('nope')}.json"></signpost-service-finder>`);
        await waitUntil(() => status(missing) === 'Service information is not available right now.', 'the failure');
      });
      expect(issues.map((i) => `${i.code}: ${i.message}`)).to.deep.equal(['load-failed: HTTP 404']);
    });

    // safety: H2
    it('tells the developer when there is no endpoint, and shows the same message and strip', async () => {
      const { issues } = await withElementIssues(async () => {
        const el = await finder(html`<signpost-service-finder></signpost-service-finder>`);
        expect(status(el)).to.equal('Service information is not available right now.');
        expect($(el, 'signpost-get-help[variant="strip"]')).to.exist;
        await expect(el).to.be.accessible();
      });
      expect(issues).to.deep.equal([
        {
          record: '<signpost-service-finder>',
          path: '',
          code: 'no-feed',
          message: 'no endpoint (set its endpoint attribute, or use <signpost-provider>)',
        },
      ]);
    });

    // safety: H3
    it('says no services match, offers to clear the filters and shows the crisis strip', async () => {
      const el = await finder(html`<signpost-service-finder endpoint=${FEED}></signpost-service-finder>`);
      await fill(el, '#q', 'zzzz');
      expect(names(el)).to.deep.equal([]);
      await said(el, 'No services match');
      expect($(el, '[part="empty"] signpost-get-help[variant="strip"]')).to.exist;
      await expect(el).to.be.accessible();
      const clear = [...root(el).querySelectorAll('button')].find((b) => b.textContent === 'Clear filters')!;
      clear.click();
      await el.updateComplete;
      expect(names(el)).to.have.length(3);
      expect($<HTMLInputElement>(el, '#q')!.value).to.equal('');
      expect(root(el).activeElement).to.equal($(el, '#q'));
    });
  });

  describe('search and filters', () => {
    it('searches as a person types, ignoring case and accents, and announces the count once typing pauses', async () => {
      const el = await finder(html`<signpost-service-finder endpoint=${FEED}></signpost-service-finder>`);
      $(el, '#q')!.focus();
      await sendKeys({ type: 'yöung MINDS' });
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Test Young Minds Drop-in']);
      // The status region waits for a pause before speaking.
      expect(status(el)).to.equal('3 services');
      await aTimeout(650);
      expect(status(el)).to.equal('1 service');
    });

    it('widens the results again when letters are deleted', async () => {
      const el = await finder(html`<signpost-service-finder endpoint=${FEED}></signpost-service-finder>`);
      const all = names(el);
      for (const q of ['y', 'yo', 'you', 'youn', 'young']) await fill(el, '#q', q);
      expect(names(el)).to.deep.equal(['Test Young Minds Drop-in']);
      for (const q of ['youn', 'you', 'yo', 'y', '']) await fill(el, '#q', q);
      expect(names(el)).to.deep.equal(all);
    });

    // safety: H3
    it('searches category labels, organisations and descriptions', async () => {
      const el = await finder(html`<signpost-service-finder endpoint=${FEED}></signpost-service-finder>`);
      await fill(el, '#q', 'crisis support');
      expect(names(el)).to.deep.equal(['Test Crisis Line']);
      await fill(el, '#q', 'foundation trust');
      expect(names(el)).to.deep.equal(['Test Talking Therapies', 'Test Crisis Line']);
      await fill(el, '#q', 'low mood');
      expect(names(el)).to.deep.equal(['Test Talking Therapies']);
      await fill(el, '#q', 'therapies nhs');
      expect(names(el)).to.deep.equal(['Test Talking Therapies']);
    });

    it('filters by category, with human labels for the feed categories, NHS talking therapies first', async () => {
      const el = await finder(html`<signpost-service-finder endpoint=${FEED}></signpost-service-finder>`);
      const legend = [...root(el).querySelectorAll('legend')].find((l) => l.textContent === 'Type of support')!;
      expect([...legend.parentElement!.querySelectorAll('label')].map(text)).to.deep.equal([
        'Talking therapies (NHS)',
        'Crisis support',
        'Wellbeing',
        'Children and young people',
      ]);
      await tick(el, 'Crisis support');
      expect(names(el)).to.deep.equal(['Test Crisis Line']);
      await said(el, '1 service');
      await tick(el, 'Wellbeing');
      expect(names(el)).to.deep.equal(['Test Crisis Line', 'Test Young Minds Drop-in']);
    });

    // safety: H4
    it('shows every service, saying who each is for, when none covers the practice', async () => {
      const el = await finder(html`<signpost-service-finder endpoint=${named('no-services-for-practice')} practice="y99999"></signpost-service-finder>`);
      expect(names(el)).to.deep.equal(['North Leeds Wellbeing', 'South Leeds Wellbeing']);
      expect(status(el)).to.equal('2 services');
      for (const name of names(el)) expect(text(card(el, name)), name).to.include('For patients of other GP practices');
      const covered = await finder(html`<signpost-service-finder endpoint=${named('no-services-for-practice')} practice="B86002"></signpost-service-finder>`);
      expect(names(covered)).to.deep.equal(['South Leeds Wellbeing', 'North Leeds Wellbeing']);
      expect(text(card(covered, 'South Leeds Wellbeing'))).not.to.include('For patients of other GP practices');
      expect(text(card(covered, 'North Leeds Wellbeing'))).to.include('For patients of other GP practices');
    });

    it('pre-filters by the categories attribute and hides the category control', async () => {
      const el = await finder(html`<signpost-service-finder endpoint=${FEED} categories="crisis, wellbeing"></signpost-service-finder>`);
      expect(names(el)).to.deep.equal(['Test Crisis Line', 'Test Young Minds Drop-in']);
      expect([...root(el).querySelectorAll('legend')].map((l) => l.textContent)).to.not.include('Type of support');
    });

    it('filters to services people can refer themselves to', async () => {
      const el = await finder(html`<signpost-service-finder endpoint=${FEED}></signpost-service-finder>`);
      await tick(el, 'I can refer myself');
      expect(names(el)).to.deep.equal(['Test Talking Therapies', 'Test Young Minds Drop-in']);
    });

    // safety: H4
    it('filters by age, including the minimum and maximum', async () => {
      const el = await finder(html`<signpost-service-finder endpoint=${FEED}></signpost-service-finder>`);
      const expected: [string, string[]][] = [
        ['10', ['Test Crisis Line']],
        ['11', ['Test Crisis Line', 'Test Young Minds Drop-in']],
        ['16', ['Test Talking Therapies', 'Test Crisis Line', 'Test Young Minds Drop-in']],
        ['18', ['Test Talking Therapies', 'Test Crisis Line', 'Test Young Minds Drop-in']],
        ['19', ['Test Talking Therapies', 'Test Crisis Line']],
        ['', ['Test Talking Therapies', 'Test Crisis Line', 'Test Young Minds Drop-in']],
      ];
      for (const [age, list] of expected) {
        await fill(el, '#age', age);
        expect(names(el), `age ${age}`).to.deep.equal(list);
      }
    });

    it('filters by how a person wants to be helped', async () => {
      const el = await finder(html`<signpost-service-finder endpoint=${FEED}></signpost-service-finder>`);
      await tick(el, 'Text message');
      expect(names(el)).to.deep.equal(['Test Young Minds Drop-in']);
      await tick(el, 'Video call');
      expect(names(el)).to.deep.equal(['Test Talking Therapies', 'Test Young Minds Drop-in']);
    });

    it('combines filters', async () => {
      const el = await finder(html`<signpost-service-finder endpoint=${FEED}></signpost-service-finder>`);
      await tick(el, 'I can refer myself');
      await tick(el, 'In person');
      expect(names(el)).to.deep.equal(['Test Talking Therapies', 'Test Young Minds Drop-in']);
      await fill(el, '#age', '17');
      await fill(el, '#q', 'drop');
      expect(names(el)).to.deep.equal(['Test Young Minds Drop-in']);
      await postcode(el, 'LS6 1AA');
      expect(names(el)).to.deep.equal([]);
      await said(el, 'No services match');
    });

    // safety: H4
    it('shows the services that cover the practice, or every practice, first; then says who the others are for', async () => {
      const forOthers = 'For patients of other GP practices';
      const covered = await finder(html`<signpost-service-finder endpoint=${FEED} practice="b82005"></signpost-service-finder>`);
      expect(names(covered)).to.have.length(3);
      expect(root(covered).textContent).to.not.contain(forOthers);
      const other = await finder(html`<signpost-service-finder endpoint=${FEED} practice="Y99999"></signpost-service-finder>`);
      const all = names(other);
      expect(all.slice(0, 2)).to.deep.equal(['Test Crisis Line', 'Test Young Minds Drop-in']);
      expect(all.length).to.be.above(2);
      for (const name of all)
        expect(text(card(other, name)).includes(forOthers), name).to.equal(!['Test Crisis Line', 'Test Young Minds Drop-in'].includes(name));
    });
  });

  describe('open now', () => {
    const openNow = async (iso: string, endpoint = FEED) => {
      const el = await finder(html`<signpost-service-finder endpoint=${endpoint} .now=${new Date(iso)}></signpost-service-finder>`);
      await tick(el, 'Open now');
      return names(el);
    };

    // safety: H5
    it('keeps an overnight session open after midnight', async () => {
      // Saturday 28 November 2026, 01:00: Friday's 18:00 to 02:00 session is still running.
      expect(await openNow('2026-11-28T01:00:00Z')).to.deep.equal(['Test Crisis Line', 'Test Young Minds Drop-in']);
      expect(await openNow('2026-11-28T02:30:00Z')).to.deep.equal(['Test Crisis Line']);
    });

    // safety: H5
    it('is closed on a closedOn date, all night', async () => {
      expect(await openNow('2026-12-25T19:00:00Z')).to.deep.equal(['Test Crisis Line']);
      expect(await openNow('2026-12-26T01:00:00Z')).to.deep.equal(['Test Crisis Line']);
    });

    it('treats alwaysOpen as open at any hour, and daytime hours as UK time', async () => {
      expect(await openNow('2026-11-23T10:00:00Z')).to.deep.equal(['Test Talking Therapies', 'Test Crisis Line']);
      expect(await openNow('2026-11-23T03:00:00Z')).to.deep.equal(['Test Crisis Line']);
    });

    // safety: H5
    it('uses UK time across the clock changes', async () => {
      // A Sunday drop-in, 09:00 to 17:00.
      const url = named('clock-change');
      // 08:30 UTC is 09:30 BST on 29 March 2026, but 08:30 GMT on 25 October 2026.
      expect(await openNow('2026-03-29T08:30:00Z', url)).to.deep.equal(['Sunday Drop-in']);
      expect(await openNow('2026-10-25T08:30:00Z', url)).to.deep.equal([]);
      expect(await openNow('2026-10-25T16:30:00Z', url)).to.deep.equal(['Sunday Drop-in']);
      expect(await openNow('2026-03-29T16:30:00Z', url)).to.deep.equal([]);
    });

    // safety: H5
    it('says when each service is open on its card', async () => {
      const el = await finder(html`<signpost-service-finder endpoint=${FEED} .now=${new Date('2026-11-23T10:00:00Z')}></signpost-service-finder>`);
      expect(text(card(el, 'Test Talking Therapies'))).to.include('Open now, closes at 5pm');
      expect(text(card(el, 'Test Crisis Line'))).to.include('Open 24 hours');
      expect(text(card(el, 'Test Young Minds Drop-in'))).to.include('Closed, opens Friday at 6pm');
    });
  });

  describe('postcode and distance', () => {
    // York, Online only (no coordinates), Leeds and Headingley.
    const places = named('distances');
    /** Requests the page makes while `act` runs (the resource-timing buffer is emptied first, so a full one cannot hide them). */
    const requests = async (act: () => Promise<unknown>) => {
      performance.clearResourceTimings();
      await act();
      return performance.getEntriesByType('resource').map((r) => r.name);
    };
    // safety: H4
    it('hides services whose districts exclude the postcode, for a full postcode or a district', async () => {
      const el = await finder(html`<signpost-service-finder endpoint=${FEED}></signpost-service-finder>`);
      await postcode(el, ' ls61aa ');
      expect(names(el)).to.deep.equal(['Test Talking Therapies', 'Test Crisis Line']);
      await postcode(el, 'ls1');
      expect(names(el)).to.deep.equal(['Test Crisis Line', 'Test Young Minds Drop-in']);
      expect($(el, '#pc')!.getAttribute('aria-invalid')).to.equal('false');
    });

    it('applies the postcode on Enter without leaving the page', async () => {
      const el = await finder(html`<signpost-service-finder endpoint=${FEED}></signpost-service-finder>`);
      $(el, '#pc')!.focus();
      await sendKeys({ type: 'LS7 2AB' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Test Talking Therapies', 'Test Crisis Line']);
    });

    // safety: H4
    it('explains a postcode that is not a UK postcode, next to the field', async () => {
      const el = await finder(html`<signpost-service-finder endpoint=${FEED}></signpost-service-finder>`);
      await postcode(el, 'hello');
      const input = $(el, '#pc')!;
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      const message = $(el, `#${input.getAttribute('aria-describedby')}`)!;
      expect(message.textContent).to.equal('This is not a UK postcode. Try one like LS6 1AA.');
      expect(names(el)).to.have.length(3);
      await expect(el).to.be.accessible();
    });

    it('offers "Use my location" where the browser has geolocation', async () => {
      const el = await finder(html`<signpost-service-finder endpoint=${FEED}></signpost-service-finder>`);
      expect(!!navigator.geolocation).to.equal(true);
      expect([...root(el).querySelectorAll('button')].map((b) => b.textContent)).to.include('Use my location');
    });

    describeWhere('geolocation', '"Use my location"', () => {
      const geolocation = (state: 'granted' | 'denied' | 'prompt', latitude?: number, longitude?: number) =>
        executeServerCommand('signpost-geolocation', { state, latitude, longitude });
      const locate = (el: SignpostServiceFinder) => [...root(el).querySelectorAll('button')].find((b) => b.textContent === 'Use my location')!;

      after(() => geolocation('prompt'));

      // safety: H10
      it('sorts by distance from where the person is, once they allow it, and sends nothing anywhere', async () => {
        await geolocation('granted', 53.7997, -1.5492);
        const url = places;
        const el = await finder(html`<signpost-service-finder endpoint=${url}></signpost-service-finder>`);
        expect(names(el)).to.deep.equal(['York', 'Online only', 'Leeds', 'Headingley']);
        const sent = await requests(async () => {
          locate(el).focus();
          await sendKeys({ press: 'Enter' });
          await waitUntil(() => names(el)[0] === 'Leeds', 'results were not sorted by distance from the location');
        });
        expect(sent).to.deep.equal([]);
        expect(names(el)).to.deep.equal(['Leeds', 'Headingley', 'York', 'Online only']);
        expect(text(card(el, 'Leeds'))).to.include('0.1 miles away');
        expect(text(card(el, 'York'))).to.match(/\d+\.\d miles away/);
        expect(text(card(el, 'Online only'))).to.not.include('miles');
        expect($(el, '#pc-note')).to.equal(null);
        await expect(el).to.be.accessible();
      });

      it('says so, and points to the postcode, when the person refuses', async () => {
        await geolocation('denied');
        const url = places;
        const el = await finder(html`<signpost-service-finder endpoint=${url}></signpost-service-finder>`);
        locate(el).click();
        await waitUntil(() => $(el, '#pc-note'), 'no note about the location', { timeout: 5000 });
        const note = $(el, '#pc-note')!;
        expect(note.textContent).to.equal('Your location is not available. You can enter a postcode instead.');
        expect(note.getAttribute('role')).to.equal('alert');
        expect($(el, '#pc')!.getAttribute('aria-describedby')).to.equal('pc-note');
        expect(names(el)).to.deep.equal(['York', 'Online only', 'Leeds', 'Headingley']);
        expect(text(root(el).querySelector('.list')!)).to.not.include('miles');
        await expect(el).to.be.accessible();
      });
    });

    it('sorts by distance with a geocoder, places without coordinates last', async () => {
      const url = places;
      const geo = await store({ status: 200, result: { postcode: 'LS1 1AA', latitude: 53.7997, longitude: -1.5492 } }, 'finder-geo');
      const el = await finder(html`<signpost-service-finder endpoint=${url} geocoder="/fault/stored?key=${geo.key}&pc={postcode}"></signpost-service-finder>`);
      expect(names(el)).to.deep.equal(['York', 'Online only', 'Leeds', 'Headingley']);
      const sent = await requests(async () => {
        await postcode(el, 'ls1 1aa');
        await waitUntil(() => names(el)[0] === 'Leeds', 'results were not sorted by distance');
      });
      // The one request, and the way the other tests see that none was made.
      expect(sent.map((url) => new URL(url).search)).to.deep.equal([`?key=${geo.key}&pc=LS1%201AA`]);
      expect(names(el)).to.deep.equal(['Leeds', 'Headingley', 'York', 'Online only']);
      expect(text(card(el, 'Leeds'))).to.include('0.1 miles');
      expect(text(card(el, 'Headingley'))).to.match(/1\.\d miles/);
      expect(text(card(el, 'Online only'))).to.not.include('miles');
      expect(await hits(geo.key)).to.equal(1);
      await expect(el).to.be.accessible();
    });

    it('keeps the district filter, without sorting, when the geocoder fails', async () => {
      const k = key('geo500');
      const el = await finder(html`<signpost-service-finder endpoint=${FEED} geocoder="/fault/status/500?key=${k}&pc={postcode}"></signpost-service-finder>`);
      await postcode(el, 'LS6 1AA');
      await waitUntil(() => $(el, '#pc-note'), 'no note about distances');
      expect($(el, '#pc-note')!.textContent).to.equal('Distances are not available right now.');
      expect($(el, '#pc')!.getAttribute('aria-describedby')).to.equal('pc-note');
      expect(names(el)).to.deep.equal(['Test Talking Therapies', 'Test Crisis Line']);
      expect(text(root(el).querySelector('.list')!)).to.not.include('miles');
      expect(await hits(k)).to.equal(1);
    });

    // safety: H10
    it('sends the postcode nowhere without a geocoder', async () => {
      const el = await finder(html`<signpost-service-finder endpoint=${FEED}></signpost-service-finder>`);
      const sent = await requests(async () => {
        await postcode(el, 'LS6 1AA');
        await aTimeout(100);
      });
      expect(sent).to.deep.equal([]);
    });

    it('sends the postcode to no plain-http geocoder on another site, and says why', async () => {
      const el = await finder(html`<signpost-service-finder endpoint=${FEED} geocoder="http://geocoder.invalid/{postcode}"></signpost-service-finder>`);
      const { result: sent, issues } = await withElementIssues(() =>
        requests(async () => {
          await postcode(el, 'LS6 1AA');
          await aTimeout(100);
        }),
      );
      expect(sent).to.deep.equal([]);
      expect(issues).to.deep.equal([
        { record: '<signpost-service-finder>', path: 'geocoder', code: 'bad-setting', message: 'the geocoder is not an https: URL, nor on this site' },
      ]);
      expect(names(el)).to.deep.equal(['Test Talking Therapies', 'Test Crisis Line']);
    });
  });

  describe('cards', () => {
    // safety: H4
    it('shows how to get in, contacts, who it is for, address, languages and waiting time', async () => {
      const el = await finder(html`<signpost-service-finder endpoint=${FEED}></signpost-service-finder>`);
      const talking = card(el, 'Test Talking Therapies');
      const refer = talking.querySelector<HTMLAnchorElement>('a.refer')!;
      expect(refer.textContent).to.equal('Refer yourself (talk.example.org)');
      expect(refer.href).to.equal('https://talk.example.org/refer');
      expect(talking.querySelector('a[href="tel:01134960000"]')!.textContent).to.equal('0113 496 0000');
      expect(talking.querySelector('a[href="https://talk.example.org/"]')).to.exist;
      const all = text(talking);
      for (const part of [
        'Test NHS Foundation Trust',
        'Talking therapies (NHS)',
        'Ages 16 and over',
        'You can also ask your GP to refer you.',
        '1 Example Street, Leeds, LS6 1AA',
        'How: Phone, Video call, In person',
        'Languages: English, Urdu, British Sign Language',
      ]) {
        expect(all).to.include(part);
      }
      const wait = talking.querySelector('signpost-waiting-time')!;
      expect(wait.data).to.deep.include({ measure: 'referral-to-assessment', days: 35 });
      expect(card(el, 'Test Crisis Line').querySelector('signpost-waiting-time')).to.equal(null);

      const young = card(el, 'Test Young Minds Drop-in');
      expect(text(young)).to.include('Ages 11 to 18').and.include('Refer yourself by phone: 07700 900001');
      expect(young.querySelector('a[href="tel:07700900001"]')!.textContent).to.equal('07700 900001');
      expect(young.querySelector('a[href="sms:07700900002"]')!.textContent).to.equal('07700 900002');
      expect(young.querySelector('a[href="mailto:hello@young.example.org"]')).to.exist;
    });

    // safety: H4
    it('says "Ask your GP" and "Up to 18" when those are the facts', async () => {
      const el = await finder(html`<signpost-service-finder endpoint=${named('gp-only')}></signpost-service-finder>`);
      expect(text(card(el, 'GP only')))
        .to.include('Up to 18')
        .and.include('Ask your GP to refer you.');
      expect(card(el, 'GP only').querySelector('a')).to.equal(null);
    });

    it('expands the description with a button that says whether it is expanded', async () => {
      const el = await finder(html`<signpost-service-finder endpoint=${FEED}></signpost-service-finder>`);
      const button = card(el, 'Test Talking Therapies').querySelector<HTMLButtonElement>('button[aria-controls]')!;
      const description = $(el, `#${button.getAttribute('aria-controls')}`)!;
      expect(description.textContent).to.include('Free NHS talking therapy');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(button.textContent!.trim()).to.equal('Read less');
    });

    // safety: H10
    it('reports every call, text, email, link and referral click', async () => {
      const el = await finder(html`<signpost-service-finder endpoint=${FEED}></signpost-service-finder>`);
      // Stay on the test page: the click and its event are what is tested, not the dialler.
      el.addEventListener('click', (e) => e.preventDefault());
      const clicks: [string, string][] = [
        ['Test Talking Therapies', 'a.refer'],
        ['Test Talking Therapies', 'a[href^="tel:"]'],
        ['Test Talking Therapies', 'a[href^="https://talk.example.org/"]:not(.refer)'],
        ['Test Young Minds Drop-in', 'a[href^="sms:"]'],
        ['Test Young Minds Drop-in', 'a[href^="mailto:"]'],
        ['Test Young Minds Drop-in', 'a[href^="tel:"]'],
      ];
      const details: ActionDetail[] = [];
      for (const [name, selector] of clicks) {
        const event = oneEvent(el, 'signpost-action');
        card(el, name).querySelector<HTMLElement>(selector)!.click();
        details.push((await event).detail);
      }
      expect(details).to.deep.equal([
        { widget: 'service-finder', kind: 'referral', value: 'https://talk.example.org/refer', serviceId: 'talking-therapies' },
        { widget: 'service-finder', kind: 'call', value: 'tel:01134960000', serviceId: 'talking-therapies' },
        { widget: 'service-finder', kind: 'link', value: 'https://talk.example.org/', serviceId: 'talking-therapies' },
        { widget: 'service-finder', kind: 'text', value: 'sms:07700900002', serviceId: 'young-minds' },
        { widget: 'service-finder', kind: 'email', value: 'mailto:hello@young.example.org', serviceId: 'young-minds' },
        { widget: 'service-finder', kind: 'referral', value: 'tel:07700900001', serviceId: 'young-minds' },
      ]);
    });

    // safety: H7
    it('renders a hostile feed as inert text that wraps at 320px', async () => {
      const url = named('hostile-text');
      const el = await finder(html`<signpost-service-finder endpoint=${url} style="width: 320px"></signpost-service-finder>`);
      const shadow = root(el);
      expect(names(el)).to.have.length(3);
      expect(shadow.querySelectorAll('script, img, b')).to.have.length(0);
      expect((window as { hacked?: number }).hacked).to.equal(undefined);
      for (const a of shadow.querySelectorAll('a')) expect(a.getAttribute('href')).to.match(/^(https?:|tel:|sms:|mailto:)/);
      expect([...shadow.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
        'http://plain.example.org/',
        `https://example.org/${'a'.repeat(270)}`,
      ]);
      expect(text(card(el, names(el)[0]!))).to.include('Refer yourself online: javascript:window.hacked=1');
      expect(text(card(el, names(el)[0]!))).to.include('Languages: Arabic, not a language!, British Sign Language');
      for (const article of shadow.querySelectorAll('article')) expect(article.scrollWidth).to.be.at.most(article.clientWidth);
      expect(el.scrollWidth).to.be.at.most(320);
      await expect(el).to.be.accessible();
    });
  });

  describe('paging', () => {
    it('shows a page at a time and moves focus to the first new result', async () => {
      const el = await finder(html`<signpost-service-finder endpoint=${FEED} page-size="2"></signpost-service-finder>`);
      expect(names(el)).to.have.length(2);
      expect(status(el)).to.equal('3 services');
      const more = $<HTMLButtonElement>(el, '[part="more"]')!;
      expect(more.textContent).to.equal('Show more');
      more.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => names(el).length === 3);
      await el.updateComplete;
      const third = root(el).querySelectorAll('h3')[2]!;
      expect(root(el).activeElement).to.equal(third);
      expect(third.getAttribute('tabindex')).to.equal('-1');
      expect($(el, '[part="more"]')).to.equal(null);
    });

    // Speed is measured by `npm run bench` against a hand-written baseline; this checks the paging.
    // safety: H9
    it('renders only one page of 10,000 services while filtering them', async () => {
      const services = Array.from({ length: 10_000 }, (_, i) => ({
        id: `s${i}`,
        name: `Service ${i}`,
        description: 'Support for anxiety and low mood in Leeds',
        categories: [i % 2 ? 'wellbeing' : 'crisis'],
        hours: { weekly: [{ day: 'mon', opens: '09:00', closes: '17:00' }] },
      }));
      const { url } = await store(feedOf(services), 'finder-many');
      const el = await finder(html`<signpost-service-finder endpoint=${url} .now=${new Date('2026-11-23T10:00:00Z')}></signpost-service-finder>`);
      expect(status(el)).to.equal('10,000 services');
      expect(root(el).querySelectorAll('article')).to.have.length(10);
      for (const q of ['s', 'se', 'ser', 'serv', 'servi', 'service 99']) await fill(el, '#q', q);
      await tick(el, 'Open now');
      expect(names(el)[0]).to.equal('Service 99');
      expect(root(el).querySelectorAll('article')).to.have.length(10);
      const expected = services.filter((s) => s.name.toLowerCase().includes('service') && s.name.includes('99')).length;
      await said(el, `${expected} services`);
    });
  });

  describe('sync-url', () => {
    const original = location.href;
    afterEach(() => history.replaceState(history.state, '', original));

    it('mirrors the filters in the URL, restores them in a new element, and follows the back button', async () => {
      history.replaceState(history.state, '', `${original}${original.includes('?') ? '&' : '?'}host=keep%20me`);
      const el = await finder(html`<signpost-service-finder endpoint=${FEED} sync-url sync-url-fields="search postcode"></signpost-service-finder>`);
      const length = history.length;
      await fill(el, '#q', 'test');
      expect(history.length, 'typing replaces the entry').to.equal(length);
      await tick(el, 'I can refer myself');
      expect(history.length, 'a checkbox adds an entry').to.equal(length + 1);
      await tick(el, 'Wellbeing');
      await tick(el, 'Text message');
      await fill(el, '#age', '15');
      await postcode(el, 'ls1');
      const params = new URL(location.href).searchParams;
      expect(params.get('host')).to.equal('keep me');
      expect(Object.fromEntries([...params].filter(([k]) => k.startsWith('signpost-')))).to.deep.equal({
        'signpost-q': 'test',
        'signpost-self': '1',
        'signpost-category': 'wellbeing',
        'signpost-delivery': 'text',
        'signpost-age': '15',
        'signpost-postcode': 'ls1',
      });
      expect(names(el)).to.deep.equal(['Test Young Minds Drop-in']);

      const copy = await finder(html`<signpost-service-finder endpoint=${FEED} sync-url sync-url-fields="search postcode"></signpost-service-finder>`);
      expect(names(copy)).to.deep.equal(['Test Young Minds Drop-in']);
      expect($<HTMLInputElement>(copy, '#q')!.value).to.equal('test');
      expect($<HTMLInputElement>(copy, '#age')!.value).to.equal('15');
      expect($<HTMLInputElement>(copy, '#pc')!.value).to.equal('ls1');
      const checked = [...root(copy).querySelectorAll('label')].filter((l) => l.querySelector('input')?.checked).map(text);
      expect(checked).to.deep.equal(['Wellbeing', 'I can refer myself', 'Text message']);

      // Back past the four discrete changes, to where only the search had been typed.
      const popped = oneEvent(window, 'popstate');
      history.go(-4);
      await popped;
      await copy.updateComplete;
      const back = new URL(location.href).searchParams;
      expect([...back.keys()].filter((k) => k.startsWith('signpost-'))).to.deep.equal(['signpost-q']);
      expect(back.get('host')).to.equal('keep me');
      expect($<HTMLInputElement>(copy, '#pc')!.value).to.equal('');
      expect(names(copy)).to.have.length(3);
      expect(names(el)).to.have.length(3);
    });

    // safety: H10
    it('keeps the search words and the postcode out of the URL unless sync-url-fields names them (issue 23.4)', async () => {
      const el = await finder(html`<signpost-service-finder endpoint=${FEED} sync-url></signpost-service-finder>`);
      await fill(el, '#q', 'self harm');
      await postcode(el, 'ls1');
      await tick(el, 'I can refer myself');
      const params = new URL(location.href).searchParams;
      expect(Object.fromEntries([...params].filter(([k]) => k.startsWith('signpost-')))).to.deep.equal({ 'signpost-self': '1' });
      expect(location.href).not.to.match(/harm|ls1/i);
      // A shared link that carries them is not read either, and they are dropped from the URL.
      history.replaceState(history.state, '', `${original}${original.includes('?') ? '&' : '?'}signpost-q=grief&signpost-postcode=LS6&signpost-open=1`);
      const copy = await finder(html`<signpost-service-finder endpoint=${FEED} sync-url sync-url-fields="postcode"></signpost-service-finder>`);
      expect($<HTMLInputElement>(copy, '#q')!.value).to.equal('');
      expect($<HTMLInputElement>(copy, '#pc')!.value).to.equal('LS6');
      await tick(copy, 'I can refer myself');
      expect(new URL(location.href).searchParams.get('signpost-q')).to.equal(null);
      expect(new URL(location.href).searchParams.get('signpost-postcode')).to.equal('LS6');
    });

    // safety: H10
    it('leaves the URL alone without sync-url', async () => {
      const el = await finder(html`<signpost-service-finder endpoint=${FEED}></signpost-service-finder>`);
      await tick(el, 'Open now');
      await fill(el, '#q', 'test');
      expect(location.href).to.equal(original);
    });
  });
});

runFeedElementSuite('signpost-service-finder', {
  // Monday 23 November 2026, 03:00: the talking therapies are closed.
  now: new Date('2026-11-23T03:00:00Z'),
  ready: (el) => !!$(el, 'article'),
  safe: (el) => {
    expect(status(el)).to.equal('Service information is not available right now.');
    expect($(el, 'signpost-get-help[variant="strip"]')).to.exist;
  },
  failed: (el) => !!$(el, 'signpost-get-help'),
  // Monday 23 November 2026, 10:00 UK time.
  clock: { at: new Date('2026-11-23T10:00:00Z'), says: 'Open now, closes at 5pm' },
  welsh: { en: 'Find mental health support', cy: 'Dod o hyd i gymorth iechyd meddwl' },
});
