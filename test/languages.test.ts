import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';
import '../src/index.js';
import '../src/signpost-cy.js';
import { registerLocale } from '../src/i18n/translations.js';
import { inLocale, msg, plural } from '../src/i18n/localize.js';
import type { SignpostElement } from '../src/internal/element.js';

/** Everything an element shows, across its shadow root and any element nested in it. */
function shown(el: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent!);
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    node.childNodes.forEach(walk);
  };
  walk(el.shadowRoot!);
  return parts.join(' ').replace(/\s+/g, ' ');
}

const heading = (el: Element) => el.shadowRoot!.querySelector('h2')?.textContent?.trim();
const settled = (el: Element) => (el as SignpostElement).updateComplete;

describe('languages', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en-GB'));

  // That every word goes through the catalogue, and the catalogue is complete, is checked in test/node/catalogues.test.mjs.
  describe('every word goes through the catalogue', () => {
    // safety: H8
    it('leaves no English in a Welsh page: each message shown is its Welsh', async () => {
      const messages = (await executeServerCommand('signpost-welsh')) as { source: string; target: string }[];
      // Only whole messages with no placeholder can be looked for as they are; the feed's own words
      // (English in the fixture: "Call the crisis line", "Open 24 hours.") are not ours to translate.
      const feed = await (await fetch('/test/fixtures/feed.json')).text();
      const english = messages
        .filter((m) => m.source !== m.target && !m.source.includes('{') && m.source.length > 3 && !feed.includes(m.source))
        .map((m) => m.source);
      const el = await fixture(html`<signpost-provider lang="cy" endpoint="/test/fixtures/feed.json">
        <signpost-get-help></signpost-get-help>
        <signpost-waiting-time service="talking-therapies" variant="detail"></signpost-waiting-time>
        <signpost-service-finder></signpost-service-finder>
      </signpost-provider>`);
      const finder = el.querySelector('signpost-service-finder')!;
      await waitUntil(() => finder.shadowRoot!.querySelector('article'), 'finder results');
      await waitUntil(() => shown(el.querySelector('signpost-get-help')!).includes('Local crisis line'), 'get-help feed');
      const texts = [...el.children].map(shown).join(' ');
      const left = english.filter((source) => new RegExp(`(^|[\\s>])${source.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[\\s<.,:])`).test(texts));
      expect(left, 'English still shown').to.deep.equal([]);
      expect(texts).to.contain('Cael help nawr').and.to.contain('Dod o hyd i gymorth iechyd meddwl');
    });
  });

  describe('which language an element speaks', () => {
    it('speaks English (the source) with no lang anywhere, or a language with no catalogue, dates included', async () => {
      document.documentElement.removeAttribute('lang');
      const plain = await fixture(html`<signpost-get-help></signpost-get-help>`);
      expect(heading(plain)).to.equal('Get help now');
      const french = await fixture(html`<signpost-get-help lang="fr"></signpost-get-help>`);
      expect(heading(french)).to.equal('Get help now');
      // Text and dates agree: an English card does not show a French month.
      expect(french.shadowRoot!.querySelector('[part=reviewed]')!.textContent).to.match(/checked \d+ [A-Z][a-z]+ \d{4}$/);
    });

    // safety: H8
    it("follows its own lang, else its provider's, else the page's <html lang>", async () => {
      document.documentElement.setAttribute('lang', 'cy');
      const page = await fixture(html`<div>
        <signpost-get-help id="page"></signpost-get-help>
        <signpost-provider lang="en-GB">
          <signpost-get-help id="provider"></signpost-get-help>
          <signpost-get-help id="own" lang="cy-GB"></signpost-get-help>
        </signpost-provider>
      </div>`);
      const byId = (id: string) => page.querySelector(`#${id}`)!;
      const [fromPage, fromProvider, own] = [byId('page'), byId('provider'), byId('own')];
      expect(heading(fromPage), 'html lang="cy"').to.equal('Cael help nawr');
      expect(heading(fromProvider), 'provider lang="en-GB"').to.equal('Get help now');
      expect(heading(own), 'own lang="cy-GB" (falls back to cy)').to.equal('Cael help nawr');
      // The reviewed date in Welsh words (Chromium's Intl has no Welsh and would say "November").
      expect(own.shadowRoot!.querySelector('[part=reviewed]')!.textContent).to.match(
        /^Gwiriwyd y rhifau argyfwng ar \d+ (Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr) \d{4}$/,
      );
    });

    it('re-renders when a language changes on the page, its provider or itself', async () => {
      const provider = await fixture(html`<signpost-provider><signpost-get-help></signpost-get-help></signpost-provider>`);
      const help = provider.querySelector('signpost-get-help')!;
      expect(heading(help)).to.equal('Get help now');
      document.documentElement.setAttribute('lang', 'cy');
      await waitUntil(() => heading(help) === 'Cael help nawr', 'html lang');
      provider.setAttribute('lang', 'en');
      await waitUntil(() => heading(help) === 'Get help now', 'provider lang');
      help.setAttribute('lang', 'cy');
      await waitUntil(() => heading(help) === 'Cael help nawr', 'own lang');
    });

    // safety: H8
    it('marks the language its text is in, which may not be the page’s (WCAG 3.1.2)', async () => {
      const page = await fixture(html`<div>
        <div lang="fr"><signpost-get-help></signpost-get-help></div>
        <div lang="cy"><signpost-get-help></signpost-get-help></div>
      </div>`);
      const [french, welsh] = [...page.querySelectorAll('signpost-get-help')].map((el) => [...el.shadowRoot!.children].map((c) => c.getAttribute('lang')));
      expect(french, 'no French catalogue: English, marked so').to.deep.equal(['en-GB']);
      expect(welsh).to.deep.equal(['cy']);
    });

    it('a badge inside the finder speaks the finder’s language', async () => {
      const finder = await fixture(html`<signpost-service-finder lang="cy" endpoint="/test/fixtures/feed.json"></signpost-service-finder>`);
      await waitUntil(() => finder.shadowRoot!.querySelector('signpost-waiting-time'), 'a badge');
      const badge = finder.shadowRoot!.querySelector('signpost-waiting-time')!;
      await settled(badge);
      expect(shown(badge)).to.match(/Amser aros: tua \d+ wythnos/);
      expect(shown(finder)).to.contain('Dod o hyd i gymorth iechyd meddwl');
      // Language names come from the catalogue: Chromium's Intl has none in Welsh.
      expect(shown(finder)).to.contain('Ieithoedd: Saesneg, Wrdw, Iaith Arwyddion Prydain');
    });

    it('re-renders in a catalogue registered after the element, and in a newer one registered again', async () => {
      const el = await fixture(html`<signpost-get-help lang="zz"></signpost-get-help>`);
      expect(heading(el)).to.equal('Get help now');
      registerLocale('zz', { [generateMsgId('Get help now', false)]: 'ZZ help' });
      await waitUntil(() => heading(el) === 'ZZ help', 'the late catalogue');
      registerLocale('zz', { [generateMsgId('Get help now', false)]: 'ZZ help, newer' });
      await waitUntil(() => heading(el) === 'ZZ help, newer', 'the newer catalogue');
    });

    it('speaks the language of where it is moved to', async () => {
      const page = await fixture(html`<div><div lang="en-GB" id="en"><signpost-get-help></signpost-get-help></div><div lang="cy" id="cy"></div></div>`);
      const help = page.querySelector('signpost-get-help')!;
      expect(heading(help)).to.equal('Get help now');
      page.querySelector('#cy')!.append(help);
      await waitUntil(() => heading(help) === 'Cael help nawr', 'Welsh after the move');
    });
  });

  describe('plurals and numbers', () => {
    it('English: "1 service", "12 services", through the finder', async () => {
      const finder = await fixture(html`<signpost-service-finder endpoint="/test/fixtures/feed.json"></signpost-service-finder>`);
      const status = () => finder.shadowRoot!.querySelector('[part=status]')!.textContent!.trim();
      await waitUntil(() => /^\d+ services$/.test(status()), 'the count');
      const search = finder.shadowRoot!.querySelector<HTMLInputElement>('#q')!;
      search.value = 'Young Minds';
      search.dispatchEvent(new Event('input'));
      await waitUntil(() => status() === '1 service', `one result, got "${status()}"`);
    });

    it('English: picks the form and writes the digits Intl would, without asking Intl', () => {
      const counts = [...Array.from({ length: 2001 }, (_, i) => i), 0.5, 1.5, 10.5, 999.25, 12_345, 100_000, 999_999, 1_000_000, 123_456_789, 2 ** 40];
      const rules = new Intl.PluralRules('en-GB');
      const number = new Intl.NumberFormat('en-GB');
      const expected = counts.map((count) => `${rules.select(count)} ${number.format(count)}`);
      // Any use of Intl's plural rules or number formatting during the English run throws.
      const { PluralRules } = Intl;
      const { toLocaleString } = Number.prototype;
      const asked = () => {
        throw new Error('Intl was asked');
      };
      const intl = Intl as { PluralRules: unknown };
      intl.PluralRules = asked;
      Number.prototype.toLocaleString = asked;
      let actual: string[];
      try {
        actual = counts.map((count) => plural(count, 'one {one #} other {other #}'));
      } finally {
        intl.PluralRules = PluralRules;
        Number.prototype.toLocaleString = toLocaleString;
      }
      expect(actual).to.deep.equal(expected);
    });

    it('English: a fractional count from 1,000 up is written by Intl', () => {
      expect(plural(1000.5, 'other {#}')).to.equal(new Intl.NumberFormat('en-GB').format(1000.5));
    });

    it('Welsh: every plural category picks its own form', () => {
      const days = () => plural(n, msg('one {# day} other {# days}'));
      let n = 0;
      const speaking = (lang: string) => Object.assign(document.createElement('span'), { lang });
      const say = (count: number) => ((n = count), inLocale(speaking('cy'), days));
      // Intl's Welsh categories: 0 zero, 1 one, 2 two, 3 few, 6 many, 4 other.
      expect([0, 1, 2, 3, 6, 4].map((c) => new Intl.PluralRules('cy').select(c))).to.deep.equal(['zero', 'one', 'two', 'few', 'many', 'other']);
      expect([0, 1, 2, 3, 6, 4].map(say)).to.deep.equal(['0 diwrnod', '1 diwrnod', '2 ddiwrnod', '3 diwrnod', '6 diwrnod', '4 diwrnod']);
      expect([1, 2, 10_000].map((c) => ((n = c), inLocale(speaking('en-GB'), days)))).to.deep.equal(['1 day', '2 days', '10,000 days']);
      // Spacing is free, and every # is the number.
      expect(plural(3, 'one{# day}other {# days (#)}')).to.equal('3 days (3)');
    });
  });

  // safety: H8
  it('is accessible in Welsh, every element', async () => {
    const el = await fixture(html`<signpost-provider lang="cy" endpoint="/test/fixtures/feed.json">
      <signpost-get-help></signpost-get-help>
      <signpost-waiting-time service="talking-therapies" variant="detail"></signpost-waiting-time>
      <signpost-service-finder></signpost-service-finder>
    </signpost-provider>`);
    await waitUntil(() => el.querySelector('signpost-service-finder')!.shadowRoot!.querySelector('article'), 'finder results');
    await waitUntil(() => shown(el.querySelector('signpost-get-help')!).includes('Local crisis line'), 'get-help feed');
    for (const child of el.children) await expect(child).to.be.accessible();
  });
});
