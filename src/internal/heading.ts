import { nothing } from 'lit';

/**
 * The `aria-level` of a heading `depth` below an element's own (0: its own heading), from its
 * `heading-level` attribute (2 to 6), so the element fits the host page's outline. Nothing without
 * the attribute: h2, h3 and h4 say their levels themselves. Levels past 6 stay at 6.
 */
export const level = (headingLevel: number | undefined, depth: number): number | typeof nothing => {
  const own = Math.round(headingLevel!);
  return own >= 2 && own <= 6 ? Math.min(own + depth, 6) : nothing;
};
