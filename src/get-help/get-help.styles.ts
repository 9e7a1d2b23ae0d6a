import { css } from 'lit';

export const styles = css`
  [part='base'] {
    background: var(--_background);
  }
  h2,
  h3,
  h4 {
    margin: 0 0 0.5em;
    line-height: 1.25;
  }
  h3 {
    font-size: 1.25em;
  }
  p {
    margin: 0 0 0.5em;
  }
  section,
  [part='question'] {
    margin-block-end: var(--_space);
  }
  /* NHS care cards: urgent in red, non-urgent in blue, each a thick edge. */
  section {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-inline-start: .5em solid var(--_primary);
    border-radius: var(--_radius);
  }
  .step + .step {
    margin-block-start: var(--_space);
  }
  /* An NHS emergency care card: white on red passes AA (about 5:1). */
  [part='emergency'] {
    background: var(--_emergency);
    border-color: var(--_emergency);
    color: #fff;
  }
  #urgent {
    border-inline-start-color: var(--_urgent);
  }
  /* "Call 999" is a large button: white on the red, the easiest thing on the card to hit. */
  [part='emergency'] a {
    min-block-size: 3.5rem;
    padding: 0 1.5em;
    border-radius: var(--_radius);
    background: #fff;
    color: var(--_emergency);
    font-size: 1.25em;
    font-weight: bold;
    text-decoration: none;
  }
  /* 44px tall targets for every number, link and button, touch included. */
  a,
  button {
    display: inline-flex;
    align-items: center;
    min-block-size: 2.75rem;
    margin-inline-end: 0.75em;
  }
  a {
    text-underline-offset: .15em;
  }
  li > b {
    display: block;
  }
  small,
  [part='reviewed'] {
    font-size: 0.875em;
  }
  /* "Free, 24 hours" and "then choose option 2" move to a line of their own rather than break inside. */
  small {
    display: inline-block;
  }
  li {
    margin-block-end: .5em;
  }
  [part='reviewed'],
  .note {
    color: var(--_secondary);
  }
  button {
    margin-block-end: .5em;
    padding: 0.25em 0.75em;
  }
  /* Pressed is a filled button, not just another colour; screen readers hear aria-pressed. */
  button[aria-pressed='true']:not(:focus-visible) {
    background: var(--_primary);
    color: #fff;
    font-weight: bold;
  }
  /* Forced colours drop the fill: the system's highlight pair marks the pressed answer instead. */
  @media (forced-colors: active) {
    button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
  [part='strip'] {
    margin: 0;
  }
  [part='strip'] a {
    margin-inline-end: 0;
    font-weight: bold;
  }
`;
