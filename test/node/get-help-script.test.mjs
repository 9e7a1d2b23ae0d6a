// The get-help-only CDN script's own budget (a size check, not a timing): README "Performance".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { BUDGET } from '../../scripts/size.mjs';

test('dist/signpost-get-help.js stays within its ceiling of 14,900 bytes gzip, and below the whole bundle', () => {
  const gzip = (file) => gzipSync(readFileSync(new URL(`../../dist/${file}`, import.meta.url)), { level: 9 }).length;
  const script = gzip('signpost-get-help.js');
  assert.equal(BUDGET.ceilings.getHelpScript, 14_900);
  assert.ok(script > 1000, 'the script was built');
  assert.ok(script <= BUDGET.ceilings.getHelpScript, `${script} bytes gzip`);
  // It exists to be smaller: at least the provider and the finder (5 KB) lighter than signpost.js.
  assert.ok(gzip('signpost.js') - script >= 5000, `only ${gzip('signpost.js') - script} bytes smaller than signpost.js`);
});
