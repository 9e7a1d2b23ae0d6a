/**
 * The one place that turns feed text into an href. Anything it refuses renders as plain text.
 * Allowed: https: (http: only for plain website links), tel:, sms:, mailto:. Every regular expression
 * here is linear: no two parts of a pattern can match the same characters.
 */

/** A phone or SMS number reduced to what dialers accept: digits with an optional leading +. */
export function normalisePhone(value: string): string | undefined {
  // "+44 (0)113 496 0000" dials as +441134960000, but in "(0)113 496 0000" the 0 is the trunk zero and stays.
  const compact = value
    .trim()
    .replace(/^(\+\d+)\s*\(0\)/, '$1')
    .replace(/[\s().-]/g, '');
  return /^\+?\d{3,15}$/.test(compact) ? compact : undefined;
}

export function telHref(value: string | undefined): `tel:${string}` | undefined {
  const number = value && normalisePhone(value);
  return number ? `tel:${number}` : undefined;
}

/** An sms: link, with a message body when the service asks for a keyword (e.g. "SHOUT"). */
export function smsHref(value: string | undefined, body?: string): `sms:${string}` | undefined {
  const number = value && normalisePhone(value);
  return number ? `sms:${number}${body ? `?&body=${encodeURIComponent(body)}` : ''}` : undefined;
}

/** One plain address: no second recipient (, ;), no encoded separator (%), no headers (?), no display name. */
export function mailHref(value: string | undefined): `mailto:${string}` | undefined {
  const address = value?.trim();
  return address && /^[\w.!#$&'*+=^`{|}~-]+@[a-z\d-]+(\.[a-z\d-]+)+$/i.test(address) ? `mailto:${address}` : undefined;
}

/**
 * A web link from the feed, or undefined. Relative URLs are refused: they would resolve against
 * whichever site embeds us. So are links whose text could hide where they go: a user name or
 * password before the host (https://nhs.uk@evil.example/) and numeric hosts. `http` allows plain
 * http: for ordinary website links only.
 */
export function webHref(value: string | undefined): `https://${string}` | undefined;
export function webHref(value: string | undefined, http: boolean): `https://${string}` | `http://${string}` | undefined;
export function webHref(value: string | undefined, http = false): `https://${string}` | `http://${string}` | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return undefined;
  }
  const web = url.protocol === 'https:' || (http && url.protocol === 'http:');
  // The parser has already turned 0x7f.1 and 2130706433 into 127.0.0.1; IPv6 hosts come in brackets.
  // The protocol was checked above; the type says so.
  return web && !url.username && !url.password && !/^[\d.]+$|^\[/.test(url.hostname) ? (url.href as `https://${string}`) : undefined;
}

/** Where a web link lands, as people should read it: the host as the browser resolved it (punycode for look-alikes), without "www.". */
export const landing = (href: string): string => new URL(href).hostname.replace(/^www\./, '');
