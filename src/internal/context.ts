import { createContext } from '@lit/context';

/**
 * What a <signpost-provider> shares with every Signpost element inside it: settings only. Each element
 * loads the feed they name through the loader, which makes one request per endpoint for the page, so
 * the provider's feed and theirs are the same object without passing it down.
 */
export interface SignpostSettings {
  endpoint?: string;
  practice?: string;
  timeout?: number;
  maxBytes?: number;
  maxPages?: number;
  /** "openreferral" for an Open Referral UK / HSDS directory; absent for feed v1. */
  format?: string;
  categoryMap?: Record<string, string>;
}

// A string key, not a Symbol: elements from a second copy of the bundle still find the provider.
export const settingsContext = createContext<SignpostSettings>('signpost-settings');
