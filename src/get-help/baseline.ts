import type { Action, Step } from '../feed/schema.js';
import { msg } from '../i18n/localize.js';

/**
 * The built-in crisis routes: bundled, shown before and without any feed, never removed by one.
 * Clinical review checks, in this one file: each number dials the service named beside it; the 111
 * mental health option is still option 2; the hours and "any age" claims; the Shout keyword; the
 * 111 online address; the wording of the emergency advice, and of its translations (xliff/). Then set
 * `reviewed` to the day you checked.
 */
export const reviewed = '2026-11-27';
/** The longest a review stands, in days (26 weeks). The suite fails once `reviewed` is older (test/node/clinical-safety.test.mjs). */
export const reviewIntervalDays = 182;

/** A call, text or link (a feed `service` action becomes its service), plus the message an SMS route needs (Shout's keyword). */
export type Route = Omit<Action, 'kind'> & { kind: 'call' | 'text' | 'link'; body?: string };

export type BaselineStep = Omit<Step, 'actions'> & { actions: Route[] };

/** In the order shown, in the language being rendered; feed steps of the same urgency follow these. */
export const baseline = (): BaselineStep[] => [
  {
    urgency: 'emergency',
    title: msg("If someone's life is at risk or they have seriously hurt themselves"),
    body: msg('Call 999 or go to A&E now.'),
    actions: [{ kind: 'call', label: msg('Call'), value: '999' }],
  },
  {
    urgency: 'urgent',
    title: msg('NHS 111, choose the mental health option (option 2)'),
    body: msg('24 hours, any age. You can call for someone else.'),
    actions: [
      { kind: 'call', label: msg('Call'), value: '111', hours: msg('then choose option 2') },
      { kind: 'link', label: msg('Use 111 online'), value: 'https://111.nhs.uk/' },
    ],
  },
  {
    urgency: 'urgent',
    title: msg('Someone to talk to'),
    actions: [
      { kind: 'call', label: msg('Call Samaritans on'), value: '116 123', hours: msg('Free, 24 hours') },
      // The keyword stays SHOUT in every language: it is what the service expects.
      { kind: 'text', label: msg('Text SHOUT to'), value: '85258', hours: msg('24 hours'), body: 'SHOUT' },
    ],
  },
];

/** The one-line strip: words before the number, the number (a tel: link), words after it. */
export const strip = (): [string, string, string][] => [
  [msg('In an emergency call'), '999', ''],
  [msg('Urgent mental health help: call'), '111', msg(', option 2')],
  [msg('Samaritans'), '116 123', ''],
];
