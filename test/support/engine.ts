import { notInWebKit } from './not-in-webkit.mjs';

/** WebKit (Safari's engine): its user agent names AppleWebKit and no Chrome. */
const isWebKit = /AppleWebKit/.test(navigator.userAgent) && !/Chrome|Chromium/.test(navigator.userAgent);

/** Whether this engine can run tests needing `capability` (test/support/not-in-webkit.mjs says why not). */
const supported = (capability: keyof typeof notInWebKit) => !(isWebKit && capability in notInWebKit);

/**
 * `describe`, declared only where the engine can run it: in WebKit a listed capability's tests are
 * not declared at all (never a skip), and the summary names them from the list.
 */
export function describeWhere(capability: keyof typeof notInWebKit, title: string, body: () => void) {
  if (supported(capability)) describe(title, body);
}

/** `it`, declared only where the engine can run it (see describeWhere). */
export function itWhere(capability: keyof typeof notInWebKit, title: string, body: () => Promise<void> | void) {
  if (supported(capability)) it(title, body);
}
