// signpost-feed on what editors give it (issue 23, finding 7): real processes on real files.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import assert from 'node:assert/strict';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'signpost-cli-safety-'));
const file = (name, content) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const cli = (args, nodeArgs = []) =>
  spawnSync(process.execPath, [...nodeArgs, 'bin/signpost-feed.mjs', ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
const feed = (services, pathways = []) => JSON.stringify({ version: 1, updated: '2026-11-20T09:00:00Z', publisher: { name: 'P' }, services, pathways });

test('refuses a CSV saved as Windows-1252 with a "CSV UTF-8" hint, instead of turning £ into �', () => {
  const csv = file('cp1252.csv', Buffer.from('id,name,description\ncafe,Caf\xe9 group,Costs \xa35\n', 'latin1'));
  const run = cli(['from-csv', csv]);
  assert.equal(run.status, 1);
  assert.equal(run.stdout, '');
  assert.match(run.stderr, /is not UTF-8 text -> in Excel, use Save As and choose "CSV UTF-8 \(Comma delimited\)"/);
  assert.doesNotMatch(run.stderr, /\uFFFD/);
  const ok = cli(['from-csv', file('utf8.csv', 'id,name,description\ncafe,Café group,Costs £5\n')]);
  assert.equal(ok.status, 0, ok.stderr);
  assert.match(ok.stdout, /Costs £5/);
});

test('escapes control characters and bidi overrides from feed text in terminal output', () => {
  const services = [{ id: 'x\u001b[2J\u202e', name: 'Red\u001b[31m alert\u0007\nerror: forged line', categories: ['made-up\u001b]0;title\u0007'] }];
  const run = cli(['validate', file('controls.json', feed(services))]);
  for (const output of [run.stdout, run.stderr]) {
    assert.doesNotMatch(output, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  }
  assert.match(run.stdout, /\\u001b\[31m alert\\u0007\\u000aerror: forged line/);
  assert.doesNotMatch(run.stdout, /^error: forged line/m);
  assert.match(run.stdout, /made-up\\u001b\]0;title\\u0007/);
});

test('validate warns for every contact value the elements would show as plain text, not a link', () => {
  const services = [
    {
      id: 's',
      name: 'S',
      selfReferral: true,
      contact: { phone: 'ring reception', text: 'text us', email: 'help@nhs.example,thief@evil.example', website: 'https://nhs.uk@evil.example/' },
      referral: { url: 'http://refer.example/', phone: '0113 496 0000' },
    },
  ];
  const pathways = [
    {
      id: 'p',
      title: 'P',
      steps: [
        {
          urgency: 'urgent',
          title: 'T',
          actions: [
            { kind: 'call', label: 'Call', value: 'the crisis team' },
            { kind: 'link', label: 'Go', value: 'https://192.168.0.1/' },
          ],
        },
      ],
    },
  ];
  const run = cli(['validate', file('unlinked.json', feed(services, pathways))]);
  assert.equal(run.status, 0, run.stdout);
  for (const path of ['contact.phone', 'contact.text', 'contact.email', 'contact.website', 'referral.url']) {
    assert.match(run.stdout, new RegExp(`warning: services\\[0\\]\\.${path.replace('.', '\\.')}: ".*" is not something people can tap`), path);
  }
  assert.doesNotMatch(run.stdout, /referral\.phone/);
  assert.match(run.stdout, /warning: pathways\[0\]\.steps\[0\]\.actions\[0\]\.value: "the crisis team" is not something people can tap/);
  assert.match(run.stdout, /warning: pathways\[0\]\.steps\[0\]\.actions\[1\]\.value: "https:\/\/192\.168\.0\.1\/" is not something people can tap/);
});

test('validate warns when the feed is over the browser default size cap', () => {
  const services = Array.from({ length: 1100 }, (_, i) => ({ id: `s${i}`, name: `S${i}`, description: 'd'.repeat(5000), contact: { phone: '0113 496 0000' } }));
  const run = cli(['validate', file('big.json', feed(services))]);
  assert.equal(run.status, 0);
  assert.match(run.stdout, /warning: the feed is larger than 5,242,880 bytes, so the elements refuse it unless the page sets max-bytes/);
  const small = cli(['validate', file('small.json', feed(services.slice(0, 10)))]);
  assert.doesNotMatch(small.stdout, /larger than/);
});

test('a closed pipe (signpost-feed ... | head) ends quietly', async () => {
  const rows = Array.from({ length: 5000 }, (_, i) => `s${i},Service ${i}`).join('\n');
  const csv = file('pipe.csv', `id,name\n${rows}\n`);
  const child = spawn(process.execPath, ['bin/signpost-feed.mjs', 'from-csv', csv], { cwd: root });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  // Read one chunk, then close the pipe, as head does.
  child.stdout.once('data', () => child.stdout.destroy());
  const code = await new Promise((resolve) => child.on('close', resolve));
  assert.equal(code, 0, stderr);
  assert.doesNotMatch(stderr, /EPIPE|Error|at /);
});

// Counts the items every list scan visits (find, filter, includes...), so that the work, not the time, is compared.
const COUNTER = `data:text/javascript,${encodeURIComponent(`
  let visits = 0;
  for (const name of ['find', 'findIndex', 'filter', 'some', 'every', 'includes', 'indexOf', 'forEach', 'map']) {
    const original = Array.prototype[name];
    Array.prototype[name] = function (...args) { visits += this.length; return original.apply(this, args); };
  }
  process.on('exit', () => process.stderr.write('visits ' + visits + '\\n'));
`)}`;

test('from-csv with waiting times does linear work: 10 times the services, about 10 times the list scans', () => {
  const visits = (n) => {
    const services = ['id,name,categories,phone,hours,last_reviewed'];
    const waits = ['service_id,measure,statistic,days,as_of'];
    for (let i = 0; i < n; i++) {
      services.push(`s${i},Service ${i},wellbeing,0113 496 0${String(i % 1000).padStart(3, '0')},mon-fri 09:00-17:00,2026-11-01`);
      waits.push(`s${i},referral-to-assessment,median,${i % 90},2026-11-01`);
    }
    const run = cli(['from-csv', file(`s${n}.csv`, services.join('\n')), '--waiting', file(`w${n}.csv`, waits.join('\n'))], ['--import', COUNTER]);
    assert.equal(run.status, 0, run.stderr.slice(0, 500));
    assert.match(run.stderr, new RegExp(`wrote ${n.toLocaleString('en-GB')} services`));
    return Number(/visits (\d+)/.exec(run.stderr)[1]);
  };
  const small = visits(4000);
  const large = visits(40_000);
  // Linear work grows 10x; searching the services for each waiting time grew it 100x.
  assert.ok(large / small < 12, `list scans grew ${(large / small).toFixed(1)}x for 10x the input (${small} -> ${large})`);
});
