// The part of papaparse the CLI uses. papaparse ships no types, and it is bundled into dist/cli/papaparse.js
// at build time (package.json "build"), so it stays a devDependency: installing the elements installs no CSV parser.
declare module 'papaparse' {
  /** A row read with `header: true`: cells by column name, and any cells past the last column under `__parsed_extra`. */
  export type Row = Record<string, string | string[] | undefined>;
  export interface ParseError {
    code: string;
    message: string;
  }
  export interface ParseResult<T> {
    data: T;
    errors: ParseError[];
    meta: { fields?: string[] };
  }
  export interface Parser {
    abort(): void;
  }
  export interface ParseConfig {
    header: true;
    skipEmptyLines?: boolean;
    transformHeader?: (header: string) => string;
    /** Called once per row instead of collecting them all. */
    step?: (result: ParseResult<Row>, parser: Parser) => void;
  }
  const Papa: { parse(text: string, config: ParseConfig): ParseResult<Row[]> };
  export default Papa;
}
