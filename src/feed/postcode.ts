/**
 * The postcode rule, written once: the finder reads what people type with it, the Open Referral
 * adapter keeps only service areas that are districts by it, and the signpost-feed command checks a
 * spreadsheet's districts with it. Feeds list districts (`coverage.postcodeDistricts`, e.g. LS6).
 * A module of its own, not part of vocabulary.ts: kept next to the finder's code in the bundle, where
 * it compresses best.
 */

/** A code as people and feeds write it, as Signpost compares it: no spaces, upper case ("ls 6" is "LS6"). */
export const tidyCode = (code: string): string => code.replace(/\s/g, '').toUpperCase();

/** A UK postcode or a bare district (its outward code), tidied: "ls61aa" gives { postcode: "LS6 1AA", district: "LS6" }. */
export function parsePostcode(input: string): { postcode: string; district: string } | undefined {
  const m = /^([A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})?$/.exec(tidyCode(input));
  return m ? { postcode: m[2] ? `${m[1]} ${m[2]}` : m[1]!, district: m[1]! } : undefined;
}

/** Whether `code` is a district exactly as a feed should list it: "LS6", not "LS6 1AA", "ls6" or "LS 6". */
export const isPostcodeDistrict = (code: string): boolean => parsePostcode(code)?.district === code;
