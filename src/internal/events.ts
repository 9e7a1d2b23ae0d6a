export type ActionKind = 'call' | 'text' | 'email' | 'link' | 'referral';

export interface LoadedDetail {
  endpoint: string;
  services: number;
}
export interface ErrorDetail {
  endpoint: string;
  message: string;
}
export interface ActionDetail {
  widget: string;
  serviceId?: string;
  kind: ActionKind;
  value: string;
}

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
