import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { allThree } from './support/index.js';
import { itWhere } from './support/engine.js';

/**
 * Runs in its own group (web-test-runner.config.mjs): Chromium emulates each media feature through
 * the DevTools protocol; Firefox, which has no such protocol here, is launched with the preferences
 * that turn them all on. Each test first proves the condition is really in effect.
 */
async function media(query: string, name: string, value: string) {
  // false in Firefox, where launch preferences set the features instead.
  await executeServerCommand('signpost-media-features', [{ name, value }]);
  expect(matchMedia(query).matches, `${query} in effect`).to.equal(true);
}

/** WCAG relative luminance contrast of two computed rgb() colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((v) => {
        const s = Number(v) / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The first opaque background at or behind `el`, crossing shadow boundaries. */
function background(el: Element | null): string {
  for (let node: Element | null = el; node; node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null) {
    const bg = getComputedStyle(node).backgroundColor;
    if (!/rgba\(.*, 0\)$|transparent/.test(bg)) return bg;
  }
  // Nothing painted: the page canvas shows through, in whatever colour the scheme gives it.
  const probe = document.body.appendChild(document.createElement('i'));
  probe.style.background = 'Canvas';
  const canvas = getComputedStyle(probe).backgroundColor;
  probe.remove();
  return canvas;
}

describe('media features', () => {
  // safety: H8
  it('animates nothing under prefers-reduced-motion', async () => {
    await media('(prefers-reduced-motion: reduce)', 'prefers-reduced-motion', 'reduce');
    for (const host of await allThree()) {
      for (const el of host.shadowRoot!.querySelectorAll('*')) {
        const style = getComputedStyle(el);
        expect(style.animationName === 'none' || parseFloat(style.animationDuration) === 0, `${host.localName} ${el.localName} animation`).to.equal(true);
        expect(parseFloat(style.transitionDuration) || 0, `${host.localName} ${el.localName} transition`).to.equal(0);
      }
    }
  });

  // safety: H3, H8
  it('keeps text readable (4.5:1) under prefers-color-scheme: dark', async () => {
    await media('(prefers-color-scheme: dark)', 'prefers-color-scheme', 'dark');
    for (const host of await allThree()) {
      for (const el of host.shadowRoot!.querySelectorAll('p, h2, h3, a, button, label, legend, span')) {
        if (!el.getBoundingClientRect().width || !el.textContent!.trim()) continue;
        const ratio = contrast(getComputedStyle(el).color, background(el));
        expect(ratio, `${host.localName} ${el.localName} "${el.textContent!.trim().slice(0, 30)}"`).to.be.at.least(4.5);
      }
    }
  });

  // safety: H3, H8
  itWhere('forced-colors', 'keeps borders, focus and the emergency tier distinguishable under forced colours', async () => {
    await media('(forced-colors: active)', 'forced-colors', 'active');
    const [help, , finder] = await allThree();
    const emergency = help!.shadowRoot!.querySelector('[part="emergency"]')!;
    const style = getComputedStyle(emergency);
    expect(parseFloat(style.borderInlineStartWidth) + parseFloat(style.borderTopWidth), 'emergency tier has a border').to.be.at.least(2);
    const card = finder!.shadowRoot!.querySelector('article')!;
    expect(getComputedStyle(card).borderTopStyle, 'cards keep their borders').to.not.equal('none');

    // Focus shows as a real outline when colours are forced (the yellow fill is overridden).
    const before = document.createElement('button');
    before.textContent = 'before';
    help!.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    const focused = help!.shadowRoot!.activeElement!;
    expect(focused.getAttribute('href')).to.equal('tel:999');
    const ring = getComputedStyle(focused);
    expect(ring.outlineStyle).to.not.equal('none');
    expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
    before.remove();
  });
});
