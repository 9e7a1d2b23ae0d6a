// Welsh (cy). Registers the catalogue with whichever copy of Signpost is on the page, in either
// order; elements whose language resolves to cy or cy-GB re-render in Welsh.
import { registerLocale } from './i18n/translations.js';
import { templates } from './i18n/locales/cy.js';

registerLocale('cy', templates);
