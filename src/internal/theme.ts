import { css } from 'lit';

/**
 * Public tokens (--signpost-*) feed private ones (--_*), with NHS defaults here because the host
 * may load no theme at all. Every element includes this first. README "Theme tokens" lists them.
 * Rules for controls are in `controls` (controls.ts, a module of its own) or in the one element that
 * has them (the finder's text boxes), so an element without them carries none.
 */
export const tokens = css`
  :host {
    --_primary: var(--signpost-color-primary, #005eb8);
    --_text: var(--signpost-color-text, #212b32);
    --_secondary: var(--signpost-color-text-secondary, #4c6272);
    --_background: var(--signpost-color-background, #ffffff);
    --_surface: var(--signpost-color-surface, #f0f4f5);
    --_border: var(--signpost-color-border, #d8dde0);
    --_focus: var(--signpost-color-focus, #ffeb3b);
    --_emergency: var(--signpost-color-emergency, #d5281b);
    --_urgent: var(--signpost-color-urgent, #d5281b);
    --_success: var(--signpost-color-success, #007f3b);
    --_warning: var(--signpost-color-warning, #ffb81c);
    --_radius: var(--signpost-radius, 4px);
    --_space: var(--signpost-space, 1rem);

    display: block;
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--signpost-font-family, Frutiger, Arial, sans-serif);
    font-size: var(--signpost-font-size, 1rem);
    line-height: 1.5;
    overflow-wrap: anywhere;
    text-align: start;
  }
  :host([hidden]) {
    display: none;
  }
  /* No element draws ::before or ::after content, so the universal selector covers everything. */
  * {
    box-sizing: inherit;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      animation: none !important;
      transition: none !important;
    }
  }
`;
