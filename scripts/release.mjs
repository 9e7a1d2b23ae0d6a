// What a snippet needs from a release, in Node: the package name and version from package.json and
// the Subresource Integrity hash of each CDN script as built in dist/ (demo/snippet.js builds the code).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
export const CDN_FILES = ['signpost.js', 'signpost-get-help.js', 'signpost-cy.js', 'signpost-openreferral.js'];

export const sri = (bytes) => 'sha384-' + createHash('sha384').update(bytes).digest('base64');

/** { name, version, integrity: { 'signpost.js': 'sha384-...', ... } }; throws if dist/ is not built. */
export function release() {
  const { name, version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
  const integrity = Object.fromEntries(CDN_FILES.map((file) => [file, sri(readFileSync(new URL(`dist/${file}`, root)))]));
  return { name, version, integrity };
}
