// The house rules in eslint.config.mjs fire where they should: its selectors are easy to break without anyone
// noticing, since a rule that matches nothing passes `npm run lint` just as well as clean code does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: new URL('../../', import.meta.url).pathname });
/** The rule ids ESLint reports for `code`, linted as if it were the file at `filePath`. */
const rules = async (code, filePath) => (await eslint.lintText(code, { filePath }))[0].messages.map((m) => m.ruleId);

test('a focused or skipped test fails lint, in browser and Node tests alike', async () => {
  // Spelled in pieces: the repository's check for skipped tests reads this file as text.
  const it = 'it';
  const cases = [
    `describe.${'only'}('a', () => {});`,
    `${it}.${'only'}('a', () => {});`,
    `${it}.${'skip'}('a', () => {});`,
    `test.${'todo'}('a');`,
    `${'x'}${it}('a', () => {});`,
    `${'x'}describe('a', () => {});`,
    `${it}('a', { ${'skip'}: true }, () => {});`,
  ];
  for (const code of cases) {
    assert.deepEqual(await rules(code, 'test/example.test.ts'), ['no-restricted-syntax'], code);
    assert.ok((await rules(code, 'test/node/example.test.mjs')).includes('no-restricted-syntax'), code);
  }
  assert.deepEqual(await rules(`${it}('a', () => {});`, 'test/example.test.ts'), []);
});

test('the library logs only its "Signpost: ..." warnings and errors', async () => {
  assert.deepEqual(await rules("console.warn('Signpost: x');\nconsole.error('Signpost: y');\nexport {};", 'src/example.ts'), []);
  assert.deepEqual(await rules("console.log('x');\nexport {};", 'src/example.ts'), ['no-console']);
  assert.deepEqual(await rules("console.log('x');\nexport {};", 'test/example.test.ts'), []);
});

test('== only where it cannot coerce', async () => {
  assert.deepEqual(await rules("export const f = (x: unknown) => typeof x == 'string' || x == null;", 'src/example.ts'), []);
  assert.deepEqual(await rules('export const f = (x: unknown) => x == 0;', 'src/example.ts'), ['eqeqeq']);
});

test("Lit's template checks run on the library", async () => {
  const code = "import { html } from 'lit';\nexport const t = (x: string) => html`<p .a=${x} .a=${x}></p>`;";
  assert.deepEqual(await rules(code, 'src/example.ts'), ['lit/no-duplicate-template-bindings']);
});
