import type { Category } from '../feed/vocabulary.js';

/**
 * The words people type, by the feed category they mean: a search for any of them finds that
 * category's services, as if each service said them too. Everyday and distressed words, not
 * clinical ones; space-separated to keep the bundle small (a search word matches inside one, so a
 * phrase is its words). Hosts add their own with the finder's `synonyms` attribute.
 */
export const SYNONYMS = {
  crisis: 'suicidal suicide kill myself end my life die self harm overdose emergency urgent',
  'talking-therapies': 'counselling counseling therapy therapist cbt anxiety anxious depressed depression panic worry stress ocd phobia trauma ptsd',
  wellbeing: 'stress sleep',
  'peer-support': 'lonely loneliness alone isolated group',
  'young-people': 'child teenager young school student camhs',
  'older-people': 'elderly dementia memory',
  perinatal: 'postnatal postpartum pregnant pregnancy baby birth',
  'eating-disorders': 'eating anorexia bulimia binge',
  'drugs-alcohol': 'drink drinking alcohol drugs addiction gambling',
  bereavement: 'grief grieving loss died death bereaved',
  employment: 'debt money benefits job work bills',
  carers: 'carer caring',
} satisfies Partial<Record<Category, string>>;

/**
 * Whether folded search text says someone may be in danger now: then the emergency routes come
 * first. One pass, no nested repeats, so linear in what was typed.
 */
export const crisis = (folded: string): boolean =>
  /suicid|kill (?:my|them)sel|end (?:my|it all)|want to die|self.?harm|hurt(?:ing)? (?:my|them)sel|overdos/.test(folded);
