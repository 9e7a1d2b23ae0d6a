// The README's element reference against custom-elements.json (npm run build writes it).
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { elements, readmeApi, renderApi } from '../../scripts/docs.mjs';

const root = new URL('../../', import.meta.url);

describe('README element reference', () => {
  let declared;
  const documented = {};
  let upToDate;
  before(() => {
    const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
    const readme = readmeApi(readFileSync(new URL('README.md', root), 'utf8'));
    declared = Object.fromEntries(elements(manifest).map((el) => [el.tagName, (el.attributes ?? []).map((a) => a.name).sort()]));
    for (const section of readme.split(/^### /m).slice(1)) {
      const tag = /^`<([a-z-]+)>`/.exec(section)?.[1];
      const attributes = section.match(/^\| Attribute \|[\s\S]*?(?=\n\n)/m)?.[0] ?? '';
      documented[tag] = [...attributes.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]).sort();
    }
    upToDate = readme === renderApi(manifest);
  });

  it('documents every element that custom-elements.json declares, and no other', () => {
    assert.deepEqual(Object.keys(declared).sort(), ['signpost-get-help', 'signpost-provider', 'signpost-service-finder', 'signpost-waiting-time']);
    assert.deepEqual(Object.keys(documented).sort(), Object.keys(declared).sort());
  });

  it('documents exactly the attributes each element declares', () => {
    for (const [tag, attributes] of Object.entries(declared)) {
      assert.deepEqual(documented[tag], attributes, `${tag}: run node scripts/docs.mjs after npm run build`);
    }
  });

  it('matches what scripts/docs.mjs generates from the manifest', () => {
    assert.equal(upToDate, true, 'README element reference is stale: run npm run build && node scripts/docs.mjs');
  });
});
