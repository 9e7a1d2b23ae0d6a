import type { ActionKind } from '../feed/vocabulary.js';

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
export type ActionDetail = ActionRoute & {
  widget: string;
  serviceId?: string;
};

declare global {
  interface GlobalEventHandlersEventMap {
    'signpost-loaded': CustomEvent<LoadedDetail>;
    'signpost-error': CustomEvent<ErrorDetail>;
    'signpost-action': CustomEvent<ActionDetail>;
  }
}

type Details = { 'signpost-loaded': LoadedDetail; 'signpost-error': ErrorDetail; 'signpost-action': ActionDetail };

/** Every Signpost event bubbles and crosses shadow roots, so a host listens once on document. */
export function emit<K extends keyof Details>(target: EventTarget, type: K, detail: Details[K]): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
