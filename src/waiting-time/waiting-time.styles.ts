import { css } from 'lit';
import { tokens } from '../internal/theme.js';

/*
 * The badge sits inline in a sentence or a card; the detail variant is a block panel.
 * The thick leading edge is green within target, amber over it, and the border colour when stale
 * or not available. Meaning never rides on colour alone: an icon and words say the same.
 * `.sr` is visually hidden text for screen readers. `.loading` holds the space the loaded badge
 * or panel will take, so nothing below it jumps.
 * Written one rule a line to keep the source short; the build minifies it either way.
 */
export const styles = [
  tokens,
  css`
:host{display:inline-block;max-inline-size:100%}
:host([variant=detail]){display:block}
[part=base]{display:inline-block;padding:.125em .5em;border:1px solid var(--_border);border-inline-start-width:4px;border-radius:var(--_radius);background:var(--_surface)}
.within{border-inline-start-color:var(--_success)}
.over{border-inline-start-color:var(--_warning)}
.stale,.na{color:var(--_secondary)}
.detail{display:block;padding:calc(var(--_space)/2) calc(var(--_space)*.75)}
p{margin:0}
p+p{margin-block-start:.25em}
.detail [part=wait]{font-size:1.25em;font-weight:700}
svg{inline-size:1em;block-size:1em;margin-inline-end:.25em;vertical-align:-.125em;fill:none;stroke:currentColor;stroke-width:2;stroke-linecap:round}
.within [part=target] svg{color:var(--_success)}
.sr{position:absolute;inline-size:1px;block-size:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.loading{min-inline-size:14em;min-block-size:1.75em;vertical-align:middle}
.loading.detail{min-block-size:8em}
`,
];
