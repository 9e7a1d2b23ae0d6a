// What a snippet needs from a release, in Node: the package name and version from package.json and
// each CDN script's Subresource Integrity hash as built in dist/ (scripts/cdn.mjs computes it;
// demo/snippet.js builds the code).
import { readFileSync } from 'node:fs';
import { cdn } from './cdn.mjs';

export const CDN_FILES = ['signpost.js', 'signpost-get-help.js', 'signpost-cy.js', 'signpost-openreferral.js'];

/** { name, version, integrity: { 'signpost.js': 'sha384-...', ... } }; throws if dist/ is not built. */
export function release() {
  const { name, version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  return { name, version, integrity: Object.fromEntries(CDN_FILES.map((file) => [file, cdn(file).integrity])) };
}
