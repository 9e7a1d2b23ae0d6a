// A node --test reporter that writes only {"passed", "failed"} once the run ends, for scripts/test.mjs.
// Counts tests, not suites; a skipped or todo test, or a file that fails to load, counts as failed.
export default async function* counts(source) {
  let passed = 0;
  let failed = 0;
  for await (const { type, data } of source) {
    if (type !== 'test:pass' && type !== 'test:fail') continue;
    if (data.details?.type === 'suite') {
      // A suite fails on its own only when something outside its tests threw (a hook, a load error).
      if (type === 'test:fail' && data.details.error?.failureType !== 'subtestsFailed') failed++;
      continue;
    }
    if (type === 'test:pass' && !data.skip && !data.todo) passed++;
    else failed++;
  }
  yield JSON.stringify({ passed, failed });
}
