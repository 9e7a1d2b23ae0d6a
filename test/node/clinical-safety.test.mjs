// Keeps docs/clinical-safety/ true: the hazard log cites tests that exist, every test tagged as a
// safety control is cited, the generated pages are current, and the crisis routes' clinical review
// has not lapsed. Reads the test files; runs no browser.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  baselineReview,
  daysBetween,
  loadHazards,
  logPath,
  casePath,
  problems,
  renderLog,
  renderCaseBlocks,
  risk,
  root,
  scanSource,
  scanTests,
  ukToday,
} from '../../scripts/safety.mjs';

const data = loadHazards();
const tests = scanTests();

describe('clinical safety case', () => {
  it('finds tests as mocha names them, with the hazards tagged above them', () => {
    const source = `
      describe('outer', () => {
        // safety: H1
        it('plain', () => {});
        describe("inner's", () => {
          for (const x of xs) {
            // An ordinary comment first.
            // safety: H2, H3
            it(\`case \${x.name}\`, () => {});
          }
          // safety: H4
          for (const y of ys) it('looped ' + y, () => {});
          // (spelled in pieces: the repository's check for skipped tests reads this file as text)
          ${'it'}.skip('skipped', () => {});
          ${'x'}it('also skipped', () => {});
        });
        describeWhere('forced-colors', 'where it runs', () => {
          // safety: H5
          itWhere('forced-colors', 'only there', async function () {});
        });
      });
      test('node style', () => {});`;
    assert.deepEqual(scanSource('x.test.ts', source), [
      { file: 'x.test.ts', path: 'outer > plain', tags: ['H1'] },
      { file: 'x.test.ts', path: "outer > inner's > case ${x.name}", tags: ['H2', 'H3'] },
      { file: 'x.test.ts', path: "outer > inner's > looped ${y}", tags: ['H4'] },
      { file: 'x.test.ts', path: 'outer > where it runs > only there', tags: ['H5'] },
      { file: 'x.test.ts', path: 'node style', tags: [] },
    ]);
  });

  it('every hazard cites tests that exist, and every test tagged "// safety:" is cited by the hazards it names', () => {
    assert.ok(tests.length > 200, `only ${tests.length} tests found under src/ and test/`);
    assert.deepEqual(problems(data, tests), []);
  });

  it('reports a cited test that is gone, a tag no hazard cites, and a cited test without its tag', () => {
    const hazard = data.hazards[0];
    const cited = hazard.controls.find((c) => c.tests?.length).tests[0];
    const gone = tests.filter((t) => t.path !== cited);
    assert.match(problems(data, gone).join('\n'), /cites a test that does not exist: ".*"/);
    // A test moved to another suite is offered as the likely new name.
    const moved = tests.map((t) => (t.path === cited ? { ...t, path: `moved > ${cited}` } : t));
    assert.ok(problems(data, moved).some((p) => p.includes(`perhaps "moved > ${cited}"`)));
    const untagged = tests.map((t) => (t.path === cited ? { ...t, tags: [] } : t));
    assert.match(problems(data, untagged).join('\n'), new RegExp(`put "// safety: ${hazard.id}" on the line above its it\\(`));
    const stray = [...tests, { file: 'x.test.ts', path: 'a test nobody cites', tags: [hazard.id] }];
    assert.match(problems(data, stray).join('\n'), /"a test nobody cites" is tagged as a safety control for H1, but H1 does not cite it/);
  });

  it('covers the hazards issue 26 lists, each rated on the declared matrix', () => {
    assert.equal(data.hazards.length >= 9, true);
    for (const h of data.hazards) {
      for (const stage of ['initial', 'residual']) assert.ok(risk(data.scheme, h[stage]), `${h.id} ${stage}`);
      assert.ok(risk(data.scheme, h.residual) <= risk(data.scheme, h.initial), `${h.id}: residual risk above initial`);
    }
    // The DCB0129 example matrix: five likelihoods by five severities, Minor to Catastrophic.
    assert.deepEqual(Object.keys(data.scheme.matrix), ['Very high', 'High', 'Medium', 'Low', 'Very low']);
    assert.deepEqual(
      data.scheme.severity.map((s) => s.name),
      ['Minor', 'Significant', 'Considerable', 'Major', 'Catastrophic'],
    );
  });

  it('hazard-log.md, and the risk matrix and residual risks in safety-case.md, are what `npm run safety` generates', () => {
    assert.equal(readFileSync(logPath, 'utf8'), renderLog(data, tests) + '\n', 'hazard-log.md is stale: run npm run safety');
    const safetyCase = readFileSync(casePath, 'utf8');
    assert.equal(safetyCase, renderCaseBlocks(safetyCase, data), 'safety-case.md is stale: run npm run safety');
  });

  // safety: H1
  it('the crisis routes were clinically reviewed within their stated interval', () => {
    const { reviewed, intervalDays } = baselineReview();
    assert.match(reviewed, /^\d{4}-\d{2}-\d{2}$/, 'src/get-help/baseline.ts: reviewed');
    assert.ok(Number.isInteger(intervalDays) && intervalDays > 0, 'src/get-help/baseline.ts: reviewIntervalDays');
    const today = ukToday();
    const age = daysBetween(reviewed, today);
    assert.ok(age >= 0, `the review date ${reviewed} is after today (${today})`);
    assert.ok(
      age <= intervalDays,
      `the crisis routes in src/get-help/baseline.ts were last reviewed on ${reviewed}, ${age} days ago, and the review stands for ${intervalDays} days: a clinician must review them again, then set reviewed`,
    );
  });

  it('every link in docs/clinical-safety reaches a file, and a heading or anchor, that exist', () => {
    const dir = join(root, 'docs/clinical-safety');
    // GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens; plus explicit <a id>s.
    const anchors = (text) =>
      new Set([
        ...[...text.matchAll(/^#+ (.*)$/gm)].map((m) =>
          m[1]
            .replace(/<[^>]+>/g, '')
            .trim()
            .toLowerCase()
            .replace(/[^\w\- ]/g, '')
            .replace(/ /g, '-'),
        ),
        ...[...text.matchAll(/<a id="([^"]+)">/g)].map((m) => m[1]),
      ]);
    const broken = [];
    for (const page of ['README.md', 'safety-case.md', 'hazard-log.md']) {
      const text = readFileSync(join(dir, page), 'utf8');
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^https?:/.test(target)) continue;
        const [file, anchor] = target.split('#');
        const path = file ? join(dir, file) : join(dir, page);
        let linked;
        try {
          linked = readFileSync(path, 'utf8');
        } catch {
          broken.push(`${page}: ${target} (no such file)`);
          continue;
        }
        if (anchor && !anchors(linked).has(anchor)) broken.push(`${page}: ${target} (no such heading)`);
      }
    }
    assert.deepEqual(broken, []);
  });

  it('the demo page links to the safety case', () => {
    const demo = readFileSync(join(root, 'demo/index.html'), 'utf8');
    assert.match(demo, /<a href="\/docs\/clinical-safety\/safety-case\.md">/);
  });
});
