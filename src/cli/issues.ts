// The parser's problems as the commands report them: where, what, and how to fix it.
import { parseFeed, type FeedIssue, type IssueCode, type Service } from '../feed/schema.js';

/** How to fix each kind of problem, in plain English. A Record, so a new code without a hint does not compile. */
export const HINTS: Record<IssueCode, string> = {
  'not-text': 'write text in double quotes, e.g. "Leeds Mind"',
  'bad-number': 'write a plain number, without quotes or units',
  'not-true-false': 'write true or false, without quotes',
  'not-one-of': 'use exactly one of the values listed',
  'bad-date': 'write dates as YYYY-MM-DD, e.g. 2026-11-03',
  'bad-month': 'see README "Feed v1"',
  'bad-time': 'write times as 24-hour HH:MM, e.g. 09:00',
  'opens-is-closes': 'a session cannot open and close at the same minute; for open all day, every day, use "alwaysOpen": true',
  'not-list': 'write a list in square brackets, e.g. ["a", "b"], of at most 200 items',
  'not-object': 'write an object in curly braces, e.g. { "name": "..." }',
  'duplicate-id': 'give each service its own id',
  'unreadable-record': 'check the record in the directory: it may be nested too deeply to read',
  'outline-only': 'try again later, or raise --max-pages or --max-bytes',
  incomplete: 'try again later, or raise --max-pages or --max-bytes',
  // The elements' own, as a page's signpost-issue listener may show them.
  'load-failed': 'check that the endpoint address opens in a browser and returns the feed as JSON',
  'bad-setting': 'timeout and max-bytes are plain numbers above 0; a geocoder is an https:// address, or on this site',
  'no-feed': 'set the endpoint attribute, or put the element inside a <signpost-provider> that has one',
  'not-in-feed': 'use the id of a pathway or service in the feed, or add it to the feed',
  'wait-not-shown': 'see README "Feed v1", waitingTime',
};

/** Fields a record cannot do without: left out, the record is skipped. */
const REQUIRED = /(^|\.)(id|name|title|label|value)$/;

/** A waiting time the elements refuse keeps its service: the badge says "not available". */
export const isWait = (issue: FeedIssue): boolean => /^waitingTime\b/.test(issue.path);

/** "services[3].hours.weekly[0].opens: expected ... -> fix", for the record at `prefix`. */
export function under(prefix: string, { path, code, message }: FeedIssue): string {
  const hint = REQUIRED.test(path) && code === 'not-text' ? 'write it as text in double quotes; it cannot be left out' : HINTS[code];
  return `${prefix}${path.replace(/^(?=[^[])/, '.')}: ${message} -> ${hint}`;
}

/** A feed around one record, as the parser sees it. */
const feedOf = (list: 'services' | 'pathways', item: unknown) => ({
  version: 1,
  updated: new Date().toISOString(),
  publisher: { name: 'check' },
  [list]: [item],
});

/** Runs the shared parser, returning what it made and every problem it found. */
export function issuesOf<T>(parse: (onIssue: (issue: FeedIssue) => void) => T): { result: T; issues: FeedIssue[] } {
  const issues: FeedIssue[] = [];
  return { result: parse((issue) => issues.push(issue)), issues };
}

/**
 * One service through the shared parser: its first problem, or the clean service and why its waiting
 * time is not shown, if it is not (the service is kept, so that is reported on its own).
 */
export function checkService(item: unknown): { problem: FeedIssue } | { service: Service; wait?: FeedIssue } {
  const { result, issues } = issuesOf((onIssue) => parseFeed(feedOf('services', item), { onIssue }));
  const problem = issues.find((issue) => !isWait(issue));
  return problem ? { problem } : { service: result.services[0]!, wait: issues.find(isWait) };
}

/** One pathway through the shared parser: its first problem, if any. */
export const checkPathway = (item: unknown): FeedIssue | undefined =>
  issuesOf((onIssue) => parseFeed({ ...feedOf('pathways', item), services: [] }, { onIssue })).issues[0];

/** An issue as one line, where the commands have no better place to name. */
export const describe = ({ record, path, code, message }: FeedIssue): string => `${record}${path && `, ${path}`}: ${message} -> ${HINTS[code]}`;
