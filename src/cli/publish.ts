// signpost-feed publish: a national (or ICB) feed as a folder of small static files, one per GP
// practice and one per sub-ICB, plus an index, for any CDN or object store (README "A national directory").
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { FeedError, parseFeed, type Feed } from '../feed/schema.js';
import { read, readJson, Stop, upper, type Options } from './io.js';

// ODS codes are letters and digits (B82005, 02T, RXX, NQL): anything else would not be a safe file name.
const CODE = /^[A-Z0-9]{2,10}$/;

/** A service as the feed writes it: sub-ICB coverage and provider codes are for this command, not the browser. */
interface ServiceJson {
  id: string;
  coverage?: { practices?: string[]; subIcbs?: string[] };
  [field: string]: unknown;
}

/** NHS England's GP practice to sub-ICB mapping as Map(practice -> sub-ICB); other columns are ignored. */
export function readPractices(text: string, name: string): Map<string, string> {
  const { data, meta } = Papa.parse(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true, transformHeader: upper });
  const missing = ['PRACTICE_CODE', 'SUB_ICB_LOCATION_CODE'].filter((c) => !meta.fields?.includes(c));
  if (missing.length) throw new Stop(`${name}: no column ${missing.join(', ')} -> use the GP practice to sub-ICB mapping CSV`);
  const map = new Map<string, string>();
  data.forEach((row, i) => {
    const practice = upper(row.PRACTICE_CODE);
    const sub = upper(row.SUB_ICB_LOCATION_CODE);
    if (!CODE.test(practice) || !CODE.test(sub))
      throw new Stop(`${name} row ${i + 2}: "${practice}" / "${sub}" is not a practice and sub-ICB code -> e.g. B82005, 02T`);
    map.set(practice, sub);
  });
  return map;
}

const restricted = (s: ServiceJson) => Boolean(s.coverage?.practices?.length || s.coverage?.subIcbs?.length);

/** Which services (by index) each practice and sub-ICB gets. */
export interface Plan {
  open: number[];
  practices: [practice: string, services: number[]][];
  subs: [subIcb: string, practices: string[], services: number[]][];
}

/**
 * Which services each practice and sub-ICB gets: those covering the practice (by its code or its
 * sub-ICB) and those open to everyone (no practice or sub-ICB coverage). Every service index list is in feed order.
 */
export function plan(services: ServiceJson[], practiceToSub: Map<string, string>): Plan {
  const open: number[] = [];
  const byPractice = new Map<string, number[]>();
  const bySub = new Map<string, number[]>();
  const add = <T>(map: Map<string, T[]>, key: string, item: T) => (map.get(key) ?? map.set(key, []).get(key)!).push(item);
  services.forEach((s, i) => {
    if (!restricted(s)) return void open.push(i);
    for (const p of s.coverage!.practices ?? []) add(byPractice, upper(p), i);
    for (const sub of s.coverage!.subIcbs ?? []) add(bySub, upper(sub), i);
  });
  const practices = new Set([...practiceToSub.keys(), ...byPractice.keys()]);
  const subs = new Map<string, string[]>();
  for (const p of practices) {
    const sub = practiceToSub.get(p);
    if (sub) add(subs, sub, p);
  }
  for (const sub of bySub.keys()) if (!subs.has(sub)) subs.set(sub, []);
  const merge = (...lists: number[][]) => [...new Set(lists.flat())].sort((a, b) => a - b);
  return {
    open,
    practices: [...practices].map((p) => {
      const sub = practiceToSub.get(p);
      return [p, merge(open, byPractice.get(p) ?? [], (sub !== undefined && bySub.get(sub)) || [])];
    }),
    subs: [...subs].map(([sub, members]) => [sub, members, merge(open, bySub.get(sub) ?? [], ...members.map((p) => byPractice.get(p) ?? []))]),
  };
}

/** The command: `signpost-feed publish FEED.json --out DIR [--practices MAP.csv]`. */
export function publish(file: string, options: Options): 0 {
  const out = options.out;
  if (!out) throw new Stop('publish needs --out DIR, the folder to write the files to', 2);
  const practiceToSub = options.practices ? readPractices(read(options.practices), options.practices) : new Map<string, string>();
  const json = readJson(file);
  let feed: Feed;
  try {
    // Records the parser skips are reported on standard error, as "Signpost: skipped service ...".
    feed = parseFeed(json);
  } catch (error) {
    if (error instanceof FeedError) throw new Stop(`${file}: ${error.message} -> run signpost-feed validate ${file}`);
    throw error;
  }
  // The services the parser kept, as written: sub-ICB coverage and provider codes are for this command, not the browser.
  const kept = new Set(feed.services.map((s) => s.id));
  const services = (json as { services: ServiceJson[] }).services.filter((s) => kept.delete(s?.id));
  const head = { version: 1, updated: feed.updated, publisher: feed.publisher };
  const { practices, subs, open } = plan(services, practiceToSub);
  const skipped = practices.filter(([p]) => !CODE.test(p)).map(([p]) => p);
  if (skipped.length) process.stderr.write(`warning: ${skipped.length} practice codes are not ODS codes and get no file: ${skipped.slice(0, 10).join(', ')}\n`);
  mkdirSync(join(out, 'practice'), { recursive: true });
  mkdirSync(join(out, 'sub-icb'), { recursive: true });
  let files = 0;
  let bytes = 0;
  const write = (path: string, text: string) => {
    writeFileSync(join(out, path), text);
    files++;
    bytes += Buffer.byteLength(text);
  };
  // Each service is serialized once: thousands of files share it. A restricted one is kept open at its
  // end, for each file to close with the practices that file is for.
  const texts = services.map((s) => {
    const text = JSON.stringify(s);
    if (!restricted(s)) return text;
    const { coverage, ...rest } = s;
    const { subIcbs: _subIcbs, practices: _practices, ...other } = coverage!;
    const before = JSON.stringify({ ...rest, coverage: { ...other, practices: 0 } });
    return before.slice(0, before.lastIndexOf('0'));
  });
  const serviceText = (i: number, practices?: string[]) => (restricted(services[i]!) ? `${texts[i]}${JSON.stringify(practices)}}}` : texts[i]);
  const start = `${JSON.stringify(head).slice(0, -1)},"services":[`;
  const end = `],"pathways":${JSON.stringify(feed.pathways)}}`;
  const index = {
    version: 1,
    updated: feed.updated,
    publisher: feed.publisher,
    files: { practice: 'practice/{practice}.json', subIcb: 'sub-icb/{subIcb}.json' },
    openToAll: open.length,
    subIcbs: {} as Record<string, { practices: string[]; services: number }>,
  };
  for (const [practice, list] of practices) {
    if (!CODE.test(practice)) continue;
    write(`practice/${practice}.json`, `${start}${list.map((i) => serviceText(i, [practice])).join(',')}${end}`);
  }
  for (const [sub, members, list] of subs) {
    if (!CODE.test(sub)) continue;
    const inSub = new Set(members);
    // Coverage by sub-ICB becomes the practices in it, so `practice="..."` filters a sub-ICB file exactly.
    const practicesOf = (s: ServiceJson) => [
      ...new Set([
        ...((s.coverage!.subIcbs ?? []).map(upper).includes(sub) ? members : []),
        ...(s.coverage!.practices ?? []).map(upper).filter((p) => inSub.has(p)),
      ]),
    ];
    write(
      `sub-icb/${sub}.json`,
      `${start}${list.map((i) => serviceText(i, restricted(services[i]!) ? practicesOf(services[i]!) : undefined)).join(',')}${end}`,
    );
    index.subIcbs[sub] = { practices: members, services: list.length };
  }
  write('index.json', JSON.stringify(index));
  process.stderr.write(
    `wrote ${files} files (${practices.length - skipped.length} practices, ${subs.length} sub-ICBs, index.json), ${bytes} bytes, to ${out}\n`,
  );
  return 0;
}
