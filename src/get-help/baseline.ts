import type { Action, Step } from '../feed/schema.js';

/**
 * The built-in crisis routes: bundled, shown before and without any feed, never removed by one.
 * Clinical review checks, in this one file: each number dials the service named beside it; the 111
 * mental health option is still option 2; the hours and "any age" claims; the Shout keyword; the
 * 111 online address; the wording of the emergency advice. Then set `reviewed` to the day you checked.
 */
export const reviewed = '2026-11-27';

/** A call, text or link (a feed `service` action becomes its service), plus the message an SMS route needs (Shout's keyword). */
export type Route = Omit<Action, 'kind'> & { kind: 'call' | 'text' | 'link'; body?: string };

export type BaselineStep = Omit<Step, 'actions'> & { actions: Route[] };

/** In the order shown; feed steps of the same urgency follow these. */
export const baseline: BaselineStep[] = [
  {
    urgency: 'emergency',
    title: "If someone's life is at risk or they have seriously hurt themselves",
    body: 'Call 999 or go to A&E now.',
    actions: [{ kind: 'call', label: 'Call', value: '999' }],
  },
  {
    urgency: 'urgent',
    title: 'NHS 111, choose the mental health option (option 2)',
    body: '24 hours, any age. You can call for someone else.',
    actions: [
      { kind: 'call', label: 'Call', value: '111', hours: 'then choose option 2' },
      { kind: 'link', label: 'Use 111 online', value: 'https://111.nhs.uk/' },
    ],
  },
  {
    urgency: 'urgent',
    title: 'Someone to talk to',
    actions: [
      { kind: 'call', label: 'Call Samaritans on', value: '116 123', hours: 'Free, 24 hours' },
      { kind: 'text', label: 'Text SHOUT to', value: '85258', hours: '24 hours', body: 'SHOUT' },
    ],
  },
];

/** The one-line strip: words before the number, the number (a tel: link), words after it. */
export const strip: [string, string, string][] = [
  ['In an emergency call', '999', ''],
  ['Urgent mental health help: call', '111', ', option 2'],
  ['Samaritans', '116 123', ''],
];
