// `npm publish` refuses (prepublishOnly: scripts/release.mjs --check) while package.json's repository,
// homepage and bugs name a repository nobody has claimed, or disagree.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { addressProblems, UNCLAIMED } from '../../scripts/release.mjs';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const at = (repo) => ({
  repository: { type: 'git', url: `git+https://github.com/${repo}.git` },
  homepage: `https://github.com/${repo}#readme`,
  bugs: { url: `https://github.com/${repo}/issues` },
});

test('prepublishOnly checks the addresses before anything else', () => {
  assert.match(pkg.scripts.prepublishOnly, /^node scripts\/release\.mjs --check && /);
});

test('an unclaimed placeholder address is refused, with what to do', () => {
  const problems = addressProblems(at('signpost-widgets/signpost-widgets'), ['github.com/signpost-widgets/signpost-widgets']);
  assert.equal(problems.length, 1);
  assert.match(problems[0], /nobody has claimed -> create that repository/);
});

test("package.json's addresses are refused exactly while they are listed as unclaimed", () => {
  const listed = UNCLAIMED.some((repo) => JSON.stringify(pkg).includes(repo.slice('github.com/'.length)));
  assert.equal(addressProblems(pkg).length > 0, listed);
});

test('one claimed repository in all three fields is accepted, in any URL spelling', () => {
  assert.deepEqual(addressProblems(at('an-icb/signpost-widgets')), []);
  assert.deepEqual(
    addressProblems({
      repository: { url: 'git+ssh://git@github.com/An-ICB/signpost-widgets.git' },
      homepage: 'https://github.com/an-icb/signpost-widgets',
      bugs: 'https://github.com/an-icb/signpost-widgets/issues',
    }),
    [],
  );
});

test('missing or disagreeing addresses are refused', () => {
  assert.equal(addressProblems({}).length, 3);
  const mixed = { ...at('an-icb/signpost-widgets'), bugs: { url: 'https://github.com/someone-else/signpost/issues' } };
  assert.match(addressProblems(mixed).join('\n'), /name different repositories/);
});
