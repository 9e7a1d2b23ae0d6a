import { html, nothing } from 'lit';
import { REFERRER } from '../feed/loader.js';

/**
 * The one way an element renders a contact route: a link that reports its click, or, when the URL
 * helper refused the value, the text alone. Feed text, so its direction is its own (dir="auto").
 * One span inside: the link is a flex box (for its 44px height), which would drop the spaces
 * between its children. It sends no path as its referrer. tabindex="0": Safari's Tab skips links
 * unless "Press Tab to highlight each item" is on, and 999 must be reachable.
 */
export const actionLink = <H extends string>(href: H | undefined, text: unknown, report: (href: H) => void, cls?: string) =>
  href
    ? html`<a class=${cls ?? nothing} href=${href} dir="auto" referrerpolicy=${REFERRER} tabindex="0" @click=${() => report(href)}><span>${text}</span></a>`
    : html`<bdi>${text}</bdi>`;
