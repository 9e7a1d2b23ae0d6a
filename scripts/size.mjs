// Bundle sizes, shared by the budget test and `npm run bench`: the CDN bundle as built, and each
// element's own entry tree-shaken with everything it imports (Lit included), minified and gzipped.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export const BUDGET = { bundle: 20_000, entry: 14_000 };
export const ELEMENTS = ['provider', 'waiting-time', 'get-help', 'service-finder'];

const root = new URL('../', import.meta.url);
const gzip = (code) => gzipSync(code, { level: 9 }).length;

export async function measureSizes() {
  const bundle = readFileSync(new URL('dist/signpost.js', root));
  const entries = {};
  for (const name of ELEMENTS) {
    const result = await build({
      entryPoints: [new URL(`src/${name}/${name}.ts`, root).pathname],
      bundle: true,
      minify: true,
      format: 'esm',
      write: false,
      legalComments: 'none',
      // package.json's sideEffects describes dist/; from src/ every registration import must be kept.
      ignoreAnnotations: true,
      tsconfig: new URL('tsconfig.json', root).pathname,
    });
    entries[name] = gzip(result.outputFiles[0].contents);
  }
  return { bundle: { minified: bundle.length, gzip: gzip(bundle) }, entries };
}
