// signpost-feed from-csv: a feed from a spreadsheet saved as CSV, one row per service (README "Building and checking a feed").
import Papa, { type Row } from 'papaparse';
import { CATEGORIES, DAYS, DELIVERY_MODES, isCategory, type Day } from '../feed/vocabulary.js';
import { isPostcodeDistrict } from '../feed/postcode.js';
import { parseFeed, validWait, type FeedIssue, type Hours, type Service } from '../feed/schema.js';
import { parseDay } from '../time/dates.js';
import { checkService, describe, HINTS, issuesOf } from './issues.js';
import { count, label, MAX_SHOWN, plural, progress, read, Stop, writeJson, type Options } from './io.js';

const SERVICE_COLUMNS = [
  'id',
  'name',
  'organisation',
  'description',
  'categories',
  'min_age',
  'max_age',
  'self_referral',
  'referral_url',
  'referral_phone',
  'gp_referral',
  'phone',
  'text',
  'email',
  'website',
  'delivery',
  'address',
  'postcode',
  'lat',
  'lng',
  'practices',
  'postcode_districts',
  'hours',
  'closed_on',
  'languages',
  'last_reviewed',
];
const WAIT_COLUMNS = [
  'service_id',
  'measure',
  'statistic',
  'days',
  'as_of',
  'target_days',
  'percent_within_target',
  'previous_days',
  'second_appointment_days',
  'accepting_referrals',
  'source',
];
// The cell a field the shared checker names comes from (other fields share their column's name).
const COLUMN_OF: Record<string, string> = {
  'ages.min': 'min_age',
  'ages.max': 'max_age',
  selfReferral: 'self_referral',
  'referral.url': 'referral_url',
  'referral.phone': 'referral_phone',
  'referral.gp': 'gp_referral',
  'contact.phone': 'phone',
  'contact.text': 'text',
  'contact.email': 'email',
  'contact.website': 'website',
  'location.address': 'address',
  'location.postcode': 'postcode',
  'location.lat': 'lat',
  'location.lng': 'lng',
  'coverage.practices': 'practices',
  'coverage.postcodeDistricts': 'postcode_districts',
  'hours.weekly': 'hours',
  'hours.alwaysOpen': 'hours',
  'hours.closedOn': 'closed_on',
  lastReviewed: 'last_reviewed',
  asOf: 'as_of',
  targetDays: 'target_days',
  percentWithinTarget: 'percent_within_target',
  previousDays: 'previous_days',
  secondAppointmentDays: 'second_appointment_days',
  acceptingReferrals: 'accepting_referrals',
};
// The checker's words are about JSON; in a spreadsheet a list is a cell with ; between items.
const cellFix = ({ code }: FeedIssue) => (code === 'not-list' ? 'give at most 200 items, separated by ;' : HINTS[code]);
const HOURS_EXAMPLE = 'write hours like "mon-fri 09:00-17:00; sat 10:00-13:00", or "24/7"';

/** A row of a CSV file with its spreadsheet row number (the header is row 1). */
interface CsvRow {
  row: number;
  data: Row;
}

/**
 * The rows of a CSV file with their spreadsheet row numbers. Blank rows are skipped here rather than
 * by papaparse's skipEmptyLines, so that the numbers still match the spreadsheet.
 */
function readCsv(file: string, columns: string[], errors: string[], warns: string[]): { name: string; rows: CsvRow[] } {
  const name = label(file);
  const rows: CsvRow[] = [];
  let fields: string[] = [];
  let n = 0;
  Papa.parse(read(file), {
    header: true,
    transformHeader: (h) => h.trim().toLowerCase(),
    step: ({ data, errors: problems, meta }) => {
      fields = meta.fields ?? fields;
      const row = ++n + 1;
      progress(n, 'rows');
      const cells = Object.values(data).flat();
      if (cells.every((cell) => typeof cell !== 'string' || !cell.trim())) return;
      for (const problem of problems) {
        if (problem.code === 'TooManyFields')
          errors.push(`${name} row ${row}: more cells than columns -> put double quotes round any cell that has a comma in it`);
        else if (problem.code !== 'TooFewFields') errors.push(`${name} row ${row}: ${problem.message} -> check the double quotes in this row`);
      }
      rows.push({ row, data });
    },
  });
  for (const column of columns.slice(0, 2)) {
    if (!fields.includes(column))
      errors.push(`${name} row 1: no "${column}" column -> the first row must name the columns, as in demo/data/services-template.csv`);
  }
  for (const field of fields) {
    if (!columns.includes(field)) warns.push(`${name} row 1: column "${field}" is not used -> check its spelling; the columns are ${columns.join(', ')}`);
  }
  return { name, rows };
}

/** Reads the cells of one row, noting each problem with its row and column. */
function cells(name: string, row: number, data: Row, errors: string[]) {
  const fail = (column: string, problem: string, hint: string): undefined => {
    errors.push(`${name} row ${row}, column "${column}": ${problem} -> ${hint}`);
    return undefined;
  };
  const text = (column: string) => {
    const cell = data[column];
    return (typeof cell === 'string' && cell.trim()) || undefined;
  };
  const list = (column: string) =>
    text(column)
      ?.split(';')
      .map((s) => s.trim())
      .filter(Boolean);
  const yesNo = (column: string) => {
    const value = text(column);
    if (value === undefined) return undefined;
    if (/^(yes|y|true)$/i.test(value)) return true;
    if (/^(no|n|false)$/i.test(value)) return false;
    return fail(column, `"${value}" is not yes or no`, 'write yes or no, or leave the cell empty');
  };
  const number = (column: string, min: number, max: number, whole?: boolean) => {
    const value = text(column);
    if (value === undefined) return undefined;
    const n = Number(value);
    if (Number.isFinite(n) && n >= min && n <= max && (!whole || Number.isInteger(n))) return n;
    const range = max < Infinity ? ` from ${min} to ${max}` : '';
    return fail(column, `"${value}" is not ${whole ? 'a whole number' : 'a number'}${range}`, 'write just the number, e.g. 16');
  };
  const date = (column: string, value = text(column)) =>
    value === undefined || parseDay(value) !== undefined ? value : fail(column, `"${value}" is not a date`, 'write dates as YYYY-MM-DD, e.g. 2026-11-03');
  return { fail, text, list, yesNo, number, date };
}

const dayIndex = (word: string) => DAYS.findIndex((day) => word.startsWith(day));
const DAY_WORDS = new Map<string, [number, number]>([
  ['daily', [0, 6]],
  ['weekdays', [0, 4]],
  ['weekends', [5, 6]],
]);

/** "mon-fri 09:00-17:00; sat 10:00-13:00, 14:00-16:00" or "24/7" as feed hours, or a string saying what is wrong. */
function parseHours(value: string): Hours | string {
  if (/^24\s*\/\s*7$/.test(value)) return { alwaysOpen: true };
  const weekly: NonNullable<Hours['weekly']> = [];
  for (const part of value
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [, days, times] = /^([a-z,\s-]+?)\s+(\d[\s\S]*)$/i.exec(part) ?? [];
    if (!days || !times) return `cannot read "${part}"`;
    const open: Day[] = [];
    for (const range of days.toLowerCase().replace(/\s+/g, '').split(',')) {
      const [from, to] = DAY_WORDS.get(range) ?? range.split('-').map(dayIndex);
      if (from === undefined || from < 0 || (to !== undefined && to < 0)) return `"${range}" is not a day or range of days`;
      for (let d = from; ; d = (d + 1) % 7) {
        open.push(DAYS[d]!);
        if (to === undefined || d === to) break;
      }
    }
    for (const session of times.split(',')) {
      const m = /^\s*(\d{1,2})[:.](\d\d)\s*(?:-|–|to)\s*(\d{1,2})[:.](\d\d)\s*$/.exec(session);
      const hhmm = (h: string, mm: string) => (+h < 24 && +mm < 60 ? `${h.padStart(2, '0')}:${mm}` : +h === 24 && mm === '00' ? '00:00' : undefined);
      const opens = m && hhmm(m[1]!, m[2]!);
      const closes = m && hhmm(m[3]!, m[4]!);
      if (!m || !opens || !closes || (m[1] === '24' && opens === '00:00')) return `"${session.trim()}" is not a time range like 09:00-17:00`;
      if (opens === closes) return `"${session.trim()}" opens and closes at the same time`;
      for (const day of open) weekly.push({ day, opens, closes });
    }
  }
  return weekly.length ? { weekly } : 'no opening times found';
}

/** Drops undefined values and empty lists and objects: a feed written by hand would not have them. */
function compact(value: unknown): unknown {
  if (Array.isArray(value)) return value.length ? value : undefined;
  if (typeof value !== 'object' || value === null) return value;
  const out: { [key: string]: unknown } = {};
  for (const [key, item] of Object.entries(value)) {
    const kept = compact(item);
    if (kept !== undefined) out[key] = kept;
  }
  return Object.keys(out).length ? out : undefined;
}

/** The column a field the checker names ("ages.min", "hours.weekly[0].opens") came from. */
function columnOf(path: string): string {
  const field = path.replace(/\[\d+\]/g, '');
  const key = Object.keys(COLUMN_OF).find((k) => field === k || field.startsWith(`${k}.`));
  return key ? COLUMN_OF[key]! : field.split('.')[0] || 'id';
}

/** A problem the shared checker found in a row, named by its column. */
const cellError = (name: string, row: number, issue: FeedIssue) =>
  `${name} row ${row}, column "${columnOf(issue.path)}": ${issue.message} -> ${cellFix(issue)}`;

function serviceFromRow(name: string, { row, data }: CsvRow, errors: string[], warns: string[]): Service | undefined {
  const c = cells(name, row, data, errors);
  const before = errors.length;
  const id = c.text('id') ?? c.fail('id', 'empty', 'give each service a short id, e.g. leeds-talking-therapies');
  const serviceName = c.text('name') ?? c.fail('name', 'empty', 'give the service the name people know it by');
  const categories = c.list('categories')?.map((category) => category.toLowerCase());
  for (const category of categories ?? []) {
    if (!isCategory(category)) warns.push(`${name} row ${row}, column "categories": unknown category "${category}" -> use one of ${CATEGORIES.join(', ')}`);
  }
  const delivery = c.list('delivery')?.map((d) => d.toLowerCase());
  for (const d of delivery ?? []) {
    if (!(DELIVERY_MODES as readonly string[]).includes(d))
      c.fail('delivery', `"${d}" is not a way of delivering a service`, `use ${DELIVERY_MODES.join(', ')}, separated by ;`);
  }
  const districts = c.list('postcode_districts')?.map((d) => d.toUpperCase());
  for (const d of districts ?? []) {
    if (!isPostcodeDistrict(d))
      c.fail('postcode_districts', `"${d}" is not a postcode district`, 'write the first half of the postcode, e.g. LS6, separated by ;');
  }
  const hoursText = c.text('hours');
  let hours = hoursText && parseHours(hoursText);
  if (typeof hours === 'string') hours = c.fail('hours', hours, HOURS_EXAMPLE);
  const closedOn = c.list('closed_on');
  for (const day of closedOn ?? []) c.date('closed_on', day);
  const service = compact({
    id,
    name: serviceName,
    organisation: c.text('organisation'),
    description: c.text('description'),
    categories,
    ages: { min: c.number('min_age', 0, 130, true), max: c.number('max_age', 0, 130, true) },
    selfReferral: c.yesNo('self_referral'),
    referral: { url: c.text('referral_url'), phone: c.text('referral_phone'), gp: c.yesNo('gp_referral') },
    contact: { phone: c.text('phone'), text: c.text('text'), email: c.text('email'), website: c.text('website') },
    delivery,
    location: { address: c.text('address'), postcode: c.text('postcode'), lat: c.number('lat', -90, 90), lng: c.number('lng', -180, 180) },
    coverage: { practices: c.list('practices')?.map((p) => p.toUpperCase()), postcodeDistricts: districts },
    hours: { ...hours, closedOn },
    languages: c.list('languages'),
    lastReviewed: c.date('last_reviewed'),
  }) as Service;
  if (errors.length > before) return undefined;
  // The shared checker has the last word: what it refuses, the browser would drop.
  const checked = checkService(service);
  if (!('problem' in checked)) return service;
  errors.push(cellError(name, row, checked.problem));
  return undefined;
}

function waitFromRow(name: string, { row, data }: CsvRow, errors: string[]): Service['waitingTime'] | undefined {
  const c = cells(name, row, data, errors);
  const before = errors.length;
  const days = (column: string) => c.number(column, 0, Infinity);
  const wait =
    compact({
      measure: c.text('measure'),
      statistic: c.text('statistic'),
      days: days('days'),
      asOf: c.date('as_of'),
      targetDays: days('target_days'),
      percentWithinTarget: c.number('percent_within_target', 0, 100),
      previousDays: days('previous_days'),
      secondAppointmentDays: days('second_appointment_days'),
      acceptingReferrals: c.yesNo('accepting_referrals'),
      source: c.text('source'),
    }) ?? {};
  if (errors.length > before) return undefined;
  const { result, issues } = issuesOf((onIssue) => validWait(wait, onIssue));
  if (!('invalid' in result)) return result;
  errors.push(cellError(name, row, issues[0]!));
  return undefined;
}

/** The command: `signpost-feed from-csv SERVICES.csv [--waiting WAITS.csv] [--publisher NAME]`, the feed to standard output. */
export function fromCsv(file: string, options: Options): 0 {
  const errors: string[] = [];
  const warns: string[] = [];
  const csv = readCsv(file, SERVICE_COLUMNS, errors, warns);
  const services: Service[] = [];
  const rowOf = new Map<string, number>();
  if (!errors.length) {
    for (const record of csv.rows) {
      const id = typeof record.data.id === 'string' ? record.data.id.trim() : '';
      if (id && rowOf.has(id)) {
        errors.push(`${csv.name} row ${record.row}, column "id": "${id}" is already the id on row ${rowOf.get(id)} -> give each service its own id`);
        continue;
      }
      rowOf.set(id, record.row);
      const service = serviceFromRow(csv.name, record, errors, warns);
      if (service) services.push(service);
    }
  }
  if (options.waiting !== undefined) {
    const waits = readCsv(options.waiting, WAIT_COLUMNS, errors, warns);
    const seen = new Map<string, number>();
    // By id, not a search of the list per row: 40,000 services with waiting times stay linear.
    const byId = new Map(services.map((s) => [s.id, s]));
    for (const record of waits.rows) {
      const serviceId = typeof record.data.service_id === 'string' ? record.data.service_id.trim() : '';
      const service = byId.get(serviceId);
      const at = `${waits.name} row ${record.row}, column "service_id"`;
      if (!service) {
        // A service whose own row has an error is already reported.
        if (!rowOf.has(serviceId)) errors.push(`${at}: no service has the id "${serviceId}" -> use an id from the services file`);
        continue;
      }
      if (seen.has(serviceId)) {
        errors.push(`${at}: "${serviceId}" already has a waiting time on row ${seen.get(serviceId)} -> give one waiting time per service`);
        continue;
      }
      seen.set(serviceId, record.row);
      const wait = waitFromRow(waits.name, record, errors);
      if (wait) service.waitingTime = wait;
    }
  }
  for (const line of warns) process.stderr.write(`warning: ${line}\n`);
  if (errors.length)
    throw new Stop(
      errors.slice(0, MAX_SHOWN).join('\nerror: ') + (errors.length > MAX_SHOWN ? `\n... and ${count(errors.length - MAX_SHOWN)} more errors` : ''),
    );
  const feed = { version: 1, updated: new Date().toISOString(), publisher: { name: options.publisher ?? 'Unnamed publisher' }, services };
  // Each row has been checked already; this is the whole feed as the elements will read it.
  const { issues } = issuesOf((onIssue) => parseFeed(feed, { onIssue }));
  if (issues.length) throw new Stop(issues.map(describe).join('\n'));
  writeJson(feed);
  process.stderr.write(`wrote ${plural(services.length, 'service')}\n`);
  return 0;
}
