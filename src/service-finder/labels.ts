import { DELIVERY_MODES, type Category, type DeliveryMode } from '../feed/vocabulary.js';
import { locale, msg } from '../i18n/localize.js';

/**
 * People's words for the feed's category ids, in the language being rendered, in the order of the
 * category filter (CATEGORIES' order: test/node/vocabulary.test.mjs checks).
 */
const names = (): Record<Category, string> => ({
  'talking-therapies': msg('Talking therapies (NHS)'),
  crisis: msg('Crisis support'),
  wellbeing: msg('Wellbeing'),
  'peer-support': msg('Peer support'),
  'young-people': msg('Children and young people'),
  'older-people': msg('Older people'),
  perinatal: msg('Pregnancy and new parents'),
  'eating-disorders': msg('Eating disorders'),
  'drugs-alcohol': msg('Drugs and alcohol'),
  bereavement: msg('Bereavement'),
  'social-prescribing': msg('Social prescribing'),
  employment: msg('Work and money'),
  carers: msg('Carers'),
  'physical-health': msg('Physical health'),
});

/** Built once per language: the search index asks for a label per service, 10,000 times for a large feed. */
const perLocale = <T>(build: () => T) => {
  const cache = new Map<string, T>();
  return () => {
    let value = cache.get(locale());
    if (value === undefined) cache.set(locale(), (value = build()));
    return value;
  };
};

const labels = perLocale(names);

/** An unknown id is still shown: "hearing-voices" reads as "hearing voices". */
export const categoryLabel = (id: string): string => {
  const known = labels();
  return Object.hasOwn(known, id) ? known[id as Category] : id.replace(/-/g, ' ');
};

/**
 * The order of the category filter: the known categories as listed above (CATEGORIES' order), NHS
 * talking therapies and crisis support first, then any others by id. The same in every language, and no collator to load.
 */
export const sortCategories = (ids: Iterable<string>): string[] => {
  const order = Object.keys(labels());
  // An unknown id's -1 reads as the largest index there is: after every known one.
  const rank = (id: string) => order.indexOf(id) >>> 0;
  return [...ids].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1));
};

/** One string for each item of a list, in its order: the compiler checks there are as many. */
type Labels<T extends readonly unknown[]> = { [I in keyof T]: string };

/** Ways of being helped, in DELIVERY_MODES' order (a list: 10 bytes smaller than a map), in the language being rendered. */
const ways = (): Labels<typeof DELIVERY_MODES> => [
  msg('In person'), // in-person
  msg('Phone'), // phone
  msg('Video call'), // video
  msg('Online'), // online
  msg('Text message'), // text
];

export const deliveryLabel = (id: DeliveryMode): string => ways()[DELIVERY_MODES.indexOf(id)]!;

/**
 * The languages services most often offer in England and Wales (the 2021 census's most spoken, and
 * British Sign Language), named in the language being rendered. Creating an Intl.DisplayNames loads
 * locale data, the largest script cost of a finder's first render on a slow phone, and Chromium
 * has no Welsh names; it names only the rest.
 */
const spoken = perLocale((): Record<string, string> => ({
  en: msg('English'),
  cy: msg('Welsh'),
  bsl: msg('British Sign Language'),
  bfi: msg('British Sign Language'),
  pl: msg('Polish'),
  ro: msg('Romanian'),
  pa: msg('Punjabi'),
  ur: msg('Urdu'),
  pt: msg('Portuguese'),
  es: msg('Spanish'),
  ar: msg('Arabic'),
  bn: msg('Bengali'),
  gu: msg('Gujarati'),
  it: msg('Italian'),
  fr: msg('French'),
  zh: msg('Chinese'),
  so: msg('Somali'),
}));

// Made on first need, as it loads ICU's data; it throws where there is no Intl.DisplayNames.
const others = perLocale(() => new Intl.DisplayNames(locale(), { type: 'language' }));

/** A feed language code as words: "ur" reads "Urdu"; a code no one can name is shown as written. */
export const languageLabel = (code: string): string => {
  const known = spoken();
  const key = code.toLowerCase();
  if (Object.hasOwn(known, key)) return known[key]!;
  try {
    return others().of(code) ?? code;
  } catch {
    // No Intl.DisplayNames, or a code it refuses.
    return code;
  }
};
