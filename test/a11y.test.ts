import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { allThree, allThreeInFrame, assertFits, getHelpAfterButton } from './support/index.js';
import { deepActive } from './support/dom.js';
import { itWhere } from './support/engine.js';

/** What a sighted keyboard user can see: the NHS focus style (yellow fill) or an outline. */
function focusVisible(el: Element): boolean {
  const style = getComputedStyle(el);
  return el.matches(':focus-visible') && (style.backgroundColor === 'rgb(255, 235, 59)' || (style.outlineStyle !== 'none' && style.outlineWidth !== '0px'));
}

const describeFocus = (el: Element | null) =>
  !el
    ? 'nothing'
    : `${el.localName}${el.getAttribute('href') ? `[href=${el.getAttribute('href')}]` : ''} "${(el.textContent || el.getAttribute('aria-label') || (el as HTMLInputElement).labels?.[0]?.textContent || '').trim().slice(0, 40)}"`;

/** Elements that received focus and showed no focus style while they had it. */
const invisible: Element[] = [];

/** Presses Tab (or Shift+Tab) until `done` says stop, returning what received focus along the way. */
async function tabUntil(done: (el: Element | null) => boolean, modifier?: 'Shift', max = 80): Promise<Element[]> {
  const seen: Element[] = [];
  for (let i = 0; i < max; i++) {
    if (modifier) await sendKeys({ down: modifier });
    await sendKeys({ press: 'Tab' });
    if (modifier) await sendKeys({ up: modifier });
    const el = deepActive();
    if (el) seen.push(el);
    if (el && el.getRootNode() !== document && !focusVisible(el)) invisible.push(el);
    if (done(el)) return seen;
  }
  throw new Error(`gave up after ${max} tabs: ${seen.map(describeFocus).join(' > ')}`);
}

describe('keyboard journeys', () => {
  before(() => setViewport({ width: 1000, height: 800 }));
  beforeEach(() => (invisible.length = 0));
  afterEach(function () {
    // Every stop inside our shadow roots showed the focus style while it had focus.
    if (this.currentTest?.state === 'passed') expect(invisible.map(describeFocus), 'focus not visible').to.deep.equal([]);
  });

  // safety: H8
  it('finder: from the page into search, through filters, to a result\'s self-referral and phone links, "Show more", and out again', async () => {
    const page = await fixture(html`<div>
      <button id="before">Before</button>
      <signpost-service-finder endpoint="/test/fixtures/feed.json" page-size="1"></signpost-service-finder>
      <button id="after">After</button>
    </div>`);
    const finder = page.querySelector('signpost-service-finder')!;
    await waitUntil(() => finder.shadowRoot!.querySelector('article'), 'results');
    page.querySelector<HTMLButtonElement>('#before')!.focus();

    const [search] = await tabUntil((el) => el?.localName === 'input');
    expect(search!.getAttribute('type')).to.equal('search');
    expect(focusVisible(search!), 'search box focus visible').to.equal(true);
    await sendKeys({ type: 'young' });
    await waitUntil(() => !finder.shadowRoot!.textContent!.includes('Test Talking Therapies'), 'typing filters');
    for (let i = 0; i < 5; i++) await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: 'test' });
    await waitUntil(() => finder.shadowRoot!.textContent!.includes('Test Talking Therapies'), 'typing again');

    const journey = await tabUntil((el) => el?.id === 'after');
    const names = journey.map(describeFocus);
    const index = (test: (el: Element) => boolean, what: string) => {
      const i = journey.findIndex(test);
      expect(i, `${what} in ${names.join(' > ')}`).to.be.at.least(0);
      return i;
    };
    const checkbox = index((el) => (el as HTMLInputElement).type === 'checkbox', 'a filter checkbox');
    const refer = index((el) => el.textContent?.trim() === 'Refer yourself (talk.example.org)', 'the Refer yourself link');
    const phone = index((el) => el.getAttribute('href') === 'tel:01134960000', 'the phone link');
    const more = index((el) => el.textContent?.trim() === 'Show more', 'Show more');
    expect(checkbox).to.be.below(refer);
    expect(refer).to.be.below(phone);
    expect(phone).to.be.below(more);

    // Back out with Shift+Tab, through the whole finder to the button before it: no trap either way.
    const back: Element[] = [];
    for (let i = 0; i < 80 && deepActive()?.id !== 'before'; i++) {
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      back.push(deepActive()!);
    }
    expect(deepActive()?.id, back.map(describeFocus).join(' < ')).to.equal('before');
  });

  it('finder: Enter on "Show more" puts focus on the first new result', async () => {
    const finder = await fixture(html`<signpost-service-finder endpoint="/test/fixtures/feed.json" page-size="1"></signpost-service-finder>`);
    await waitUntil(() => finder.shadowRoot!.querySelector('[part="more"]'), 'Show more');
    finder.shadowRoot!.querySelector<HTMLButtonElement>('[part="more"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActive()?.localName === 'h3', 'focus on the new heading');
    expect(deepActive()!.textContent).to.equal(finder.shadowRoot!.querySelectorAll('h3')[1]!.textContent);
  });

  // safety: H3, H8
  it('get-help: 999 comes first in tab order, then the urgency question, which works from the keyboard, then 111', async () => {
    const { page, help } = await getHelpAfterButton();
    page.querySelector<HTMLButtonElement>('#before')!.focus();
    const [first] = await tabUntil(() => true);
    expect(first!.getAttribute('href'), 'the first stop is 999').to.equal('tel:999');
    expect(focusVisible(first!)).to.equal(true);
    const toQuestion = await tabUntil((el) => el?.localName === 'button');
    expect(toQuestion, 'nothing between 999 and the question').to.have.length(1);
    const answer = deepActive() as HTMLButtonElement;
    expect(answer.textContent!.trim()).to.equal('Right now');
    await sendKeys({ press: 'Enter' });
    expect(answer.getAttribute('aria-pressed')).to.equal('true');
    // The expanded tier's first action receives focus: for "Right now", 999.
    await waitUntil(() => deepActive()?.getAttribute('href') === 'tel:999', 'focus moved to 999');
    expect(focusVisible(deepActive()!), '999 focus visible').to.equal(true);
    const toWeek = await tabUntil((el) => el?.textContent?.trim() === 'This week');
    expect(
      toWeek.every((el) => el.localName === 'button'),
      toWeek.map(describeFocus).join(' > '),
    ).to.equal(true);
    const week = deepActive()!;
    await sendKeys({ press: 'Enter' });
    // Nothing local this week in the fixture: focus stays on the answer, and the status says so.
    await waitUntil(() => help.shadowRoot!.querySelector('[role="status"]')!.textContent!.includes('No local services'), 'status');
    expect(deepActive(), 'focus stays on "This week"').to.equal(week);
    await tabUntil((el) => el?.textContent?.trim() === "I'd like support");
    await sendKeys({ press: 'Enter' });
    const routine = help.shadowRoot!.querySelector('#routine a')!;
    await waitUntil(() => deepActive() === routine, 'focus moved to the first local action');
    expect(focusVisible(routine), 'focus visible').to.equal(true);
    expect(help.shadowRoot!.querySelector('a[href="tel:999"]')!.getBoundingClientRect().height, '999 still shown').to.be.above(0);
    // Back up the page with Shift+Tab: the emergency tier is always reachable.
    const back = await tabUntil((el) => el?.getAttribute('href') === 'tel:999', 'Shift');
    expect(back.length, back.map(describeFocus).join(' > ')).to.be.above(0);
  });
});

describe('layout and media', () => {
  afterEach(async () => {
    await setViewport({ width: 1000, height: 800 });
    document.documentElement.style.fontSize = '';
  });

  // safety: H8
  itWhere('viewport-320', 'reflows to 320px with no sideways scrolling and nothing clipped', async () => {
    await setViewport({ width: 320, height: 640 });
    assertFits(await allThree());
  });

  // In every engine, WebKitGTK included (its window cannot be that narrow): the page embedded in a 320px frame.
  // safety: H8
  it('reflows to 320px inside a 320px frame, as embedded with the CDN bundle', async () => {
    const hosts = await allThreeInFrame(320);
    assertFits(hosts);
    hosts[0]!.ownerDocument.defaultView!.frameElement!.remove();
  });

  // safety: H8
  itWhere('viewport-320', 'still fits at 320px with the root font size doubled, and the text grew', async () => {
    await setViewport({ width: 320, height: 640 });
    const hosts = await allThree();
    const before = parseFloat(getComputedStyle(hosts[2]!.shadowRoot!.querySelector('h3')!).fontSize);
    document.documentElement.style.fontSize = '200%';
    await new Promise((r) => requestAnimationFrame(r));
    const after = parseFloat(getComputedStyle(hosts[2]!.shadowRoot!.querySelector('h3')!).fontSize);
    expect(after).to.be.closeTo(before * 2, 1);
    assertFits(hosts);
  });

  // safety: H8
  it('makes every interactive target at least 24 by 24 px', async () => {
    for (const host of await allThree()) {
      for (const el of host.shadowRoot!.querySelectorAll('a, button, input, select, summary')) {
        const r = el.getBoundingClientRect();
        if (!r.width && !r.height) continue; // not rendered (collapsed tier)
        // Inline links in running text are exempt in WCAG 2.5.8; ours are all standalone, so none is excused.
        expect(r.width, `${host.localName} ${describeFocus(el)} width`).to.be.at.least(24);
        expect(r.height, `${host.localName} ${describeFocus(el)} height`).to.be.at.least(24);
      }
    }
  });
});

describe('right-to-left', () => {
  it('mirrors inside dir="rtl": edges, alignment and order flip, and feed text keeps its own direction', async () => {
    const page = await fixture(html`<div dir="rtl" style="width: 600px">
      <signpost-provider endpoint="/test/fixtures/feed.json">
        <signpost-get-help pathway="adult"></signpost-get-help>
        <signpost-waiting-time service="talking-therapies"></signpost-waiting-time>
        <signpost-service-finder></signpost-service-finder>
      </signpost-provider>
    </div>`);
    const [help, wait, finder] = ['signpost-get-help', 'signpost-waiting-time', 'signpost-service-finder'].map((t) => page.querySelector(t)!);
    await waitUntil(() => finder!.shadowRoot!.querySelector('article') && /About/.test(wait!.shadowRoot!.textContent!), 'data');
    await waitUntil(() => help!.shadowRoot!.querySelector('#urgent'), 'get-help');

    // The badge's accent edge and get-help's urgent edge are on the inline start: the right.
    const badge = getComputedStyle(wait!.shadowRoot!.querySelector('[part~="base"]')!);
    expect(parseFloat(badge.borderRightWidth)).to.be.above(parseFloat(badge.borderLeftWidth));
    const urgent = getComputedStyle(help!.shadowRoot!.querySelector('#urgent')!);
    expect(parseFloat(urgent.borderRightWidth)).to.be.above(parseFloat(urgent.borderLeftWidth));

    // Text starts at the right, and the first urgency button sits right of the second.
    const heading = finder!.shadowRoot!.querySelector('h3')!;
    expect(getComputedStyle(finder!.shadowRoot!.querySelector('article')!).direction).to.equal('rtl');
    const [first, second] = help!.shadowRoot!.querySelectorAll('[part="question"] button');
    expect(first!.getBoundingClientRect().left).to.be.above(second!.getBoundingClientRect().left);

    // Feed text is isolated: an English name keeps its own left-to-right direction inside the mirrored card.
    expect(heading.getAttribute('dir')).to.equal('auto');
    expect(getComputedStyle(heading).direction).to.equal('ltr');
  });
});
