// signpost-feed from-openreferral: a feed from an Open Referral UK, HSDS 3.0 or Outpost directory,
// with exactly the browser's mapping (README "Open Referral feeds").
import { fromOpenReferral, readOpenReferral, type OpenReferralOptions } from '../feed/openreferral.js';
import { CATEGORIES, isCategory } from '../feed/vocabulary.js';
import { FeedError, isRecord, type Feed } from '../feed/schema.js';
import { count, label, MAX_SHOWN, plural, readJson, Stop, writeJson, type Options } from './io.js';

/** The command: `signpost-feed from-openreferral URL|FILE.json [...]`, the feed to standard output. */
export async function fromOpenReferralSource(source: string, options: Options): Promise<0> {
  let categoryMap: Record<string, string> | undefined;
  const mapFile = options['category-map'];
  if (mapFile !== undefined) {
    const json = readJson(mapFile);
    if (!isRecord(json) || !Object.values(json).every((c) => typeof c === 'string')) {
      throw new Stop(`${mapFile}: expected an object of "term": "category" -> e.g. { "hearing voices": "peer-support" }`);
    }
    categoryMap = json as Record<string, string>;
    for (const [term, category] of Object.entries(categoryMap)) {
      if (category && !isCategory(category))
        process.stderr.write(`warning: ${mapFile}: "${term}" maps to unknown category "${category}" -> use one of ${CATEGORIES.join(', ')}\n`);
    }
  }
  const limit = (name: string, fallback: string) => {
    const value = options[name] ?? fallback;
    if (!/^[1-9]\d{0,9}$/.test(value)) throw new Stop(`--${name} must be a whole number above 0, not "${value}"`, 2);
    return +value;
  };
  const unmapped = new Map<string, number>();
  const settings: OpenReferralOptions = { categoryMap, publisher: options.publisher, unmapped };
  const url = /^https?:\/\//i.test(source);
  let feed: Feed;
  try {
    // Records it skips are reported on standard error by the shared parser, as "Signpost: skipped service ...".
    feed = url
      ? await readOpenReferral(source, {
          ...settings,
          maxPages: limit('max-pages', '1000'),
          maxBytes: limit('max-bytes', String(100 * 1024 * 1024)),
          timeout: limit('timeout', '30000'),
          onPage: (page, pages) => process.stderr.write(`read page ${count(page)} of ${count(pages)}\n`),
        })
      : fromOpenReferral(readJson(source), settings);
  } catch (error) {
    if (error instanceof FeedError) {
      throw new Stop(
        `${label(source)}: ${error.message} -> ${url ? "check the address: it should be the directory's /services endpoint" : 'export the services with the Open Referral /services endpoint'}`,
      );
    }
    throw error;
  }
  // A partial snapshot would replace a complete one on the CDN: write nothing, so the last good feed stays.
  if (feed.incomplete) throw new Stop(`${source}: ${feed.incomplete} -> no feed written; try again later, or raise --max-pages or --max-bytes`);
  if (unmapped.size) {
    const terms = [...unmapped].sort((a, b) => b[1] - a[1]);
    process.stderr.write(`taxonomy terms with no Signpost category (add the ones that fit to --category-map):\n`);
    for (const [term, n] of terms.slice(0, MAX_SHOWN)) process.stderr.write(`  "${term}": ${plural(n, 'service')}\n`);
    if (terms.length > MAX_SHOWN) process.stderr.write(`  ... and ${count(terms.length - MAX_SHOWN)} more\n`);
  }
  writeJson(feed);
  process.stderr.write(`wrote ${plural(feed.services.length, 'service')}\n`);
  return 0;
}
