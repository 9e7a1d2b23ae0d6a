import { css } from 'lit';

export const styles = css`
  /* Laid out by the room the element has, not the screen: a finder in a narrow column is a phone layout. */
  :host {
    container-type: inline-size;
  }
  h2 {
    margin: 0 0 0.5em;
    line-height: 1.25;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    column-gap: var(--_space);
  }
  .bar > * {
    flex: 1 1 16em;
    min-width: 0;
  }
  /* A line kept for a postcode message, so a one-line one moves nothing under it. */
  .msg {
    min-height: 1.5em;
    line-height: 1.5;
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em var(--_space);
  }
  #filters {
    display: grid;
    gap: var(--_space);
    margin-block: var(--_space);
  }
  #filters[hidden] {
    display: none;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  /* Wide: the filters always show, their checkboxes in even columns, and need no disclosure. */
  @container (min-width: 40em) {
    .toggle {
      display: none;
    }
    #filters[hidden] {
      display: grid;
    }
    fieldset {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(15em, 1fr));
      column-gap: var(--_space);
    }
    legend {
      float: left;
      grid-column: 1 / -1;
    }
  }
  legend,
  .field > label {
    display: block;
    padding: 0;
    margin-block-end: .25em;
    font-weight: bold;
  }
  input:not([type='checkbox']) {
    width: 100%;
    min-height: 44px;
    padding: 0.25em 0.5em;
    border: 2px solid var(--_text);
    border-radius: 0;
    background: var(--_background);
    color: var(--_text);
    font: inherit;
  }
  /* NHS focus for text boxes: a thick yellow outline around a dark inner border. */
  input:focus-visible {
    background-color: var(--_background);
    color: var(--_text);
    box-shadow: inset 0 0 0 2px #212b32;
    outline: 3px solid var(--_focus);
  }
  #age {
    max-width: 6em;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .row input {
    flex: 1 1 8em;
    width: auto;
    /* A flex item is otherwise as wide as its default size, which overflows at 320px with large text. */
    min-width: 0;
  }
  .check {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-height: 48px;
  }
  /* The NHS size: 40px boxes, easy to hit with a thumb. */
  [type='checkbox'] {
    flex: none;
    width: 40px;
    height: 40px;
    margin: 0;
    accent-color: var(--_primary);
  }
  button,
  .refer {
    min-height: 44px;
    padding: 0.5em 1em;
    font-weight: bold;
  }
  /* "Refer yourself" is a link drawn as a filled button. */
  .refer {
    display: inline-flex;
    align-items: center;
    border: 2px solid var(--_success);
    border-radius: var(--_radius);
    background: var(--_success);
    color: #fff;
    cursor: pointer;
    text-decoration: none;
  }
  .error {
    color: var(--_emergency);
    font-weight: bold;
  }
  .hint,
  .org {
    color: var(--_secondary);
  }
  .error,
  .hint {
    margin: 0;
  }
  [role='status'] {
    margin: 0.5em 0;
    font-weight: bold;
  }
  .list {
    display: grid;
    gap: var(--_space);
    margin-block-end: var(--_space);
  }
  article,
  .skeleton {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
  }
  .skeleton {
    height: 9em;
    background: var(--_surface);
  }
  h3 {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
  }
  article p {
    margin: 0.25em 0;
  }
  article a:not(.refer) {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    min-width: 44px;
  }
  .clip {
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }
  .more[hidden] {
    display: none;
  }
  .more {
    padding: 0 0.25em;
    border: 0;
    background: none;
    font-weight: normal;
    text-decoration: underline;
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    margin: 0.5em 0;
  }
  .tags li {
    padding: 0 0.5em;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .open {
    color: var(--_success);
    font-weight: bold;
  }
`;
