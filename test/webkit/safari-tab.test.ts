import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { getHelpAfterButton } from '../support/index.js';
import { deepActive } from '../support/dom.js';

/**
 * Runs only in WebKit launched as Safari is by default: Tab moves between form controls and skips
 * links unless "Press Tab to highlight each item" is on (MiniBrowser --enable-tabs-to-links=false).
 */
const stop = (el: Element | null) => (el ? el.getAttribute('href') || el.id || el.textContent!.trim() : 'nothing');

/** The stops Tab visits from `start` until `last` has focus (or 30 presses). */
async function tab(start: HTMLElement, last: string): Promise<string[]> {
  start.focus();
  const seen: string[] = [];
  for (let i = 0; i < 30 && seen.at(-1) !== last; i++) {
    await sendKeys({ press: 'Tab' });
    seen.push(stop(deepActive()));
  }
  return seen;
}

describe("Safari's default Tab (links skipped)", () => {
  // safety: H8
  it('is in effect: Tab skips a page link between two buttons', async () => {
    const page = await fixture(html`<div><button id="a">A</button><a href="#x">link</a><button id="b">B</button></div>`);
    expect(await tab(page.querySelector('#a')!, 'b')).to.deep.equal(['b']);
  });

  // safety: H8
  it('still reaches 999 first from the button before get-help, then the question and every crisis number', async () => {
    const { page } = await getHelpAfterButton();
    const stops = await tab(page.querySelector('#before')!, 'tel:116123');
    expect(stops[0], 'the first stop is 999').to.equal('tel:999');
    expect(stops).to.include.members(['Right now', 'tel:111', 'tel:116123']);
  });

  // safety: H8
  it('reaches 999 in the one-line strip', async () => {
    const page = await fixture(html`<div><button id="before">Before</button><signpost-get-help variant="strip"></signpost-get-help></div>`);
    expect((await tab(page.querySelector('#before')!, 'tel:999'))[0]).to.equal('tel:999');
  });
});
