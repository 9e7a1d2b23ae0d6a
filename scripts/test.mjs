// `npm test` after the type check and build: Node's own tests (test/node/, node --test) first, while
// no browser runs, then every browser test (web-test-runner, with any arguments given). The last line
// adds both up: "N passed, N failed".
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'signpost-test-'));
const run = (command, args, env = {}) =>
  new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('close', (code) => resolve(code));
    child.on('error', () => resolve(1));
  });
/** The counts a runner left in `file`; none (it crashed, or never got that far) is one failure. */
const read = (file) => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return { passed: 0, failed: 1 };
  }
};

const nodeFile = join(dir, 'node.json');
const nodeCode = await run(process.execPath, [
  '--test',
  '--test-reporter=spec',
  '--test-reporter-destination=stdout',
  '--test-reporter=./test/support/node-counts.mjs',
  `--test-reporter-destination=${nodeFile}`,
  'test/node/',
]);
const node = read(nodeFile);
console.log(`node: ${node.passed} passed, ${node.failed} failed`);

const browserFile = join(dir, 'browsers.json');
const browserCode = await run(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', ...process.argv.slice(2)], { SIGNPOST_COUNTS: browserFile });
const browsers = read(browserFile);
rmSync(dir, { recursive: true, force: true });

const passed = node.passed + browsers.passed;
const failed = node.failed + browsers.failed + (nodeCode !== 0 && node.failed === 0 ? 1 : 0) + (browserCode !== 0 && browsers.failed === 0 ? 1 : 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
