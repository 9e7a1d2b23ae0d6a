import type { Delivery } from '../feed/schema.js';
import { msg } from '../localize.js';

/** People's words for the feed's category ids, in the language being rendered. */
const categories = (): Record<string, string> => ({
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

/** An unknown id is still shown: "hearing-voices" reads as "hearing voices". */
export const categoryLabel = (id: string): string => {
  const known = categories();
  return Object.hasOwn(known, id) ? known[id]! : id.replace(/-/g, ' ');
};

export const deliveryLabel = (id: Delivery): string =>
  ({
    'in-person': msg('In person'),
    phone: msg('Phone'),
    video: msg('Video call'),
    online: msg('Online'),
    text: msg('Text message'),
  })[id];
