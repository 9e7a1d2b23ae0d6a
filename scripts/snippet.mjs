// `npm run snippet`: writes the embed code into the README between its `<!-- snippet:NAME -->` and
// `<!-- /snippet:NAME -->` markers, from package.json's name and version and the hashes of the
// scripts in dist/ (build first). `--check` changes nothing and exits 1 if the README is stale;
// test/node/snippet.test.mjs and `prepublishOnly` run it, so a release cannot ship an old hash.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { release } from './release.mjs';
import { elementCode, scriptLine, snippet } from '../demo/snippet.js';

const README = new URL('../README.md', import.meta.url);
const ENDPOINT = 'https://icb.example.org/signpost.json';

/** Each marked block of the README: its code, from one release. */
export function blocks(r = release()) {
  return {
    page: snippet(r, [
      {
        tag: 'signpost-get-help',
        attributes: [
          ['endpoint', ENDPOINT],
          ['pathway', 'adult'],
        ],
      },
      {
        tag: 'signpost-service-finder',
        attributes: [
          ['endpoint', ENDPOINT],
          ['practice', 'B82005'],
        ],
      },
    ]),
    'get-help': snippet(r, [
      {
        tag: 'signpost-get-help',
        attributes: [
          ['endpoint', ENDPOINT],
          ['pathway', 'adult'],
        ],
      },
    ]),
    welsh: scriptLine(r, 'signpost-cy.js'),
    openreferral: [
      scriptLine(r, 'signpost.js'),
      scriptLine(r, 'signpost-openreferral.js'),
      '<signpost-provider format="openreferral" endpoint="https://directory.example.org/api/services?taxonomy_id=mental-health">',
      elementCode({ tag: 'signpost-service-finder', attributes: [['practice', 'B82005']] }).replace(/^/gm, '  '),
      '</signpost-provider>',
    ].join('\n'),
    // README "Browser support": Safari 15.4-16.3 under a strict CSP; the nonce also lets the CDN script past script-src 'self'.
    nonce: [
      `<script nonce="R4nd0m">window.litNonce = 'R4nd0m';</script>`,
      scriptLine(r, 'signpost.js').replace('></script>', ' nonce="R4nd0m"></script>'),
    ].join('\n'),
    languages: ['<html lang="cy">', '  ...', `  ${scriptLine(r, 'signpost.js')}`, `  ${scriptLine(r, 'signpost-cy.js')}`].join('\n'),
  };
}

/** The README with every marked block rewritten; throws if a marker is missing. */
export function written(readme, code = blocks()) {
  for (const [name, text] of Object.entries(code)) {
    const block = new RegExp(`(<!-- snippet:${name} -->\\n)[^]*?(<!-- /snippet:${name} -->)`);
    if (!block.test(readme)) throw new Error(`README.md has no <!-- snippet:${name} --> ... <!-- /snippet:${name} --> block`);
    readme = readme.replace(block, (_, open, close) => `${open}\`\`\`html\n${text}\n\`\`\`\n${close}`);
  }
  return readme;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const readme = readFileSync(README, 'utf8');
  const next = written(readme);
  if (process.argv.includes('--check')) {
    if (next !== readme) {
      console.error('README.md: the embed code is stale (package.json or dist/ changed). Run `npm run build && npm run snippet`.');
      process.exit(1);
    }
  } else if (next !== readme) {
    writeFileSync(README, next);
    console.log('README.md: embed code written.');
  }
}
