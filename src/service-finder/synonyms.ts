/**
 * The words people type, by the feed category they mean: a search for any of them finds that
 * category's services, as if each service said them too. Everyday and distressed words, not
 * clinical ones; space-separated to keep the bundle small (a search word matches inside one, so a
 * phrase is its words). Hosts add their own with the finder's `synonyms` attribute.
 */
export const SYNONYMS: Record<string, string> = {
  crisis: 'suicidal suicide kill myself end my life want to die self harm self-harm selfharm hurt overdose emergency urgent',
  'talking-therapies': 'counselling counseling counsellor therapy therapist cbt anxiety anxious depression depressed panic worry stress low mood ocd phobia trauma ptsd',
  wellbeing: 'stress sleep mindfulness',
  'peer-support': 'lonely loneliness alone isolated friends group',
  'young-people': 'child teenager teen young school student camhs',
  'older-people': 'older elderly retired dementia memory',
  perinatal: 'postnatal postpartum pregnant pregnancy baby birth antenatal',
  'eating-disorders': 'eating anorexia bulimia binge food',
  'drugs-alcohol': 'drink drinking alcohol drunk drugs addiction gambling cannabis',
  bereavement: 'grief grieving loss died death bereaved',
  'social-prescribing': 'community activities housing',
  employment: 'debt money benefits job work unemployed bills',
  carers: 'carer caring',
  'physical-health': 'pain illness',
};

/**
 * Whether folded search text says someone may be in danger now: then the emergency routes come
 * first. One pass, no nested repeats, so linear in what was typed.
 */
export const crisis = (folded: string): boolean => /suicid|kill (?:my|them)sel|end (?:my|it all)|want to die|self.?harm|hurt(?:ing)? (?:my|them)sel|overdos/.test(folded);
