import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { tokens } from '../src/internal/theme.js';
import { SignpostGetHelp } from '../src/get-help/get-help.js';
import { SignpostServiceFinder } from '../src/service-finder/service-finder.js';
import { SignpostWaitingTime } from '../src/waiting-time/waiting-time.js';

/** All CSS text the elements ship, theme first. */
const cssText = [tokens, ...[SignpostGetHelp, SignpostServiceFinder, SignpostWaitingTime].flatMap((el) => el.elementStyles)]
  .map((sheet) => ('cssText' in sheet ? sheet.cssText : [...sheet.cssRules].map((r) => r.cssText).join('\n')))
  .join('\n');

const all = (pattern: RegExp) => new Set([...cssText.matchAll(pattern)].map((m) => m[1]!));

describe('theme tokens', () => {
  const defined = all(/(--_[a-z-]+)\s*:/g);
  const used = all(/var\((--_[a-z-]+)/g);

  it('uses no private token that the theme does not define', () => {
    expect([...used].filter((t) => !defined.has(t))).to.deep.equal([]);
  });

  it('defines no private token that nothing uses', () => {
    expect([...defined].filter((t) => !used.has(t))).to.deep.equal([]);
  });

  it('feeds every private colour from a public --signpost-* token with a default', () => {
    for (const [, name, value] of tokens.cssText.matchAll(/(--_[a-z-]+)\s*:\s*([^;]+);/g)) {
      expect(value, name).to.match(/^var\(--signpost-[a-z-]+, [^)]+\)$/);
    }
  });

  it('documents in the README exactly the public tokens the elements read', async () => {
    const readme = await executeServerCommand<{ tokens: string[] }, undefined>('signpost-readme-tokens');
    const read = all(/var\((--signpost-[a-z-]+)/g);
    expect(readme.tokens.sort()).to.deep.equal([...read].sort());
  });
});
