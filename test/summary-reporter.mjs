/**
 * Prints "N passed, N failed" last. A skipped test counts as failed (we never skip), and a file
 * that fails to load counts as one failure, so nothing silently disappears from the total.
 */
export function summaryReporter() {
  let passed = 0;
  let failed = 0;
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
      }
    },
    stop() {
      console.log(`${passed} passed, ${failed} failed`);
      // The runner exits 0 when every executed test passed; a skipped or unloaded file must still fail the run.
      if (failed > 0) process.on('exit', () => (process.exitCode = 1));
    },
  };
}
