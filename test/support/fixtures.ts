// The named fixtures (test/fixtures/named/): one valid feed per state worth seeing, listed in its
// index.json, which the demo's developer gallery draws a box for each of. Tests name them here.

/** A named fixture's name: a file test/fixtures/named/<name>.json listed in its index.json. */
export type FixtureName =
  | 'crisis-only'
  | 'no-services'
  | 'no-services-for-practice'
  | 'gp-only'
  | 'clock-change'
  | 'distances'
  | 'long-wait'
  | 'stale-wait'
  | 'not-accepting'
  | 'hostile-pathway'
  | 'hostile-text'
  | 'minimal'
  | 'every-field';

/** The address the test server (and the demo server) serves the named fixture at. */
export const named = (name: FixtureName) => `/test/fixtures/named/${name}.json`;

/** The named fixture's feed, parsed: for a test that builds on it. */
export const namedFeed = async (name: FixtureName): Promise<Record<string, unknown>> => (await fetch(named(name))).json();
