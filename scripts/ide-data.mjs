// Editor data generated from custom-elements.json by `npm run build`: VS Code's HTML custom data
// (vscode.html-custom-data.json, "html.customData") and JetBrains web-types (web-types.json).
import { readFileSync, writeFileSync } from 'node:fs';
import { elements } from './docs.mjs';

const root = new URL('../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
const { name, version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const tags = elements(manifest);

/** `'badge' | 'detail'` -> ['badge', 'detail']; any other type has no fixed values. */
const values = (type = '') => (/^\s*'[^']*'(\s*\|\s*'[^']*')*\s*$/.test(type) ? [...type.matchAll(/'([^']*)'/g)].map((m) => m[1]) : []);
const summary = (el) => (el.summary ?? el.description ?? '').replace(/\s+/g, ' ').trim();

export const vscode = {
  version: 1.1,
  tags: tags.map((el) => ({
    name: el.tagName,
    description: summary(el),
    attributes: (el.attributes ?? []).map((a) => ({
      name: a.name,
      description: a.description ?? '',
      ...(values(a.type?.text).length ? { values: values(a.type?.text).map((v) => ({ name: v })) } : {}),
    })),
  })),
};

export const webTypes = {
  $schema: 'https://json.schemastore.org/web-types',
  name,
  version,
  'description-markup': 'markdown',
  contributions: {
    html: {
      elements: tags.map((el) => ({
        name: el.tagName,
        description: summary(el),
        attributes: (el.attributes ?? []).map((a) => ({
          name: a.name,
          description: a.description ?? '',
          value: { type: a.type?.text ?? 'string', ...(a.default ? { default: a.default } : {}) },
        })),
        js: {
          properties: (el.members ?? [])
            .filter((m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public' && !m.readonly)
            .map((m) => ({ name: m.name, description: m.description ?? '', type: m.type?.text ?? 'unknown' })),
          events: (el.events ?? []).filter((e) => e.name).map((e) => ({ name: e.name, description: e.description ?? '', type: e.type?.text ?? 'Event' })),
        },
        slots: (el.slots ?? []).map((s) => ({ name: s.name, description: s.description ?? '' })),
      })),
    },
    css: {
      properties: [...new Map(tags.flatMap((el) => el.cssProperties ?? []).map((p) => [p.name, { name: p.name, description: p.description ?? '' }])).values()],
      parts: [...new Map(tags.flatMap((el) => el.cssParts ?? []).map((p) => [p.name, { name: p.name, description: p.description ?? '' }])).values()],
    },
  },
};

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(new URL('vscode.html-custom-data.json', root), JSON.stringify(vscode, null, 2) + '\n');
  writeFileSync(new URL('web-types.json', root), JSON.stringify(webTypes, null, 2) + '\n');
  console.log(`vscode.html-custom-data.json and web-types.json written for ${tags.length} elements`);
}
