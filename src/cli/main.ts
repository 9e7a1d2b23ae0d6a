/// <reference types="node" />
// signpost-feed: check a Signpost feed, or build one from a spreadsheet or an Open Referral export.
// It imports the compiled library (dist/feed, dist/time, dist/internal), so it checks and maps exactly as
// the browser does. bin/signpost-feed.mjs, the command package.json names, only imports this file.
import { parseArgs } from 'node:util';
import { fromCsv } from './csv.js';
import { Stop, type Options } from './io.js';
import { fromOpenReferralSource } from './openreferral.js';
import { publish } from './publish.js';
import { waitsFromTalkingTherapies } from './talking-therapies.js';
import { validate } from './validate.js';

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

/** Each command: what it does with its files and options, and the options it takes. */
const COMMANDS: Record<string, { options: string[]; many?: true; run: (files: string[], options: Options) => number | Promise<number> }> = {
  validate: { options: ['max-age'], run: ([file], options) => validate(file!, options) },
  'from-csv': { options: ['waiting', 'publisher'], run: ([file], options) => fromCsv(file!, options) },
  'from-openreferral': {
    options: ['category-map', 'publisher', 'max-pages', 'max-bytes', 'timeout'],
    run: ([file], options) => fromOpenReferralSource(file!, options),
  },
  'waits-from-talking-therapies': { options: ['feed'], many: true, run: waitsFromTalkingTherapies },
  publish: { options: ['out', 'practices'], run: ([file], options) => publish(file!, options) },
};

/** The command, its files and its options, or a usage error (exit 2). */
function args(argv: string[]): { help: true } | { command: string; files: string[]; options: Options } {
  if (argv.includes('--help') || argv.includes('-h') || argv[0] === 'help') return { help: true };
  const [command, ...rest] = argv;
  if (!command) throw new Stop('no command given', 2);
  const spec = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!spec) throw new Stop(`unknown command "${command}"`, 2);
  const { tokens } = parseArgs({
    args: rest,
    options: Object.fromEntries(spec.options.map((name) => [name, { type: 'string' }])),
    // Unknown options and missing values come back as tokens, for messages in our words.
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const files: string[] = [];
  const options: Options = {};
  for (const token of tokens) {
    if (token.kind === 'positional') files.push(token.value);
    else if (token.kind === 'option') {
      if (!spec.options.includes(token.name)) throw new Stop(`${command} has no option ${token.rawName}`, 2);
      if (token.value === undefined) throw new Stop(`${token.rawName} needs a value`, 2);
      options[token.name] = token.value;
    }
  }
  if (spec.many ? !files.length : files.length !== 1)
    throw new Stop(`${command} needs ${spec.many ? 'one or more files' : 'one file'} (or - for standard input)`, 2);
  return { command, files, options };
}

/**
 * Feed text reaches the terminal escaped: a control character, escape sequence or bidi override in a
 * name cannot recolour, hide or reorder what an editor reads. One console call is one line, so a line
 * break inside it is escaped too; a feed on standard output is JSON, where an escape means the same.
 */
function guardTerminal() {
  const escape = (pattern: RegExp) => (text: string) => text.replace(pattern, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream) as (chunk: unknown, ...rest: unknown[]) => boolean;
    stream.write = ((chunk: unknown, ...rest: unknown[]) => write(typeof chunk === 'string' ? escape(CONTROLS)(chunk) : chunk, ...rest)) as typeof stream.write;
  }
  for (const name of ['log', 'warn', 'error'] as const) {
    const original = console[name];
    console[name] = (...args: unknown[]) => original(escape(CONTROLS_AND_BREAKS)(args.join(' ')));
  }
}
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const CONTROLS_AND_BREAKS = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** `signpost-feed ... | head` closes the pipe early: that is the reader's choice, not an error to report. */
function quietOnClosedPipe() {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit(process.exitCode ?? 0);
    });
  }
}

guardTerminal();
quietOnClosedPipe();
try {
  const parsed = args(process.argv.slice(2));
  if ('help' in parsed) process.stdout.write(USAGE);
  else process.exitCode = await COMMANDS[parsed.command]!.run(parsed.files, parsed.options);
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
