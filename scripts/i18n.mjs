// Checks that keep every word translatable, shared by the test suite and `npm run i18n:check`:
// - untranslated(): user-facing text written straight into an html`` template instead of through msg();
// - catalogues(): each translation in xliff/ covers every message, with every plural form its language
//   needs, and src/i18n/locales/ was rebuilt from it.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('../', import.meta.url));
const config = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));

/** Attributes a person hears or reads; the rest (class, part, type, id…) are code. */
const SPOKEN_NAMES = 'aria-label|aria-description|aria-roledescription|aria-valuetext|title|alt|placeholder';
const SPOKEN = new RegExp(`\\b(${SPOKEN_NAMES})\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>"']+))`, 'g');
const HOLE = '\u0000';

/** Words in the static parts of one html`` template: attribute values a person hears, and text between tags. */
function wordsIn(template) {
  const found = [];
  for (const m of template.matchAll(SPOKEN)) {
    const value = m[2] ?? m[3] ?? m[4] ?? '';
    if (/\p{L}/u.test(value.replaceAll(HOLE, ''))) found.push(`${m[1]}="${value.replaceAll(HOLE, '${…}')}"`);
  }
  const text = template
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]*>/g, HOLE)
    .replace(/&[#\w]+;/g, '');
  for (const run of text.split(HOLE)) if (/\p{L}/u.test(run)) found.push(run.trim());
  return found;
}

/**
 * Untranslated words in html`` templates: `[{ file, line, text }]`. `sources` (file name -> code)
 * replaces the library's own files, so the check can be tested on a known bad template.
 */
export function untranslated(sources) {
  const files =
    sources ??
    Object.fromEntries(
      readdirSync(join(root, 'src'), { recursive: true })
        .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.d.ts') && !f.startsWith(join('i18n', 'locales')))
        .map((f) => [`src/${f}`, readFileSync(join(root, 'src', f), 'utf8')]),
    );
  const found = [];
  for (const [file, code] of Object.entries(files)) {
    const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true);
    const visit = (node) => {
      if (ts.isTaggedTemplateExpression(node) && node.tag.getText() === 'html') {
        const t = node.template;
        const statics = ts.isNoSubstitutionTemplateLiteral(t) ? [t.text] : [t.head.text, ...t.templateSpans.map((s) => s.literal.text)];
        const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        for (const text of wordsIn(statics.join(HOLE))) found.push({ file, line, text });
        // Text written as a literal in a hole: ${'Read more'}, ${open ? 'Close' : 'Open'}, ${x && 'None'}.
        const literals = (e) =>
          ts.isParenthesizedExpression(e)
            ? literals(e.expression)
            : ts.isConditionalExpression(e)
              ? [...literals(e.whenTrue), ...literals(e.whenFalse)]
              : ts.isBinaryExpression(e)
                ? literals(e.right)
                : ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e) || ts.isTemplateExpression(e)
                  ? [e]
                  : [];
        const spans = ts.isTemplateExpression(t) ? t.templateSpans : [];
        spans.forEach((span, i) => {
          // A hole inside a tag is text only in an attribute a person hears (part=${…}, class="a ${…}" are code).
          const before = statics.slice(0, i + 1).join(HOLE);
          const tag = before.slice(before.lastIndexOf('>') + 1);
          if (tag.includes('<')) {
            const attribute = /([^\s<>=]+)=(?:"[^"]*|'[^']*)?$/.exec(tag)?.[1];
            if (!attribute || !new RegExp(`^(${SPOKEN_NAMES})$`).test(attribute)) return;
          }
          for (const e of literals(span.expression))
            if (/\p{L}/u.test(ts.isTemplateExpression(e) ? [e.head.text, ...e.templateSpans.map((s) => s.literal.text)].join('') : e.text))
              found.push({ file, line: source.getLineAndCharacterOfPosition(e.getStart()).line + 1, text: e.getText() });
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

const units = (xlf) =>
  [...xlf.matchAll(/<trans-unit id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)].map(([, id, body]) => ({
    id,
    source: /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '',
    target: /<target\b[^>]*>([\s\S]*?)<\/target>/.exec(body)?.[1],
  }));

const decode = (xml) => xml.replace(/&(amp|lt|gt|quot|apos);/g, (_, e) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[e]);

/** The translated messages of `locale` with no placeholder, as text: what a page in that language must show instead of the source. */
export function plainMessages(locale) {
  return units(readFileSync(join(root, config.interchange.xliffDir, `${locale}.xlf`), 'utf8'))
    .filter((u) => u.target !== undefined && !/</.test(u.source + u.target))
    .map((u) => ({ source: decode(u.source), target: decode(u.target) }));
}

const PLURAL = /^(?:\s*[a-z]+\s*\{[^}]*\})+\s*$/;

/**
 * Per target locale: messages with no translation, plural messages missing a category the language
 * needs, and whether src/i18n/locales/<locale>.ts matches what `lit-localize build` makes of xliff/.
 */
export function catalogues() {
  const dir = mkdtempSync(join(tmpdir(), 'signpost-l10n-'));
  try {
    // Extract into a copy, so a check never rewrites the translators' files.
    cpSync(join(root, config.interchange.xliffDir), join(dir, 'xliff'), { recursive: true });
    const temp = {
      ...config,
      tsConfig: join(root, config.tsConfig),
      inputFiles: config.inputFiles.map((g) => (g.startsWith('!') ? `!${join(root, g.slice(1))}` : join(root, g))),
      output: { ...config.output, outputDir: join(dir, 'out') },
      interchange: { ...config.interchange, xliffDir: join(dir, 'xliff') },
    };
    writeFileSync(join(dir, 'lit-localize.json'), JSON.stringify(temp));
    const cli = join(root, 'node_modules/@lit/localize-tools/bin/lit-localize.js');
    execFileSync(process.execPath, [cli, 'extract', '--config', join(dir, 'lit-localize.json')], { stdio: 'pipe' });
    execFileSync(process.execPath, [cli, 'build', '--config', join(dir, 'lit-localize.json')], { stdio: 'pipe' });
    const report = {};
    for (const locale of config.targetLocales) {
      const all = units(readFileSync(join(dir, 'xliff', `${locale}.xlf`), 'utf8'));
      const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      report[locale] = {
        messages: all.length,
        missing: all.filter((u) => !u.target?.trim()).map((u) => u.source),
        plurals: all
          .filter((u) => PLURAL.test(u.source) && u.target)
          .flatMap((u) => categories.filter((c) => !new RegExp(`(^|\\s|\\})${c}\\s*\\{`).test(u.target)).map((c) => `${u.source}: no "${c}"`)),
        built: readFileSync(join(dir, 'out', `${locale}.ts`), 'utf8') === readFileSync(join(root, config.output.outputDir, `${locale}.ts`), 'utf8'),
      };
    }
    return report;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// `npm run i18n:check`: the same checks as the test suite, from the command line.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const words = untranslated();
  const report = catalogues();
  for (const w of words) console.log(`${w.file}:${w.line}: not translatable: ${w.text}`);
  for (const [locale, r] of Object.entries(report)) {
    console.log(
      `${locale}: ${r.messages} messages, ${r.missing.length} untranslated, ${r.plurals.length} plural forms missing${r.built ? '' : ', src/i18n/locales is stale (run npm run i18n:build)'}`,
    );
    for (const m of [...r.missing, ...r.plurals]) console.log(`  ${m}`);
  }
  const ok = !words.length && Object.values(report).every((r) => !r.missing.length && !r.plurals.length && r.built);
  process.exit(ok ? 0 : 1);
}
