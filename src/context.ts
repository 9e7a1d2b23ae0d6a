import { createContext } from '@lit/context';
import type { Feed } from './feed/schema.js';

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
