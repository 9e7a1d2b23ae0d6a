// The README's element reference, generated from custom-elements.json so the docs cannot drift.
// `node scripts/docs.mjs` writes it between the api markers; the test suite fails when they differ.
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const START = '<!-- api:start -->';
const END = '<!-- api:end -->';

const cell = (s) => (s ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
const code = (s) => (s ? `\`${cell(s)}\`` : '');
const table = (head, rows) =>
  rows.length ? [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`), ''] : [];

/** The public custom elements of the manifest, in tag order. */
export function elements(manifest) {
  return manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
}

export function renderApi(manifest) {
  const out = [START, '', '## Element reference', '', 'Generated from `custom-elements.json` by `node scripts/docs.mjs`.', ''];
  for (const el of elements(manifest)) {
    const fields = (el.members ?? []).filter((m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public' && !m.readonly);
    const attributes = el.attributes ?? [];
    const propertyOnly = fields.filter((f) => !attributes.some((a) => a.fieldName === f.name) && f.description);
    out.push(`### \`<${el.tagName}>\``, '', cell(el.summary ?? el.description), '');
    out.push(
      ...table(
        ['Attribute', 'Property', 'Type', 'Default', 'Description'],
        attributes.map((a) => [code(a.name), code(a.fieldName), code(a.type?.text), code(a.default), cell(a.description)]),
      ),
    );
    out.push(
      ...table(
        ['Property only', 'Type', 'Description'],
        propertyOnly.map((f) => [code(f.name), code(f.type?.text), cell(f.description)]),
      ),
    );
    out.push(
      ...table(
        ['Event', 'Type', 'Description'],
        (el.events ?? []).filter((e) => e.name).map((e) => [code(e.name), code(e.type?.text), cell(e.description)]),
      ),
    );
    out.push(
      ...table(
        ['Part', 'Description'],
        (el.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]),
      ),
    );
    out.push(
      ...table(
        ['CSS property', 'Description'],
        (el.cssProperties ?? []).map((p) => [code(p.name), cell(p.description)]),
      ),
    );
    out.push(
      ...table(
        ['Slot', 'Description'],
        (el.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)]),
      ),
    );
  }
  out.push(END);
  return out.join('\n');
}

export function readmeApi(readme) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  return start < 0 || end < 0 ? '' : readme.slice(start, end + END.length);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
  const readmeUrl = new URL('README.md', root);
  const readme = readFileSync(readmeUrl, 'utf8');
  writeFileSync(readmeUrl, readme.replace(readmeApi(readme), renderApi(manifest)));
  console.log(`README element reference written for ${elements(manifest).length} elements`);
}
