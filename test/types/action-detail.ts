// Type-level checks, run by `tsc --noEmit` in npm test (no browser): a signpost-action's kind fixes
// what its value is, for hosts reading the event and for the elements sending it.
import type { ActionDetail } from '../../src/internal/events.js';
import { SignpostElement } from '../../src/internal/element.js';
import { telHref, webHref } from '../../src/internal/url.js';

export function hostReads(detail: ActionDetail): `tel:${string}` | undefined {
  if (detail.kind === 'call') return detail.value;
  // @ts-expect-error a link's value is a web address, not a tel: link
  if (detail.kind === 'link') return detail.value;
  return undefined;
}

// @ts-expect-error a call's value is a tel: link
export const wrongPair: ActionDetail = { widget: 'get-help', kind: 'call', value: 'https://example.org/' };

export abstract class Sender extends SignpostElement {
  send(phone: string, url: string): void {
    const tel = telHref(phone);
    if (tel) this.action('call', tel);
    const web = webHref(url);
    if (web) this.action('referral', web);
    // @ts-expect-error a referral is https: or tel:, and webHref(url, true) may give http:
    if (web) this.action('referral', webHref(url, true)!);
    // @ts-expect-error a text is an sms: link
    if (tel) this.action('text', tel);
  }
}
