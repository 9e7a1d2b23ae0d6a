// The embed code in the README comes from package.json and dist/ (npm test builds first), so a
// release cannot leave an old version or hash in it: `npm run snippet` rewrites it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { blocks, written } from '../../scripts/snippet.mjs';
import { release } from '../../scripts/release.mjs';
import { cdn } from '../../scripts/cdn.mjs';
import { FALLBACK, snippet } from '../../demo/snippet.js';

const root = new URL('../../', import.meta.url);
const readme = readFileSync(new URL('README.md', root), 'utf8');

test('the README embed code matches package.json and the built scripts (run `npm run build && npm run snippet` if not)', () => {
  assert.equal(written(readme), readme);
});

// safety: H7
test('every script line in the README is an exact-version jsDelivr address of signpost-widgets with the hash of the built file', () => {
  const { name, version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
  assert.equal(name, 'signpost-widgets');
  const lines = [...readme.matchAll(/<script type="module" src="([^"]+)"([^>]*)>/g)];
  assert.ok(lines.length >= 6, `only ${lines.length} script lines`);
  for (const [, src, rest] of lines) {
    const file = new RegExp(`^https://cdn\\.jsdelivr\\.net/npm/${name}@${version.replace(/\./g, '\\.')}/dist/([a-z-]+\\.js)$`).exec(src)?.[1];
    assert.ok(file, `${src} is not the exact-version CDN address`);
    assert.ok(rest.startsWith(` integrity="${cdn(file).integrity}" crossorigin="anonymous"`), `${file}: ${rest}`);
    assert.equal(src, cdn(file).src);
  }
  assert.doesNotMatch(readme, /cdn\.example\.org/);
});

// safety: H7
test('a stale hash or version is caught', () => {
  const r = release();
  assert.notEqual(written(readme, blocks({ ...r, version: '0.0.1' })), readme);
  assert.notEqual(written(readme, blocks({ ...r, integrity: { ...r.integrity, 'signpost.js': 'sha384-old' } })), readme);
});

// safety: H2
test('every element in a snippet carries the fallback with 999, 111 and Samaritans as tel: links; the script line comes once', () => {
  const r = release();
  const tags = ['signpost-get-help', 'signpost-service-finder', 'signpost-waiting-time'];
  const code = snippet(
    r,
    tags.map((tag) => ({ tag })),
  );
  assert.equal(code.match(/<script /g).length, 1);
  assert.match(code, /dist\/signpost\.js"/);
  for (const tag of tags) assert.ok(code.includes(`<${tag}>\n  ${FALLBACK}\n</${tag}>`), tag);
  for (const href of ['tel:999', 'tel:111', 'tel:116123']) assert.ok(FALLBACK.includes(`<a href="${href}">`), href);
  assert.doesNotMatch(FALLBACK, /style|class=/);
  assert.match(snippet(r, [{ tag: 'signpost-get-help' }]), /dist\/signpost-get-help\.js"/);
});
