import type { MsgFn, TemplateMap } from '@lit/localize';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import { catalogues } from './catalogues.js';

// lit-localize's str tag, from its own module so the bundle skips the runtime-mode loader.
export { str } from '@lit/localize/internal/str-tag.js';

/** The language of the source strings, and of dates and numbers when no catalogue matches. */
export const SOURCE_LOCALE = 'en-GB';

// What msg() and the formatters use: set only while an element renders, so two elements in
// two languages on one page each render in their own. lit-localize's own runtime mode has one
// locale for the whole page, and a host app that configures it must stay free to.
let templates: TemplateMap | undefined;
let active = SOURCE_LOCALE;

/** lit-localize's `msg`, answered from the catalogue of the element being rendered. */
export const msg = ((template: Parameters<MsgFn>[0], options?: Parameters<MsgFn>[1]) => runtimeMsg(templates, template, options)) as MsgFn;

/** The locale being rendered: for Intl. */
export const locale = (): string => active;

/**
 * The language an element speaks: the nearest `lang` attribute (its own, then its ancestors',
 * a provider's or the page's `<html lang>`), looking out through shadow roots.
 */
export function langOf(element: Element): string {
  let node: Element | undefined = element;
  while (node) {
    const found = node.closest('[lang]');
    if (found) return found.getAttribute('lang')!;
    node = (node.getRootNode() as ShadowRoot).host;
  }
  return '';
}

/** Runs `render` in the best catalogue for `lang` ("cy-GB" falls back to "cy"), else in English. */
export function inLocale<T>(lang: string, render: () => T): T {
  const saved = [templates, active] as const;
  const code = lang.toLowerCase();
  const primary = code.split('-')[0]!;
  const match = catalogues[code] ? code : catalogues[primary] ? primary : undefined;
  templates = match ? catalogues[match] : undefined;
  // The catalogue's own code, not the attribute: Intl throws on a malformed tag.
  active = match ?? SOURCE_LOCALE;
  try {
    return render();
  } finally {
    [templates, active] = saved;
  }
}

const rules = new Map<string, Intl.PluralRules>();

/**
 * A count in words. `forms` is one message in ICU's plural shape, "one {# service} other {# services}":
 * a translation lists the categories its language needs (Welsh: zero, one, two, few, many, other).
 */
export function plural(count: number, forms: string): string {
  let rule = rules.get(active);
  if (!rule) rules.set(active, (rule = new Intl.PluralRules(active)));
  const category = rule.select(count);
  const chosen = new RegExp(`(?:^|\\s)${category}\\s*{([^}]*)}`).exec(forms) ?? /other\s*{([^}]*)}/.exec(forms);
  return (chosen?.[1] ?? forms).replace('#', count.toLocaleString(active));
}
