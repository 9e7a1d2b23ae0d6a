// The clinical safety hazard log: docs/clinical-safety/hazards.json (the data) -> hazard-log.md (the page).
// `npm run safety` writes the page; test/node/clinical-safety.test.mjs fails when it is stale, when a
// hazard cites a test that no longer exists, or when a test tagged `// safety: H<n>` is not cited by H<n>.
// Tests are found by reading the test files with the TypeScript parser: nothing is run.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const root = fileURLToPath(new URL('../', import.meta.url));
export const hazardsPath = join(root, 'docs/clinical-safety/hazards.json');
export const logPath = join(root, 'docs/clinical-safety/hazard-log.md');
export const casePath = join(root, 'docs/clinical-safety/safety-case.md');
export const baselinePath = join(root, 'src/get-help/baseline.ts');

// mocha's and node:test's names, and wrappers named after them (`itWhere(capability, title, fn)`).
const SUITE = /^(describe|suite|context)([A-Z]\w*)?$/;
const TEST = /^(it|test)([A-Z]\w*)?$/;
/** `// safety: H1, H4` on the line(s) just above an `it(`: the hazards whose controls it proves. */
const TAG = /^\/\/\s*safety:\s*(.+)$/;
export const SEPARATOR = ' > ';

/** Every *.test.{ts,mjs,js} under src/ and test/, relative to the project, sorted. */
export function testFiles(dir = root) {
  const found = [];
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') walk(path);
      } else if (/\.test\.(ts|mjs|js)$/.test(entry.name)) found.push(relative(dir, path));
    }
  };
  for (const top of ['src', 'test']) walk(join(dir, top));
  return found.sort();
}

/**
 * A title as mocha prints it, where it is a literal; what is computed keeps its source as a `${...}`
 * hole, as a template literal writes it (one test per case).
 */
function titleOf(node) {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return node.getText().slice(1, -1);
  if (ts.isParenthesizedExpression(node)) return titleOf(node.expression);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) return titleOf(node.left) + titleOf(node.right);
  return `\${${node.getText()}}`;
}

/** A suite or test call's title: the argument just before the function that holds its body. */
function titled(node) {
  const body = node.arguments.findIndex((a) => ts.isArrowFunction(a) || ts.isFunctionExpression(a));
  return body > 0 ? titleOf(node.arguments[body - 1]) : undefined;
}

/** The name called, when it is a plain name: `it.skip(` and `xit(` are never found, as a skipped test proves nothing. */
function callee(node) {
  return ts.isIdentifier(node.expression) ? node.expression.text : undefined;
}

/** The hazard ids in `// safety:` comments above a test's statement, or above the loop whose body it is. */
function tagsAbove(node, text) {
  const ids = [];
  const statement = node.parent;
  const holders = ts.isExpressionStatement(statement) ? [statement] : [];
  if (holders.length && ts.isIterationStatement(statement.parent, false)) holders.push(statement.parent);
  for (const holder of holders) {
    for (const range of ts.getLeadingCommentRanges(text, holder.getFullStart()) ?? []) {
      const match = TAG.exec(text.slice(range.pos, range.end).trim());
      if (match) ids.push(...match[1].split(/[\s,]+/).filter(Boolean));
    }
  }
  return ids;
}

/** The tests in one file: `{ file, path: 'describe > it', tags }`, in source order. */
export function scanSource(file, text) {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS);
  const tests = [];
  const visit = (node, suites) => {
    if (ts.isCallExpression(node)) {
      const name = callee(node);
      const title = titled(node);
      if (title !== undefined && SUITE.test(name)) {
        node.arguments.forEach((arg) => visit(arg, [...suites, title]));
        return;
      }
      if (title !== undefined && TEST.test(name)) {
        tests.push({ file, path: [...suites, title].join(SEPARATOR), tags: tagsAbove(node, text) });
        return;
      }
    }
    ts.forEachChild(node, (child) => visit(child, suites));
  };
  visit(source, []);
  return tests;
}

export function scanTests(dir = root) {
  return testFiles(dir).flatMap((file) => scanSource(file, readFileSync(join(dir, file), 'utf8')));
}

export const loadHazards = (path = hazardsPath) => JSON.parse(readFileSync(path, 'utf8'));

/** The risk level (1-5) of a severity and likelihood on the declared matrix. */
export function risk(scheme, { severity, likelihood }) {
  const s = scheme.severity.findIndex((x) => x.name === severity);
  const l = scheme.likelihood.findIndex((x) => x.name === likelihood);
  return s < 0 || l < 0 ? undefined : scheme.matrix[likelihood][s];
}

const words = (s) => new Set(s.toLowerCase().match(/[a-z0-9]+/g) ?? []);

/** For a cited title that has gone: the tests most like it (same test title, or most words shared), to relink. */
function suggest(path, tests) {
  const last = path.split(SEPARATOR).at(-1);
  const cited = words(path);
  const score = (t) => {
    if (t.path.split(SEPARATOR).at(-1) === last) return 2;
    const other = words(t.path);
    const shared = [...cited].filter((w) => other.has(w)).length;
    return shared / (cited.size + other.size - shared);
  };
  const best = tests
    .map((t) => [score(t), t])
    .filter(([s]) => s >= 0.5)
    .sort((a, b) => b[0] - a[0])
    .slice(0, 2)
    .map(([, t]) => `"${t.path}" (${t.file})`);
  return best.length ? `; perhaps ${best.join(' or ')}` : '';
}

/**
 * Everything wrong with the data against the tests: each problem a sentence saying what to do.
 * Empty when every citation names exactly one test, every tagged test is cited by the hazards its
 * tag names, and every cited test carries that tag.
 */
export function problems(data, tests) {
  const out = [];
  const { scheme, hazards } = data;
  const ids = new Set();
  for (const h of hazards) {
    if (ids.has(h.id)) out.push(`${h.id}: two hazards have this id`);
    ids.add(h.id);
    for (const field of ['title', 'effect', 'causes', 'controls', 'deployer', 'residualRisk', 'status']) {
      if (!h[field] || (Array.isArray(h[field]) && !h[field].length)) out.push(`${h.id}: "${field}" is missing or empty`);
    }
    if (!['Open', 'Closed'].includes(h.status)) out.push(`${h.id}: status must be Open or Closed, not ${JSON.stringify(h.status)}`);
    if (h.status === 'Open' && !h.actions?.length) out.push(`${h.id}: an Open hazard lists the actions that would close it`);
    for (const stage of ['initial', 'residual']) {
      if (risk(scheme, h[stage] ?? {}) === undefined) out.push(`${h.id}: ${stage} severity and likelihood must be names from the scheme`);
    }
    for (const [i, c] of (h.controls ?? []).entries()) {
      if (!c.tests?.length && !c.evidence) out.push(`${h.id} control ${i + 1}: cite a test, or say in "evidence" what else proves it`);
      for (const path of c.tests ?? []) {
        const found = tests.filter((t) => t.path === path);
        if (!found.length) out.push(`${h.id} control ${i + 1} cites a test that does not exist: "${path}"${suggest(path, tests)}`);
        else if (found.length > 1)
          out.push(
            `${h.id} control ${i + 1} cites "${path}", which names ${found.length} tests (${found.map((t) => t.file).join(', ')}): make the title unique`,
          );
        else if (!found[0].tags.includes(h.id)) out.push(`${found[0].file}: "${path}" is cited by ${h.id}; put "// safety: ${h.id}" on the line above its it(`);
      }
    }
  }
  const cited = (id, path) => hazards.some((h) => h.id === id && h.controls.some((c) => c.tests?.includes(path)));
  for (const t of tests) {
    for (const id of t.tags) {
      if (!ids.has(id)) out.push(`${t.file}: "${t.path}" is tagged ${id}, which is not a hazard`);
      else if (!cited(id, t.path))
        out.push(
          `${t.file}: "${t.path}" is tagged as a safety control for ${id}, but ${id} does not cite it: add it to a control of ${id} in docs/clinical-safety/hazards.json, or remove the tag`,
        );
    }
  }
  return out;
}

/** Prose from the data as Markdown: a `<tag>` outside backticks is text, not HTML. */
const prose = (s) =>
  String(s)
    .split('`')
    .map((part, i) => (i % 2 ? part : part.replace(/</g, '&lt;')))
    .join('`');
const cell = (s) => prose(s).replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (s) => (s.includes('`') ? `\`\` ${s} \`\`` : `\`${s}\``);
const rated = (scheme, r) => {
  const level = risk(scheme, r);
  return `${r.severity} × ${r.likelihood} = **${level}** (${scheme.acceptability[level - 1].short})`;
};

/** A cited test as a line: where it is, its title path, and a note when one title covers several cases. */
function testLine(tests, path) {
  const t = tests.find((x) => x.path === path);
  const where = t ? `${t.file}: ` : '';
  const cases = path.includes('${') ? ' (one test per case listed in the file)' : '';
  return `${where}${code(path)}${cases}`;
}

const marker = (name, end = false) => `<!-- ${name}:${end ? 'end' : 'start'} -->`;

/** The scheme as tables: severity, likelihood, the matrix and what each level means. */
function renderMatrix({ scheme }) {
  return [
    '| Severity | Definition |',
    '| --- | --- |',
    ...scheme.severity.map((s) => `| ${s.name} | ${cell(s.definition)} |`),
    '',
    '| Likelihood | Definition |',
    '| --- | --- |',
    ...[...scheme.likelihood].reverse().map((l) => `| ${l.name} | ${cell(l.definition)} |`),
    '',
    `| Likelihood ↓ Severity → | ${scheme.severity.map((s) => s.name).join(' | ')} |`,
    `| --- | ${scheme.severity.map(() => '---').join(' | ')} |`,
    ...Object.entries(scheme.matrix).map(([l, row]) => `| **${l}** | ${row.join(' | ')} |`),
    '',
    '| Risk level | Acceptability |',
    '| --- | --- |',
    ...scheme.acceptability.map((a, i) => `| ${i + 1} | ${cell(a.definition)} |`),
  ];
}

/** Each hazard's residual risk, highest first, with what remains and what is still to do. */
function renderResidual({ scheme, hazards }) {
  const ranked = [...hazards].sort((a, b) => risk(scheme, b.residual) - risk(scheme, a.residual));
  return [
    '| Hazard | Residual risk | Status | What remains |',
    '| --- | --- | --- | --- |',
    ...ranked.map(
      (h) =>
        `| [${h.id}](hazard-log.md#${h.id.toLowerCase()}) ${cell(h.title)} | ${risk(scheme, h.residual)} (${h.residual.severity}, ${h.residual.likelihood.toLowerCase()}) | ${h.status} | ${cell(h.residualRisk)}${h.actions?.length ? ` Outstanding: ${cell(h.actions.join(' '))}` : ''} |`,
    ),
  ];
}

const BLOCKS = { matrix: renderMatrix, residual: renderResidual };

/** The safety case with each generated block (between its markers) rewritten from the data. */
export function renderCaseBlocks(text, data) {
  for (const [name, render] of Object.entries(BLOCKS)) {
    const start = text.indexOf(marker(name));
    const end = text.indexOf(marker(name, true));
    if (start < 0 || end < start) throw new Error(`the safety case has no ${marker(name)} ... ${marker(name, true)} block`);
    const block = [marker(name), '<!-- Generated from hazards.json by `npm run safety`: edit it there. -->', '', ...render(data), '', marker(name, true)];
    text = text.slice(0, start) + block.join('\n') + text.slice(end + marker(name, true).length);
  }
  return text;
}

/** The review due date: `reviewed` plus the interval, as YYYY-MM-DD. */
export const dueDate = ({ reviewed, intervalDays }) => new Date(Date.parse(reviewed) + intervalDays * 86_400_000).toISOString().slice(0, 10);

/** The generated page. Depends only on the data, the scanned tests and baseline.ts, so it is reproducible. */
export function renderLog(data, tests, review = baselineReview()) {
  const { scheme, hazards } = data;
  const out = [
    '# Signpost hazard log',
    '',
    '<!-- Generated from hazards.json and the test files by `npm run safety` (scripts/safety.mjs). Do not edit by hand: the test suite fails when this page is stale. -->',
    '',
    'Generated from [`hazards.json`](hazards.json) and the test files by `npm run safety`. Do not edit this page: edit `hazards.json` and run `npm run safety`. [The safety case](safety-case.md) explains the scope, the risk matrix and how to read the evidence.',
    '',
    'Every test named here exists under that title in the file shown, carries a `// safety:` tag naming this hazard, and runs in `npm test` (browser tests in Chromium, Firefox ESR and WebKit, except those the README\'s "Browser support" lists as not run in WebKit; files under `test/webkit/` and `test/wpe/` run in WebKit only). The suite fails if any of that stops being true. "Closed" means every Signpost control listed is in place and proved by its tests; it does not mean the residual risk has been accepted, which is the Clinical Safety Officer\'s decision.',
    '',
    '## Summary',
    '',
    '| Id | Hazard | Initial risk | Residual risk | Status |',
    '| --- | --- | --- | --- | --- |',
    ...hazards.map((h) => `| [${h.id}](#${h.id.toLowerCase()}) | ${cell(h.title)} | ${risk(scheme, h.initial)} | ${risk(scheme, h.residual)} | ${h.status} |`),
    '',
    `Risk levels: ${scheme.acceptability.map((a, i) => `${i + 1} ${a.short}`).join('; ')}. Severity and likelihood are defined in the [safety case](safety-case.md#the-risk-matrix).`,
    '',
    '## Review of the built-in crisis routes',
    '',
    `The built-in routes in \`src/get-help/baseline.ts\` were last reviewed on **${review.reviewed}**. A review stands for **${review.intervalDays} days**, so the next is due by **${dueDate(review)}**. From the day after, \`npm test\` fails until a clinician reviews them again and \`reviewed\` is updated.`,
    '',
  ];
  for (const h of hazards) {
    out.push(`## <a id="${h.id.toLowerCase()}"></a>${h.id} ${prose(h.title)}`, '');
    out.push('| | |', '| --- | --- |');
    out.push(`| Initial risk | ${rated(scheme, h.initial)} |`);
    out.push(`| Why | ${cell(h.initial.why)} |`);
    out.push(`| Residual risk | ${rated(scheme, h.residual)} |`);
    out.push(`| Why | ${cell(h.residual.why)} |`);
    out.push(`| Status | ${h.status} |`, '');
    out.push('**Causes**', '', ...h.causes.map((c) => `- ${prose(c)}`), '');
    out.push('**Effect on a person**', '', prose(h.effect), '');
    out.push('**Controls in Signpost, and the tests that prove them**', '');
    h.controls.forEach((c, i) => {
      out.push(`${i + 1}. ${prose(c.text)}`);
      if (c.evidence) out.push(`   - Evidence: ${prose(c.evidence)}`);
      for (const path of c.tests ?? []) out.push(`   - ${testLine(tests, path)}`);
    });
    out.push('', '**Controls left to the deployer**', '', ...h.deployer.map((d) => `- ${prose(d)}`), '');
    out.push('**Residual risk**', '', prose(h.residualRisk), '');
    if (h.actions?.length) out.push('**Outstanding actions**', '', ...h.actions.map((a) => `- ${prose(a)}`), '');
    if (h.gaps?.length)
      out.push("**Evidence not yet written** (tests that would strengthen this hazard's case)", '', ...h.gaps.map((g) => `- ${prose(g)}`), '');
  }
  const cited = [...new Set(hazards.flatMap((h) => h.controls.flatMap((c) => c.tests ?? [])))];
  const byFile = new Map();
  for (const path of cited) {
    const file = tests.find((t) => t.path === path)?.file ?? '(missing)';
    byFile.set(file, [...(byFile.get(file) ?? []), path]);
  }
  out.push('## Index of the tests cited', '', `${cited.length} tests, by file, with the hazards each one proves a control for.`, '');
  for (const file of [...byFile.keys()].sort()) {
    out.push(`### ${file}`, '');
    for (const path of byFile.get(file)) {
      const by = hazards.filter((h) => h.controls.some((c) => c.tests?.includes(path))).map((h) => h.id);
      out.push(`- ${code(path)}: ${by.join(', ')}`);
    }
    out.push('');
  }
  return out.join('\n');
}

/** `reviewed` and `reviewIntervalDays` as written in src/get-help/baseline.ts. */
export function baselineReview(text = readFileSync(baselinePath, 'utf8')) {
  const source = ts.createSourceFile('baseline.ts', text, ts.ScriptTarget.Latest, true);
  const found = {};
  const visit = (node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
      const init = node.initializer;
      if (ts.isStringLiteral(init)) found[node.name.text] = init.text;
      else if (ts.isNumericLiteral(init)) found[node.name.text] = Number(init.text.replace(/_/g, ''));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { reviewed: found.reviewed, intervalDays: found.reviewIntervalDays };
}

/** Today's date in the UK, as YYYY-MM-DD (the review date is a UK calendar date). */
export const ukToday = (now = new Date()) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(now);

/** Whole days from one YYYY-MM-DD to another. */
export const daysBetween = (from, to) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

if (import.meta.url === `file://${process.argv[1]}`) {
  const data = loadHazards();
  const tests = scanTests();
  const found = problems(data, tests);
  writeFileSync(logPath, renderLog(data, tests) + '\n');
  writeFileSync(casePath, renderCaseBlocks(readFileSync(casePath, 'utf8'), data));
  console.log(
    `${relative(root, logPath)} and the generated parts of ${relative(root, casePath)} written: ${data.hazards.length} hazards, ${tests.length} tests scanned`,
  );
  if (found.length) {
    console.error(found.map((p) => `problem: ${p}`).join('\n'));
    process.exitCode = 1;
  }
}
