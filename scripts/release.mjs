// What a snippet needs from a release, in Node: the package name and version from package.json and
// each CDN script's Subresource Integrity hash as built in dist/ (scripts/cdn.mjs computes it;
// demo/snippet.js builds the code). `node scripts/release.mjs --check` (run by `prepublishOnly`)
// refuses to publish while package.json names a repository nobody has claimed.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cdn } from './cdn.mjs';

export const CDN_FILES = ['signpost.js', 'signpost-get-help.js', 'signpost-cy.js', 'signpost-openreferral.js'];

const readPackage = () => JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/** { name, version, integrity: { 'signpost.js': 'sha384-...', ... } }; throws if dist/ is not built. */
export function release() {
  const { name, version } = readPackage();
  return { name, version, integrity: Object.fromEntries(CDN_FILES.map((file) => [file, cdn(file).integrity])) };
}

/**
 * Repository addresses written into package.json before anyone owned them: github.com/signpost-widgets
 * had no repository on 2026-12-04 (as reported in issue 20: GitHub is out of reach from our build machines). Whoever publishes creates the repository there and deletes it from this
 * list, or points `repository`, `homepage` and `bugs` at the repository they publish from
 * (CONTRIBUTING.md "Releasing").
 */
export const UNCLAIMED = ['github.com/signpost-widgets/signpost-widgets'];

/** "github.com/owner/name" from a repository, homepage or issues URL (git+https, .git, #readme, /issues); undefined if none. */
function repositoryOf(url) {
  const match = /github\.com[/:]([\w.-]+)\/([\w.-]+?)(?:\.git)?(?:[/#].*)?$/i.exec(url ?? '');
  return match ? `github.com/${match[1]}/${match[2]}`.toLowerCase() : undefined;
}

/** Why package.json's addresses cannot be published, one line each; [] when they can. */
export function addressProblems(pkg, unclaimed = UNCLAIMED) {
  const fields = { repository: pkg.repository?.url ?? pkg.repository, homepage: pkg.homepage, bugs: pkg.bugs?.url ?? pkg.bugs };
  const problems = [];
  const repos = new Set();
  for (const [field, url] of Object.entries(fields)) {
    const repo = repositoryOf(typeof url === 'string' ? url : undefined);
    if (!repo) problems.push(`package.json ${field}: no GitHub repository address -> give the repository the package is published from`);
    else repos.add(repo);
  }
  if (repos.size > 1) problems.push(`package.json repository, homepage and bugs name different repositories (${[...repos].join(', ')}) -> name one`);
  for (const repo of repos) {
    if (unclaimed.includes(repo))
      problems.push(
        `package.json names ${repo}, which nobody has claimed -> create that repository, then delete it from UNCLAIMED in scripts/release.mjs (or point repository, homepage and bugs at yours)`,
      );
  }
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv.includes('--check')) {
  const problems = addressProblems(readPackage());
  for (const problem of problems) console.error(problem);
  if (problems.length) process.exit(1);
}
