// Types for demo/snippet.js, which the browser tests import.
export interface Release {
  name: string;
  version: string;
  integrity: Record<string, string>;
}
export interface EmbeddedElement {
  tag: string;
  attributes?: [string, string][];
}
export const FALLBACK: string;
export function cdnUrl(release: Release, file: string): string;
export function scriptLine(release: Release, file: string, src?: string): string;
export function elementCode(element: EmbeddedElement): string;
export function scriptFor(elements: EmbeddedElement[]): string;
export function snippet(release: Release, elements: EmbeddedElement[], options?: { css?: string; src?: string }): string;
