// The national directory section of `npm run bench`: a generated feed for England (over 20,000 services,
// over 6,500 GP practices in 106 sub-ICBs) through `signpost-feed publish`, measured as a CDN would serve
// it. Deterministic, so runs compare. No browser: what a practice page downloads is its one file.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { makeFeed } from './feeds.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const NATIONAL = { subIcbs: 106, practicesPerSubIcb: 62, servicesPerSubIcb: 127, openToAll: 30 };
const TARGET_RATIO = 1 / 100;

const code = (prefix, n, width) => `${prefix}${String(n).padStart(width, '0')}`;

/** The feed and the practice to sub-ICB mapping CSV, as text. */
export function makeNational(sample) {
  const { subIcbs, practicesPerSubIcb, servicesPerSubIcb, openToAll } = NATIONAL;
  const practices = subIcbs * practicesPerSubIcb;
  const count = subIcbs * servicesPerSubIcb + practices + openToAll;
  const feed = JSON.parse(makeFeed(sample, count));
  const map = ['PRACTICE_CODE,SUB_ICB_LOCATION_CODE'];
  for (let p = 0; p < practices; p++) map.push(`${code('P', p, 5)},${code('S', Math.floor(p / practicesPerSubIcb), 2)}`);
  feed.services.forEach((s, i) => {
    // Most services by sub-ICB, one attached to each practice (a link worker), a few national ones.
    if (i < subIcbs * servicesPerSubIcb) s.coverage = { subIcbs: [code('S', i % subIcbs, 2)] };
    else if (i < subIcbs * servicesPerSubIcb + practices) s.coverage = { practices: [code('P', i - subIcbs * servicesPerSubIcb, 5)] };
    else delete s.coverage;
  });
  return { feed: JSON.stringify(feed), map: `${map.join('\n')}\n`, services: count, practices };
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const mbText = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Publishes the generated directory in a child process (its own time and peak memory) and measures the files. */
export function national(results, sample, { section, row, log }) {
  const dir = mkdtempSync(join(tmpdir(), 'signpost-national-'));
  try {
    const { feed, map, services, practices } = makeNational(sample);
    writeFileSync(join(dir, 'feed.json'), feed);
    writeFileSync(join(dir, 'map.csv'), map);
    log(`national: publishing ${services} services for ${practices} practices`);
    // The command's own function, timed and measured inside the child that runs it.
    const script = `
      import { publish } from ${JSON.stringify(join(ROOT, 'dist/cli/publish.js'))};
      const t = performance.now();
      publish(${JSON.stringify(join(dir, 'feed.json'))}, { out: ${JSON.stringify(join(dir, 'out'))}, practices: ${JSON.stringify(join(dir, 'map.csv'))} });
      console.log(JSON.stringify({ ms: performance.now() - t, maxRss: process.resourceUsage().maxRSS * 1024 }));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 24 });
    if (run.status !== 0) throw new Error(`publish failed: ${run.stderr}`);
    const { ms, maxRss } = JSON.parse(run.stdout.trim().split('\n').at(-1));
    const sizes = (folder) => readdirSync(join(dir, 'out', folder)).map((name) => statSync(join(dir, 'out', folder, name)).size);
    const practiceSizes = sizes('practice');
    const subSizes = sizes('sub-icb');
    const indexSize = statSync(join(dir, 'out', 'index.json')).size;
    const files = practiceSizes.length + subSizes.length + 1;
    const total = [...practiceSizes, ...subSizes, indexSize].reduce((a, b) => a + b, 0);
    const names = readdirSync(join(dir, 'out', 'practice'));
    const typical = names.find((name) => statSync(join(dir, 'out', 'practice', name)).size === median(practiceSizes));
    const page = readFileSync(join(dir, 'out', 'practice', typical));
    const whole = Buffer.from(feed);
    const pageGzip = gzipSync(page).length;
    const wholeGzip = gzipSync(whole).length;
    const ratio = page.length / whole.length;
    results.national = {
      services,
      practices,
      subIcbs: NATIONAL.subIcbs,
      publishMs: Math.round(ms),
      publishPeakRssBytes: maxRss,
      files,
      totalBytes: total,
      practiceFile: { median: median(practiceSizes), max: Math.max(...practiceSizes), medianGzip: pageGzip },
      subIcbFile: { median: median(subSizes), max: Math.max(...subSizes) },
      indexBytes: indexSize,
      nationalFeed: { bytes: whole.length, gzip: wholeGzip },
      pageRatio: ratio,
      pageRatioGzip: pageGzip / wholeGzip,
    };
    section(
      `National directory: signpost-feed publish, ${services.toLocaleString('en-GB')} services, ${practices.toLocaleString('en-GB')} practices, ${NATIONAL.subIcbs} sub-ICBs`,
    );
    row('publish time', `${(ms / 1000).toFixed(1)} s`);
    row('publish peak memory (RSS)', mbText(maxRss));
    row('files written', files.toLocaleString('en-GB'));
    row('total size of the files', mbText(total));
    row('practice file, median (max)', `${kb(median(practiceSizes))} (${kb(Math.max(...practiceSizes))})`);
    row('sub-ICB file, median (max)', `${kb(median(subSizes))} (${kb(Math.max(...subSizes))})`);
    row('the whole national feed', `${mbText(whole.length)} (${mbText(wholeGzip)} gzip)`);
    row('one practice page downloads', `${kb(page.length)} (${kb(pageGzip)} gzip)`);
    row('practice page / national feed', `1/${Math.round(1 / ratio)}`, undefined, undefined, `< 1/${1 / TARGET_RATIO}`, ratio < TARGET_RATIO);
    row('the same, gzip both', `1/${Math.round(wholeGzip / pageGzip)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
