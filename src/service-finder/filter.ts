import type { Service } from '../feed/schema.js';
import { tidyCode } from '../feed/postcode.js';
import type { LondonTime } from '../time/dates.js';
import { isOpen } from '../time/hours.js';
import { categoryLabel } from './labels.js';
import { SYNONYMS } from './synonyms.js';

/** Search and filtering without the DOM: built once per feed, then plain loops over precomputed fields. */

export interface Entry {
  service: Service;
  /** Name, organisation, description and category labels, folded for matching. */
  text: string;
  /** Coverage in upper case, worked out the first time a practice or district filter needs it. */
  practices?: string[] | null;
  districts?: string[] | null;
  /** Set by filter(): the service is for other GP practices than the one searched for. */
  elsewhere?: boolean;
}

export interface Point {
  lat: number;
  lng: number;
}

export interface Filters {
  /** Folded search words; every one must match. */
  words: string[];
  /** Any of these categories (none: any service). */
  categories: string[];
  self?: boolean;
  /** Only services open at this UK time. */
  open?: LondonTime;
  age?: number;
  /** Any of these ways of being helped. */
  delivery: string[];
  /** Upper-case ODS code. */
  practice?: string;
  /** A postcode district as parsePostcode gives it, e.g. "LS6". */
  district?: string;
}

/** Case- and accent-insensitive text: "Café" and "cafe" match. */
export const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export const words = (query: string): string[] => fold(query).split(/\s+/).filter(Boolean);

const upper = (list: string[] | undefined) => (list?.length ? list.map(tidyCode) : null);

/** A category's words; a feed id such as "constructor" is not a key of every object. */
const own = (list: Record<string, string>, id: string) => (Object.hasOwn(list, id) ? String(list[id]) : '');

/** `synonyms`: more words people use for a category, beside the shipped list. */
export function buildIndex(services: Service[], synonyms: Record<string, string> = {}): Entry[] {
  return services.map((service) => ({
    service,
    text: fold(
      [
        service.name,
        service.organisation,
        service.description,
        ...service.categories.flatMap((id) => [categoryLabel(id), own(SYNONYMS, id), own(synonyms, id)]),
      ].join('\n'),
    ),
  }));
}

const some = (wanted: string[], has: string[] | undefined) => !wanted.length || wanted.some((x) => has?.includes(x));

/** The matching services; those for other GP practices than `f.practice` last, marked `elsewhere`, never hidden silently. */
export function filter(index: Entry[], f: Filters): Entry[] {
  const out: Entry[] = [];
  const later: Entry[] = [];
  for (const e of index) {
    const s = e.service;
    // null: open to everyone; undefined: not worked out yet.
    if (f.practice && e.practices === undefined) e.practices = upper(s.coverage?.practices);
    const elsewhere = !!f.practice && !!e.practices && !e.practices.includes(f.practice);
    if (f.district) {
      if (e.districts === undefined) e.districts = upper(s.coverage?.postcodeDistricts);
      if (e.districts && !e.districts.includes(f.district)) continue;
    }
    if (f.self && !s.selfReferral) continue;
    if (f.age !== undefined && (f.age < (s.ages?.min ?? 0) || f.age > (s.ages?.max ?? Infinity))) continue;
    if (!some(f.categories, s.categories) || !some(f.delivery, s.delivery)) continue;
    if (!f.words.every((w) => e.text.includes(w))) continue;
    if (f.open && !isOpen(s.hours, f.open)) continue;
    if ((e.elsewhere = elsewhere)) later.push(e);
    else out.push(e);
  }
  return out.concat(later);
}

/**
 * Whether `next` can only match services that `prev` matched: the same filters, with each earlier
 * search word inside one of the new ones. Typing a word then filters the last results, not the feed.
 */
export const narrows = (prev: Filters, next: Filters): boolean =>
  prev.words.every((w) => next.words.some((n) => n.includes(w))) && JSON.stringify({ ...prev, words: 0 }) === JSON.stringify({ ...next, words: 0 });

/** Great-circle distance in miles, or undefined when the service has no coordinates. */
export function miles(service: Service, from: Point): number | undefined {
  const { lat, lng } = service.location ?? {};
  if (lat === undefined || lng === undefined) return undefined;
  const rad = Math.PI / 180;
  const a = Math.sin(((lat - from.lat) * rad) / 2) ** 2 + Math.cos(from.lat * rad) * Math.cos(lat * rad) * Math.sin(((lng - from.lng) * rad) / 2) ** 2;
  return 7917.5 * Math.asin(Math.sqrt(a));
}

/** Nearest first; services without coordinates keep their order, last. */
export function byDistance(list: Entry[], from: Point): Entry[] {
  return list
    .map((e) => [miles(e.service, from) ?? Infinity, e] as const)
    .sort((a, b) => a[0] - b[0])
    .map(([, e]) => e);
}
