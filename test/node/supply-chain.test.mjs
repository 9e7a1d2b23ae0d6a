// What a browser user installs, and how it is checked without the registry's audit endpoint (README "Dependencies").
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import assert from 'node:assert/strict';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const pkg = JSON.parse(read('package.json'));
const lock = JSON.parse(read('package-lock.json'));

test('installing the elements installs Lit and nothing else: papaparse is only bundled into the CLI', () => {
  assert.deepEqual(Object.keys(pkg.dependencies).sort(), ['@lit/context', '@lit/localize', '@lit/task', 'lit']);
  assert.ok(pkg.devDependencies.papaparse, 'papaparse is a devDependency');
  // Every package npm would install with --omit=dev, by name: a new one must be reviewed and added here.
  const runtime = Object.entries(lock.packages)
    .filter(([path, entry]) => path && !entry.dev)
    .map(([path]) => path.replace(/^.*node_modules\//, ''))
    .sort();
  assert.deepEqual(runtime, [
    '@lit-labs/ssr-dom-shim',
    '@lit/context',
    '@lit/localize',
    '@lit/reactive-element',
    '@lit/task',
    '@types/trusted-types',
    'lit',
    'lit-element',
    'lit-html',
  ]);
  assert.match(read('dist/cli/csv.js'), /from '\.\/papaparse\.js'/);
  for (const file of readdirSync(new URL('../../dist/cli/', import.meta.url))) assert.doesNotMatch(read(`dist/cli/${file}`), /from 'papaparse'/, file);
  assert.match(read('dist/cli/papaparse.js'), /Papa/, 'npm run build bundles papaparse for the CLI');
});

test('every locked package is pinned by a sha512 integrity hash, which npm ci checks', () => {
  const weak = Object.entries(lock.packages).filter(([path, entry]) => path && !entry.link && !/^sha512-[A-Za-z0-9+/]{86}==$/.test(entry.integrity ?? ''));
  assert.deepEqual(
    weak.map(([path]) => path),
    [],
  );
  assert.equal(lock.lockfileVersion, 3);
});
