// The bench's first section: time to a tappable 999, the one time that matters most for safety,
// on a throttled phone profile. Pages and the floor element are built here; run.mjs serves them.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

/** 400 ms round trip, 400 kbit/s each way, CPU 4x slower: a slow phone on a poor connection. */
export const PROFILE = { latency: 400, throughput: 400_000 / 8, cpu: 4 };

const FALLBACK = readFileSync(new URL('../demo/snippet.js', import.meta.url), 'utf8').match(/export const FALLBACK =\s*'([^']+)'/)[1];

/**
 * Records, in the page, the first animation frame in which a 999 link has a layout box (in the
 * light DOM, or in the shadow root of the element drawing it): the frame that paints it.
 */
const PROBE = `<script>
  (() => {
    const tappable = (root) => [...root.querySelectorAll('a[href="tel:999"]')].some((a) => a.getClientRects().length > 0);
    window.bench = { ready: new Promise((resolve) => {
      const tick = (t) => {
        const host = document.getElementById('m');
        if (tappable(document) || (host && host.shadowRoot && tappable(host.shadowRoot))) resolve({ paint: t });
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    }) };
  })();
</script>`;

const page = (title, body) => `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    ${PROBE}
  </head>
  <body>
    <main>
      ${body}
    </main>
  </body>
</html>
`;

/** The four pages, in the order of the table. No feed: each measures the emergency tier alone. */
export const SAFETY_PAGES = {
  fallback: {
    label: '(a) the fallback in the snippet (full bundle loading behind it)',
    html: page(
      'Signpost bench: fallback',
      `<script type="module" src="/dist/signpost.js"></script>\n      <signpost-get-help id="m">${FALLBACK}</signpost-get-help>`,
    ),
  },
  'get-help-script': {
    label: '(b) dist/signpost-get-help.js, the card',
    html: page(
      'Signpost bench: get-help script',
      `<script type="module" src="/dist/signpost-get-help.js"></script>\n      <signpost-get-help id="m"></signpost-get-help>`,
    ),
  },
  bundle: {
    label: '(c) dist/signpost.js, the card',
    html: page('Signpost bench: full bundle', `<script type="module" src="/dist/signpost.js"></script>\n      <signpost-get-help id="m"></signpost-get-help>`),
  },
  floor: {
    label: '(d) a bare Lit element rendering one 999 link',
    html: page('Signpost bench: Lit floor', `<script type="module" src="/bench/floor.js"></script>\n      <bench-floor id="m"></bench-floor>`),
  },
};

/** The floor for any Lit design: Lit and one element that renders one link, minified. */
export async function floorScript(root) {
  const result = await build({
    stdin: {
      contents: `import { LitElement, html } from 'lit';
        customElements.define('bench-floor', class extends LitElement { render() { return html\`<a href="tel:999">Call 999</a>\`; } });`,
      resolveDir: root,
      loader: 'js',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    legalComments: 'none',
  });
  return result.outputFiles[0].text;
}
