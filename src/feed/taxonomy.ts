import type { Category } from './vocabulary.js';

/**
 * The default taxonomy mapping, as data: each Signpost category with the words that mark it.
 * A term maps to the first category one of whose words starts a word of the term (lower-cased,
 * anything but letters and digits read as a space), so "carer" finds "Young carers" but not
 * "Home childcarer (Nanny)"; a word ending in a space must be whole ("child " is not "childcare").
 * Every category is here once (the compiler checks), in the order they are tried: not CATEGORIES'.
 * test/fixtures/openreferral/taxonomy-*.json hold real UK directories' terms and what each must map to.
 */
export const CATEGORY_WORDS: Record<Category, string[]> = {
  crisis: ['crisis', 'crises', 'suicid', 'self harm', 'urgent mental'],
  'eating-disorders': ['eating disorder', 'anorexi', 'bulimi', 'binge eating'],
  perinatal: ['perinatal', 'maternal', 'postnatal', 'antenatal', 'pregnan', 'maternity', 'new parent', 'new mum'],
  bereavement: ['bereave', 'grief'],
  carers: ['carer', 'caring for someone', 'young carer'],
  'drugs-alcohol': ['alcohol', 'drug', 'substance', 'addict'],
  'peer-support': ['peer support', 'support group', 'self help group', 'mutual aid', 'befriend'],
  'social-prescribing': ['social prescrib', 'community connect', 'link worker'],
  employment: ['employment', 'work', 'job', 'debt', 'money', 'benefit', 'financ'],
  'talking-therapies': ['talking therap', 'iapt', 'counsel', 'psychotherap', 'psychological therap', 'cbt '],
  'young-people': ['young people', 'young person', 'youth', 'children', 'child ', 'teenage', 'adolescen', 'camhs'],
  'older-people': ['older', 'elderly', 'later life', 'dementia'],
  'physical-health': ['physical', 'exercise', 'sport', 'healthy eating', 'long term condition'],
  wellbeing: ['wellbeing', 'well being', 'mental health', 'emotional', 'mental and emotional', 'loneliness', 'isolation', 'anxiety', 'depression', 'stress'],
};

/** The categories in the order categorise() tries them. */
const TRIED = Object.keys(CATEGORY_WORDS) as Category[];

/** " young carers " for "Young-Carers": words between single spaces, so a word start is " " + word. */
const words = (term: string) => ` ${term.toLowerCase().replace(/[^a-z0-9]+/g, ' ')} `;

/**
 * The category of one taxonomy term: the site's own map first (exact, lower-cased; "" ignores the
 * term), then the table above. Undefined when nothing fits.
 */
export function categorise(term: string, map: Record<string, string> = {}): string | undefined {
  const key = term.trim().toLowerCase();
  if (Object.hasOwn(map, key)) return map[key] || undefined;
  const t = words(key);
  return TRIED.find((category) => CATEGORY_WORDS[category].some((word) => t.includes(` ${word}`)));
}
