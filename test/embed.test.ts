import { expect, waitUntil } from '@open-wc/testing';
import { FALLBACK, snippet, type Release } from '../demo/snippet.js';
import { uniqueKey } from './support/index.js';

/**
 * The embed as a practice pastes it: the CDN scripts as built (npm test builds dist/ first), the
 * fallback inside each element, several scripts on one page, and the scripts from another origin.
 */

type Frame = Window & typeof globalThis & { warnings: string[]; errors: string[] };
const LONG = { timeout: 10000 };
const TAGS = ['signpost-provider', 'signpost-get-help', 'signpost-waiting-time', 'signpost-service-finder'];
const GET_HELP_TAGS = ['signpost-get-help', 'signpost-waiting-time'];
/** Runs first in each page: records warnings and uncaught errors. */
const RECORD = `<script>
  window.warnings = []; window.errors = [];
  const warn = console.warn;
  console.warn = (...args) => { warnings.push(args.join(' ')); warn.apply(console, args); };
  addEventListener('error', (e) => errors.push(String(e.message)));
</script>`;
const script = (src: string) => `<script type="module" src="${src}"></script>`;

async function frame(html: string, sandbox?: string): Promise<{ win: Frame; doc: Document; remove: () => void }> {
  const f = document.createElement('iframe');
  f.style.cssText = 'inline-size: 390px; block-size: 844px; border: 0';
  if (sandbox !== undefined) f.setAttribute('sandbox', sandbox);
  f.srcdoc = html;
  const loaded = new Promise((resolve) => f.addEventListener('load', resolve, { once: true }));
  document.body.append(f);
  await loaded;
  return { win: f.contentWindow as Frame, doc: f.contentDocument!, remove: () => f.remove() };
}

const ours = (win: Window, tag: string) => (win.customElements.get(tag) as { signpost?: true } | undefined)?.signpost === true;
const signpostWarnings = (win: Frame) => win.warnings.filter((w) => w.startsWith('Signpost:'));
/** Links a person can see and tap: they have a layout box. */
const tappable = (root: ParentNode, href: string) =>
  [...root.querySelectorAll<HTMLAnchorElement>(`a[href="${href}"]`)].filter((a) => a.getClientRects().length > 0);

describe('the emergency numbers before any script: the fallback in every snippet', () => {
  let release: Release;
  before(async () => {
    release = await (await fetch('/demo/release.json')).json();
  });
  const everyElement = () =>
    snippet(
      release,
      [
        {
          tag: 'signpost-get-help',
          attributes: [
            ['endpoint', '/test/fixtures/feed.json'],
            ['pathway', 'adult'],
          ],
        },
        { tag: 'signpost-service-finder', attributes: [['endpoint', '/test/fixtures/feed.json']] },
        {
          tag: 'signpost-waiting-time',
          attributes: [
            ['endpoint', '/test/fixtures/feed.json'],
            ['service', 'talking-therapies'],
          ],
        },
      ],
      { src: '/dist/signpost.js' },
    );

  // safety: H2
  it('shows 999, 111 and Samaritans as tel: links inside every element when scripts are blocked', async () => {
    // A sandbox without allow-scripts: as on a CMS or browser that blocks the script.
    const { win, doc, remove } = await frame(everyElement(), 'allow-same-origin');
    try {
      expect(win.customElements.get('signpost-get-help'), 'the script must not have run').to.equal(undefined);
      for (const tag of ['signpost-get-help', 'signpost-service-finder', 'signpost-waiting-time']) {
        const element = doc.querySelector(tag)!;
        for (const href of ['tel:999', 'tel:111', 'tel:116123']) expect(tappable(element, href), `${tag} ${href}`).to.have.length(1);
      }
      // Styled by the host page alone: plain markup, no class or style of ours.
      expect(doc.querySelectorAll('[class], [style]')).to.have.length(0);
      expect(FALLBACK).to.include('Samaritans');
    } finally {
      remove();
    }
  });

  // safety: H2
  it('leaves no duplicate number once the elements run: the fallback is replaced, one 999 remains', async () => {
    const { win, doc, remove } = await frame(RECORD + everyElement());
    try {
      const help = doc.querySelector('signpost-get-help')!;
      await waitUntil(() => help.shadowRoot?.textContent?.includes('Local crisis line'), 'get-help did not load its feed', LONG);
      await waitUntil(() => doc.querySelector('signpost-service-finder')!.shadowRoot?.querySelector('article'), 'no finder results', LONG);
      for (const href of ['tel:999', 'tel:111', 'tel:116123']) expect(tappable(doc, href), `${href} in the light DOM`).to.have.length(0);
      expect(tappable(help.shadowRoot!, 'tel:999'), 'the card’s own 999').to.have.length(1);
      for (const tag of ['signpost-service-finder', 'signpost-waiting-time'])
        expect(tappable(doc.querySelector(tag)!.shadowRoot!, 'tel:999'), tag).to.have.length(0);
      expect(win.errors).to.deep.equal([]);
    } finally {
      remove();
    }
  });

  // safety: H2
  it('has a tappable 999 in every frame, from the fallback to the card, with no blank frame between', async () => {
    // Each animation frame (just before its paint) records what a person could tap; the script is
    // added only after some frames have shown the fallback, as on a slow connection.
    const { win, doc, remove } = await frame(`${RECORD}
      <signpost-get-help pathway="adult">${FALLBACK}</signpost-get-help>
      <script>
        window.frames999 = [];
        const el = document.querySelector('signpost-get-help');
        const seen = (root) => [...root.querySelectorAll('a[href="tel:999"]')].some((a) => a.getClientRects().length > 0);
        let n = 0;
        const tick = () => {
          frames999.push({ fallback: seen(el), card: !!el.shadowRoot && seen(el.shadowRoot) });
          if (++n === 5) document.body.append(Object.assign(document.createElement('script'), { type: 'module', src: '/dist/signpost-get-help.js' }));
          if (n < 200 && !(frames999.filter((f) => f.card).length >= 5)) requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      </script>`);
    try {
      const w = win as Frame & { frames999: { fallback: boolean; card: boolean }[] };
      await waitUntil(() => w.frames999.filter((f) => f.card).length >= 5, 'the card never showed its 999', LONG);
      expect(
        w.frames999.filter((f) => !f.fallback && !f.card),
        'frames with no tappable 999',
      ).to.deep.equal([]);
      expect(
        w.frames999.filter((f) => f.fallback && f.card),
        'frames with two',
      ).to.deep.equal([]);
      expect(w.frames999[0]!.fallback).to.be.true;
      expect(ours(win, 'signpost-get-help')).to.be.true;
      expect(doc.querySelector('signpost-get-help')!.shadowRoot).to.exist;
    } finally {
      remove();
    }
  });
});

describe('several Signpost scripts on one page', () => {
  const cases: [string, string[], string[]][] = [
    ['the bundle twice (two CMS blocks)', ['/dist/signpost.js', '/dist/signpost.js?copy=2'], TAGS],
    ['the get-help script twice', ['/dist/signpost-get-help.js', '/dist/signpost-get-help.js?copy=2'], GET_HELP_TAGS],
    ['the get-help script, then the bundle', ['/dist/signpost-get-help.js', '/dist/signpost.js'], TAGS],
    ['the bundle, then the get-help script', ['/dist/signpost.js', '/dist/signpost-get-help.js'], TAGS],
    ['the ES module of the provider, then the bundle', ['/dist/provider/provider.js', '/dist/signpost.js'], TAGS],
  ];
  for (const [name, scripts, tags] of cases) {
    // safety: H2
    it(`defines each tag once and warns about nothing: ${name}`, async () => {
      const { win, doc, remove } = await frame(`${RECORD}${scripts.map(script).join('')}
        <signpost-get-help pathway="adult" endpoint="/test/fixtures/feed.json"></signpost-get-help>`);
      try {
        for (const tag of TAGS) expect(ours(win, tag), tag).to.equal(tags.includes(tag));
        expect(win.errors).to.deep.equal([]);
        expect(signpostWarnings(win)).to.deep.equal([]);
        const help = doc.querySelector('signpost-get-help')!;
        await waitUntil(() => help.shadowRoot?.textContent?.includes('Local crisis line'), 'get-help did not render its feed', LONG);
      } finally {
        remove();
      }
    });
  }

  // safety: H2
  it('defines every other tag when the host took one, and warns once about that tag', async () => {
    const { win, doc, remove } = await frame(`${RECORD}
      <script>customElements.define('signpost-provider', class extends HTMLElement {});</script>
      ${script('/dist/signpost.js')}${script('/dist/signpost-get-help.js')}
      <signpost-get-help></signpost-get-help>`);
    try {
      expect(ours(win, 'signpost-provider')).to.be.false;
      for (const tag of TAGS.slice(1)) expect(ours(win, tag), tag).to.be.true;
      expect(signpostWarnings(win)).to.deep.equal(['Signpost: <signpost-provider> already defined']);
      expect(win.errors).to.deep.equal([]);
      await waitUntil(
        () => tappable(doc.querySelector('signpost-get-help')!.shadowRoot ?? doc.createDocumentFragment(), 'tel:999').length === 1,
        'no 999',
        LONG,
      );
    } finally {
      remove();
    }
  });
});

describe('the scripts from another origin', () => {
  // safety: H7
  it('loads /dist/signpost.js with its integrity hash into a page on another port (the demo server sends CORS for /dist/)', async () => {
    const release: Release = await (await fetch('/demo/release.json')).json();
    const other = new URL(await (await fetch('/fault/cross-origin?key=embed')).json()).origin;
    expect(other).not.to.equal(location.origin);
    const page = (html: string) => `<!doctype html><meta charset="utf-8">${html}
      <script>
        addEventListener('load', () => setTimeout(() => {
          const el = document.querySelector('signpost-get-help');
          parent.postMessage({ defined: !!customElements.get('signpost-get-help'), links: el?.shadowRoot?.querySelectorAll('a[href="tel:999"]').length ?? 0, blocked: !!window.blocked }, '*');
        }, 100));
      </script>`;
    const open = async (key: string, html: string) => {
      await fetch(`/fault/store?key=${encodeURIComponent(key)}`, { method: 'POST', body: page(html) });
      const f = document.createElement('iframe');
      const answer = new Promise<{ defined: boolean; links: number; blocked: boolean }>((resolve) =>
        addEventListener('message', function heard(e) {
          if (e.source !== f.contentWindow) return;
          removeEventListener('message', heard);
          resolve(e.data);
        }),
      );
      f.src = `${other}/page?key=${encodeURIComponent(key)}`;
      document.body.append(f);
      try {
        return await answer;
      } finally {
        f.remove();
      }
    };
    const code = snippet(release, [{ tag: 'signpost-get-help' }], { src: `${location.origin}/dist/signpost-get-help.js` });
    expect(code).to.include('integrity="sha384-').and.include('crossorigin="anonymous"');
    expect(await open(uniqueKey('embed'), code)).to.deep.equal({ defined: true, links: 1, blocked: false });
    // The control: a module script from a path without the header is refused, so the test can fail.
    const refused = await open(
      uniqueKey('embed-control'),
      `<script type="module" src="${location.origin}/demo/snippet.js" onerror="window.blocked = true"></script>`,
    );
    expect(refused.blocked).to.be.true;
  });
});
