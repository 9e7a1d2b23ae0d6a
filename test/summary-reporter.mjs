import { writeFileSync } from 'node:fs';

/**
 * Prints "N passed, N failed" last. A skipped test counts as failed (we never skip), and a file that
 * fails to load counts as one failure, so nothing silently disappears from the total. Under
 * scripts/test.mjs (`npm test`), which adds Node's own tests to the total, the line reads
 * "browsers: N passed, N failed" and the counts go to the file SIGNPOST_COUNTS names.
 * When WebKit ran, it also names what test/support/not-in-webkit.mjs keeps from it, and why.
 */
export function summaryReporter({ notInWebKit }) {
  let passed = 0;
  let failed = 0;
  let webkit = false;
  const count = (suite) => {
    for (const test of suite?.tests ?? []) {
      if (test.passed && !test.skipped) passed++;
      else failed++;
    }
    for (const child of suite?.suites ?? []) count(child);
  };
  return {
    onTestRunFinished({ sessions }) {
      passed = 0;
      failed = 0;
      for (const session of sessions) {
        const before = passed + failed;
        count(session.testResults);
        // A file that did not load, threw outside a test, or ran no test at all.
        if ((session.errors?.length ?? 0) > 0 || passed + failed === before) failed++;
        if (session.browser.name === 'WebKit') webkit = true;
      }
    },
    stop() {
      if (webkit) {
        console.log('Not run in WebKit (test/support/not-in-webkit.mjs):');
        for (const reason of Object.values(notInWebKit)) console.log(`  - ${reason}`);
      }
      const file = process.env.SIGNPOST_COUNTS;
      if (file) writeFileSync(file, JSON.stringify({ passed, failed }));
      console.log(`${file ? 'browsers: ' : ''}${passed} passed, ${failed} failed`);
      // The runner exits 0 when every executed test passed; a skipped or unloaded file must still fail the run.
      if (failed > 0) process.on('exit', () => (process.exitCode = 1));
    },
  };
}
