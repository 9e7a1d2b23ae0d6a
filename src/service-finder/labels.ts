import { CATEGORIES, DELIVERY_MODES, type DeliveryMode } from '../feed/vocabulary.js';
import { locale, msg } from '../i18n/localize.js';

/** One string for each item of a list, in its order. */
type Labels<T extends readonly unknown[]> = { [I in keyof T]: string };

/**
 * People's words for CATEGORIES, in their order, in the language being rendered. A list, not a map,
 * so that the ids are not shipped twice; the compiler checks there is one label for each id.
 */
const names = (): Labels<typeof CATEGORIES> => [
  msg('Talking therapies (NHS)'), // talking-therapies
  msg('Crisis support'), // crisis
  msg('Wellbeing'), // wellbeing
  msg('Peer support'), // peer-support
  msg('Children and young people'), // young-people
  msg('Older people'), // older-people
  msg('Pregnancy and new parents'), // perinatal
  msg('Eating disorders'), // eating-disorders
  msg('Drugs and alcohol'), // drugs-alcohol
  msg('Bereavement'), // bereavement
  msg('Social prescribing'), // social-prescribing
  msg('Work and money'), // employment
  msg('Carers'), // carers
  msg('Physical health'), // physical-health
];

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
/** CATEGORIES, searched by any id. */
const categories: readonly string[] = CATEGORIES;

/** An unknown id is still shown: "hearing-voices" reads as "hearing voices". */
export const categoryLabel = (id: string): string => labels()[categories.indexOf(id)] ?? id.replace(/-/g, ' ');

/**
 * The order of the category filter: the known categories in CATEGORIES' order, NHS talking therapies
 * and crisis support first, then any others by id. The same in every language, and no collator to load.
 */
export const sortCategories = (ids: Iterable<string>): string[] => {
  // An unknown id's -1 reads as the largest index there is: after every known one.
  const rank = (id: string) => categories.indexOf(id) >>> 0;
  return [...ids].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1));
};

/** Ways of being helped, in DELIVERY_MODES' order, in the language being rendered. */
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
const spoken = perLocale(
  (): Record<string, string> => ({
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
  }),
);

let others: [string, Intl.DisplayNames] | undefined;

/** A feed language code as words: "ur" reads "Urdu"; a code no one can name is shown as written. */
export const languageLabel = (code: string): string => {
  const known = spoken();
  const key = code.toLowerCase();
  if (Object.hasOwn(known, key)) return known[key]!;
  try {
    if (others?.[0] !== locale()) others = [locale(), new Intl.DisplayNames(locale(), { type: 'language' })];
    return others[1].of(code) ?? code;
  } catch {
    // No Intl.DisplayNames, or a code it refuses.
    return code;
  }
};
