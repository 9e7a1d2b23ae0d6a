import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './get-help.js';
import '../provider/provider.js';
import type { SignpostGetHelp } from './get-help.js';
import type { ActionDetail } from '../internal/events.js';
import { hits, uniqueKey, withElementIssues } from '../../test/support/index.js';
import { named } from '../../test/support/fixtures.js';
import { root, text, visible as shown } from '../../test/support/dom.js';
import { runFeedElementSuite } from '../../test/support/feed-element-suite.js';

const key = () => uniqueKey('get-help');
const hrefs = (el: Element) => [...root(el).querySelectorAll('a')].map((a) => a.getAttribute('href'));
const part = (el: Element, name: string) => root(el).querySelector(`[part~='${name}']`);
const tier = (el: Element, urgency: string) => root(el).getElementById(urgency)!;
const NOTE = 'Local services could not be loaded. The numbers above always work.';

/** The built-in routes, each visible, with its number showing and its href, in the fixed order. */
function expectBaseline(el: SignpostGetHelp) {
  const emergency = part(el, 'emergency')!;
  expect(shown(emergency)).to.equal(true);
  expect(text(emergency)).to.contain("If someone's life is at risk or they have seriously hurt themselves");
  expect(text(emergency)).to.contain('Call 999 or go to A&E');
  expect(emergency.querySelector('a')!.getAttribute('href')).to.equal('tel:999');
  const routes: [string, string][] = [
    ['tel:999', '999'],
    ['tel:111', '111'],
    ['https://111.nhs.uk/', '111 online'],
    ['tel:116123', '116 123'],
    ['sms:85258?&body=SHOUT', '85258'],
  ];
  const links = [...root(el).querySelectorAll('a')];
  const at = routes.map(([href, number]) => {
    const link = links.find((a) => a.getAttribute('href') === href)!;
    expect(link, href).to.exist;
    expect(shown(link), `${href} visible`).to.equal(true);
    expect(text(link)).to.contain(number);
    return links.indexOf(link);
  });
  expect(at).to.deep.equal([...at].sort((a, b) => a - b));
  expect(text(part(el, 'reviewed'))).to.equal('Crisis numbers checked 27 November 2026');
}

describe('<signpost-get-help>', () => {
  // safety: H1, H2
  it('renders the built-in routes on its first update, with no endpoint and no slot', async () => {
    const el = document.createElement('signpost-get-help');
    document.body.append(el);
    try {
      await el.updateComplete;
      expectBaseline(el);
      expect(text(root(el).querySelector('h2'))).to.equal('Get help now');
      expect(el.getAttribute('variant')).to.equal('card');
      expect(root(el).querySelector('slot')).to.equal(null);
      expect(root(el).querySelector('.note')).to.equal(null);
      // Nothing to narrow without local services, so no question.
      expect(part(el, 'question')).to.equal(null);
      await expect(el).to.be.accessible();
    } finally {
      el.remove();
    }
  });

  // safety: H2
  it('hides the fallback markup once upgraded', async () => {
    const el = await fixture<SignpostGetHelp>(
      html`<signpost-get-help
        ><p>In an emergency call 999. For urgent mental health help call NHS 111 and choose option 2.</p></signpost-get-help
      >`,
    );
    expect(el.querySelector('p')!.getClientRects().length).to.equal(0);
    expectBaseline(el);
  });

  // safety: H2
  it('shows the built-in routes while the feed request hangs', async () => {
    const k = key();
    const el = document.createElement('signpost-get-help');
    el.endpoint = `/fault/hang?key=${k}`;
    let settled = false;
    el.addEventListener('signpost-loaded', () => (settled = true));
    el.addEventListener('signpost-error', () => (settled = true));
    document.body.append(el);
    try {
      await el.updateComplete;
      expectBaseline(el);
      await waitUntil(async () => (await hits(k)) === 1, 'the request reached the server', { timeout: 5000 });
      expect(settled).to.equal(false);
      expectBaseline(el);
      expect(root(el).querySelector('.note')).to.equal(null);
    } finally {
      el.remove();
    }
  });

  for (const fault of ['status/500', 'html', 'invalid-json', 'wrong-version']) {
    // safety: H2
    it(`keeps the built-in routes and adds a quiet note when the feed fails: ${fault}`, async () => {
      const el = await fixture<SignpostGetHelp>(html`<signpost-get-help endpoint="/fault/${fault}?key=${key()}"></signpost-get-help>`);
      expectBaseline(el);
      await waitUntil(() => root(el).querySelector('.note'), 'the note appears', { timeout: 5000 });
      expect(text(root(el).querySelector('.note'))).to.equal(NOTE);
      expectBaseline(el);
      await expect(el).to.be.accessible();
    });
  }

  /** Presses answer `label`: local help shows only once asked for. */
  const press = async (el: SignpostGetHelp, label: string) => {
    await waitUntil(() => part(el, 'question'), 'the question renders');
    [...part(el, 'question')!.querySelectorAll('button')].find((b) => text(b) === label)!.click();
    await el.updateComplete;
  };

  // safety: H3
  it('adds local steps and services from the feed after the built-in ones', async () => {
    const el = await fixture<SignpostGetHelp>(html`<signpost-get-help endpoint="/test/fixtures/feed.json"></signpost-get-help>`);
    await press(el, 'Today');
    await waitUntil(() => text(root(el)).includes('Local crisis line'), 'the pathway renders');
    expectBaseline(el);
    const urgent = tier(el, 'urgent');
    const links = [...urgent.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(['tel:111', 'https://111.nhs.uk/', 'tel:116123', 'sms:85258?&body=SHOUT', 'tel:01134960001']);
    expect(text(urgent)).to.contain('Call the crisis line 0113 496 0001');

    await press(el, "I'd like support");
    const routine = tier(el, 'routine');
    expect(shown(routine)).to.equal(true);
    expect(text(routine)).to.contain('Test Talking Therapies');
    const refer = [...routine.querySelectorAll('a')].find((a) => text(a) === 'Refer yourself talk.example.org')!;
    expect(refer.getAttribute('href')).to.equal('https://talk.example.org/refer');
    const phone = routine.querySelector<HTMLAnchorElement>('a[href="tel:01134960000"]')!;
    expect(text(phone)).to.equal('Call 0113 496 0000');
    const badge = routine.querySelector('signpost-waiting-time')!;
    expect(badge).to.exist;
    expect(customElements.get('signpost-waiting-time')).to.exist;
    expect((badge as HTMLElement & { data: unknown }).data).to.deep.include({ measure: 'referral-to-assessment', days: 35 });
    expect(root(el).querySelector('.note')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('adds a lone local crisis line after 111 and the national numbers, asking nothing', async () => {
    const el = await fixture<SignpostGetHelp>(html`<signpost-get-help endpoint=${named('crisis-only')} pathway="adult"></signpost-get-help>`);
    await waitUntil(() => text(root(el)).includes('Local crisis line'), 'the pathway renders');
    expectBaseline(el);
    expect([...tier(el, 'urgent').querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
      'tel:111',
      'https://111.nhs.uk/',
      'tel:116123',
      'sms:85258?&body=SHOUT',
      'tel:01134960001',
    ]);
    expect(text(tier(el, 'urgent'))).to.contain('Call the crisis line 0113 496 0001');
    expect(root(el).querySelector('signpost-waiting-time')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  // safety: H3, H4, H7
  it('cannot drop, replace or reorder the emergency routes, and refuses unsafe links', async () => {
    const endpoint = named('hostile-pathway');
    await withElementIssues(async (issues) => {
      const el = await fixture<SignpostGetHelp>(html`<signpost-get-help endpoint=${endpoint} pathway="young"></signpost-get-help>`);
      await press(el, 'Today');
      await waitUntil(() => text(root(el)).includes('Local emergency line'), 'the pathway renders');
      expectBaseline(el);
      const emergency = [...part(el, 'emergency')!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(emergency).to.deep.equal(['tel:999', 'tel:01134960999', 'tel:999']);
      expect(hrefs(el).filter((h) => h === 'tel:111')).to.have.length(1);
      expect(text(root(el))).not.to.contain('From the first pathway');

      const unsafe = [...tier(el, 'urgent').querySelectorAll('li')].find((li) => text(li) === 'Click here')!;
      expect(unsafe.querySelector('a')).to.equal(null);
      expect(hrefs(el).some((h) => /^\s*javascript:/i.test(h ?? ''))).to.equal(false);

      await press(el, "I'd like support");
      const routine = tier(el, 'routine');
      expect(text(routine)).to.contain('Test Talking Therapies');
      expect(text(routine)).to.contain('Memory clinic Ask your GP');
      expect(routine.querySelectorAll('li')).to.have.length(2);
      expect(routine.querySelector('signpost-waiting-time')).to.equal(null);
      const unknown = { record: 'pathway "young"', path: '', code: 'not-in-feed', message: 'skipped unknown service "no-such-service"' };
      expect(issues.filter((i) => i.code === 'not-in-feed')).to.deep.equal([unknown]);

      // Re-rendering (answering the question) does not warn again.
      root(el).querySelector('button')!.click();
      await el.updateComplete;
      expect(issues.filter((i) => i.code === 'not-in-feed')).to.deep.equal([unknown]);
    });
  });

  // safety: H3
  it('shows only the built-in routes, with a warning, for a pathway the feed lacks', async () => {
    const endpoint = named('hostile-pathway');
    await withElementIssues(async (issues) => {
      const el = await fixture<SignpostGetHelp>(html`<signpost-get-help endpoint=${endpoint} pathway="nope"></signpost-get-help>`);
      await waitUntil(() => issues.some((i) => i.code === 'not-in-feed' && i.record === 'pathway "nope"'), 'the issue');
      await el.updateComplete;
      expectBaseline(el);
      expect(text(root(el))).not.to.contain('From the first pathway');
      expect(root(el).querySelector('.note')).to.equal(null);
    });
  });

  // safety: H3
  it('narrows the local tiers with "How urgent is it?", keeping 999 and 111, and takes focus to the first action opened', async () => {
    const el = await fixture<SignpostGetHelp>(html`<signpost-get-help endpoint=${named('hostile-pathway')} pathway="young"></signpost-get-help>`);
    await waitUntil(() => part(el, 'question'), 'the question renders');
    const question = part(el, 'question')!;
    const buttons = [...question.querySelectorAll('button')];
    expect(buttons.map(text)).to.deep.equal(['Right now', 'Today', 'This week', "I'd like support"]);
    expect(buttons.map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['false', 'false', 'false', 'false']);
    const tiers = ['emergency', 'urgent', 'soon', 'routine', 'self-help'];
    const visible = () => tiers.filter((u) => shown(tier(el, u)));
    // Before an answer: 999 and every urgent route, local ones too; the tiers below wait for an answer.
    expect(visible()).to.deep.equal(['emergency', 'urgent']);
    expect(tier(el, 'urgent').querySelector('.local')).to.exist;
    // The expanded tier follows the question.
    for (const u of tiers.slice(1)) expect(question.compareDocumentPosition(tier(el, u)) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    for (const b of buttons) for (const id of b.getAttribute('aria-controls')!.split(' ')) expect(tier(el, id)).to.exist;

    // `focused`: the tier whose first link the answer takes focus to.
    const answer = async (i: number, expected: string[], focused: string) => {
      buttons[i]!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(visible()).to.deep.equal(expected);
      expect(buttons.map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(buttons.map((_, j) => String(j === i)));
      await waitUntil(() => root(el).activeElement?.localName === 'a', 'focus moves to a link');
      // "Right now" goes to 999; other answers to the first local help they opened.
      const first = (focused !== 'emergency' && tier(el, focused).querySelector('.local a')) || tier(el, focused).querySelector('a');
      expect(root(el).activeElement === first, `focus on the first link opened in ${focused}`).to.equal(true);
      expect(text(question.querySelector('[role=status]'))).to.contain(text(buttons[i]!));
    };
    // 999 and 111 (the emergency and urgent tiers) stay whatever the answer: only local tiers narrow.
    await answer(2, ['emergency', 'urgent', 'soon'], 'soon');
    expectBaselineVisible999(el);
    await answer(0, ['emergency', 'urgent'], 'emergency');
    await answer(1, ['emergency', 'urgent'], 'urgent');
    await answer(3, ['emergency', 'urgent', 'routine', 'self-help'], 'routine');
    await expect(el).to.be.accessible();

    // Pressing the answer again clears it: back to the emergency and urgent tiers.
    buttons[3]!.click();
    await el.updateComplete;
    expect(buttons[3]!.getAttribute('aria-pressed')).to.equal('false');
    expect(visible()).to.deep.equal(['emergency', 'urgent']);

    // An answer never outlives its question.
    await answer(2, ['emergency', 'urgent', 'soon'], 'soon');
    el.endpoint = undefined;
    await waitUntil(() => !part(el, 'question'), 'the question goes');
    expect(visible()).to.deep.equal(['emergency', 'urgent']);
  });

  // safety: H3
  it('says so when an answer has no local services', async () => {
    const el = await fixture<SignpostGetHelp>(html`<signpost-get-help endpoint="/test/fixtures/feed.json"></signpost-get-help>`);
    await waitUntil(() => part(el, 'question'), 'the question renders');
    const thisWeek = [...part(el, 'question')!.querySelectorAll('button')].find((b) => text(b) === 'This week')!;
    thisWeek.click();
    await el.updateComplete;
    expect(text(part(el, 'question')!.querySelector('[role=status]'))).to.equal('No local services are listed for "This week". Your GP practice can help.');
    expectBaselineVisible999(el);
    await expect(el).to.be.accessible();
  });

  // safety: H1, H2
  it('renders the strip in one compact line at 320px, without requesting the feed', async () => {
    const k = key();
    const wrapper = await fixture(
      html`<div style="width: 320px"><signpost-get-help variant="strip" endpoint="/fault/feed?key=${k}"></signpost-get-help></div>`,
    );
    const el = wrapper.querySelector('signpost-get-help')!;
    await el.updateComplete;
    const strip = part(el, 'strip')!;
    expect(text(strip)).to.equal('In an emergency call 999 · Urgent mental health help: call 111, option 2 · Samaritans 116 123');
    expect(hrefs(el)).to.deep.equal(['tel:999', 'tel:111', 'tel:116123']);
    expect(part(el, 'emergency')).to.equal(null);
    expect(el.scrollWidth).to.be.at.most(320);
    await aTimeout(300);
    expect(await hits(k)).to.equal(0);
    await expect(el).to.be.accessible();
  });

  // safety: H8
  it('gives every link and button a 44px tall target', async () => {
    const el = await fixture<SignpostGetHelp>(html`<signpost-get-help endpoint=${named('hostile-pathway')} pathway="young"></signpost-get-help>`);
    await waitUntil(() => part(el, 'question'), 'the question renders');
    const strip = await fixture<SignpostGetHelp>(html`<signpost-get-help variant="strip"></signpost-get-help>`);
    const targets = [...root(el).querySelectorAll('a, button'), ...root(strip).querySelectorAll('a')];
    expect(targets.length).to.be.greaterThan(10);
    for (const t of targets) expect(t.getBoundingClientRect().height, text(t)).to.be.at.least(43.5);
  });

  it('uses the heading attribute, and none when it is empty', async () => {
    const el = await fixture<SignpostGetHelp>(html`<signpost-get-help heading="Need help now?"></signpost-get-help>`);
    expect(text(root(el).querySelector('h2'))).to.equal('Need help now?');
    el.heading = '';
    await el.updateComplete;
    expect(root(el).querySelector('h2')).to.equal(null);
    expectBaseline(el);
  });

  describe('signpost-action', () => {
    // Clicking a tel:, sms: or https: link must not leave the test page.
    const stay = (event: Event) => {
      const link = event.composedPath()[0];
      if (link instanceof HTMLAnchorElement && /^(tel|sms|https):/.test(link.href)) event.preventDefault();
    };
    before(() => document.addEventListener('click', stay, true));
    after(() => document.removeEventListener('click', stay, true));

    const clicks = (el: HTMLElement, links: (HTMLAnchorElement | undefined)[]) => {
      const details: ActionDetail[] = [];
      el.addEventListener('signpost-action', (e) => details.push(e.detail));
      for (const link of links) {
        expect(link).to.exist;
        link!.click();
      }
      return details;
    };

    // safety: H10
    it('fires for every call, text, link and referral with the right detail', async () => {
      const el = await fixture<SignpostGetHelp>(html`<signpost-get-help endpoint="/test/fixtures/feed.json"></signpost-get-help>`);
      await press(el, 'Today');
      await waitUntil(() => text(root(el)).includes('Local crisis line'), 'the pathway renders');
      const link = (href: string) => root(el).querySelector<HTMLAnchorElement>(`a[href="${href}"]`) ?? undefined;
      const urgent = clicks(el, [
        link('tel:999'),
        link('tel:111'),
        link('https://111.nhs.uk/'),
        link('tel:116123'),
        link('sms:85258?&body=SHOUT'),
        link('tel:01134960001'),
      ]);
      const count = urgent.length;
      await press(el, "I'd like support");
      clicks(el, [link('https://talk.example.org/refer'), link('tel:01134960000')]);
      expect(count).to.equal(6);
      const details = urgent;
      expect(details).to.deep.equal([
        { widget: 'get-help', kind: 'call', value: 'tel:999' },
        { widget: 'get-help', kind: 'call', value: 'tel:111' },
        { widget: 'get-help', kind: 'link', value: 'https://111.nhs.uk/' },
        { widget: 'get-help', kind: 'call', value: 'tel:116123' },
        { widget: 'get-help', kind: 'text', value: 'sms:85258?&body=SHOUT' },
        { widget: 'get-help', kind: 'call', value: 'tel:01134960001' },
        { widget: 'get-help', kind: 'referral', value: 'https://talk.example.org/refer', serviceId: 'talking-therapies' },
        { widget: 'get-help', kind: 'call', value: 'tel:01134960000', serviceId: 'talking-therapies' },
      ]);
      expect(location.protocol).to.equal('http:');
    });

    it('fires from the strip', async () => {
      const el = await fixture<SignpostGetHelp>(html`<signpost-get-help variant="strip"></signpost-get-help>`);
      const details = clicks(el, [...root(el).querySelectorAll('a')]);
      expect(details.map((d) => d.value)).to.deep.equal(['tel:999', 'tel:111', 'tel:116123']);
      expect(details.every((d) => d.kind === 'call' && d.widget === 'get-help')).to.equal(true);
    });
  });
});

runFeedElementSuite('signpost-get-help', {
  // Local help shows once the feed is in: the crisis line joins the urgent tier before any answer.
  ready: (el) => text(root(el)).includes('Local crisis line'),
  check: (el) => expectBaseline(el as SignpostGetHelp),
  safe: (el) => expectBaseline(el as SignpostGetHelp),
  failed: (el) => !!root(el).querySelector('.note'),
  welsh: { en: 'Get help now', cy: 'Cael help nawr' },
});

/** The emergency tier and its 999 link stay visible whatever was answered. */
function expectBaselineVisible999(el: SignpostGetHelp) {
  expect(shown(part(el, 'emergency'))).to.equal(true);
  expect(shown(part(el, 'emergency')!.querySelector('a[href="tel:999"]'))).to.equal(true);
}
