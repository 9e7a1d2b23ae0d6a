// What every signpost-feed command shares: the usage error, reading files, and counting for people.
import { readFileSync } from 'node:fs';

/** Ends the command with a message on standard error: exit 1 for problems in the input, 2 for wrong usage. */
export class Stop extends Error {
  constructor(
    message: string,
    readonly code: 1 | 2 = 1,
  ) {
    super(message);
  }
}

/** The command-line options of a command, by name without the dashes. */
export type Options = Record<string, string | undefined>;

export const PROGRESS_EVERY = 5000;
export const MAX_SHOWN = 50;

/** An ODS code or a CSV header as the commands compare it: trimmed, upper case ("rxx " is "RXX"); '' for nothing. */
export const upper = (value: unknown): string =>
  String(value ?? '')
    .trim()
    .toUpperCase();

export const label = (file: string): string => (file === '-' ? 'standard input' : file);
export const count = (n: number): string => n.toLocaleString('en-GB');
export const plural = (n: number, word: string): string => `${count(n)} ${word}${n === 1 ? '' : 's'}`;
export const progress = (n: number, what: string): void => {
  if (n % PROGRESS_EVERY === 0) process.stderr.write(`read ${count(n)} ${what}\n`);
};

/** A file's text (`-` is standard input), without a byte-order mark. */
export function read(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file === '-' ? 0 : file);
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    throw new Stop(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : message}`);
  }
  return utf8(bytes, file).replace(/^\uFEFF/, '');
}

/** The text of a file only if it is UTF-8: Excel's plain "CSV" is Windows-1252, in which "£" would become "�". */
function utf8(bytes: Buffer, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Stop(`${label(file)} is not UTF-8 text -> in Excel, use Save As and choose "CSV UTF-8 (Comma delimited)"; in other editors, save as UTF-8`);
  }
}

export const readJson = (file: string): unknown => parseJson(read(file), file);

export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const { message } = error as SyntaxError;
    // "at position 412" means little to someone with a text editor; a line and column does.
    const at = /position (\d+)/.exec(message);
    const before = at ? text.slice(0, +at[1]!).split('\n') : [];
    const where = at ? ` (line ${before.length}, column ${before.at(-1)!.length + 1})` : '';
    throw new Stop(`${label(file)} is not valid JSON${where}: ${message} -> look for a missing comma, quote or bracket there`);
  }
}

/** Writes a feed (or any JSON) to standard output, as the commands that build one do. */
export const writeJson = (json: unknown): void => void process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
