import type { Delivery } from '../feed/schema.js';

/** People's words for the feed's category ids. */
const CATEGORIES: Record<string, string> = {
  'talking-therapies': 'Talking therapies (NHS)',
  crisis: 'Crisis support',
  wellbeing: 'Wellbeing',
  'peer-support': 'Peer support',
  'young-people': 'Children and young people',
  'older-people': 'Older people',
  perinatal: 'Pregnancy and new parents',
  'eating-disorders': 'Eating disorders',
  'drugs-alcohol': 'Drugs and alcohol',
  bereavement: 'Bereavement',
  'social-prescribing': 'Social prescribing',
  employment: 'Work and money',
  carers: 'Carers',
  'physical-health': 'Physical health',
};

/** An unknown id is still shown: "hearing-voices" reads as "hearing voices". */
export const categoryLabel = (id: string): string => (Object.hasOwn(CATEGORIES, id) ? CATEGORIES[id]! : id.replace(/-/g, ' '));

export const DELIVERY_LABELS: Record<Delivery, string> = {
  'in-person': 'In person',
  phone: 'Phone',
  video: 'Video call',
  online: 'Online',
  text: 'Text message',
};
