import { createContext } from '@lit/context';
import type { Feed } from '../feed/schema.js';

/** What a <signpost-provider> shares with every Signpost element inside it. */
export interface SignpostSettings {
  endpoint?: string;
  practice?: string;
  /** The provider's feed once loaded (the loader shares one request per endpoint either way). */
  feed?: Feed;
  timeout?: number;
  maxBytes?: number;
  maxPages?: number;
  /** "openreferral" for an Open Referral UK / HSDS directory; absent for feed v1. */
  format?: string;
  categoryMap?: Record<string, string>;
}

// A string key, not a Symbol: elements from a second copy of the bundle still find the provider.
export const settingsContext = createContext<SignpostSettings>('signpost-settings');

/**
 * The feed address for a practice: `{practice}` in an endpoint (one static file per practice, from
 * `signpost-feed publish`) becomes its ODS code, as `practiceCode` gives it (trimmed, upper case).
 * Undefined when it needs a practice and has none.
 */
export const forPractice = (endpoint: string | undefined, code: string | undefined): string | undefined =>
  endpoint?.includes('{practice}') ? code && endpoint.replace('{practice}', encodeURIComponent(code)) : endpoint || undefined;
