// Helpers for the Node-only tests (test/node/*.test.mjs, run with node --test).
import assert from 'node:assert/strict';

/** The date `n` days before today, as YYYY-MM-DD (UTC). */
export const daysAgo = (n) => new Date(Date.now() - n * 864e5).toISOString().slice(0, 10);

/** Asserts that `text` contains `part`, showing the whole text when it does not. */
export function includes(text, part) {
  assert.ok(text.includes(part), `expected to find ${JSON.stringify(part)} in:\n${text}`);
}

/** Asserts that `text` does not contain `part`. */
export function excludes(text, part) {
  assert.ok(!text.includes(part), `did not expect ${JSON.stringify(part)} in:\n${text}`);
}
