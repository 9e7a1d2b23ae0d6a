import { css } from 'lit';

export const styles = css`
  h2 {
    margin: 0 0 0.5em;
    line-height: 1.25;
  }
  form {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  form > * {
    flex: 1 1 16em;
    min-width: 0;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend,
  .field > label {
    display: block;
    padding: 0;
    margin-block-end: 0.25em;
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
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-height: 44px;
    margin-inline-end: 1em;
  }
  [type='checkbox'] {
    flex: none;
    /* Controls do not inherit the font size, and the 24px minimum target is 1.5em of ours. */
    font: inherit;
    width: 1.5em;
    height: 1.5em;
    margin: 0;
    accent-color: var(--_primary);
  }
  button,
  .refer {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    padding: 0.5em 1em;
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_primary);
    font: inherit;
    font-weight: bold;
    cursor: pointer;
  }
  .refer {
    border-color: var(--_success);
    background: var(--_success);
    color: #fff;
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
    margin: 0.25em 0 0;
  }
  [role='status'] {
    margin: var(--_space) 0 0.5em;
    font-weight: bold;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
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
    -webkit-line-clamp: 1;
    -webkit-box-orient: vertical;
    overflow: hidden;
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
