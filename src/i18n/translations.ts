import type { TemplateMap } from '@lit/localize';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';
import { LOCALE_EVENT, TRANSLATOR, type Translation, type Translator } from './localize.js';

/**
 * The part of localisation only a page in another language needs, kept out of the main bundle:
 * catalogues, which language an element speaks, and looking messages up under lit-localize's ids.
 * Every language script (src/signpost-cy.ts) includes it; the first one on the page installs it.
 */

// Catalogues sit on globalThis under a registered symbol, like the translator, so scripts built
// as separate bundles share them.
const CATALOGUES = Symbol.for('signpost.catalogues');
const store = globalThis as typeof globalThis & { [CATALOGUES]?: Record<string, TemplateMap>; [TRANSLATOR]?: Translator };
const catalogues = (store[CATALOGUES] ??= {});

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

// lit-localize's id for each message, hashed once: an element asks again on every update.
const ids = new Map<string | TemplateStringsArray, string>();
const idOf = (strings: string | TemplateStringsArray) => {
  let id = ids.get(strings);
  if (id === undefined) ids.set(strings, (id = generateMsgId(strings, false)));
  return id;
};

const translations = new Map<string, Translation>();

/** The best catalogue for a language tag ("cy-GB" falls back to "cy"); none: the element speaks English. */
const translator: Translator = (element) => {
  const code = langOf(element).toLowerCase();
  const match = [code, code.split('-')[0]!].find((c) => Object.hasOwn(catalogues, c));
  if (!match) return undefined;
  let translation = translations.get(match);
  if (!translation) {
    // The catalogue's own code, not the attribute, goes to Intl: Intl throws on a malformed tag.
    // The catalogue is read on each lookup, so one registered again (a newer script) wins.
    translation = {
      locale: match,
      lookup: (source) => catalogues[match]![idOf(typeof source == 'string' ? source : source.strings)] as ReturnType<Translation['lookup']>,
    };
    translations.set(match, translation);
  }
  return translation;
};

// Optional calls: in Node (server rendering) there is no window or document.
const changed = () => globalThis.dispatchEvent?.(new Event(LOCALE_EVENT));

/** Adds a translation: `templates` is the catalogue `lit-localize build` writes for `locale`. */
export function registerLocale(locale: string, templates: TemplateMap): void {
  catalogues[locale.toLowerCase()] = templates;
  if (!store[TRANSLATOR]) {
    store[TRANSLATOR] = translator;
    // A site's language switch that sets <html lang> (or any lang) re-renders the elements in it.
    if (globalThis.document) new MutationObserver(changed).observe(document.documentElement, { attributeFilter: ['lang'], subtree: true });
  }
  changed();
}
