/**
 * The one place that turns feed text into an href. Anything it refuses renders as plain text.
 * Allowed: https: (http: only for plain website links), tel:, sms:, mailto:.
 */

/** A phone or SMS number reduced to what dialers accept: digits with an optional leading +. */
export function normalisePhone(value: string): string | undefined {
  // "+44 (0)113 496 0000" is written for people; the dialler needs +441134960000.
  const compact = value.replace(/\(0\)|[\s().-]/g, '');
  return /^\+?\d{3,15}$/.test(compact) ? compact : undefined;
}

export function telHref(value: string | undefined): string | undefined {
  const number = value && normalisePhone(value);
  return number ? `tel:${number}` : undefined;
}

/** An sms: link, with a message body when the service asks for a keyword (e.g. "SHOUT"). */
export function smsHref(value: string | undefined, body?: string): string | undefined {
  const number = value && normalisePhone(value);
  return number ? `sms:${number}${body ? `?&body=${encodeURIComponent(body)}` : ''}` : undefined;
}

export function mailHref(value: string | undefined): string | undefined {
  return value && /^[^\s@:/?#]+@[^\s@:/?#]+\.[^\s@:/?#]+$/.test(value.trim()) ? `mailto:${value.trim()}` : undefined;
}

/**
 * A web link from the feed, or undefined. Relative URLs are refused: they would resolve against
 * whichever site embeds us. `http` allows plain http: for ordinary website links only.
 */
export function webHref(value: string | undefined, http = false): string | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return undefined;
  }
  return url.protocol === 'https:' || (http && url.protocol === 'http:') ? url.href : undefined;
}
