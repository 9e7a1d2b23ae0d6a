// The address the public npm CDNs give the published bundle, and its Subresource Integrity hash,
// from package.json and dist/ (run after `npm run build`): `node scripts/cdn.mjs [file]`.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);

/** `https://cdn.jsdelivr.net/npm/<name>@<version>/dist/<file>` and `sha384-...` of the built file. */
export function cdn(file = 'signpost.js') {
  const { name, version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
  const integrity =
    'sha384-' +
    createHash('sha384')
      .update(readFileSync(new URL(`dist/${file}`, root)))
      .digest('base64');
  return { src: `https://cdn.jsdelivr.net/npm/${name}@${version}/dist/${file}`, integrity };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { src, integrity } = cdn(process.argv[2]);
  console.log(`<script type="module" src="${src}"\n        integrity="${integrity}" crossorigin="anonymous"></script>`);
}
