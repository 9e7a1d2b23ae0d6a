import type { ActionKind } from '../feed/vocabulary.js';
import type { FeedIssue } from '../feed/schema.js';

export type { ActionKind };

/** What `value` is for each kind of contact route: the link followed, as internal/url.ts builds it. */
export interface ActionValues {
  call: `tel:${string}`;
  text: `sms:${string}`;
  email: `mailto:${string}`;
  /** A website; plain http: only on the finder's website links. */
  link: `https://${string}` | `http://${string}`;
  /** Refer yourself, online or by phone. */
  referral: `https://${string}` | `tel:${string}`;
}

/** One contact route used: `kind` says what `value` is, so `detail.kind === 'call'` narrows `value` to a `tel:` link. */
export type ActionRoute = { [K in ActionKind]: { kind: K; value: ActionValues[K] } }[ActionKind];

export interface LoadedDetail {
  endpoint: string;
  services: number;
}
export interface ErrorDetail {
  endpoint: string;
  message: string;
}
/** A problem in a feed, or in how the page set an element up: see FeedIssue. */
export type IssueDetail = FeedIssue;
export type ActionDetail = ActionRoute & {
  widget: string;
  serviceId?: string;
};

declare global {
  interface GlobalEventHandlersEventMap {
    'signpost-loaded': CustomEvent<LoadedDetail>;
    'signpost-error': CustomEvent<ErrorDetail>;
    'signpost-action': CustomEvent<ActionDetail>;
    'signpost-issue': CustomEvent<IssueDetail>;
  }
}

type Details = { 'signpost-loaded': LoadedDetail; 'signpost-error': ErrorDetail; 'signpost-action': ActionDetail; 'signpost-issue': IssueDetail };

/**
 * Every Signpost event bubbles and crosses shadow roots, so a host listens once on document. A
 * cancelable one returns false when a listener called preventDefault().
 */
export const emit = <K extends keyof Details>(target: EventTarget, type: K, detail: Details[K], cancelable?: boolean): boolean =>
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
