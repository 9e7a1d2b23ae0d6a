// `npm run build` runs the analyzer with this config to write custom-elements.json (after rollup).
import { existsSync } from 'node:fs';

/** Every `src/x.ts` in the manifest becomes the `dist/x.js` that ships. */
const shipped = (value) =>
  typeof value === 'string'
    ? value.replace(/^src\/(.*)\.ts$/, 'dist/$1.js')
    : Array.isArray(value)
      ? value.map(shipped)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shipped(v)]))
        : value;

export default {
  globs: ['src/**/*.ts'],
  // The signpost-feed command (src/cli) is Node code, not elements.
  exclude: ['src/**/*.test.ts', 'src/cli/**'],
  litelement: true,
  plugins: [
    {
      // Internal reactive state is declared in `static properties` with `state: true`; the analyzer
      // lists it as an attribute. Only public fields are attributes.
      name: 'signpost-hide-state',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const decl of mod.declarations ?? []) {
            const hidden = new Set((decl.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name));
            if (decl.attributes) decl.attributes = decl.attributes.filter((a) => !hidden.has(a.fieldName));
          }
        }
      },
    },
    {
      // Tags are defined through define() (src/internal/define.ts), which the analyzer reads as a definition
      // of a tag called "tag"; the abstract base classes are not elements; paths point at dist/.
      name: 'signpost-shipped',
      packageLinkPhase({ customElementsManifest: manifest }) {
        const declarations = manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => [m, d]));
        for (const mod of manifest.modules) {
          mod.exports = (mod.exports ?? []).filter((e) => e.kind !== 'custom-element-definition');
          for (const e of [...mod.exports]) {
            // The entry that re-exports an element's class (x/x.ts, not index.ts) is the module that defines its tag.
            const [home, element] = (e.declaration?.module === mod.path && declarations.find(([m, d]) => d.name === e.name && d.tagName && m !== mod)) || [];
            if (element) mod.exports.push({ kind: 'custom-element-definition', name: element.tagName, declaration: { name: element.name, module: home.path } });
          }
        }
        for (const [, d] of declarations) {
          if (d.customElement && !d.tagName) delete d.customElement;
          if (d.members) d.members = d.members.filter((m) => !/@internal/.test(m.description ?? '') && m.name !== 'consumer');
        }
        // Typings-only sources (types.ts, jsx/*, vue.ts) ship no JavaScript.
        manifest.modules = shipped(manifest.modules).filter((m) => existsSync(m.path));
      },
    },
  ],
};
