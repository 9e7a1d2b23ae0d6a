import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minify } from 'terser';
import typescript from '@rollup/plugin-typescript';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';

// Tests are type-checked by `tsc --noEmit`; the build compiles only the library (the CLI has its own build, below).
const ts = {
  include: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/cli/**', 'test/**'],
  rootDir: 'src',
  outDir: 'dist',
  noEmitOnError: true,
  filterRoot: process.cwd(),
};

/** Element entry points: each is also a package.json subpath export. */
export const entries = {
  index: 'src/index.ts',
  'provider/provider': 'src/provider/provider.ts',
  'waiting-time/waiting-time': 'src/waiting-time/waiting-time.ts',
  'get-help/get-help': 'src/get-help/get-help.ts',
  'service-finder/service-finder': 'src/service-finder/service-finder.ts',
  // format="openreferral" for bundler users.
  openreferral: 'src/signpost-openreferral.ts',
  // The Welsh catalogue for bundler users.
  cy: 'src/signpost-cy.ts',
  // Not elements: the code the signpost-feed command shares with the browser, with every export kept.
  'feed/schema': 'src/feed/schema.ts',
  'feed/vocabulary': 'src/feed/vocabulary.ts',
  'feed/postcode': 'src/feed/postcode.ts',
  'feed/openreferral': 'src/feed/openreferral.ts',
  'time/dates': 'src/time/dates.ts',
  // Reading feeds without defining any element.
  feed: 'src/feed.ts',
  // React components (defines the elements) and the same without defining them.
  react: 'src/react.ts',
  'react/components': 'src/react/components.ts',
  // Types for JSX and Vue (no code).
  types: 'src/types.ts',
  'jsx/react': 'src/jsx/react.ts',
  'jsx/preact': 'src/jsx/preact.ts',
  vue: 'src/vue.ts',
};

/** Prints the size and the Subresource Integrity hash that the README tells embedders to pin. */
const report = () => ({
  name: 'signpost-report',
  generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      const code = Buffer.from(chunk.code);
      const sri = 'sha384-' + createHash('sha384').update(code).digest('base64');
      console.log(`${chunk.fileName}: ${code.length} bytes, ${gzipSync(code, { level: 9 }).length} gzip, integrity="${sri}"`);
    }
  },
});

/**
 * A catalogue from `lit-localize build` imports `str` from the package root, which would also bring in
 * lit-localize's runtime-mode loader; the tag alone is all a catalogue script needs.
 */
const strTagOnly = () => ({
  name: 'signpost-str-tag',
  resolveId: (id) => (id === '@lit/localize' ? fileURLToPath(import.meta.resolve('@lit/localize/internal/str-tag.js')) : null),
});

/**
 * Lit creates its Trusted Types policy, "lit-html", as it loads, and a page whose CSP refuses that name
 * (`trusted-types 'none'`, a list without it, or a second copy of Lit) makes that throw and stops the
 * whole script. In the CDN bundle a refused policy is left undefined instead: without enforcement
 * everything still renders, and with it get-help builds its emergency links without templates
 * (README "Reliability and security").
 */
export const tolerantTrustedTypes = () => ({
  name: 'signpost-tolerant-trusted-types',
  transform(code, id) {
    if (!/[\\/]lit-html[\\/]lit-html\.js$/.test(id)) return null;
    const policy = 's?s.createPolicy("lit-html",{createHTML:t=>t}):void 0';
    if (!code.includes(policy)) this.error('lit-html no longer creates its policy as expected: update tolerantTrustedTypes');
    return code.replace(policy, '(()=>{try{return s?.createPolicy("lit-html",{createHTML:t=>t})}catch{}})()');
  },
});

/**
 * Lit's production build still spells out the errors it throws when it is misused (a forged template,
 * a non-css value in css``, a task whose args are not a list). Inside a CDN script no page code can reach
 * this copy of Lit, only ours, so each message becomes the name of the module that threw it: about
 * 0.16 KB gzip of words no user or embedder can trigger. The errors are still thrown.
 */
const litErrorMessage = /\bError\("[^"]*"(?:\+[\w.$]+(?:\+"[^"]*")?)?\)/g;
export const shortLitErrors = (code, id) => {
  const lit = /[\\/]node_modules[\\/](?:lit-html|lit-element|@lit[\\/][\w-]+)[\\/](?:.*[\\/])?([\w-]+)\.js$/.exec(id);
  return lit ? code.replace(litErrorMessage, `Error("${lit[1]}")`) : code;
};
const litErrors = () => ({
  name: 'signpost-short-lit-errors',
  transform(code, id) {
    const short = shortLitErrors(code, id);
    return short === code ? null : { code: short, map: null };
  },
});

// Unquoted attribute values where HTML allows them: Lit binds `attr=${x}` the same as `attr="${x}"`.
export const minifyOptions = { conservativeCollapse: true, removeAttributeQuotes: true };

// inline: 1 leaves a function that takes arguments where it is, rather than inlining it as a
// ((a, b) => ...)(x, y) call (-24 B gzip); keep_fargs: false lets Lit's renameProperty helper be
// inlined away (a function's .length is read nowhere); a fourth pass finds a little more.
// Members named _x are private to the script that has them (an element's own state and helpers, and
// the finder's form and card hosts; never a reactive property, nor a key in data, events, options or
// anything another script reads), so each script gives them short names. Lit's own are _$x, untouched.
export const terserOptions = {
  ecma: 2021,
  module: true,
  compress: { passes: 4, inline: 1, keep_fargs: false, pure_getters: true, unsafe_arrows: true, unsafe_methods: true },
  mangle: { properties: { regex: /^_[a-z]/ } },
  format: { comments: false },
};

/**
 * A second run over the first's output: compressing once more, over the short names the first gave,
 * finds a little more (-11 B gzip in signpost.js, -17 in the get-help script). Whether handing the
 * names out afresh afterwards helps depends on the script (the get-help script -16 B, signpost.js
 * +8), so both are made and the smaller kept: the same input always gives the same output.
 */
export async function minifyAgain(code) {
  const kept = (await minify(code, { ...terserOptions, mangle: false })).code;
  const renamed = (await minify(kept, { ...terserOptions, mangle: true })).code;
  return gzipSync(renamed, { level: 9 }).length < gzipSync(kept, { level: 9 }).length ? renamed : kept;
}
const terserAgain = () => ({ name: 'signpost-terser-again', renderChunk: async (code) => ({ code: await minifyAgain(code), map: null }) });

/** The tags a chunk defines: every `define('signpost-...'` in the source files it includes. */
const tagsOf = (chunk) => [
  ...new Set(
    chunk.moduleIds
      .filter((id) => id.endsWith('.ts'))
      .flatMap((id) => [...readFileSync(id, 'utf8').matchAll(/\bdefine\('(signpost-[a-z-]+)'/g)].map((m) => m[1])),
  ),
];

/**
 * A self-contained CDN script. Each tag is defined unless taken (src/internal/define.ts). When every tag the
 * script defines is already Signpost's (the same script twice, or the get-help script after the
 * bundle), it returns before running anything, so Lit's Trusted Types policy is not created twice,
 * which a strict CSP without 'allow-duplicates' refuses (README "Builds").
 */
const cdn = (input, file) => ({
  input,
  output: {
    file,
    format: 'iife',
    intro: (chunk) => `if (${JSON.stringify(tagsOf(chunk))}.every((t) => customElements.get(t)?.signpost)) return;`,
  },
  plugins: [
    resolve(),
    tolerantTrustedTypes(),
    litErrors(),
    typescript({ ...ts, declaration: false }),
    // Whitespace in html`` and css`` templates is most of what terser cannot shrink. Conservative:
    // a run of spaces becomes one, never none, so "5 weeks · within" keeps its spaces.
    minifyTemplateLiterals({ options: { minifyOptions } }),
    terser(terserOptions),
    terserAgain(),
    report(),
  ],
});

const src = fileURLToPath(new URL('src/', import.meta.url));
const cli = `${src}cli/`;

/**
 * The signpost-feed command for Node (src/cli -> dist/cli). It imports the library as the package ships
 * it (dist/feed/schema.js, ...), so the command and the browser run the same compiled code; papaparse is
 * bundled into dist/cli/papaparse.js by esbuild (package.json "build"), so it stays a devDependency.
 */
const command = {
  input: { main: 'src/cli/main.ts', 'talking-therapies': 'src/cli/talking-therapies.ts', publish: 'src/cli/publish.ts' },
  external: (id, importer) => id === 'papaparse' || id.startsWith('node:') || (!!importer?.startsWith(cli) && id.startsWith('../')),
  output: {
    dir: 'dist/cli',
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: 'src/cli',
    // dist/cli sits where src/cli does, so a library module keeps its relative path, as .js.
    paths: (id) => (id === 'papaparse' ? './papaparse.js' : id.startsWith(src) ? relative(`${src}cli`, id).replace(/\.ts$/, '.js') : id),
  },
  plugins: [typescript({ ...ts, include: ['src/cli/**/*.ts', 'src/**/*.d.ts'], exclude: [], outDir: 'dist/cli', declaration: false })],
};

export default [
  command,
  // The CDN embed: one self-contained script with Lit inside, loaded with <script type="module">.
  cdn('src/signpost.ts', 'dist/signpost.js'),
  // The get-help-only CDN script, for a page that embeds only the crisis card (README "Builds").
  cdn('src/signpost-get-help.ts', 'dist/signpost-get-help.js'),
  // The optional CDN script that adds format="openreferral" (kept out of the main bundle's budget).
  {
    input: 'src/signpost-openreferral.ts',
    output: { file: 'dist/signpost-openreferral.js', format: 'iife' },
    plugins: [resolve(), typescript({ ...ts, declaration: false }), terser(terserOptions), report()],
  },
  // The optional CDN script that adds Welsh, outside the main bundle's budget like Open Referral.
  {
    input: 'src/signpost-cy.ts',
    output: { file: 'dist/signpost-cy.js', format: 'iife' },
    plugins: [strTagOnly(), resolve(), typescript({ ...ts, declaration: false }), terser(terserOptions), report()],
  },
  // For bundler users: ES modules with Lit left to their bundler, plus types.
  {
    input: entries,
    external: (id) => /^(lit|@lit\/|react|preact|vue)/.test(id),
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src' },
    // The typings entries (types, jsx/*, vue) have no code: only their .d.ts ships.
    onwarn: (warning, warn) => warning.code !== 'EMPTY_BUNDLE' && warn(warning),
    plugins: [
      typescript({ ...ts, declaration: true, declarationDir: 'dist', stripInternal: true }),
      {
        name: 'signpost-types-only',
        generateBundle(_options, bundle) {
          for (const [name, chunk] of Object.entries(bundle)) if (chunk.type === 'chunk' && !chunk.code.trim()) delete bundle[name];
        },
      },
    ],
  },
];
