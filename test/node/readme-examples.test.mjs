// The README's framework examples that the browser suite runs from a file are that file, word for word
// (with the package's name where the repository imports its sources).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

test('the README Angular example is test/angular/help.component.ts, which test/angular.test.ts runs', () => {
  const file = read('test/angular/help.component.ts');
  const [, body] = file.split('// readme:angular\n');
  assert.ok(body, 'test/angular/help.component.ts has its `// readme:angular` marker');
  const block = /<!-- example:angular -->\n```ts\n([^]*?)```\n<!-- \/example:angular -->/.exec(read('README.md'));
  assert.ok(block, 'README.md has its <!-- example:angular --> block');
  assert.equal(block[1], body.replaceAll("'../../src/index.js'", "'signpost-widgets'"));
});

test("the README's minimal and full feeds are the named fixtures minimal and every-field, which the tests and the demo gallery load", () => {
  const readme = read('README.md');
  for (const [heading, name] of [
    ['Minimal (the named fixture `test/fixtures/named/minimal.json`, which the tests and the demo gallery load):', 'minimal'],
    ['Full (every field; `test/fixtures/named/every-field.json`):', 'every-field'],
  ]) {
    const start = readme.indexOf(`${heading}\n\n\`\`\`json\n`);
    const block = start < 0 ? null : /```json\n([^]*?)```/.exec(readme.slice(start));
    assert.ok(block, `README.md has its "${heading}" feed`);
    assert.deepEqual(JSON.parse(block[1]), JSON.parse(read(`test/fixtures/named/${name}.json`)), `README "${heading}" is test/fixtures/named/${name}.json`);
  }
});
