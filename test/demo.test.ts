import { expect, waitUntil } from '@open-wc/testing';
import { FALLBACK, cdnUrl, type Release } from '../demo/snippet.js';
import { shadowRoots } from './support/dom.js';

/**
 * The demo page, loaded as a visitor would: demo/index.html in an iframe, running the built
 * dist/signpost.js (npm test builds it first) against demo/data/feed.json over real HTTP.
 *
 * The test runner adds the demo server's own routes (demo/routes.mjs), so the gallery's hanging
 * and failing feeds behave as they do under `npm start`.
 */

type DemoWindow = Window & typeof globalThis & { __signpostDemoErrors?: string[]; axe?: AxeLike };
interface AxeLike {
  run(context: Node, options: object): Promise<{ violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] }>;
}

/**
 * The loader logs a failed feed with console.error: the gallery's broken feeds fail on purpose, and
 * so do the code preview's, for the bad addresses the feed address check is tried with.
 */
const EXPECTED_ERROR =
  /^Signpost: could not load (\S+\/demo\/(hang|data\/broken\/[\w-]+\.(json|html)|data\/missing\.json|icb\.example\.org\/feed\.json)|https:\/\/feed\.signpost\.invalid\/\S+): /;
const LONG = { timeout: 10000 };

let frame: HTMLIFrameElement;
let win: DemoWindow;
let doc: Document;

const $ = <E extends Element = HTMLElement>(selector: string, root: ParentNode = doc) => {
  const found = root.querySelector<E>(selector);
  if (!found) throw new Error(`no ${selector} in the demo`);
  return found;
};
const shadow = (host: Element) => {
  if (!host.shadowRoot) throw new Error(`<${host.localName}> has no shadow root: is dist/signpost.js built and loading?`);
  return host.shadowRoot;
};
const shown = (host: Element | null) => host?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
const cards = (finder: Element) => finder.shadowRoot?.querySelectorAll('[part~="card"]').length ?? 0;

function loadFrame(setup: (f: HTMLIFrameElement) => void): Promise<HTMLIFrameElement> {
  const f = document.createElement('iframe');
  f.style.cssText = 'inline-size: 1024px; block-size: 768px; border: 0';
  setup(f);
  const loaded = new Promise<HTMLIFrameElement>((resolve) => f.addEventListener('load', () => resolve(f), { once: true }));
  document.body.append(f);
  return loaded;
}

/** Sets a form control the way a person would, firing the events the demo listens for. */
function choose(control: HTMLInputElement | HTMLSelectElement, value: string) {
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Ticks the chosen elements in "Get the code" (and unticks the others). */
function pick(tags: string[]) {
  for (const box of doc.querySelectorAll<HTMLInputElement>('#embed-form [name="element"]')) box.checked = tags.includes(box.value);
  doc.querySelector('#embed-form [name="element"]')!.dispatchEvent(new Event('change', { bubbles: true }));
}

const code = () => $('#embed-code').textContent!;

const nextFrame = () => new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));

describe('demo page', function () {
  this.timeout(30000);

  before(async () => {
    frame = await loadFrame((f) => (f.src = '/demo/index.html?test'));
    win = frame.contentWindow as DemoWindow;
    doc = frame.contentDocument!;
  });

  after(() => frame.remove());

  it('loads the bundle and defines every element', async () => {
    for (const tag of ['signpost-provider', 'signpost-get-help', 'signpost-waiting-time', 'signpost-service-finder']) {
      expect(win.customElements.get(tag), `${tag} is not defined: run npm run build`).to.exist;
    }
    expect($('#bundle-missing').hidden).to.be.true;
  });

  // safety: H2
  it('carries the snippet’s fallback, with tel: links, wherever the demo page has one', () => {
    const fallbacks = [...doc.querySelectorAll('signpost-get-help')].filter((el) => el.children.length > 0);
    expect(fallbacks.length).to.be.at.least(4);
    for (const el of fallbacks) {
      // The Welsh section's is the same in Welsh.
      if (el.closest('[lang="cy"]'))
        for (const href of ['tel:999', 'tel:111', 'tel:116123']) expect(el.querySelectorAll(`a[href="${href}"]`), href).to.have.length(1);
      else expect(el.innerHTML.trim()).to.equal(FALLBACK);
    }
    expect($('#bundle-missing').innerHTML).to.include(FALLBACK);
  });

  it('renders every element with data from the demo feed, inside a provider and on its own', async () => {
    const provider = $('main > signpost-provider');
    const finder = $('signpost-service-finder', provider);
    await waitUntil(() => cards(finder) > 0, 'the provider finder shows no result card', LONG);
    const wait = $('signpost-waiting-time', provider);
    await waitUntil(() => /About \d+ (days|weeks)/.test(shown(wait)), 'the provider waiting time shows no wait', LONG);
    const help = $('signpost-get-help', provider);
    await waitUntil(() => shown(help).includes('0113 496 0100'), 'get-help shows no local crisis line from the feed', LONG);
    expect(shown(help)).to.include('999');

    const section = $('#standalone-heading').closest('section')!;
    const alone = $('signpost-service-finder[endpoint]', section);
    await waitUntil(() => cards(alone) > 0, 'the standalone finder shows no result card', LONG);
    await waitUntil(() => shown($('signpost-waiting-time[endpoint]', section)).includes('About'), 'no standalone wait', LONG);
    const cyp = $('signpost-get-help[pathway="cyp"]', section);
    await waitUntil(() => shown(cyp).includes('0113 496 0150'), 'the young people pathway did not load', LONG);
    expect(shown(cyp)).to.include('999');
  });

  // safety: H2
  it('keeps the crisis routes and says "not available" in every broken state of the gallery', async () => {
    for (const state of ['loading', 'empty', 'server-error', 'invalid', 'wrong-version', 'hostile', 'no-endpoint']) {
      const box = $(`[data-state="${state}"]`);
      expect(shown($('signpost-get-help', box)), state).to.include('999');
      if (state === 'hostile' || state === 'loading') continue;
      await waitUntil(() => shown($('signpost-waiting-time', box)).includes('not available'), `${state}: no "not available"`, LONG);
    }
    const waits = $('[data-state="waits"]');
    await waitUntil(() => /out of date/i.test(shown($('#stale-badge', waits))), 'the stale wait is not marked', LONG);
    expect(shown($('#stale-badge', waits))).to.include('About 5 weeks');
    expect(shown($('#invalid-wait', waits))).to.include('not available');
  });

  // safety: H7
  it('renders the hostile feed as text, with no script, image or unsafe link', async () => {
    const box = $('[data-state="hostile"]');
    const finder = $('signpost-service-finder', box);
    await waitUntil(() => cards(finder) > 0, 'the hostile feed shows no card', LONG);
    expect(shown(finder)).to.include('<script>alert(1)</script>');
    const roots = shadowRoots(box);
    expect(roots.length).to.be.greaterThan(3);
    for (const root of roots) {
      expect(root.querySelector('script, img, iframe, object, embed'), 'an element from feed text').to.equal(null);
      for (const a of root.querySelectorAll('a')) expect(['https:', 'tel:', 'sms:', 'mailto:']).to.include(new URL(a.href).protocol);
    }
  });

  it('draws a box for every named fixture, its elements reading it at the clock it names', async () => {
    const { fixtures } = (await (await fetch('/test/fixtures/named/index.json')).json()) as { fixtures: { name: string; now: string; service?: string }[] };
    await waitUntil(() => doc.querySelectorAll('#named-gallery > li').length === fixtures.length, 'the named gallery is not drawn', LONG);
    for (const { name, now, service } of fixtures) {
      const box = $(`#named-gallery [data-fixture="${name}"]`);
      expect($('signpost-provider', box).getAttribute('endpoint')).to.equal(`/test/fixtures/named/${name}.json`);
      expect(shown($('signpost-get-help', box)), name).to.include('999');
      const finder = $('signpost-service-finder', box);
      await waitUntil(() => finder.shadowRoot?.querySelector('form, signpost-get-help'), `${name}: the finder is still loading`, LONG);
      for (const el of box.querySelectorAll<HTMLElement & { now?: Date }>('signpost-waiting-time, signpost-service-finder, signpost-get-help')) {
        expect(el.now?.toISOString(), `${name} ${el.localName}`).to.equal(new Date(now).toISOString());
      }
      if (service) await waitUntil(() => /About \d+ weeks|Not taking new referrals/.test(shown($('signpost-waiting-time', box))), `${name}: no wait`, LONG);
    }
  });

  // safety: H2, H7
  it('shows a snippet that follows the options and works when pasted into a blank page, integrity and all', async () => {
    const release: Release = await (await fetch('/demo/release.json')).json();
    const local = (code: string, file: string) => {
      const cdn = cdnUrl(release, file);
      expect(code).to.include(`<script type="module" src="${cdn}" integrity="${release.integrity[file]}" crossorigin="anonymous"></script>`);
      return code.replace(cdn, `/dist/${file}`);
    };
    await waitUntil(() => code().includes('<script '), 'no code: /demo/release.json did not load', LONG);
    expect(code()).to.include('<signpost-get-help ').and.include('pathway="adult"').and.include(FALLBACK);
    expect(code(), 'only get-help chosen').to.include('/dist/signpost-get-help.js"');

    pick(['signpost-waiting-time']);
    expect(code()).to.include('<signpost-waiting-time ').and.include('service="aireside-talking-therapies"').and.include(FALLBACK);
    expect(code()).not.to.include('pathway=');
    choose($<HTMLSelectElement>('#embed-wait-variant'), 'detail');
    expect(code()).to.include('variant="detail"');
    choose($<HTMLSelectElement>('#embed-theme'), 'icb');
    expect(code()).to.include('<style>').and.include('--signpost-color-primary: #330072;');
    // The live preview on the demo page follows too.
    await waitUntil(() => shown(doc.querySelector('#embed-preview signpost-waiting-time')).includes('About'), 'no live preview', LONG);

    // Pasted into an empty page, with the CDN address pointing at the local build: the hash must match it.
    const pasted = await loadFrame((f) => (f.srcdoc = local(code(), 'signpost.js')));
    try {
      const embedded = pasted.contentDocument!.querySelector('signpost-waiting-time')!;
      await waitUntil(() => shown(embedded).includes('About'), 'the pasted waiting time did not render', LONG);
      const base = shadow(embedded).querySelector('[part~="base"]')!;
      expect(pasted.contentWindow!.getComputedStyle(base).fontFamily).to.include('Georgia');
    } finally {
      pasted.remove();
    }

    pick(['signpost-get-help']);
    choose($<HTMLSelectElement>('#embed-theme'), '');
    expect(code()).not.to.include('<style>');
    const help = await loadFrame((f) => (f.srcdoc = local(code(), 'signpost-get-help.js')));
    try {
      const embedded = help.contentDocument!.querySelector('signpost-get-help')!;
      await waitUntil(() => shown(embedded).includes('0113 496 0100'), 'the pasted get-help did not load the feed', LONG);
      expect(shown(embedded)).to.include('999');
    } finally {
      help.remove();
    }
  });

  // safety: H2
  it('gives one snippet for several elements: the script line once, then each element with its fallback', () => {
    pick(['signpost-get-help', 'signpost-service-finder', 'signpost-waiting-time']);
    const text = code();
    expect(text.match(/<script /g)).to.have.length(1);
    expect(text).to.include('/dist/signpost.js"').and.not.include('signpost-get-help.js');
    expect(text.indexOf('<script ')).to.be.below(text.indexOf('<signpost-'));
    for (const tag of ['signpost-get-help', 'signpost-service-finder', 'signpost-waiting-time']) {
      expect(text).to.include(`<${tag} endpoint="`);
      expect(text.split(`<${tag} `)[1]!.split(`</${tag}>`)[0], tag).to.include(FALLBACK);
    }
    expect(text.match(/href="tel:999"/g)).to.have.length(3);
    // Each element's own fields show; none are lost when several are chosen.
    for (const id of ['embed-pathway', 'embed-help-variant', 'embed-service', 'embed-wait-variant', 'embed-practice']) {
      expect($(`#${id}`).closest<HTMLElement>('.field')!.hidden, id).to.be.false;
    }
    expect(text).to.include('service="aireside-talking-therapies"').and.include('pathway="adult"');
    pick([]);
    expect(code()).to.equal('Choose at least one element.');
    pick(['signpost-get-help']);
  });

  it('clears "Copied." when the code changes', async () => {
    const status = $('[data-copy="embed-code"]').parentElement!.querySelector('.copy__status')!;
    $<HTMLButtonElement>('[data-copy="embed-code"]').click();
    // Copied, or (headless, no clipboard permission) the code selected with what to press: either way, said.
    await waitUntil(() => status.textContent !== '', 'the copy button said nothing');
    choose($<HTMLSelectElement>('#embed-pathway'), 'cyp');
    expect(code()).to.include('pathway="cyp"');
    expect(status.textContent).to.equal('');
    choose($<HTMLSelectElement>('#embed-pathway'), 'adult');
  });

  it('checks the feed address and says what is wrong with it', async () => {
    const input = $<HTMLInputElement>('#embed-endpoint');
    const check = $('#embed-endpoint-check');
    expect(input.getAttribute('aria-describedby')).to.include('embed-endpoint-check');
    expect(check.getAttribute('aria-live')).to.equal('polite');
    const says = async (address: string, ...words: string[]) => {
      choose(input, address);
      await waitUntil(() => words.every((w) => check.textContent!.includes(w)), `${address}: "${check.textContent}" lacks ${words.join(', ')}`, LONG);
    };
    const here = new URL('/demo/data/feed.json', win.location.href);
    // The demo's own feed: it loads, but only on this computer, and over http.
    await says(here.href, 'The feed loads: 42 services.', `${here.hostname} is this computer`, 'must start with https://');
    expect(check.classList.contains('check--problem')).to.be.true;
    await says('icb.example.org/feed.json', 'not a web address');
    await says('', 'Enter the feed address');
    await says(new URL('/demo/data/missing.json', here).href, 'HTTP 404');
    await says(new URL('/demo/data/broken/wrong-version.json', here).href, 'not with a Signpost feed');
    // No network here, and .invalid never resolves: unreachable.
    await says('https://feed.signpost.invalid/signpost.json', 'could not reach the feed', 'Access-Control-Allow-Origin');
    choose(input, here.href);
  });

  it('changes colours inside the shadow roots when a theme preset is chosen', async () => {
    const preview = $('#theme-preview');
    const help = $('signpost-get-help', preview);
    await waitUntil(() => shown(help).includes('999'), 'no preview get-help', LONG);
    const base = shadow(help).querySelector('[part~="base"]')!;
    const emergency = shadow(help).querySelector('[part~="emergency"]')!;
    const style = (el: Element) => win.getComputedStyle(el);
    expect(style(base).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(style(emergency).backgroundColor).to.equal('rgb(213, 40, 27)');

    $<HTMLInputElement>('#theme-form input[value="dark"]').click();
    expect(style(base).backgroundColor).to.equal('rgb(0, 0, 0)');
    expect(style(base).color).to.equal('rgb(255, 255, 255)');
    expect($('#theme-css').textContent).to.include('--signpost-color-background: #000000;');

    $<HTMLInputElement>('#theme-form input[value="icb"]').click();
    expect(style(emergency).backgroundColor).to.equal('rgb(179, 33, 26)');
    expect(style(base).fontFamily).to.include('Georgia');

    // A single control changes one token.
    choose($<HTMLInputElement>('#theme-color-background'), '#fff8e1');
    expect(style(base).backgroundColor).to.equal('rgb(255, 248, 225)');
    expect($('#theme-css').textContent).to.include('--signpost-color-background: #fff8e1;');

    $<HTMLInputElement>('#theme-form input[value="nhs"]').click();
    expect(style(base).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('logs Signpost events, including actions, capped at 50', async () => {
    const log = $('#event-log');
    expect(log.getAttribute('aria-live')).to.equal('polite');
    expect(log.textContent).to.include('signpost-loaded').and.include('signpost-error');
    expect(log.children.length).to.be.within(1, 50);

    // Follow a link without leaving the page: the log only listens, so the default is ours to stop.
    const help = $('main > signpost-provider signpost-get-help');
    const link = shadow(help).querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
    doc.addEventListener('click', (e) => e.preventDefault(), { once: true });
    link.click();
    expect(log.firstElementChild!.textContent).to.include('signpost-action').and.include('"widget":"get-help"');
  });

  it('meets the accessibility checks a test can make', async () => {
    expect(doc.documentElement.lang).to.equal('en-GB');
    expect(doc.querySelectorAll('h1').length).to.equal(1);
    const skip = doc.querySelector<HTMLAnchorElement>('a[href]')!;
    expect(skip.textContent).to.match(/skip to main content/i);
    expect(doc.querySelector(skip.hash)?.localName).to.equal('main');
    for (const landmark of ['header', 'nav', 'main', 'footer']) expect(doc.querySelector(landmark), landmark).to.exist;
    for (const control of doc.querySelectorAll<HTMLInputElement>('input, select, textarea')) {
      const named = control.labels?.length || control.getAttribute('aria-label') || control.getAttribute('aria-labelledby');
      expect(named, `#${control.id || control.name} has no label`).to.be.ok;
    }

    // axe in the demo's own window, on the WCAG A and AA rules (best practices are not requirements).
    await new Promise((resolve, reject) => {
      const script = Object.assign(doc.createElement('script'), { src: '/node_modules/axe-core/axe.min.js', onload: resolve, onerror: reject });
      doc.head.append(script);
    });
    const { violations } = await win.axe!.run(doc, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      resultTypes: ['violations'],
    });
    expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`)).to.deep.equal([]);
  });

  it('reflows to 320 pixels wide with no sideways scrolling', async () => {
    frame.style.inlineSize = '320px';
    try {
      await nextFrame();
      expect(win.innerWidth).to.equal(320);
      // clientWidth leaves out a classic scrollbar, where the browser has one.
      expect(doc.documentElement.scrollWidth).to.be.at.most(doc.documentElement.clientWidth);
    } finally {
      frame.style.inlineSize = '1024px';
    }
  });

  it('serves the sample feed with its dates moved on by the whole weeks since it was written', async () => {
    const on = async (day: string) => (await fetch(`/demo/data/feed.json?on=${day}`)).json();
    const written = await on('2026-11-27');
    expect(await on('2026-06-01'), 'before it was written, nothing moves').to.deep.equal(written);
    // 11 weeks and 3 days on: 77 days.
    const later = await on('2027-02-15');
    const day = (value: string) => new Date(Date.parse(value) + 77 * 86_400_000).toISOString().slice(0, 10);
    expect(later.updated).to.equal('2027-02-12T08:00:00Z');
    const dated = (feed: typeof written) =>
      feed.services.map((s: { lastReviewed?: string; waitingTime?: { asOf?: string }; hours?: { closedOn?: string[] } }) => [
        s.lastReviewed,
        s.waitingTime?.asOf,
        s.hours?.closedOn,
      ]);
    expect(dated(later)).to.deep.equal(
      dated(written).map(([reviewed, asOf, closedOn]: [string?, string?, string[]?]) => [reviewed && day(reviewed), asOf && day(asOf), closedOn]),
    );
    expect(dated(written).filter(([, asOf]: [string?, string?]) => asOf).length, 'waiting times moved').to.be.above(10);
    // Nothing else changes.
    const strip = (feed: typeof written) => JSON.stringify(feed).replace(/"(updated|lastReviewed|asOf)":"[^"]*"/g, '');
    expect(strip(later)).to.equal(strip(written));
  });

  it('logged no console errors apart from the gallery’s broken feeds', () => {
    const errors = win.__signpostDemoErrors!;
    expect(errors, 'the ?test hook did not run').to.be.an('array');
    expect(errors.filter((e) => !EXPECTED_ERROR.test(e))).to.deep.equal([]);
    expect(errors.some((e) => e.includes('/demo/data/broken/invalid.json'))).to.be.true;
  });
});
