// Each element's @cssprop list against the theme tokens its styles read, so custom-elements.json (and the
// README and IDE data made from it) names every --signpost-* property that restyles the element, and no other.
// Reads dist/ and custom-elements.json as `npm run build` left them.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ELEMENTS } from '../../scripts/size.mjs';

const root = new URL('../../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
const declared = Object.fromEntries(
  manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.tagName)
    .map((d) => [d.tagName, (d.cssProperties ?? []).map((p) => p.name)]),
);

/**
 * The public tokens a stylesheet list reads: each --signpost-* it uses directly, and the one behind
 * each private --_* it uses. The theme's `--_x: var(--signpost-x, default)` lines feed, they do not read.
 */
function tokensRead(sheets) {
  const css = sheets.map((s) => s.cssText).join('\n');
  const feeds = new Map([...css.matchAll(/(--_[a-z-]+)\s*:\s*var\((--signpost-[a-z-]+)/g)].map((m) => [m[1], m[2]]));
  const rules = css.replace(/--_[a-z-]+\s*:\s*var\(--signpost-[a-z-]+[^;]*;/g, '');
  const read = new Set([...rules.matchAll(/var\((--signpost-[a-z-]+)/g)].map((m) => m[1]));
  for (const [, name] of rules.matchAll(/var\((--_[a-z-]+)/g)) {
    assert.ok(feeds.has(name), `${name} is read but the theme does not define it`);
    read.add(feeds.get(name));
  }
  return [...read].sort();
}

describe('CSS custom properties in custom-elements.json', () => {
  for (const name of ELEMENTS) {
    const tag = `signpost-${name}`;
    it(`lists for <${tag}> exactly the --signpost-* tokens its styles read`, async () => {
      const module = await import(new URL(`dist/${name}/${name}.component.js`, root));
      const element = Object.values(module).find((value) => typeof value === 'function' && 'styles' in value);
      const read = tokensRead([element.styles].flat(Infinity));
      assert.ok(tag in declared, `${tag} is in the manifest`);
      // Only the provider, a transparent wrapper, reads none.
      if (name !== 'provider') assert.ok(read.length > 5, `${tag} reads the theme`);
      assert.deepEqual([...declared[tag]].sort(), read, `${tag}: its @cssprop tags (src/${name}/${name}.component.ts) and its styles disagree`);
    });
  }
});
