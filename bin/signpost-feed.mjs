#!/usr/bin/env node
// signpost-feed: check a Signpost feed, or build one from a spreadsheet or an Open Referral export.
// It imports the compiled library (npm run build), so it checks and maps exactly as the browser does.
import { readFileSync } from 'node:fs';
// papaparse is a devDependency bundled into dist/ at build time, so installing the elements installs no CSV parser.
import Papa from '../dist/cli/papaparse.js';
import { CATEGORIES, fromOpenReferral, readOpenReferral } from '../dist/feed/openreferral.js';
import { DAYS, DELIVERY, FeedError, parseFeed, validWait } from '../dist/feed/schema.js';
import { daysSince, parseDay } from '../dist/time/dates.js';
import { DEFAULT_MAX_BYTES } from '../dist/feed/loader.js';
import { mailHref, smsHref, telHref, webHref } from '../dist/internal/url.js';
import { waitsFromTalkingTherapies } from './talking-therapies.mjs';
import { publish } from './publish.mjs';

const USAGE = `Usage: signpost-feed <command> [options]

Check a Signpost feed (feed v1), or build one from a spreadsheet or an Open Referral export.

Commands:
  validate FEED.json [--max-age DAYS]
      Check a feed. Each problem is shown with where it is and how to fix it.
      Exits with 0 when the feed is valid (there may be warnings), 1 when it has errors.
      --max-age DAYS   warn when lastReviewed or a waiting time is older than this (default 90)

  from-csv SERVICES.csv [--waiting WAITS.csv] [--publisher NAME]
      Build a feed from a spreadsheet saved as CSV, one row per service, and write it to standard output.
      Start from demo/data/services-template.csv; README "Building and checking a feed" lists the columns.
      --waiting WAITS.csv   waiting times, one row per service (service_id, measure, statistic, days, as_of, ...)
      --publisher NAME      who publishes the feed (default "Unnamed publisher")

  from-openreferral URL|FILE.json [--category-map MAP.json] [--publisher NAME] [--max-pages N] [--max-bytes N] [--timeout MS]
      Build a feed from an Open Referral UK, HSDS 3.0 or Outpost directory and write it to standard output.
      Given its /services address, it reads every page (a progress line each on standard error) and the
      full record of each service the list gives only in outline; given a file, it maps what is in it.
      Lists the taxonomy terms that map to no category. Writes nothing if the directory could not be read whole.
      --category-map MAP.json   your taxonomy terms to Signpost categories, e.g. { "hearing voices": "peer-support" }
      --publisher NAME          who publishes the feed
      --max-pages N             most requests to the directory, pages and full records (default 1000)
      --max-bytes N             most bytes read from it in all (default 104857600, 100 MB)
      --timeout MS              for each request (default 30000)

  waits-from-talking-therapies MONTH.csv... --feed FEED.json
      Set the waiting time of each service with a "providerCode" from NHS England's monthly NHS Talking
      Therapies activity and performance CSV (the latest month given; the month before it, if given, is
      the previous figure), and write the feed to standard output. Providers no service names are listed.

  publish FEED.json --out DIR [--practices MAP.csv]
      Write the feed as static files for a CDN into the folder DIR: one per GP practice, one per sub-ICB, and
      an index. MAP.csv is the GP practice to sub-ICB mapping (PRACTICE_CODE, SUB_ICB_LOCATION_CODE).

  Any FILE can be - to read standard input.

Examples:
  signpost-feed validate feed.json
  signpost-feed from-csv services.csv --waiting waits.csv --publisher "Example ICB" > feed.json
  signpost-feed from-openreferral https://directory.example.org/api/v1/services > feed.json

Options:
  --help, -h   show this help
`;

const OPTIONS = {
  validate: ['--max-age'],
  'from-csv': ['--waiting', '--publisher'],
  'from-openreferral': ['--category-map', '--publisher', '--max-pages', '--max-bytes', '--timeout'],
  'waits-from-talking-therapies': ['--feed'],
  publish: ['--out', '--practices'],
};
/** Commands that take several files. */
const MANY = ['waits-from-talking-therapies'];
const PROGRESS_EVERY = 5000;
const MAX_SHOWN = 50;

class Stop extends Error {
  constructor(message, code = 1) {
    super(message);
    this.code = code;
  }
}

const label = (file) => (file === '-' ? 'standard input' : file);
const count = (n) => n.toLocaleString('en-GB');
const plural = (n, word) => `${count(n)} ${word}${n === 1 ? '' : 's'}`;
const progress = (n, what) => n % PROGRESS_EVERY === 0 && process.stderr.write(`read ${count(n)} ${what}\n`);

/** The command, its one file and its options, or a usage error (exit 2). */
function parseArgs(argv) {
  if (argv.includes('--help') || argv.includes('-h') || argv[0] === 'help') return { help: true };
  const [command, ...rest] = argv;
  if (!command) throw new Stop('no command given', 2);
  if (!OPTIONS[command]) throw new Stop(`unknown command "${command}"`, 2);
  const files = [];
  const options = {};
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg.startsWith('--')) {
      if (!OPTIONS[command].includes(arg)) throw new Stop(`${command} has no option ${arg}`, 2);
      if (rest[i + 1] === undefined) throw new Stop(`${arg} needs a value`, 2);
      options[arg.slice(2)] = rest[++i];
    } else files.push(arg);
  }
  if (MANY.includes(command) ? !files.length : files.length !== 1) throw new Stop(`${command} needs ${MANY.includes(command) ? 'one or more files' : 'one file'} (or - for standard input)`, 2);
  return { command, file: files[0], files, options };
}

function read(file) {
  let bytes;
  try {
    bytes = readFileSync(file === '-' ? 0 : file);
  } catch (error) {
    throw new Stop(`cannot read ${file}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
  }
  return utf8(bytes, file).replace(/^\uFEFF/, '');
}

/** The text of a file only if it is UTF-8: Excel's plain "CSV" is Windows-1252, in which "£" would become "�". */
function utf8(bytes, file) {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Stop(`${label(file)} is not UTF-8 text -> in Excel, use Save As and choose "CSV UTF-8 (Comma delimited)"; in other editors, save as UTF-8`);
  }
}

const readJson = (file) => parseJson(read(file), file);

function parseJson(text, file) {
  try {
    return JSON.parse(text);
  } catch (error) {
    // "at position 412" means little to someone with a text editor; a line and column does.
    const at = /position (\d+)/.exec(error.message);
    const before = at ? text.slice(0, +at[1]).split('\n') : [];
    const where = at ? ` (line ${before.length}, column ${before.at(-1).length + 1})` : '';
    throw new Stop(`${label(file)} is not valid JSON${where}: ${error.message} -> look for a missing comma, quote or bracket there`);
  }
}

/** Runs `fn`, returning what it passed to console.warn: the shared parser reports skipped records that way. */
function warnings(fn) {
  const seen = [];
  const original = console.warn;
  console.warn = (...args) => seen.push(args.join(' '));
  try {
    fn();
  } finally {
    console.warn = original;
  }
  return seen;
}

// Plain-English fixes, by what the shared checker says it expected.
const FIXES = [
  [/HH:MM/, 'write times as 24-hour HH:MM, e.g. 09:00'],
  [/other than opens|equals opens/, 'a session cannot open and close at the same minute; for open all day, every day, use "alwaysOpen": true'],
  [/YYYY-MM-DD/, 'write dates as YYYY-MM-DD, e.g. 2026-11-03'],
  [/true or false|boolean/i, 'write true or false, without quotes'],
  [/one of/, 'use exactly one of the values listed'],
  [/number|integer/i, 'write a plain number, without quotes or units'],
  [/list|array|length/i, 'write a list in square brackets, e.g. ["a", "b"], of at most 200 items'],
  [/object/i, 'write an object in curly braces, e.g. { "name": "..." }'],
  [/text|string/i, 'write text in double quotes, e.g. "Leeds Mind"'],
];
const TOP_FIXES = [
  [/not a JSON object/, 'the file must be one JSON object: { "version": 1, "updated": "...", "publisher": {...}, "services": [...] }'],
  [/version/, 'set "version": 1'],
  [/updated/, 'set "updated" to when the feed last changed, e.g. "2026-11-20T09:00:00Z"'],
  [/publisher/, 'set "publisher": { "name": "Your organisation" }'],
  [/"services"/, 'add "services": [...], the list of services (it may be empty)'],
  [/pathways/, 'make "pathways" a list, or leave it out'],
];
const fix = (message, table = FIXES) => table.find(([pattern]) => pattern.test(message))?.[1] ?? 'see README "Feed v1"';
const REQUIRED = /(^|\.)(id|name|title|label|value)$/;

/** "hours.weekly[0].opens: expected ..." under `services[3]`, whatever path style the checker uses. */
const under = (prefix, message) => {
  const [, path, problem] = /^(\S*): ([\s\S]*)$/.exec(message) ?? [, '(root)', message];
  const rest = path === '(root)' ? '' : path.replace(/\.(\d+)(?=\.|$)/g, '[$1]').replace(/^(?!\[)/, '.');
  const hint = REQUIRED.test(path) && /text/.test(problem) ? 'write it as text in double quotes; it cannot be left out' : fix(problem);
  return `${prefix}${rest}: ${problem} -> ${hint}`;
};
/** The message after "Signpost: skipped service "x": " or "waiting time for x not shown: ". */
const reason = (warning) => warning.replace(/^Signpost: (skipped \S+ (?:"[\s\S]*?"|#\d+): |in \S+ (?:"[\s\S]*?"|#\d+), left out |waiting time for [\s\S]*? not shown: )/, '');

/** One record through the shared parser: the clean service, or the message naming its first bad field. */
function checkService(item) {
  let feed;
  // An invalid waiting time keeps its service (the parser warns about it too): validate reports it on its own.
  const problem = warnings(() => (feed = parseFeed({ version: 1, updated: new Date().toISOString(), publisher: { name: 'check' }, services: [item] }))).find((w) => !w.startsWith('Signpost: waiting time for '));
  return problem ? reason(problem) : feed.services[0];
}

/* ---------------------------------------------------------------- validate */

function validate(file, options) {
  const maxAge = options['max-age'] === undefined ? 90 : Number(options['max-age']);
  if (!Number.isInteger(maxAge) || maxAge < 1) throw new Stop('--max-age needs a whole number of days, e.g. 90', 2);
  const text = read(file);
  const json = parseJson(text, file);
  const errors = [];
  const warns = [];
  if (Buffer.byteLength(text) > DEFAULT_MAX_BYTES) {
    warns.push(`the feed is larger than ${count(DEFAULT_MAX_BYTES)} bytes, so the elements refuse it unless the page sets max-bytes -> publish fewer or shorter services, or split the feed`);
  }
  try {
    warnings(() => parseFeed(json));
  } catch (error) {
    if (!(error instanceof FeedError)) throw error;
    errors.push(`${error.message} -> ${fix(error.message, TOP_FIXES)}`);
    return report(file, errors, warns);
  }
  const now = new Date();
  const ids = new Map();
  json.services.forEach((item, i) => {
    progress(i + 1, 'services');
    const at = `services[${i}]`;
    const service = checkService(item);
    if (typeof service === 'string') return errors.push(under(at, service));
    if (ids.has(service.id)) {
      warns.push(`${at}.id: "${service.id}" is also the id of services[${ids.get(service.id)}], so this service is not shown -> give each service its own id`);
    } else ids.set(service.id, i);
    const { contact = {}, referral = {} } = service;
    if (!contact.phone && !contact.text && !contact.email && !contact.website && !referral.url && !referral.phone) {
      warns.push(`${at}: no way to contact "${service.name}" -> add contact.phone, text, email or website, or a referral url or phone`);
    }
    warns.push(...unlinked(at, service));
    if (service.selfReferral && !referral.url && !referral.phone) {
      warns.push(`${at}.referral: people can refer themselves but there is no referral url or phone -> add referral.url or referral.phone`);
    }
    service.categories.forEach((category, j) => {
      if (!CATEGORIES.includes(category)) warns.push(`${at}.categories[${j}]: unknown category "${category}" -> use one of ${CATEGORIES.join(', ')}`);
    });
    const old = (day) => daysSince(day, now) > maxAge;
    if (service.lastReviewed && old(service.lastReviewed)) {
      warns.push(`${at}.lastReviewed: last reviewed ${plural(daysSince(service.lastReviewed, now), 'day')} ago -> check the details and update lastReviewed`);
    }
    const wait = service.waitingTime;
    // A waiting time the elements refuse shows as "not available": the publisher meant to show one.
    if (wait && 'invalid' in wait) errors.push(under(`${at}.waitingTime`, wait.invalid));
    else if (wait && old(wait.asOf)) {
      warns.push(`${at}.waitingTime.asOf: the waiting time is ${plural(daysSince(wait.asOf, now), 'day')} old -> publish a current figure`);
    }
  });
  const pathways = json.pathways ?? [];
  pathways.forEach((item, i) => {
    const [problem] = warnings(() => parseFeed({ ...json, services: [], pathways: [item] }));
    if (problem) return errors.push(under(`pathways[${i}]`, reason(problem)));
    item.steps.forEach((step, j) =>
      (step.actions ?? []).forEach((action, k) => {
        if (action.kind === 'service' && !ids.has(action.value)) {
          warns.push(`pathways[${i}].steps[${j}].actions[${k}].value: no service has the id "${action.value}" -> use the id of a service in this feed`);
        } else if (LINKS[action.kind] && !LINKS[action.kind][0](action.value)) {
          warns.push(notLinked(`pathways[${i}].steps[${j}].actions[${k}].value`, action.value, LINKS[action.kind][1]));
        }
      }),
    );
  });
  return report(file, errors, warns, `${plural(json.services.length, 'service')} and ${plural(pathways.length, 'pathway')}`);
}

// How the elements make each kind of contact value a link, and what to write when they cannot.
const NUMBER = 'write just the number, e.g. 0113 496 0000 or +44 113 496 0000';
const ADDRESS = 'write the full https:// address, with no user name before the host and a name, not numbers, for the host';
const LINKS = {
  call: [telHref, NUMBER],
  text: [smsHref, NUMBER],
  link: [webHref, ADDRESS],
};
const notLinked = (path, value, hint) => `${path}: "${value}" is not something people can tap, so it shows as plain text -> ${hint}`;

/** A warning for each contact value of a service that the elements would show as plain text, not a link. */
function unlinked(at, { contact = {}, referral = {} }) {
  const values = [
    ['contact.phone', contact.phone, telHref, NUMBER],
    ['contact.text', contact.text, smsHref, NUMBER],
    ['contact.email', contact.email, mailHref, 'write one plain address, e.g. help@example.org'],
    ['contact.website', contact.website, (url) => webHref(url, true), ADDRESS],
    ['referral.url', referral.url, webHref, `${ADDRESS} (https only)`],
    ['referral.phone', referral.phone, telHref, NUMBER],
  ];
  return values.filter(([, value, href]) => value !== undefined && !href(value)).map(([path, value, , hint]) => notLinked(`${at}.${path}`, value, hint));
}

function report(file, errors, warns, contents) {
  const show = (label, list) => {
    for (const line of list.slice(0, MAX_SHOWN)) console.log(`${label}: ${line}`);
    if (list.length > MAX_SHOWN) console.log(`... and ${count(list.length - MAX_SHOWN)} more ${label}s`);
  };
  show('error', errors);
  show('warning', warns);
  const name = label(file);
  const found = `${plural(errors.length, 'error')}, ${plural(warns.length, 'warning')}`;
  console.log(errors.length ? `${name}: not valid, ${found}` : `${name}: valid feed v1 with ${contents} (${found})`);
  return errors.length ? 1 : 0;
}

/* ---------------------------------------------------------------- from-csv */

const SERVICE_COLUMNS = [
  'id', 'name', 'organisation', 'description', 'categories', 'min_age', 'max_age', 'self_referral', 'referral_url',
  'referral_phone', 'gp_referral', 'phone', 'text', 'email', 'website', 'delivery', 'address', 'postcode', 'lat', 'lng',
  'practices', 'postcode_districts', 'hours', 'closed_on', 'languages', 'last_reviewed',
];
const WAIT_COLUMNS = [
  'service_id', 'measure', 'statistic', 'days', 'as_of', 'target_days', 'percent_within_target', 'previous_days',
  'second_appointment_days', 'accepting_referrals', 'source',
];
// The cell a field the shared checker names comes from (other fields share their column's name).
const COLUMN_OF = {
  'ages.min': 'min_age', 'ages.max': 'max_age', selfReferral: 'self_referral', 'referral.url': 'referral_url',
  'referral.phone': 'referral_phone', 'referral.gp': 'gp_referral', 'contact.phone': 'phone', 'contact.text': 'text',
  'contact.email': 'email', 'contact.website': 'website', 'location.address': 'address', 'location.postcode': 'postcode',
  'location.lat': 'lat', 'location.lng': 'lng', 'coverage.practices': 'practices', 'coverage.postcodeDistricts': 'postcode_districts',
  'hours.weekly': 'hours', 'hours.alwaysOpen': 'hours', 'hours.closedOn': 'closed_on', lastReviewed: 'last_reviewed',
  asOf: 'as_of', targetDays: 'target_days', percentWithinTarget: 'percent_within_target', previousDays: 'previous_days',
  secondAppointmentDays: 'second_appointment_days', acceptingReferrals: 'accepting_referrals',
};
// The checker's words are about JSON; in a spreadsheet a list is a cell with ; between items.
const cellFix = (message) => (/list/.test(message) ? 'give at most 200 items, separated by ;' : fix(message));
const HOURS_EXAMPLE = 'write hours like "mon-fri 09:00-17:00; sat 10:00-13:00", or "24/7"';

/**
 * The rows of a CSV file with their spreadsheet row numbers (the header is row 1). Blank rows are
 * skipped here rather than by papaparse's skipEmptyLines, so that the numbers still match the spreadsheet.
 */
function readCsv(file, columns, errors, warns) {
  const name = label(file);
  const rows = [];
  let fields = [];
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
        if (problem.code === 'TooManyFields') errors.push(`${name} row ${row}: more cells than columns -> put double quotes round any cell that has a comma in it`);
        else if (problem.code !== 'TooFewFields') errors.push(`${name} row ${row}: ${problem.message} -> check the double quotes in this row`);
      }
      rows.push({ row, data });
    },
  });
  for (const column of columns.slice(0, 2)) {
    if (!fields.includes(column)) errors.push(`${name} row 1: no "${column}" column -> the first row must name the columns, as in demo/data/services-template.csv`);
  }
  for (const field of fields) {
    if (!columns.includes(field)) warns.push(`${name} row 1: column "${field}" is not used -> check its spelling; the columns are ${columns.join(', ')}`);
  }
  return { name, rows };
}

/** Reads the cells of one row, noting each problem with its row and column. */
function cells(name, row, data, errors) {
  const fail = (column, problem, hint) => {
    errors.push(`${name} row ${row}, column "${column}": ${problem} -> ${hint}`);
    return undefined;
  };
  const text = (column) => (typeof data[column] === 'string' && data[column].trim()) || undefined;
  const list = (column) => text(column)?.split(';').map((s) => s.trim()).filter(Boolean);
  const yesNo = (column) => {
    const value = text(column);
    if (value === undefined) return undefined;
    if (/^(yes|y|true)$/i.test(value)) return true;
    if (/^(no|n|false)$/i.test(value)) return false;
    return fail(column, `"${value}" is not yes or no`, 'write yes or no, or leave the cell empty');
  };
  const number = (column, min, max, whole) => {
    const value = text(column);
    if (value === undefined) return undefined;
    const n = Number(value);
    if (Number.isFinite(n) && n >= min && n <= max && (!whole || Number.isInteger(n))) return n;
    const range = max < Infinity ? ` from ${min} to ${max}` : '';
    return fail(column, `"${value}" is not ${whole ? 'a whole number' : 'a number'}${range}`, 'write just the number, e.g. 16');
  };
  const date = (column, value = text(column)) =>
    value === undefined || parseDay(value) !== undefined ? value : fail(column, `"${value}" is not a date`, 'write dates as YYYY-MM-DD, e.g. 2026-11-03');
  return { fail, text, list, yesNo, number, date };
}

const dayIndex = (word) => DAYS.findIndex((day) => word.startsWith(day));
const DAY_WORDS = { daily: [0, 6], weekdays: [0, 4], weekends: [5, 6] };

/** "mon-fri 09:00-17:00; sat 10:00-13:00, 14:00-16:00" or "24/7" as feed hours, or a string saying what is wrong. */
function parseHours(value) {
  if (/^24\s*\/\s*7$/.test(value)) return { alwaysOpen: true };
  const weekly = [];
  for (const part of value.split(';').map((s) => s.trim()).filter(Boolean)) {
    const [, days, times] = /^([a-z,\s-]+?)\s+(\d[\s\S]*)$/i.exec(part) ?? [];
    if (!days) return `cannot read "${part}"`;
    const open = [];
    for (const range of days.toLowerCase().replace(/\s+/g, '').split(',')) {
      const [from, to] = DAY_WORDS[range] ?? range.split('-').map(dayIndex);
      if (from === undefined || from < 0 || (to !== undefined && to < 0)) return `"${range}" is not a day or range of days`;
      for (let d = from; ; d = (d + 1) % 7) {
        open.push(DAYS[d]);
        if (to === undefined || d === to) break;
      }
    }
    for (const session of times.split(',')) {
      const m = /^\s*(\d{1,2})[:.](\d\d)\s*(?:-|–|to)\s*(\d{1,2})[:.](\d\d)\s*$/.exec(session);
      const hhmm = (h, mm) => (+h < 24 && +mm < 60 ? `${h.padStart(2, '0')}:${mm}` : +h === 24 && mm === '00' ? '00:00' : undefined);
      const opens = m && hhmm(m[1], m[2]);
      const closes = m && hhmm(m[3], m[4]);
      if (!opens || !closes || (m[1] === '24' && opens === '00:00')) return `"${session.trim()}" is not a time range like 09:00-17:00`;
      if (opens === closes) return `"${session.trim()}" opens and closes at the same time`;
      for (const day of open) weekly.push({ day, opens, closes });
    }
  }
  return weekly.length ? { weekly } : 'no opening times found';
}

/** Drops undefined values and empty lists and objects: a feed written by hand would not have them. */
function compact(value) {
  if (Array.isArray(value)) return value.length ? value : undefined;
  if (typeof value !== 'object' || value === null) return value;
  const out = {};
  for (const [key, item] of Object.entries(value)) {
    const kept = compact(item);
    if (kept !== undefined) out[key] = kept;
  }
  return Object.keys(out).length ? out : undefined;
}

/** "ages.min: expected ..." as the column it came from. */
function columnOf(message) {
  const path = /^(\S*):/.exec(message)?.[1] ?? '';
  const field = path.replace(/\[\d+\]|\.\d+(?=\.|$)/g, '');
  const key = Object.keys(COLUMN_OF).find((k) => field === k || field.startsWith(`${k}.`));
  return key ? COLUMN_OF[key] : field.split('.')[0] || 'id';
}

function serviceFromRow(name, { row, data }, errors, warns) {
  const c = cells(name, row, data, errors);
  const before = errors.length;
  const id = c.text('id') ?? c.fail('id', 'empty', 'give each service a short id, e.g. leeds-talking-therapies');
  const serviceName = c.text('name') ?? c.fail('name', 'empty', 'give the service the name people know it by');
  const categories = c.list('categories')?.map((category) => category.toLowerCase());
  for (const category of categories ?? []) {
    if (!CATEGORIES.includes(category)) warns.push(`${name} row ${row}, column "categories": unknown category "${category}" -> use one of ${CATEGORIES.join(', ')}`);
  }
  const delivery = c.list('delivery')?.map((d) => d.toLowerCase());
  for (const d of delivery ?? []) {
    if (!DELIVERY.includes(d)) c.fail('delivery', `"${d}" is not a way of delivering a service`, `use ${DELIVERY.join(', ')}, separated by ;`);
  }
  const districts = c.list('postcode_districts')?.map((d) => d.toUpperCase());
  for (const d of districts ?? []) {
    if (!/^[A-Z]{1,2}\d[A-Z\d]?$/.test(d)) c.fail('postcode_districts', `"${d}" is not a postcode district`, 'write the first half of the postcode, e.g. LS6, separated by ;');
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
  });
  if (errors.length > before) return undefined;
  // The shared checker has the last word: what it refuses, the browser would drop.
  const checked = checkService(service);
  if (typeof checked !== 'string') return service;
  errors.push(`${name} row ${row}, column "${columnOf(checked)}": ${checked.replace(/^\S*: /, '')} -> ${cellFix(checked)}`);
  return undefined;
}

function waitFromRow(name, { row, data }, errors) {
  const c = cells(name, row, data, errors);
  const before = errors.length;
  const days = (column) => c.number(column, 0, Infinity);
  const wait = compact({
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
  const checked = validWait(wait);
  if (!('invalid' in checked)) return wait;
  const message = checked.invalid;
  errors.push(`${name} row ${row}, column "${columnOf(message)}": ${message.replace(/^\S*: /, '')} -> ${cellFix(message)}`);
  return undefined;
}

function fromCsv(file, options) {
  const errors = [];
  const warns = [];
  const csv = readCsv(file, SERVICE_COLUMNS, errors, warns);
  const services = [];
  const rowOf = new Map();
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
    const seen = new Map();
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
  if (errors.length) throw new Stop(errors.slice(0, MAX_SHOWN).join('\nerror: ') + (errors.length > MAX_SHOWN ? `\n... and ${count(errors.length - MAX_SHOWN)} more errors` : ''));
  const feed = { version: 1, updated: new Date().toISOString(), publisher: { name: options.publisher ?? 'Unnamed publisher' }, services };
  const skipped = warnings(() => parseFeed(feed));
  if (skipped.length) throw new Stop(skipped.join('\n'));
  process.stdout.write(`${JSON.stringify(feed, null, 2)}\n`);
  process.stderr.write(`wrote ${plural(services.length, 'service')}\n`);
  return 0;
}

/* ---------------------------------------------------------------- from-openreferral */

async function fromOpenReferralSource(source, options) {
  let categoryMap;
  if (options['category-map'] !== undefined) {
    categoryMap = readJson(options['category-map']);
    const valid = typeof categoryMap === 'object' && categoryMap !== null && !Array.isArray(categoryMap) && Object.values(categoryMap).every((c) => typeof c === 'string');
    if (!valid) throw new Stop(`${options['category-map']}: expected an object of "term": "category" -> e.g. { "hearing voices": "peer-support" }`);
    for (const [term, category] of Object.entries(categoryMap)) {
      if (category && !CATEGORIES.includes(category)) process.stderr.write(`warning: ${options['category-map']}: "${term}" maps to unknown category "${category}" -> use one of ${CATEGORIES.join(', ')}\n`);
    }
  }
  const limit = (name, fallback) => {
    const value = options[name] ?? fallback;
    if (!/^[1-9]\d{0,9}$/.test(value)) throw new Stop(`--${name} must be a whole number above 0, not "${value}"`, 2);
    return +value;
  };
  const unmapped = new Map();
  const settings = { categoryMap, publisher: options.publisher, unmapped };
  const url = /^https?:\/\//i.test(source);
  let feed;
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
    if (error instanceof FeedError) throw new Stop(`${label(source)}: ${error.message} -> ${url ? 'check the address: it should be the directory\'s /services endpoint' : 'export the services with the Open Referral /services endpoint'}`);
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
  process.stdout.write(`${JSON.stringify(feed, null, 2)}\n`);
  process.stderr.write(`wrote ${plural(feed.services.length, 'service')}\n`);
  return 0;
}

/* ---------------------------------------------------------------- main */

const COMMANDS = {
  validate,
  'from-csv': fromCsv,
  'from-openreferral': fromOpenReferralSource,
  'waits-from-talking-therapies': (file, options, files) => waitsFromTalkingTherapies(files, options, { Stop, read, readJson }),
  publish: (file, options) => publish(file, options, { Stop, read, readJson }),
};

/**
 * Feed text reaches the terminal escaped: a control character, escape sequence or bidi override in a
 * name cannot recolour, hide or reorder what an editor reads. One console call is one line, so a line
 * break inside it is escaped too; a feed on standard output is JSON, where an escape means the same.
 */
function guardTerminal() {
  const escape = (keep) => (text) => text.replace(keep ? CONTROLS : CONTROLS_AND_BREAKS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream);
    stream.write = (chunk, ...rest) => write(typeof chunk === 'string' ? escape(true)(chunk) : chunk, ...rest);
  }
  for (const name of ['log', 'warn', 'error']) {
    const original = console[name];
    console[name] = (...args) => original(escape(false)(args.join(' ')));
  }
}
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const CONTROLS_AND_BREAKS = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** `signpost-feed ... | head` closes the pipe early: that is the reader's choice, not an error to report. */
function quietOnClosedPipe() {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit(process.exitCode ?? 0);
    });
  }
}

guardTerminal();
quietOnClosedPipe();
try {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) {
    process.stdout.write(USAGE);
  } else {
    process.exitCode = await COMMANDS[args.command](args.file, args.options, args.files);
  }
} catch (error) {
  if (!(error instanceof Stop)) throw error;
  process.stderr.write(`error: ${error.message}\n`);
  if (error.code === 2) process.stderr.write(`\n${USAGE}`);
  process.exitCode = error.code;
}

// The loader's per-request deadlines are plain timers (a browser's setTimeout has no unref), so a
// directory read would keep the process alive for up to --timeout after its work is done: end once
// standard output has been handed over.
process.stdout.write('', () => process.exit());
