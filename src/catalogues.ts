import type { TemplateMap } from '@lit/localize';

// Catalogues sit on globalThis under a registered symbol, like feed formats: a translation
// built as its own script (dist/signpost-cy.js) registers with whichever copy of Signpost is on the page.
const KEY = Symbol.for('signpost.locales');
const store = globalThis as typeof globalThis & { [KEY]?: Record<string, TemplateMap> };
export const catalogues = (store[KEY] ??= {});

/** Fired on window when a catalogue registers, so elements already on the page re-render in it. */
export const LOCALE_EVENT = 'signpost-locale';

/** Adds a translation: `templates` is the catalogue `lit-localize build` writes for `locale`. */
export function registerLocale(locale: string, templates: TemplateMap): void {
  catalogues[locale.toLowerCase()] = templates;
  dispatchEvent(new Event(LOCALE_EVENT));
}
