// The named fixtures (test/fixtures/named/) are one place for the tests, the demo's developer gallery
// and the README: each is listed in index.json, named in test/support/fixtures.ts, a feed the
// parser takes whole, drawn by the demo and used by at least one test. Needs `npm run build`.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseFeed } from '../../dist/feed.js';
import { testFiles } from '../../scripts/safety.mjs';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const folder = 'test/fixtures/named/';
const manifest = JSON.parse(read(`${folder}index.json`));
const names = manifest.fixtures.map((f) => f.name);
const files = readdirSync(new URL(folder, root))
  .filter((f) => f.endsWith('.json') && f !== 'index.json')
  .map((f) => f.slice(0, -'.json'.length));

describe('named fixtures', () => {
  it('are each listed once in index.json, with a title and a hint, and named in test/support/fixtures.ts', () => {
    assert.deepEqual([...names].sort(), [...files].sort());
    assert.equal(new Set(names).size, names.length);
    for (const f of manifest.fixtures) {
      assert.ok(f.title && f.hint, `${f.name}: a title and a hint for the gallery`);
      assert.ok(!Number.isNaN(Date.parse(f.now)), `${f.name}: "now" is the gallery's clock`);
    }
    const union = read('test/support/fixtures.ts').match(/type FixtureName =([^;]+);/)[1];
    assert.deepEqual([...union.matchAll(/'([\w-]+)'/g)].map((m) => m[1]).sort(), [...names].sort());
  });

  for (const name of files) {
    it(`${name} is a feed v1 the parser keeps every service and pathway of`, () => {
      const json = JSON.parse(read(`${folder}${name}.json`));
      const feed = parseFeed(json);
      assert.equal(feed.services.length, json.services.length);
      assert.equal(feed.pathways.length, (json.pathways ?? []).length);
      for (const wanted of ['service', 'pathway']) {
        const entry = manifest.fixtures.find((f) => f.name === name);
        const list = wanted === 'service' ? feed.services : feed.pathways;
        if (entry[wanted])
          assert.ok(
            list.some((s) => s.id === entry[wanted]),
            `${name}: no ${wanted} "${entry[wanted]}"`,
          );
      }
    });
  }

  it('are all drawn by the demo gallery, which reads index.json', () => {
    assert.match(read('demo/demo.js'), /fetch\('\/test\/fixtures\/named\/index\.json'/);
    assert.match(read('demo/index.html'), /id="named-gallery"/);
  });

  it('are each used by at least one test', () => {
    const sources = [...testFiles().map((f) => read(f)), ...readdirSync(new URL('test/support/', root)).map((f) => read(join('test/support', f)))].join('\n');
    const unused = names.filter((name) => !new RegExp(`named(Feed)?\\('${name}'\\)`).test(sources));
    assert.deepEqual(unused, []);
  });
});
