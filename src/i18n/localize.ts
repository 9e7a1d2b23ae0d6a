import { joinStringsAndValues as join, type StrResult } from '@lit/localize/internal/str-tag.js';

// lit-localize's str tag, from its own module so the bundle skips the runtime-mode loader.
export { str } from '@lit/localize/internal/str-tag.js';

/**
 * How the elements speak. Every word goes through msg(); English (en-GB) is the source. Looking
 * a message up in another language is the job of a language script (src/i18n/translations.ts, shipped
 * inside dist/signpost-cy.js): a page in English, the most common case, carries none of that code.
 */

/** The language of the source strings, and of dates and numbers when an element speaks it. */
export const SOURCE_LOCALE = 'en-GB';

/** Fired on window when a language arrives or a `lang` attribute changes: elements re-render. */
export const LOCALE_EVENT = 'signpost-locale';

/** One element's language: the locale Intl uses, and the translation of a message (undefined: keep the source). */
export interface Translation {
  locale: string;
  lookup(source: string | StrResult): string | StrResult | undefined;
}

/** What a language script installs on globalThis: the translation an element should render in, if any. */
export type Translator = (element: Element) => Translation | undefined;

// A registered symbol, so a language script built as its own bundle reaches whichever copy of Signpost is on the page.
export const TRANSLATOR = Symbol.for('signpost.translator');

// Set only while an element updates, so two elements in two languages on one page each render in their own.
// (lit-localize's runtime mode has one locale per page, and a host app that uses it must stay free to.)
let active: Translation | undefined;

/**
 * lit-localize's `msg` for strings and str`` messages (not html``, and no explicit ids), answered in
 * the language of the element being rendered. The brand is what `lit-localize extract` looks for.
 */
type Msg = ((source: string | StrResult) => string) & { _LIT_LOCALIZE_MSG_?: never };

export const msg: Msg = (source) => {
  const found = active?.lookup(source);
  if (typeof found == 'string') return found;
  if (typeof source == 'string') return source;
  // A translation's values are the positions of the source's values, as it may reorder them.
  return found ? join(found.strings, source.values, found.values as number[]) : join(source.strings, source.values);
};

/** The locale being rendered: for Intl. */
export const locale = (): string => active?.locale ?? SOURCE_LOCALE;

/** Runs an update of `element` in its language. */
export function inLocale<T>(element: Element, update: () => T): T {
  const saved = active;
  active = (globalThis as { [TRANSLATOR]?: Translator })[TRANSLATOR]?.(element);
  try {
    return update();
  } finally {
    active = saved;
  }
}

const rules = new Map<string, Intl.PluralRules>();

/**
 * A count in words. `forms` is one message in ICU's plural shape, "one {# service} other {# services}":
 * a translation lists the categories its language needs (Welsh: zero, one, two, few, many, other).
 */
export function plural(count: number, forms: string): string {
  const code = locale();
  const pick = (category: string) => new RegExp(`\\b${category}\\s*{([^}]*)}`).exec(forms)?.[1];
  return (pick(category(count, code)) ?? pick('other') ?? forms).replaceAll('#', digits(count, code));
}

/*
 * English is worked out here, not by Intl: the first Intl.PluralRules or number format on a page
 * loads ICU data, and "1,000 services" was the largest cost of the finder's first render at 1,000
 * services (about 80 ms at 4x throttle). Tests check both against Intl. Other languages ask Intl.
 */

/** A count's plural category. English (CLDR): "one" is 1 and only 1. */
function category(count: number, code: string): string {
  if (code === SOURCE_LOCALE) return count === 1 ? 'one' : 'other';
  let rule = rules.get(code);
  if (!rule) rules.set(code, (rule = new Intl.PluralRules(code)));
  return rule.select(count);
}

/** A count's digits: as they are below 1,000; English groups whole numbers in threes with commas. */
function digits(count: number, code: string): string {
  if (count < 1000) return String(count);
  return code === SOURCE_LOCALE && Number.isInteger(count) ? String(count).replace(/\B(?=(\d{3})+$)/g, ',') : count.toLocaleString(code);
}
