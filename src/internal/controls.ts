import { css } from 'lit';

/**
 * Links, buttons and lists, for the elements that have them (the waiting-time badge has none): after
 * `tokens`. Each element sets its buttons' size and spacing.
 */
export const controls = css`
  a {
    color: var(--_primary);
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  button {
    display: inline-flex;
    align-items: center;
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_primary);
    font: inherit;
    cursor: pointer;
  }
  /* NHS focus: yellow fill with a dark underline; the transparent outline shows in forced colours. */
  :is(a, button):focus-visible {
    outline: 4px solid transparent;
    background-color: var(--_focus);
    color: #212b32;
    box-shadow: 0 -2px var(--_focus), 0 4px #212b32;
    text-decoration: none;
  }
`;
