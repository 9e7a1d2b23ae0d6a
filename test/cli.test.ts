import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { fromOpenReferral } from '../src/feed/openreferral.js';
import type { Feed } from '../src/feed/schema.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}
interface Payload {
  args: string[];
  stdin?: string;
  files?: Record<string, string>;
}

/**
 * `node bin/signpost-feed.mjs ...args`, run as a real process by the test server (test/cli.mjs).
 * Only the comparisons with the browser's own mapping run here; the rest of the command's tests are
 * in test/node/cli.test.mjs.
 */
const cli = (args: string[], extra: Omit<Payload, 'args'> = {}) => executeServerCommand<Run, Payload>('signpost-cli', { args, ...extra });

const text = async (path: string) => (await fetch(path)).text();
const json = async <T = Record<string, unknown>>(path: string): Promise<T> => JSON.parse(await text(path));

/** fromOpenReferral in this browser, the records it skips reported to no one. */
const inBrowser = (input: unknown, categoryMap?: Record<string, string>): Feed => fromOpenReferral(input, { categoryMap, onIssue: () => {} });

describe('signpost-feed from-openreferral', () => {
  for (const name of ['hsds3', 'oruk-v1', 'outpost']) {
    // safety: H4
    it(`gives the same services as the browser for ${name}.json`, async () => {
      const browser = inBrowser(await json(`/test/fixtures/openreferral/${name}.json`));
      const run = await cli(['from-openreferral', `test/fixtures/openreferral/${name}.json`]);
      expect(run.code, run.stderr).to.equal(0);
      const feed: Feed = JSON.parse(run.stdout);
      expect(feed.services.length).to.be.above(1);
      expect(feed.services).to.deep.equal(browser.services);
      expect(feed.publisher).to.deep.equal(browser.publisher);
      expect(feed.pathways).to.deep.equal([]);
      expect(run.stderr).to.contain(`wrote ${feed.services.length} services`);
    });
  }

  it('reports skipped services on standard error, reads standard input and names the publisher', async () => {
    const run = await cli(['from-openreferral', '-', '--publisher', 'Leeds directory'], { stdin: await text('/test/fixtures/openreferral/hsds3.json') });
    expect(run.code).to.equal(0);
    expect(run.stderr).to.contain('Signpost: skipped service "8d2f5c6e-1a7b-4c33-9d1e-000000000004": name');
    expect((JSON.parse(run.stdout) as Feed).publisher).to.deep.equal({ name: 'Leeds directory' });
  });

  it('applies --category-map exactly as the browser does', async () => {
    const map = { 'hearing voices': 'peer-support', 'mental health': '', 'mental-health': '' };
    const browser = inBrowser(await json('/test/fixtures/openreferral/hsds3.json'), map);
    const run = await cli(['from-openreferral', 'test/fixtures/openreferral/hsds3.json', '--category-map', '{tmp}/map.json'], {
      files: { 'map.json': JSON.stringify(map) },
    });
    expect(run.code, run.stderr).to.equal(0);
    const feed: Feed = JSON.parse(run.stdout);
    expect(feed.services).to.deep.equal(browser.services);
    expect(feed.services.find((s) => s.id === '1234')!.categories).to.deep.equal(['young-people', 'peer-support']);
    expect(feed.services[0]!.categories).to.deep.equal(['talking-therapies']);
  });

  it('exits 1 for input that is not Open Referral, and for a category map that is not one', async () => {
    let run = await cli(['from-openreferral', 'test/fixtures/feed.json']);
    expect(run.code).to.equal(1);
    expect(run.stdout).to.equal('');
    expect(run.stderr).to.contain('error: test/fixtures/feed.json: not an Open Referral response');
    run = await cli(['from-openreferral', 'test/fixtures/openreferral/hsds3.json', '--category-map', '{tmp}/map.json'], {
      files: { 'map.json': '["crisis"]' },
    });
    expect(run.code).to.equal(1);
    expect(run.stderr).to.contain('map.json: expected an object of "term": "category"');
  });
});
