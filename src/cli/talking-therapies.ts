// signpost-feed waits-from-talking-therapies: each service's waitingTime from NHS England's monthly
// "NHS Talking Therapies, for anxiety and depression" activity and performance CSV (README "Real waiting times").
import Papa from 'papaparse';
import { FeedError, parseFeed, type WaitingTime } from '../feed/schema.js';
import { formatMonth } from '../time/dates.js';
import { read, readJson, Stop, upper, writeJson, type Options } from './io.js';

/** The measures read: median days from referral to first treatment, the 6-week share, the hidden wait. */
export const MEASURES = { median: 'M049', sixWeeks: 'M053', hidden: 'M124' } as const;
/** NHS England's standard: 75% of people start treatment within 6 weeks. */
const TARGET_DAYS = 42;
const TARGET_PERCENT = 75;
const PUBLICATION = 'NHS Talking Therapies Monthly Statistics';
// The value column was MEASURE_VALUE in March 2021's file; both are read.
const VALUE_COLUMNS = ['MEASURE_VALUE_SUPPRESSED', 'MEASURE_VALUE'];
const NEEDED = ['REPORTING_PERIOD_START', 'REPORTING_PERIOD_END', 'GROUP_TYPE', 'ORG_CODE1', 'ORG_CODE2', 'MEASURE_ID'];

/** One organisation's figures in a month: measure id -> the published number, or undefined when suppressed. */
type Figures = Map<string, number | undefined>;

/** One month's CSV. Row keys are a provider's ODS code ("RXX") or a sub-ICB and provider ("02T/RXX"). */
export interface Month {
  /** "YYYY-MM" */
  period: string;
  /** The reporting period's last day, "YYYY-MM-DD". */
  end: string;
  rows: Map<string, Figures>;
  /** Provider code -> its name. */
  names: Map<string, string>;
}

/** The fields of a feed service this command reads and writes; the rest of the service is kept as written. */
interface ServiceJson {
  id?: unknown;
  providerCode?: unknown;
  coverage?: { subIcbs?: string[] };
  waitingTime?: Partial<WaitingTime>;
}

/** "2023-05-01", "2023-05-01T00:00:00" or the older "01/05/2023" as YYYY-MM-DD; undefined otherwise. */
export function isoDate(value: string): string | undefined {
  const text = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+Z?)?$/.exec(text);
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const [y, m, d] = iso ? [iso[1]!, iso[2]!, iso[3]!] : uk ? [uk[3]!, uk[2]!.padStart(2, '0'), uk[1]!.padStart(2, '0')] : [];
  if (!y || !m || !d) return undefined;
  const time = Date.UTC(+y, +m - 1, +d);
  return new Date(time).getUTCDate() === +d ? `${y}-${m}-${d}` : undefined;
}

/** A published number, or undefined for a suppressed ("*", "-") or empty cell: never 0 for "not published". */
export function value(cell: string | undefined): number | undefined {
  const text = (cell ?? '').trim();
  return /^\d+(\.\d+)?$/.test(text) ? Number(text) : undefined;
}

// GROUP_TYPE is written "Provider" and "SubICB/Provider"; compared without spaces or case, to be safe.
const groupOf = (cell: string) => cell.replace(/\s/g, '').toLowerCase();

/** One month's CSV, read row by row. */
export function readMonth(text: string, name: string): Month {
  const wanted = new Set<string>(Object.values(MEASURES));
  const rows = new Map<string, Figures>();
  const names = new Map<string, string>();
  let valueColumn: string | undefined;
  let start: string | undefined;
  let end: string | undefined;
  let line = 1;
  // Row by row: a national month is hundreds of thousands of rows, of which only a few measures are kept.
  Papa.parse(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
    transformHeader: upper,
    step: ({ data, meta }, parser) => {
      line++;
      const cell = (column: string) => {
        const v = data[column];
        return typeof v === 'string' ? v : undefined;
      };
      if (!valueColumn) {
        const fields = meta.fields ?? [];
        valueColumn = VALUE_COLUMNS.find((c) => fields.includes(c));
        const missing = NEEDED.filter((c) => !fields.includes(c));
        if (!valueColumn) missing.push(VALUE_COLUMNS.join(' or '));
        if (!valueColumn || missing.length) {
          parser.abort();
          throw new Stop(
            `${name}: not an NHS Talking Therapies monthly CSV, no column ${missing.join(', ')} -> download the month's "activity and performance" CSV`,
          );
        }
      }
      const group = groupOf(cell('GROUP_TYPE') ?? '');
      if (group !== 'provider' && group !== 'subicb/provider') return;
      const rowStart = isoDate(cell('REPORTING_PERIOD_START') ?? '');
      const rowEnd = isoDate(cell('REPORTING_PERIOD_END') ?? '');
      if (!rowStart || !rowEnd) throw new Stop(`${name} row ${line}: REPORTING_PERIOD_START/END are not dates like 2026-05-01 or 01/05/2026`);
      if (start && (rowStart !== start || rowEnd !== end))
        throw new Stop(`${name} row ${line}: a second reporting period (${rowStart}) in one file -> give one month per file`);
      start = rowStart;
      end = rowEnd;
      // ORG_CODE1 is the sub-ICB ("all" on Provider rows); the provider is always ORG_CODE2.
      const provider = upper(cell('ORG_CODE2'));
      if (!provider || provider === 'ALL') return;
      if (group === 'provider') names.set(provider, cell('ORG_NAME2')?.trim() ?? '');
      const key = group === 'provider' ? provider : `${upper(cell('ORG_CODE1'))}/${provider}`;
      const id = upper(cell('MEASURE_ID'));
      if (!wanted.has(id)) return;
      const figures = rows.get(key) ?? rows.set(key, new Map()).get(key)!;
      figures.set(id, value(cell(valueColumn)));
    },
  });
  if (!valueColumn) throw new Stop(`${name}: empty -> download the month's "activity and performance" CSV`);
  if (!start || !end) throw new Stop(`${name}: no Provider or SubICB/Provider rows -> use the national file, which has them`);
  return { period: start.slice(0, 7), end, rows, names };
}

/** The provider's (or its sub-ICB's) figures for a service, preferring the sub-ICB's when the service covers exactly one. */
function figuresFor(service: ServiceJson & { providerCode: string }, month: Month): Figures | undefined {
  const code = upper(service.providerCode);
  const subIcbs = service.coverage?.subIcbs ?? [];
  const local = subIcbs.length === 1 ? month.rows.get(`${upper(subIcbs[0])}/${code}`) : undefined;
  return local?.get(MEASURES.median) !== undefined ? local : month.rows.get(code);
}

/**
 * Sets `waitingTime` on every service with a providerCode from the latest month, with the month
 * before it (when given) as the previous figure. Returns what to tell the editor.
 */
export function applyWaits(json: { services: unknown[] }, months: Month[]): { set: number; notes: string[]; unused: [string, string][] } {
  const sorted = [...months].sort((a, b) => a.period.localeCompare(b.period));
  const latest = sorted.at(-1)!;
  const previous = sorted.at(-2);
  const named = new Set<string>();
  const notes: string[] = [];
  let set = 0;
  for (const item of json.services) {
    const service = item as ServiceJson;
    if (typeof service?.providerCode !== 'string') continue;
    const coded = service as ServiceJson & { providerCode: string };
    const code = upper(coded.providerCode);
    named.add(code);
    const figures = figuresFor(coded, latest);
    const days = figures?.get(MEASURES.median);
    if (days === undefined) {
      // No figure is better than an old one presented as this month's, and never a 0.
      if (service.waitingTime !== undefined) delete service.waitingTime;
      notes.push(
        `service "${String(service.id)}": no published median wait for ${code} in ${formatMonth(latest.period)} (${figures ? 'suppressed' : 'not in the file'}), so no waiting time is shown`,
      );
      continue;
    }
    const share = figures!.get(MEASURES.sixWeeks);
    const hidden = figures!.get(MEASURES.hidden);
    const before = previous && figuresFor(coded, previous)?.get(MEASURES.median);
    const accepting = service.waitingTime?.acceptingReferrals;
    service.waitingTime = {
      measure: 'referral-to-treatment',
      statistic: 'median',
      days,
      asOf: latest.end,
      period: latest.period,
      targetDays: TARGET_DAYS,
      ...(share === undefined ? {} : { percentWithinTarget: share, targetPercent: TARGET_PERCENT }),
      ...(before === undefined ? {} : { previousDays: before }),
      ...(hidden === undefined ? {} : { percentSecondOver28Days: hidden }),
      ...(typeof accepting === 'boolean' ? { acceptingReferrals: accepting } : {}),
      source: `${PUBLICATION}, ${formatMonth(latest.period)}`,
    };
    set++;
  }
  const unused = [...latest.names].filter(([code]) => !named.has(code));
  return { set, notes, unused };
}

/** The command: `signpost-feed waits-from-talking-therapies MONTH.csv... --feed FEED.json`, the updated feed to standard output. */
export function waitsFromTalkingTherapies(files: string[], options: Options): 0 {
  if (!options.feed) throw new Stop('waits-from-talking-therapies needs --feed FEED.json, the feed to update', 2);
  const months = files.map((file) => readMonth(read(file), file));
  const periods = months.map((m) => m.period);
  const twice = periods.find((p, i) => periods.indexOf(p) !== i);
  if (twice) throw new Stop(`two files are for ${formatMonth(twice)} -> give each month once`);
  const json = readJson(options.feed);
  try {
    // The feed must be one the elements accept before it is changed.
    parseFeed(json);
  } catch (error) {
    if (error instanceof FeedError) throw new Stop(`${options.feed}: ${error.message} -> run signpost-feed validate ${options.feed}`);
    throw error;
  }
  // parseFeed accepted it, so it is an object with a list of services.
  const { set, notes, unused } = applyWaits(json as { services: unknown[] }, months);
  const latest = months.reduce((a, b) => (a.period > b.period ? a : b));
  for (const note of notes) process.stderr.write(`note: ${note}\n`);
  if (unused.length) {
    process.stderr.write(
      `${unused.length} provider${unused.length === 1 ? '' : 's'} in the ${formatMonth(latest.period)} statistics are named by no service (add "providerCode" to a service to use one):\n`,
    );
    for (const [code, name] of unused) process.stderr.write(`  ${code}  ${name}\n`);
  }
  writeJson(json);
  process.stderr.write(`set the waiting time of ${set} service${set === 1 ? '' : 's'} from ${formatMonth(latest.period)}\n`);
  return 0;
}
