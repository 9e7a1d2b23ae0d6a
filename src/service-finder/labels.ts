import type { Delivery } from '../feed/schema.js';
import { locale, msg } from '../localize.js';

/** People's words for the feed's category ids, in the language being rendered. */
const names = (): Record<string, string> => ({
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

// Built once per language: the search index asks for a label per service, 10,000 times for a large feed.
const byLocale = new Map<string, Record<string, string>>();

const labels = () => {
  let known = byLocale.get(locale());
  if (!known) byLocale.set(locale(), (known = names()));
  return known;
};

/** An unknown id is still shown: "hearing-voices" reads as "hearing voices". */
export const categoryLabel = (id: string): string => {
  const known = labels();
  return Object.hasOwn(known, id) ? known[id]! : id.replace(/-/g, ' ');
};

/**
 * The order of the category filter: the known categories as listed above, NHS talking therapies and
 * crisis support first, then any others by id. The same in every language, and no collator to load.
 */
export const sortCategories = (ids: Iterable<string>): string[] => {
  const order = Object.keys(labels());
  const rank = (id: string) => (order.indexOf(id) + 1 || order.length + 1);
  return [...ids].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1));
};

export const deliveryLabel = (id: Delivery): string =>
  ({
    'in-person': msg('In person'),
    phone: msg('Phone'),
    video: msg('Video call'),
    online: msg('Online'),
    text: msg('Text message'),
  })[id];
