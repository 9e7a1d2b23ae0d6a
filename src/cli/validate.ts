// signpost-feed validate: every problem in a feed, with where it is and how to fix it.
import { DEFAULT_MAX_BYTES } from '../feed/loader.js';
import { CATEGORIES, isCategory } from '../feed/vocabulary.js';
import { FeedError, parseFeed, type Action, type FeedField, type Service } from '../feed/schema.js';
import { mailHref, smsHref, telHref, webHref } from '../internal/url.js';
import { daysSince } from '../time/dates.js';
import { checkPathway, checkService, issuesOf, under } from './issues.js';
import { count, label, MAX_SHOWN, parseJson, plural, progress, read, Stop, type Options } from './io.js';

/** Fixes for a feed the parser refuses as a whole, by the field its FeedError names. A Record, so a new field without a fix does not compile. */
const TOP_FIXES: Record<FeedField, string> = {
  '': 'the file must be one JSON object: { "version": 1, "updated": "...", "publisher": {...}, "services": [...] }',
  version: 'set "version": 1',
  updated: 'set "updated" to when the feed last changed, e.g. "2026-11-20T09:00:00Z"',
  publisher: 'set "publisher": { "name": "Your organisation" }',
  services: 'add "services": [...], the list of services (it may be empty)',
  pathways: 'make "pathways" a list, or leave it out',
};

// How the elements make each kind of contact value a link, and what to write when they cannot.
const NUMBER = 'write just the number, e.g. 0113 496 0000 or +44 113 496 0000';
const ADDRESS = 'write the full https:// address, with no user name before the host and a name, not numbers, for the host';
type Href = (value: string) => string | undefined;
const LINKS: Partial<Record<Action['kind'], [Href, string]>> = {
  call: [telHref, NUMBER],
  text: [smsHref, NUMBER],
  link: [webHref, ADDRESS],
};
const notLinked = (path: string, value: string, hint: string) => `${path}: "${value}" is not something people can tap, so it shows as plain text -> ${hint}`;

/** A warning for each contact value of a service that the elements would show as plain text, not a link. */
function unlinked(at: string, { contact = {}, referral = {} }: Service): string[] {
  const values: [string, string | undefined, Href, string][] = [
    ['contact.phone', contact.phone, telHref, NUMBER],
    ['contact.text', contact.text, smsHref, NUMBER],
    ['contact.email', contact.email, mailHref, 'write one plain address, e.g. help@example.org'],
    ['contact.website', contact.website, (url) => webHref(url, true), ADDRESS],
    ['referral.url', referral.url, webHref, `${ADDRESS} (https only)`],
    ['referral.phone', referral.phone, telHref, NUMBER],
  ];
  return values.filter(([, value, href]) => value !== undefined && !href(value)).map(([path, value, , hint]) => notLinked(`${at}.${path}`, value!, hint));
}

function report(file: string, errors: string[], warns: string[], contents?: string): 0 | 1 {
  const show = (label: string, list: string[]) => {
    for (const line of list.slice(0, MAX_SHOWN)) console.log(`${label}: ${line}`);
    if (list.length > MAX_SHOWN) console.log(`... and ${count(list.length - MAX_SHOWN)} more ${label}s`);
  };
  show('error', errors);
  show('warning', warns);
  const name = label(file);
  const found = `${plural(errors.length, 'error')}, ${plural(warns.length, 'warning')}`;
  console.log(errors.length ? `${name}: not valid, ${found}` : `${name}: valid feed v1 with ${contents} (${found})`);
  return errors.length ? 1 : 0;
}

/** The command: `signpost-feed validate FEED.json [--max-age DAYS]`. */
export function validate(file: string, options: Options): 0 | 1 {
  const maxAge = options['max-age'] === undefined ? 90 : Number(options['max-age']);
  if (!Number.isInteger(maxAge) || maxAge < 1) throw new Stop('--max-age needs a whole number of days, e.g. 90', 2);
  const text = read(file);
  const json = parseJson(text, file);
  const errors: string[] = [];
  const warns: string[] = [];
  if (Buffer.byteLength(text) > DEFAULT_MAX_BYTES) {
    warns.push(
      `the feed is larger than ${count(DEFAULT_MAX_BYTES)} bytes, so the elements refuse it unless the page sets max-bytes -> publish fewer or shorter services, or split the feed`,
    );
  }
  try {
    // Each record is checked on its own below, so that each problem is named with its place.
    issuesOf((onIssue) => parseFeed(json, { onIssue }));
  } catch (error) {
    if (!(error instanceof FeedError && error.field !== undefined)) throw error;
    errors.push(`${error.message} -> ${TOP_FIXES[error.field]}`);
    return report(file, errors, warns);
  }
  // parseFeed accepted it: an object with a list of services, and of pathways if any.
  const feed = json as { services: unknown[]; pathways?: { steps: { actions?: { kind: string; value: string }[] }[] }[] };
  const now = new Date();
  const ids = new Map<string, number>();
  feed.services.forEach((item, i) => {
    progress(i + 1, 'services');
    const at = `services[${i}]`;
    const checked = checkService(item);
    if ('problem' in checked) return void errors.push(under(at, checked.problem));
    const { service, wait } = checked;
    if (ids.has(service.id)) {
      warns.push(`${at}.id: "${service.id}" is also the id of services[${ids.get(service.id)}], so this service is not shown -> give each service its own id`);
    } else ids.set(service.id, i);
    const { contact = {}, referral = {} } = service;
    if (!contact.phone && !contact.text && !contact.email && !contact.website && !referral.url && !referral.phone) {
      warns.push(`${at}: no way to contact "${service.name}" -> add contact.phone, text, email or website, or a referral url or phone`);
    }
    warns.push(...unlinked(at, service));
    if (service.selfReferral && !referral.url && !referral.phone) {
      warns.push(`${at}.referral: people can refer themselves but there is no referral url or phone -> add referral.url or referral.phone`);
    }
    service.categories.forEach((category, j) => {
      if (!isCategory(category)) warns.push(`${at}.categories[${j}]: unknown category "${category}" -> use one of ${CATEGORIES.join(', ')}`);
    });
    const age = (day: string) => daysSince(day, now) ?? 0;
    if (service.lastReviewed && age(service.lastReviewed) > maxAge) {
      warns.push(`${at}.lastReviewed: last reviewed ${plural(age(service.lastReviewed), 'day')} ago -> check the details and update lastReviewed`);
    }
    // A waiting time the elements refuse shows as "not available": the publisher meant to show one.
    if (wait) errors.push(under(at, wait));
    else if (service.waitingTime && !('invalid' in service.waitingTime) && age(service.waitingTime.asOf) > maxAge) {
      warns.push(`${at}.waitingTime.asOf: the waiting time is ${plural(age(service.waitingTime.asOf), 'day')} old -> publish a current figure`);
    }
  });
  const pathways = feed.pathways ?? [];
  pathways.forEach((item, i) => {
    const problem = checkPathway(item);
    if (problem) return void errors.push(under(`pathways[${i}]`, problem));
    item.steps.forEach((step, j) =>
      (step.actions ?? []).forEach((action, k) => {
        const link = LINKS[action.kind as Action['kind']];
        if (action.kind === 'service' && !ids.has(action.value)) {
          warns.push(`pathways[${i}].steps[${j}].actions[${k}].value: no service has the id "${action.value}" -> use the id of a service in this feed`);
        } else if (link && !link[0](action.value)) {
          warns.push(notLinked(`pathways[${i}].steps[${j}].actions[${k}].value`, action.value, link[1]));
        }
      }),
    );
  });
  return report(file, errors, warns, `${plural(feed.services.length, 'service')} and ${plural(pathways.length, 'pathway')}`);
}
