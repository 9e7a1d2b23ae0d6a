// The package as it is published: `npm pack`, checked by publint and @arethetypeswrong/cli (ESM-only
// profile), then installed into a new project with no registry (the tarball unpacked into its
// node_modules, its dependencies and the test's tools linked from ours) and used as a consumer would:
// every entry imported in Node, each element server-rendered with @lit-labs/ssr, hydrated in
// Chromium (and the CDN bundle loaded over server-rendered markup), the React components used with
// the elements defined late, and a TSX file and a Vue SFC type-checked.
// Needs `npm run build` first (npm test builds before it runs this).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = (name) => join(root, 'node_modules/.bin', name);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

// What the consumer project links from our node_modules: the package's own dependencies, then the
// tools the test uses as a consumer's project would have them.
const TOOLS = [
  '@lit-labs/ssr',
  '@lit-labs/ssr-client',
  '@lit-labs/ssr-dom-shim',
  '@lit/react',
  'react',
  'react-dom',
  'scheduler',
  '@types/react',
  '@types/react-dom',
  'vue',
  '@vue/runtime-dom',
  'preact',
];

let tmp, app, tarball, files, server, browser, origin;

/** Runs a command in the consumer project and returns its standard output (throws with its output on failure). */
const run = (file, args, cwd = app) => {
  try {
    return execFileSync(file, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    throw new Error(`${file} ${args.join(' ')} failed:\n${error.stdout}\n${error.stderr}`);
  }
};

/** Writes files into the consumer project. */
const write = (entries) => {
  for (const [name, text] of Object.entries(entries)) {
    mkdirSync(dirname(join(app, name)), { recursive: true });
    writeFileSync(join(app, name), text);
  }
};

before(() => {
  assert.ok(existsSync(join(root, 'dist/signpost.js')), 'run npm run build first');
  tmp = mkdtempSync(join(tmpdir(), 'signpost-consumer-'));
  // dist/ is already built; prepack would only build it again.
  const [packed] = JSON.parse(run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', tmp], root));
  tarball = join(tmp, packed.filename);
  files = packed.files.map((f) => f.path);
  app = join(tmp, 'app');
  mkdirSync(join(app, 'node_modules'), { recursive: true });
  run('tar', ['-xzf', tarball, '-C', join(app, 'node_modules')]);
  renameSync(join(app, 'node_modules/package'), join(app, 'node_modules', pkg.name));
  for (const name of [...Object.keys(pkg.dependencies), ...TOOLS]) {
    mkdirSync(dirname(join(app, 'node_modules', name)), { recursive: true });
    symlinkSync(join(root, 'node_modules', name), join(app, 'node_modules', name), 'dir');
  }
  write({ 'package.json': JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies: { [pkg.name]: `file:${tarball}` } }) });
});

after(async () => {
  await browser?.close();
  server?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('the published package', () => {
  it('has a name, licence, changelog, security policy, metadata and a prepack that builds', () => {
    assert.equal(pkg.name, 'signpost-widgets');
    assert.equal(pkg.license, 'MIT');
    assert.match(pkg.scripts.prepack, /npm run build/);
    for (const key of ['repository', 'homepage', 'bugs', 'keywords', 'description']) assert.ok(pkg[key], `package.json has ${key}`);
    for (const file of [
      'package.json',
      'README.md',
      'LICENSE',
      'CHANGELOG.md',
      'SECURITY.md',
      'CONTRIBUTING.md',
      'custom-elements.json',
      'web-types.json',
      'vscode.html-custom-data.json',
      'dist/signpost.js',
      'dist/index.js',
      'dist/index.d.ts',
      'dist/feed.js',
      'dist/react.js',
      'schema/feed-v1.schema.json',
      'bin/signpost-feed.mjs',
    ]) {
      assert.ok(files.includes(file), `the tarball has ${file}`);
    }
    assert.ok(!files.some((f) => f.startsWith('src/') || f.startsWith('test/') || f.endsWith('.test.js')), 'no sources or tests are published');
    assert.match(
      readFileSync(join(root, 'CHANGELOG.md'), 'utf8'),
      new RegExp(`## \\[${pkg.version.replace(/\./g, '\\.')}\\]`),
      'the CHANGELOG has this version',
    );
  });

  it('marks only the modules that define elements or register something as having side effects', () => {
    for (const file of pkg.sideEffects) assert.ok(files.includes(file.replace(/^\.\//, '')), `${file} ships`);
    for (const pure of ['./dist/feed.js', './dist/feed/schema.js', './dist/feed/loader.js', './dist/time/dates.js', './dist/react/components.js'])
      assert.ok(!pkg.sideEffects.includes(pure), `${pure} is side-effect free`);
  });

  it('ships a Custom Elements Manifest with the shipped paths, real tag names, typed events and no base class as an element', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
    const modules = manifest.modules;
    for (const mod of modules) assert.ok(files.includes(mod.path), `${mod.path} ships`);
    const definitions = modules.flatMap((m) =>
      (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => [m.path, e.name, e.declaration.module]),
    );
    assert.deepEqual(definitions.map(([, tag]) => tag).sort(), ['signpost-get-help', 'signpost-provider', 'signpost-service-finder', 'signpost-waiting-time']);
    for (const [path, tag, declared] of definitions) {
      assert.ok(pkg.sideEffects.includes(`./${path}`), `${tag} is defined by a module listed in sideEffects`);
      assert.ok(files.includes(declared), `${tag}'s class module ships`);
    }
    const elements = modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement);
    assert.deepEqual(elements.map((d) => d.tagName).sort(), definitions.map(([, tag]) => tag).sort(), 'only the four tags are elements (no abstract base)');
    for (const el of elements) {
      for (const event of el.events) assert.match(event.type?.text ?? '', /^CustomEvent<\w+Detail>$/, `${el.tagName} ${event.name} is typed`);
      for (const attribute of el.attributes ?? []) assert.match(attribute.name, /^[a-z]+(-[a-z]+)*$/, `${el.tagName}: ${attribute.name} is kebab-case`);
      // A string, number or boolean property has an attribute; an object one is a property only.
      for (const field of el.members.filter((m) => m.kind === 'field' && (m.privacy ?? 'public') === 'public' && !m.static && !m.readonly)) {
        const simple = /^(string|number|boolean|'[^']*'( \| '[^']*')*)( \| undefined)?$/.test(field.type?.text ?? '');
        const attribute = (el.attributes ?? []).find((a) => a.fieldName === field.name);
        if (simple) assert.ok(attribute, `${el.tagName}.${field.name} has an attribute`);
      }
    }
  });

  it('ships editor data generated from the manifest (VS Code custom data, web-types)', async () => {
    const { vscode, webTypes } = await import('../../scripts/ide-data.mjs');
    assert.deepEqual(JSON.parse(readFileSync(join(root, 'vscode.html-custom-data.json'), 'utf8')), vscode);
    assert.deepEqual(JSON.parse(readFileSync(join(root, 'web-types.json'), 'utf8')), webTypes);
    const variant = vscode.tags.find((t) => t.name === 'signpost-get-help').attributes.find((a) => a.name === 'variant');
    assert.deepEqual(variant.values, [{ name: 'card' }, { name: 'strip' }]);
    assert.equal(pkg['web-types'], './web-types.json');
  });

  it("gives the bundle's public CDN address and Subresource Integrity hash from package.json and dist (scripts/cdn.mjs)", async () => {
    const { cdn } = await import('../../scripts/cdn.mjs');
    const { src, integrity } = cdn();
    assert.equal(src, `https://cdn.jsdelivr.net/npm/signpost-widgets@${pkg.version}/dist/signpost.js`);
    const bundle = readFileSync(join(app, 'node_modules', pkg.name, 'dist/signpost.js'));
    assert.equal(integrity, `sha384-${createHash('sha384').update(bundle).digest('base64')}`, 'the hash of the file that ships');
  });

  it('passes publint (strict)', async () => {
    const data = readFileSync(tarball);
    const { messages } = await publint({
      pkgDir: 'package',
      pack: { tarball: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) },
      strict: true,
    });
    assert.deepEqual(messages, []);
  });

  it('passes @arethetypeswrong/cli with the ESM-only profile', () => {
    run(bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'ascii'], root);
  });

  it("names in the CLI's help only files the package ships", () => {
    const help = run('node', [join(app, 'node_modules', pkg.name, 'bin/signpost-feed.mjs'), '--help']);
    const named = help.match(/[\w.-]+(\/[\w.-]+)+\.\w+/g) ?? [];
    assert.ok(named.length, 'the help names a file');
    for (const file of named) assert.ok(files.includes(file), `${file} ships`);
  });
});

describe('a consumer project', () => {
  it('imports every JavaScript entry in Node without touching a browser global', () => {
    const entries = Object.entries(pkg.exports)
      .filter(([, target]) => typeof target === 'object' && target.default?.endsWith('.js') && !/\/signpost[\w-]*\.js$/.test(target.default))
      .map(([path]) => path.replace(/^\./, pkg.name));
    assert.ok(entries.length >= 10, 'the entries are found');
    write({
      'imports.mjs': `for (const entry of ${JSON.stringify(entries)}) { await import(entry); console.log('ok', entry); }\nconsole.log(typeof window, typeof document);`,
    });
    const out = run('node', ['imports.mjs']);
    for (const entry of entries) assert.ok(out.includes(`ok ${entry}\n`), `${entry} imports in Node`);
    assert.ok(out.endsWith('undefined undefined\n'), 'nothing installed window or document');
    // feed.js defines nothing: a server can validate feeds with it alone.
    write({
      'feed.mjs': `import { parseFeed } from '${pkg.name}/feed.js';\nconsole.log(typeof parseFeed, globalThis.customElements?.get('signpost-get-help'));`,
    });
    assert.equal(run('node', ['feed.mjs']), 'function undefined\n');
  });

  let ssr;
  it('server-renders every element with @lit-labs/ssr: the emergency tier in declarative shadow DOM, the feed elements loading', () => {
    write({
      'ssr.mjs': `import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import '${pkg.name}';
const page = html\`<signpost-provider endpoint="/feed.json" practice="B82005">
  <signpost-get-help pathway="adult"></signpost-get-help>
  <signpost-waiting-time service="talking-therapies"></signpost-waiting-time>
  <signpost-service-finder></signpost-service-finder>
</signpost-provider>
<signpost-service-finder id="own" endpoint="/feed.json" page-size="2"></signpost-service-finder>
<signpost-get-help id="strip" variant="strip"></signpost-get-help>\`;
process.stdout.write(await collectResult(render(page)));
`,
    });
    ssr = run('node', ['ssr.mjs']);
    const start = ssr.search(/<signpost-get-help\s+pathway="adult"/);
    const emergency = ssr.slice(start, ssr.indexOf('</signpost-get-help>', start));
    assert.match(emergency, /<template shadowroot(mode)?="open"/, 'declarative shadow DOM');
    for (const href of ['tel:999', 'tel:111', 'tel:116123', 'sms:85258']) assert.ok(emergency.includes(`href="${href}`), `the emergency tier links ${href}`);
    assert.ok(emergency.includes('Get help now'), 'the heading');
    assert.equal((ssr.match(/Loading services/g) ?? []).length, 2, 'both finders show loading');
    assert.ok(ssr.includes('Loading waiting time'), 'the badge shows loading');
    assert.ok(!/not available|no endpoint|could not be loaded/i.test(ssr), 'no error or "no endpoint" state');
  });

  it('hydrates in Chromium with no mismatch and one copy of each element, and the CDN bundle over server-rendered markup duplicates nothing', async () => {
    assert.ok(ssr, 'the server-rendering test ran');
    write({
      'hydrate-entry.js': `import '@lit-labs/ssr-client/lit-element-hydrate-support.js';\nimport '${pkg.name}';\n`,
      'hydrate.html': page(ssr, '<script type="module" src="/out/hydrate-entry.js"></script>'),
      'cdn.html': page(ssr, `<script type="module" src="/node_modules/${pkg.name}/dist/signpost.js"></script>`),
    });
    bundle(['hydrate-entry.js']);
    await serve();
    for (const name of ['hydrate.html', 'cdn.html']) {
      const { tab, problems } = await open(name);
      await tab.waitForFunction(() => document.querySelector('#own')?.shadowRoot?.querySelector('[part=card]'), null, { timeout: 20000 });
      const counts = await tab.evaluate(() => {
        const count = (el, selector) => el.shadowRoot.querySelectorAll(selector).length;
        const [help, strip, badge, finder, own] = ['[pathway]', '#strip', 'signpost-waiting-time', 'signpost-provider signpost-service-finder', '#own'].map(
          (s) => document.querySelector(s),
        );
        return {
          999: count(help, 'a[href="tel:999"]'),
          headings: count(help, 'h2'),
          strip999: count(strip, 'a[href="tel:999"]'),
          badges: count(badge, '[part=base]'),
          status: count(finder, '[part=status]') + count(own, '[part=status]'),
          cards: count(own, '[part=card]'),
          templates: document.querySelectorAll('template').length,
        };
      });
      assert.deepEqual(problems, [], `${name}: no error or hydration mismatch`);
      assert.deepEqual(
        counts,
        { 999: 1, headings: 1, strip999: 1, badges: 1, status: 2, cards: 2, templates: 0 },
        `${name}: one copy of each element's content`,
      );
      await tab.close();
    }
  });

  it('renders the React components in Chromium: properties and every event work, with the elements defined after render and on a re-render', async () => {
    write({ 'react-app.tsx': REACT_APP, 'react.html': page('<div id="root"></div>', '<script type="module" src="/out/react-app.js"></script>') });
    bundle(['react-app.tsx']);
    await serve();
    const { tab, problems } = await open('react.html');
    await tab.waitForFunction(() => document.querySelector('signpost-get-help'));
    assert.equal(await tab.evaluate(() => customElements.get('signpost-get-help')), undefined, 'React rendered before any element was defined');
    await tab.evaluate(() => window.defineElements());
    const shadowText = (selector) => tab.evaluate((s) => document.querySelector(s)?.shadowRoot?.textContent ?? '', selector);
    await tab.waitForFunction(() => document.querySelector('#wrapped')?.shadowRoot?.querySelector('h2')?.textContent === 'Help from React');
    assert.match(await shadowText('#data'), /About 5 weeks/, 'an object property set before definition (data) applies');
    await tab.waitForFunction(() => window.signpostLog.some((l) => l.startsWith('provider loaded')) && window.signpostLog.some((l) => l.startsWith('error')));
    await tab.evaluate(() => document.querySelector('#wrapped').shadowRoot.querySelector('a[href="tel:999"]').click());
    await tab.evaluate(() => document.querySelector('#intrinsic').shadowRoot.querySelector('a[href="tel:999"]').click());
    // A re-render after definition: a new heading, and an equal category map (a new object) loads nothing.
    await tab.evaluate(() => window.rerender('Changed heading'));
    await tab.waitForFunction(() => document.querySelector('#wrapped').shadowRoot.querySelector('h2')?.textContent === 'Changed heading');
    const log = await tab.evaluate(() => window.signpostLog);
    for (const line of ['provider loaded 3', 'finder loaded 3', 'action call tel:999', 'intrinsic action call tel:999'])
      assert.ok(log.includes(line), `${line} in ${log}`);
    assert.ok(
      log.some((l) => /^error .*HTTP 404/.test(l)),
      'onSignpostError',
    );
    assert.equal(log.filter((l) => l === 'finder loaded 3').length, 1, 'the re-render with an equal category map fired no second signpost-loaded');
    assert.deepEqual(problems, []);
    await tab.close();
  });

  it('type-checks a TSX file with the React components and the elements as JSX, and a Vue SFC with every element', () => {
    write({
      'react-app.tsx': REACT_APP,
      'preact-app.tsx': PREACT_APP,
      'App.vue': VUE_APP,
      'tsconfig.json': JSON.stringify({ compilerOptions: { ...TS, jsx: 'react-jsx' }, files: ['react-app.tsx'] }),
      'tsconfig.preact.json': JSON.stringify({ compilerOptions: { ...TS, jsx: 'react-jsx', jsxImportSource: 'preact' }, files: ['preact-app.tsx'] }),
      'tsconfig.vue.json': JSON.stringify({ compilerOptions: { ...TS, jsx: 'preserve' }, include: ['App.vue'] }),
    });
    run(bin('tsc'), ['-p', 'tsconfig.json']);
    run(bin('tsc'), ['-p', 'tsconfig.preact.json']);
    run(bin('vue-tsc'), ['-p', 'tsconfig.vue.json']);
    // The checks have teeth: a wrong prop is an error in each.
    write({
      'wrong.tsx': `import type {} from '${pkg.name}/jsx/react';\nexport const x = <signpost-get-help variant="banner" />;\n`,
      'tsconfig.wrong.json': JSON.stringify({ compilerOptions: { ...TS, jsx: 'react-jsx' }, files: ['wrong.tsx'] }),
    });
    assert.throws(() => run(bin('tsc'), ['-p', 'tsconfig.wrong.json']), /'"banner"' is not assignable/);
  });
});

const TS = {
  strict: true,
  noEmit: true,
  target: 'ES2022',
  module: 'ESNext',
  moduleResolution: 'bundler',
  lib: ['ES2022', 'DOM', 'DOM.Iterable'],
  skipLibCheck: true,
  types: [],
};

const page = (body, script) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>consumer</title></head><body>${body}
<script>addEventListener('click', (e) => e.preventDefault()); // tel: links would leave the page</script>${script}</body></html>`;

/** Bundles entries for the browser as a consumer's bundler would (esbuild, production React). */
function bundle(entries) {
  run(bin('esbuild'), [
    ...entries,
    '--bundle',
    '--format=esm',
    '--splitting',
    '--outdir=out',
    '--jsx=automatic',
    '--define:process.env.NODE_ENV="production"',
    '--log-level=error',
  ]);
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };

/** Serves the consumer project, and the test feed at /feed.json, on localhost. */
async function serve() {
  if (server) return;
  const feed = readFileSync(join(root, 'test/fixtures/feed.json'));
  server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    const file = join(app, path);
    if (path === '/feed.json') return response.writeHead(200, { 'content-type': 'application/json' }).end(feed);
    if (path.includes('..') || !existsSync(file) || !extname(file)) return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** Opens a page, collecting console errors and uncaught exceptions (a hydration mismatch is one). */
async function open(name) {
  const tab = await browser.newPage();
  const problems = [];
  tab.on('pageerror', (error) => problems.push(error.message));
  // The 404 of the deliberately missing feed, and the loader's report of it, are expected.
  tab.on('console', (m) => m.type() === 'error' && !/missing\.json|404/.test(m.text()) && problems.push(m.text()));
  await tab.goto(`${origin}/${name}`);
  return { tab, problems };
}

const REACT_APP = `import type {} from '${pkg.name}/jsx/react';
import * as React from 'react';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { signpostComponents } from '${pkg.name}/react/components.js';
import type { WaitingTime as Wait } from '${pkg.name}/feed.js';

declare global {
  interface Window {
    signpostLog: string[];
    defineElements(): Promise<unknown>;
    rerender(heading: string): void;
  }
}

// The components without defining the elements: they are defined after React has rendered.
const { Provider, GetHelp, WaitingTime, ServiceFinder } = signpostComponents(React);
const log: string[] = (window.signpostLog = []);
const wait: Wait = { days: 35, asOf: '2026-11-03', measure: 'referral-to-assessment', statistic: 'median', targetDays: 42 };

function App() {
  const [heading, setHeading] = useState('Help from React');
  window.rerender = setHeading;
  return (
    <>
      <Provider endpoint="/feed.json" practice="B82005" onSignpostLoaded={(e) => log.push(\`provider loaded \${e.detail.services}\`)}>
        <GetHelp id="wrapped" pathway="adult" heading={heading} onSignpostAction={(e) => log.push(\`action \${e.detail.kind} \${e.detail.value}\`)} />
        <ServiceFinder pageSize={2} categoryMap={{ 'hearing voices': 'peer-support' }} onSignpostLoaded={(e) => log.push(\`finder loaded \${e.detail.services}\`)} />
      </Provider>
      <WaitingTime id="data" data={wait} now={new Date('2026-11-10T12:00:00Z')} variant="badge" />
      <WaitingTime endpoint="/missing.json" service="talking-therapies" onSignpostError={(e) => log.push(\`error \${e.detail.message}\`)} />
      {/* The element itself in JSX, typed by ${pkg.name}/jsx/react; React 19 spells its events onsignpost-*. */}
      <signpost-get-help id="intrinsic" variant="strip" onsignpost-action={(e) => log.push(\`intrinsic action \${e.detail.kind} \${e.detail.value}\`)}></signpost-get-help>
      <signpost-waiting-time hidden service="talking-therapies" staleAfter={30} stale-after="30"></signpost-waiting-time>
      <signpost-service-finder hidden page-size="5" sync-url categories="crisis"></signpost-service-finder>
      <signpost-provider hidden endpoint="/feed.json"></signpost-provider>
    </>
  );
}

window.defineElements = () => import('${pkg.name}');
createRoot(document.getElementById('root')!).render(<App />);
`;

const PREACT_APP = `import type {} from '${pkg.name}/jsx/preact';
import { render } from 'preact';

render(
  <signpost-provider endpoint="/feed.json" practice="B82005" onsignpost-loaded={(e) => e.detail.services}>
    <signpost-get-help pathway="adult" variant="card" onsignpost-action={(e) => e.detail.kind}></signpost-get-help>
    <signpost-waiting-time service="talking-therapies" staleAfter={30}></signpost-waiting-time>
    <signpost-service-finder pageSize={5} categoryMap={{ 'hearing voices': 'peer-support' }}></signpost-service-finder>
  </signpost-provider>,
  document.body,
);
`;

const VUE_APP = `<script setup lang="ts">
import type {} from '${pkg.name}/vue';
import type { ActionDetail, LoadedDetail } from '${pkg.name}';

const map = { 'hearing voices': 'peer-support' };
const onAction = (e: CustomEvent<ActionDetail>) => e.detail.kind;
const onLoaded = (e: CustomEvent<LoadedDetail>) => e.detail.services;
</script>

<template>
  <signpost-provider endpoint="/feed.json" practice="B82005" :categoryMap="map" @signpost-loaded="onLoaded">
    <signpost-get-help pathway="adult" variant="card" @signpost-action="onAction" />
    <signpost-waiting-time service="talking-therapies" :stale-after="30" variant="detail" />
    <signpost-service-finder :page-size="5" categories="crisis" @signpost-action="onAction" />
  </signpost-provider>
  <!-- @vue-expect-error variant is 'card' or 'strip' -->
  <signpost-get-help variant="banner" />
</template>
`;
