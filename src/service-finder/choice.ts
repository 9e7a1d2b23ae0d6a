/** What a person has asked for, and its place in the page URL (`sync-url`). */

/** Each key is also a `signpost-<key>` URL parameter. */
export interface Choice {
  q: string;
  category: string[];
  self: boolean;
  open: boolean;
  age: string;
  delivery: string[];
  postcode: string;
}

export const NONE: Choice = { q: '', category: [], self: false, open: false, age: '', delivery: [], postcode: '' };

/** A comma-separated list, tidied. */
export const split = (value: string | undefined): string[] =>
  value
    ? value
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean)
    : [];

/**
 * Whether a key may be in the page URL: what people type about their health (the search words,
 * the postcode) would reach the host's analytics, and other sites through the referrer, so only when
 * the host names it in `sync-url-fields` ("search", "postcode").
 */
const shared = (key: string, fields = '') => (key === 'q' ? /\bsearch\b/.test(fields) : key !== 'postcode' || /\bpostcode\b/.test(fields));

/** The choice the page URL holds. */
export function readChoice(fields?: string): Choice {
  const params = new URL(location.href).searchParams;
  const choice: Record<string, unknown> = {};
  for (const [key, none] of Object.entries(NONE)) {
    const value = (shared(key, fields) && params.get(`signpost-${key}`)) || '';
    choice[key] = none === false ? value === '1' : Array.isArray(none) ? split(value) : value;
  }
  return choice as unknown as Choice;
}

/** Records a choice in the page URL: a new history entry for a discrete change, a replaced one while typing. */
export function writeChoice(choice: Choice, push: boolean, fields?: string): void {
  const url = new URL(location.href);
  for (const [key, value] of Object.entries(choice)) {
    const text = shared(key, fields) ? String(value === true ? 1 : value || '') : '';
    if (text) url.searchParams.set(`signpost-${key}`, text);
    else url.searchParams.delete(`signpost-${key}`);
  }
  if (url.href !== location.href) history[push ? 'pushState' : 'replaceState'](history.state, '', url);
}
