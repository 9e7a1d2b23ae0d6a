// `signpost-feed from-openreferral` against a real directory over HTTP (the paged directory the browser
// tests use, served here by node:http), and the taxonomy mapping over real UK taxonomy lists.
// Needs `npm run build` first: the command imports the compiled library.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { directory } from '../fixtures/openreferral/directory.mjs';
import { categorise } from '../../dist/feed/taxonomy.js';
import { fromOpenReferral } from '../../dist/feed/openreferral.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Runs the command as a real process: its exit code, standard output and standard error. */
function cli(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/signpost-feed.mjs', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

let server;
let base;
const requested = [];
before(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    requested.push(req.url);
    const { status, body } = url.pathname.startsWith('/dir/') ? directory(url.pathname.slice(4), url.searchParams) : { status: 404, body: 'not found' };
    res.writeHead(status, { 'content-type': status === 200 ? 'application/json' : 'text/plain' }).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}/dir`;
});
after(() => server.close());

describe('signpost-feed from-openreferral URL', () => {
  test('reads every page and each full record, with a progress line per page, and lists the terms it could not map', async () => {
    const run = await cli(['from-openreferral', `${base}/cli-1/n=25;size=10;basic/services`, '--publisher', 'Leeds directory']);
    assert.equal(run.code, 0, run.stderr);
    const feed = JSON.parse(run.stdout);
    assert.equal(feed.version, 1);
    assert.deepEqual(feed.publisher, { name: 'Leeds directory' });
    assert.equal(feed.services.length, 25);
    assert.equal(feed.incomplete, undefined);
    assert.deepEqual(feed.services[0].contact, { phone: '0113 496 1001' });
    for (const n of [1, 2, 3]) assert.match(run.stderr, new RegExp(`^read page ${n} of 3$`, 'm'));
    assert.match(run.stderr, /taxonomy terms with no Signpost category[^\n]*\n {2}"Hearing voices": 12 services\n/);
    assert.match(run.stderr, /wrote 25 services\n$/);
    assert.equal(requested.filter((u) => u.startsWith('/dir/cli-1/') && /\/services\/svc-\d+$/.test(u)).length, 25);
  });

  test('maps exactly as the browser does: the same module on the same records', async () => {
    const run = await cli(['from-openreferral', `${base}/cli-2/n=7;size=10/services`]);
    assert.equal(run.code, 0, run.stderr);
    const page = JSON.parse(directory('/cli-2/n=7;size=10/services', new URLSearchParams()).body);
    const here = fromOpenReferral(page);
    assert.deepEqual(JSON.parse(run.stdout).services, here.services);
  });

  test('writes nothing and exits 1 when a page fails or a cap is hit, so the last good snapshot stays', async () => {
    let run = await cli(['from-openreferral', `${base}/cli-3/n=45;size=10;fail=4/services`]);
    assert.equal(run.code, 1);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /error: .*the list of services is incomplete: page 4 of 5 could not be read: HTTP 500 -> no feed written/);
    run = await cli(['from-openreferral', `${base}/cli-4/n=45;size=10/services`, '--max-pages', '2']);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /read 2 of 5 pages \(the limit is 2 requests\)/);
    run = await cli(['from-openreferral', `${base}/cli-5/n=45;size=10/services`, '--max-pages', 'lots']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /--max-pages must be a whole number above 0, not "lots"/);
  });

  test('says what to check when the address is not a directory', async () => {
    const run = await cli(['from-openreferral', `${base}/nothing-here`]);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /error: .*HTTP 404 -> check the address: it should be the directory's \/services endpoint/);
  });
});

describe('signpost-feed from-openreferral FILE', () => {
  test('skips a record nested thousands deep with a warning, and writes the rest', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'signpost-or-'));
    try {
      let deep = '"bottom"';
      for (let i = 0; i < 20000; i++) deep = `{"name":${deep}}`;
      await writeFile(join(dir, 'deep.json'), `[{"id":"deep","name":${deep},"description":${deep}},{"id":"ok","name":"OK"}]`);
      const run = await cli(['from-openreferral', join(dir, 'deep.json')]);
      assert.equal(run.code, 0, run.stderr);
      assert.deepEqual(
        JSON.parse(run.stdout).services.map((s) => s.id),
        ['ok'],
      );
      assert.match(run.stderr, /skipped service "deep"/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test("lists the Outpost fixture's unmapped terms, most used first", async () => {
    const run = await cli(['from-openreferral', 'test/fixtures/openreferral/outpost.json']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /"Online support": 1 service\n/);
    assert.match(run.stderr, /"Home childcarer \(Nanny\)": 1 service\n/);
    assert.doesNotMatch(run.stderr, /"Counselling"/);
  });
});

describe('the taxonomy mapping over real UK taxonomy lists', () => {
  for (const name of ['taxonomy-outpost', 'taxonomy-oruk']) {
    test(`maps every term of ${name}.json to its category, or to none`, () => {
      const { terms } = JSON.parse(readFileSync(new URL(`../fixtures/openreferral/${name}.json`, import.meta.url), 'utf8'));
      const wrong = Object.entries(terms)
        .map(([term, expected]) => [term, expected, categorise(term) ?? null])
        .filter(([, expected, actual]) => expected !== actual);
      assert.deepEqual(wrong, [], 'term, expected, actual');
    });
  }
});
