// Without an onIssue option, the parser says each problem on the console in the same sentences as
// before problems became data (src/feed/schema.test.ts checks the data). Each case runs in a child
// process, whose standard error is the console, so no test patches console.warn.
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The lines `code` (a module body with parseFeed, validWait and fromOpenReferral in scope) writes to the console. */
function console(code) {
  const module = `import { parseFeed, validWait } from './dist/feed/schema.js';\nimport { fromOpenReferral } from './dist/feed/openreferral.js';\n${code}`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', module], { cwd: root, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout, '');
  return run.stderr.split('\n').filter(Boolean);
}

const feed = (services, pathways) => JSON.stringify({ version: 1, updated: '2026-11-20T09:00:00Z', publisher: { name: 'P' }, services, pathways });

describe('feed problems on the console, when no onIssue is given', () => {
  it('says a record skipped, a field left out, a duplicate and a waiting time not shown, naming the record', () => {
    const services = [
      { id: 'x', name: 42 },
      { id: 'y', name: 'Y', referral: { gp: 'yes' }, hours: { weekly: [{ day: 'mon', opens: '09:00', closes: '09:00' }] } },
      { id: 'y', name: 'Y again' },
      { id: 'w', name: 'W', waitingTime: { measure: 'referral-to-assessment', statistic: 'median', days: 5 } },
      { id: 'v', name: 'V', waitingTime: 5 },
      'not a service',
    ];
    const pathways = [{ id: 'p', title: 'P', steps: [{ urgency: 'now', title: 'S', actions: [] }] }];
    assert.deepEqual(console(`parseFeed(${feed(services, pathways)});`), [
      'Signpost: skipped service "x": name: expected text',
      'Signpost: in service "y", left out referral.gp: expected true or false',
      'Signpost: in service "y", left out hours.weekly[0].closes: expected a time other than opens',
      'Signpost: skipped service "y": duplicate id, the first one is used',
      'Signpost: waiting time for service "w" not shown: asOf: expected a real date as YYYY-MM-DD',
      'Signpost: waiting time for service "v" not shown: (root): expected an object',
      'Signpost: skipped service #5: (root): expected an object',
      'Signpost: skipped pathway "p": steps[0].urgency: expected one of emergency, urgent, soon, routine, self-help',
    ]);
  });

  it('says nothing for a valid feed, nor for a waiting time checked on its own (its caller names whose it is)', () => {
    assert.deepEqual(console(`parseFeed(${feed([{ id: 'a', name: 'A' }])}); validWait({ days: -1 });`), []);
  });

  it('says an Open Referral record that could not be read was skipped', () => {
    // A record whose reading throws (in a browser, one nested deeper than its stack): skipped with the reason.
    const lines = console(`fromOpenReferral([{ id: 'odd', get name() { throw new RangeError('too deep'); } }, { id: 'ok', name: 'OK' }]);`);
    assert.deepEqual(lines, ['Signpost: skipped service "odd": it could not be read (too deep)']);
  });
});
