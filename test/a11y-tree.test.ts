import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import type { SignpostElement } from '../src/internal/element.js';
import '../src/index.js';
import { issuesEachTest, uniqueKey } from './support/index.js';

/**
 * What a screen reader is given: Chromium's accessibility tree for each element in its main states.
 *
 * Chromium only (the 'a11y-tree' group in web-test-runner.config.mjs): Puppeteer reads the tree over
 * the DevTools protocol, and Firefox's WebDriver BiDi session has none ("CDP support is required").
 * Run it alone with `npx web-test-runner --group a11y-tree`.
 *
 * The snapshot keeps Puppeteer's "interesting" nodes (headings, links, controls, text, landmarks), close
 * to a browse-mode reading; groups and lists are flattened away, so group names are checked with an
 * ARIA query instead (`firstInGroup`).
 */

interface AXNode {
  role: string;
  name?: string;
  level?: number;
  url?: string;
  pressed?: boolean | 'mixed';
  checked?: boolean | 'mixed';
  expanded?: boolean;
  children?: AXNode[];
}

const FEED = '/test/fixtures/feed.json';
/** Noon on 10 November 2026 (a UTC instant, so the age in UK days is the same on any machine), a week after the fixture's `asOf` (3 November). */
const NOW = new Date(Date.UTC(2026, 10, 10, 12));
/** Wednesday 18 November 2026, noon in London: the crisis line is open, the others closed. */
const FINDER_NOW = new Date('2026-11-18T12:00:00Z');

/** Renders `content` inside a named region: the root of every snapshot. */
async function mount(content: TemplateResult): Promise<HTMLElement> {
  return fixture<HTMLElement>(html`<div role="region" aria-label="under test" id="under-test">${content}</div>`);
}

async function snapshot(): Promise<AXNode> {
  // The command's declared type is void; it returns Puppeteer's serialized tree.
  const root = (await a11ySnapshot({ selector: '#under-test' })) as unknown as AXNode;
  expect(`${root.role}: ${root.name}`).to.equal('region: under test');
  return root;
}

/**
 * An ARIA query (Accessibility.queryAXTree) for a group by its accessible name. Rooted at a node the
 * snapshot drops, Puppeteer returns that node's first kept descendant; when the query finds nothing,
 * the command snapshots the whole page and returns its root, a RootWebArea.
 */
async function firstInGroup(name: string): Promise<AXNode> {
  return (await a11ySnapshot({ selector: `aria/${name}[role="group"]` })) as unknown as AXNode;
}

const textOf = (n: AXNode): string => (n.role === 'StaticText' ? (n.name ?? '') : (n.children ?? []).map(textOf).join(''));
const tidy = (s: string) => s.replace(/\s+/g, ' ').trim();

/** One node as a line: "role level (states): name <url>". */
function line(n: AXNode): string {
  const states = [
    n.pressed !== undefined && (n.pressed === true ? 'pressed' : 'not pressed'),
    n.checked !== undefined && (n.checked === true ? 'checked' : 'not checked'),
    n.expanded !== undefined && (n.expanded ? 'expanded' : 'collapsed'),
  ].filter(Boolean);
  // A live region is heard by what it contains.
  const name = n.role === 'status' ? tidy(textOf(n)) : (n.name ?? '');
  return `${n.role}${n.level ? ` ${n.level}` : ''}${states.length ? ` (${states.join(', ')})` : ''}: ${name}${n.url ? ` <${n.url}>` : ''}`;
}

/**
 * The tree in reading order, one line per node. Text nodes that run on (a space between, or
 * punctuation next) make one "text" line, so it does not matter how a template splits its text.
 */
function outline(root: AXNode): string[] {
  const lines: string[] = [];
  let text: string | undefined;
  const flush = () => {
    if (text !== undefined && tidy(text)) lines.push(`text: ${tidy(text)}`);
    text = undefined;
  };
  const walk = (n: AXNode) => {
    if (n.role === 'StaticText') {
      const t = n.name ?? '';
      if (text !== undefined && !/\s$/.test(text) && !/^[\s,.:;!?)]/.test(t)) flush();
      text = (text ?? '') + t;
      return;
    }
    flush();
    lines.push(line(n));
    // A node whose children are only its own text (a link, a heading, a status) is one line.
    if (n.children?.some((c) => c.role !== 'StaticText')) n.children.forEach(walk);
    flush();
  };
  root.children?.forEach(walk);
  flush();
  return lines;
}

const find = (root: AXNode, test: (n: AXNode) => boolean, what: string): AXNode => {
  const node = findAccessibilityNode<AXNode>(root as AXNode & { children: AXNode[] }, test);
  expect(node, what).to.not.equal(null);
  return node!;
};

/** Clicks the button or checkbox labelled `label` inside `host` and waits for the render. */
async function press(host: SignpostElement, label: string) {
  const controls = [...host.shadowRoot!.querySelectorAll<HTMLElement>('button, label')];
  const control = controls.find((c) => tidy(c.textContent ?? '') === label);
  // A boolean, not the element: a failing chai equality on a DOM node can hang the runner.
  expect(control !== undefined, label).to.equal(true);
  (control!.localName === 'label' ? control!.querySelector('input')! : control!).click();
  await host.updateComplete;
}

describe('accessibility tree', () => {
  describe('<signpost-get-help>', () => {
    // get-help gives its badges no clock: 45 days after asOf this sentence gains "This may be out of date.".
    const BADGE =
      /^text: Waiting time: about 5 weeks\. Half of people wait less than this from referral to first appointment\. Within the 6-week target\. Updated 3 November 2026\.( This may be out of date\.)?$/;
    const settled = (root: AXNode) => outline(root).map((l) => (BADGE.test(l) ? 'text: <talking therapies badge>' : l));

    const heading = ['heading 2: Get help now'];
    const emergency = [
      'heading 3: Emergency',
      "heading 4: If someone's life is at risk or they have seriously hurt themselves",
      'text: Call 999 or go to A&E now.',
      'link: Call 999 <tel:999>',
    ];
    const answers = ['Right now', 'Today', 'This week', "I'd like support"];
    const question = (pressed: string | undefined, status: string) => [
      'heading 3: How urgent is it?',
      ...answers.map((a) => `button (${a === pressed ? 'pressed' : 'not pressed'}): ${a}`),
      `status: ${status}`,
    ];
    const urgent = [
      'heading 3: Urgent help',
      'heading 4: NHS 111, choose the mental health option (option 2)',
      'text: 24 hours, any age. You can call for someone else.',
      'link: Call 111 <tel:111>',
      'text: then choose option 2',
      'link: Use 111 online 111.nhs.uk <https://111.nhs.uk/>',
      'heading 4: Someone to talk to',
      'link: Call Samaritans on 116 123 <tel:116123>',
      'text: Free, 24 hours',
      'link: Text SHOUT to 85258 <sms:85258?&body=SHOUT>',
      'text: 24 hours',
    ];
    const local = ['heading 4: Local crisis line', 'text: Open 24 hours.', 'link: Call the crisis line 0113 496 0001 <tel:01134960001>'];
    const routine = [
      'heading 3: Support from local services',
      'heading 4: Talking therapies',
      'text: Test Talking Therapies',
      'text: Closed, opens Monday at 9am',
      'link: Refer yourself talk.example.org <https://talk.example.org/refer>',
      'link: Call 0113 496 0000 <tel:01134960000>',
      'text: <talking therapies badge>',
    ];
    const reviewed = ['text: Crisis numbers checked 27 November 2026'];

    async function card(): Promise<SignpostElement> {
      const region = await mount(html`<signpost-get-help endpoint=${FEED} .now=${FINDER_NOW}></signpost-get-help>`);
      const help = region.querySelector<SignpostElement>('signpost-get-help')!;
      // The question appears with the feed's local steps.
      await waitUntil(() => help.shadowRoot!.querySelector('[part="question"]'), 'the feed');
      await help.updateComplete;
      return help;
    }

    // safety: H3, H8
    it('card with the feed: heading, 999, the unanswered question, every urgent route and the small print; the tiers below wait for an answer', async () => {
      await card();
      const root = await snapshot();
      expect(settled(root)).to.deep.equal([...heading, ...emergency, ...question(undefined, ''), ...urgent, ...local, ...reviewed]);

      // 999 is the first link a screen reader reaches, and its name says what it does.
      const first = find(root, (n) => n.role === 'link', 'a link');
      expect(`${first.name} <${first.url}>`).to.equal('Call 999 <tel:999>');
      // The buttons are one group named by its question.
      expect(line(await firstInGroup('How urgent is it?'))).to.equal('heading 3: How urgent is it?');
    });

    // safety: H3
    it('card, "Right now" pressed: that button alone pressed, the status says so, local support collapsed', async () => {
      const help = await card();
      await press(help, 'Right now');
      expect(settled(await snapshot())).to.deep.equal([
        ...heading,
        ...emergency,
        ...question('Right now', 'Showing help for "Right now". The emergency numbers stay at the top.'),
        ...urgent,
        ...local,
        ...reviewed,
      ]);
    });

    // safety: H3
    it('card, "This week" pressed with nothing local that week: the status says where to go instead', async () => {
      const help = await card();
      await press(help, 'This week');
      expect(settled(await snapshot())).to.deep.equal([
        ...heading,
        ...emergency,
        ...question('This week', 'No local services are listed for "This week". Your GP practice can help.'),
        ...urgent,
        ...local,
        ...reviewed,
      ]);
    });

    it('card, "I\'d like support" pressed: local support opens below the urgent routes', async () => {
      const help = await card();
      await press(help, "I'd like support");
      expect(settled(await snapshot())).to.deep.equal([
        ...heading,
        ...emergency,
        ...question("I'd like support", 'Showing help for "I\'d like support". The emergency numbers stay at the top.'),
        ...urgent,
        ...local,
        ...routine,
        ...reviewed,
      ]);
    });

    // safety: H3
    it('card, pressing the answer again releases it and the card is as before any answer', async () => {
      const help = await card();
      await press(help, "I'd like support");
      await press(help, "I'd like support");
      expect(settled(await snapshot())).to.deep.equal([...heading, ...emergency, ...question(undefined, ''), ...urgent, ...local, ...reviewed]);
    });

    // safety: H1
    it('card with no feed: the built-in routes only, and no question', async () => {
      await mount(html`<signpost-get-help></signpost-get-help>`);
      expect(outline(await snapshot())).to.deep.equal([...heading, ...emergency, ...urgent, ...reviewed]);
      expect((await firstInGroup('How urgent is it?')).role, 'no question group').to.equal('RootWebArea');
    });

    // safety: H1, H8
    it('strip: one line of three numbers, each a link, the visual separators not read', async () => {
      await mount(html`<signpost-get-help variant="strip"></signpost-get-help>`);
      expect(outline(await snapshot())).to.deep.equal([
        'text: In an emergency call',
        'link: 999 <tel:999>',
        'text: Urgent mental health help: call',
        'link: 111 <tel:111>',
        'text: , option 2',
        'text: Samaritans',
        'link: 116 123 <tel:116123>',
      ]);
    });
  });

  describe('<signpost-waiting-time>', () => {
    const data = { measure: 'referral-to-assessment', statistic: 'median', days: 35, asOf: '2026-11-03', targetDays: 42 };
    const updated = 'Updated 3 November 2026.';
    const states: [string, TemplateResult, string][] = [
      [
        'within target',
        html`<signpost-waiting-time .data=${data} .now=${NOW}></signpost-waiting-time>`,
        `Waiting time: about 5 weeks. Half of people wait less than this from referral to first appointment. Within the 6-week target. ${updated}`,
      ],
      [
        'over target',
        html`<signpost-waiting-time .data=${{ ...data, days: 56, statistic: 'p90' }} .now=${NOW}></signpost-waiting-time>`,
        `Waiting time: about 8 weeks. 9 in 10 people wait less than this from referral to first appointment. Longer than the 6-week target. ${updated}`,
      ],
      [
        'stale',
        html`<signpost-waiting-time .data=${data} .now=${new Date(Date.UTC(2026, 10, 3 + 46, 12))}></signpost-waiting-time>`,
        `Waiting time: about 5 weeks. Half of people wait less than this from referral to first appointment. Within the 6-week target. ${updated} This may be out of date.`,
      ],
      [
        'not taking referrals',
        html`<signpost-waiting-time .data=${{ ...data, acceptingReferrals: false }} .now=${NOW}></signpost-waiting-time>`,
        `Not taking new referrals at the moment. ${updated}`,
      ],
      ['not available', html`<signpost-waiting-time .data=${{ ...data, days: -1 }} .now=${NOW}></signpost-waiting-time>`, 'Waiting time not available'],
      [
        'loading',
        html`<signpost-waiting-time endpoint="/fault/hang?key=${uniqueKey('a11y-tree')}" service="talking-therapies"></signpost-waiting-time>`,
        'Loading waiting time',
      ],
    ];

    // "Not available" reports why, by design: taken from the page here, so the console stays quiet.
    issuesEachTest();

    for (const [state, template, sentence] of states) {
      // safety: H8
      it(`${state}: exactly one sentence, none of the visual parts`, async () => {
        const el = (await mount(template)).querySelector<SignpostElement>('signpost-waiting-time')!;
        await el.updateComplete;
        // Raw nodes, not the outline: one text node and nothing else is what makes it one sentence.
        const heard = ((await snapshot()).children ?? []).map((n) => `${n.role}: ${n.name}${n.children ? ' (has children)' : ''}`);
        expect(heard).to.deep.equal([`StaticText: ${sentence}`]);
      });
    }

    it('detail variant: one line per fact, the icon not read', async () => {
      const full = { ...data, percentWithinTarget: 82, previousDays: 49, secondAppointmentDays: 21, source: 'Test NHS Foundation Trust' };
      await mount(html`<signpost-waiting-time variant="detail" .data=${full} .now=${NOW}></signpost-waiting-time>`);
      expect(outline(await snapshot())).to.deep.equal([
        // The visually hidden prefix is its own text node: Chromium drops its trailing space.
        'text: Waiting time:',
        'text: About 5 weeks',
        'text: Half of people wait less than this from referral to first appointment.',
        'text: Within the 6-week target. 82% start within 6 weeks.',
        'text: Down from 7 weeks.',
        'text: Then about 3 weeks between first and second appointment.',
        'text: Updated 3 November 2026. Source: Test NHS Foundation Trust.',
      ]);
    });
  });

  describe('<signpost-service-finder>', () => {
    // Wide enough that the filters always show and need no disclosure (see the layout tests for the phone).
    const filters = (checked: string[], status: string) => {
      const box = (label: string) => [`checkbox (${checked.includes(label) ? 'checked' : 'not checked'}): ${label}`];
      return [
        'text: Search',
        'searchbox: Search',
        'text: Your postcode',
        'textbox: Your postcode',
        'button: Search',
        'button: Use my location',
        `status: ${status}`,
        'text: Type of support',
        ...['Talking therapies (NHS)', 'Crisis support', 'Wellbeing', 'Children and young people'].flatMap(box),
        'text: Show only',
        ...['I can refer myself', 'Open now'].flatMap(box),
        'text: Your age',
        'spinbutton: Your age',
        'text: How you want to be helped',
        ...['In person', 'Phone', 'Video call', 'Online', 'Text message'].flatMap(box),
      ];
    };
    const talkingTherapies = (readMore: 'collapsed' | 'expanded' = 'collapsed') => [
      'heading 3: Test Talking Therapies',
      'text: Test NHS Foundation Trust',
      'text: Free NHS talking therapy for anxiety and low mood. You can refer yourself.',
      // "Read more" only where the text is cut: this one fits, so only a reader who opened it anyway sees "Read less".
      ...(readMore === 'collapsed' ? [] : ['button (expanded): Read less']),
      'text: Talking therapies (NHS)',
      'text: Ages 16 and over',
      'link: Refer yourself (talk.example.org) <https://talk.example.org/refer>',
      'text: You can also ask your GP to refer you.',
      'text: Phone:',
      'link: 0113 496 0000 <tel:01134960000>',
      'text: Website:',
      'link: talk.example.org <https://talk.example.org/>',
      'text: 1 Example Street, Leeds, LS6 1AA',
      'text: How: Phone, Video call, In person',
      'text: Closed, opens Monday at 9am',
      'text: Languages: English, Urdu, British Sign Language',
      'text: Waiting time: about 5 weeks. Half of people wait less than this from referral to first appointment. Within the 6-week target. Updated 3 November 2026.',
    ];
    const others = [
      'heading 3: Test Crisis Line',
      'text: Test NHS Foundation Trust',
      'text: 24-hour mental health crisis line for anyone registered with a local GP.',
      'text: Crisis support',
      'text: Phone:',
      'link: 0113 496 0001 <tel:01134960001>',
      'text: How: Phone',
      'text: Open 24 hours',
      'heading 3: Test Young Minds Drop-in',
      'text: Children and young people',
      'text: Wellbeing',
      'text: Ages 11 to 18',
      'text: Refer yourself by phone:',
      'link: 07700 900001 <tel:07700900001>',
      'text: Text:',
      'link: 07700 900002 <sms:07700900002>',
      'text: Email:',
      'link: hello@young.example.org <mailto:hello@young.example.org>',
      'text: How: In person, Text message',
      'text: Closed, opens Friday at 6pm',
    ];

    async function finder(): Promise<SignpostElement> {
      const region = await mount(html`<signpost-service-finder endpoint=${FEED} .now=${FINDER_NOW}></signpost-service-finder>`);
      const el = region.querySelector<SignpostElement>('signpost-service-finder')!;
      await waitUntil(() => el.shadowRoot!.querySelector('article'), 'results');
      await el.updateComplete;
      return el;
    }

    it('with the feed: heading, a named search landmark with named filters, the count, then each card', async () => {
      await finder();
      const root = await snapshot();
      expect(outline(root)).to.deep.equal([
        'heading 2: Find mental health support',
        'search: Services',
        ...filters([], '3 services'),
        ...talkingTherapies(),
        ...others,
      ]);

      const search = find(root, (n) => n.role === 'searchbox', 'the search box');
      expect(search.name).to.equal('Search');
      const heading = find(root, (n) => n.role === 'heading' && n.level === 3, 'a card heading');
      expect(heading.name).to.equal('Test Talking Therapies');
      const refer = find(root, (n) => n.role === 'link' && n.name === 'Refer yourself (talk.example.org)', 'Refer yourself');
      expect(refer.url).to.equal('https://talk.example.org/refer');
      const call = find(root, (n) => n.role === 'link' && n.url === 'tel:01134960000', 'the phone link');
      expect(call.name).to.equal('0113 496 0000');
      for (const legend of ['Type of support', 'Show only', 'How you want to be helped']) {
        expect(line(await firstInGroup(legend)), `group "${legend}"`).to.equal(`StaticText: ${legend}`);
      }
    });

    it('"Read more" pressed: the button says it is expanded and now reads "Read less"', async () => {
      const el = await finder();
      await press(el, 'Read more');
      const lines = outline(await snapshot());
      expect(lines.slice(lines.indexOf('heading 3: Test Talking Therapies'), lines.indexOf('heading 3: Test Crisis Line'))).to.deep.equal(
        talkingTherapies('expanded'),
      );
    });

    // safety: H3, H8
    it('filters that match nothing: checked boxes, "No services match", a way out and the crisis numbers', async () => {
      const el = await finder();
      await press(el, 'Crisis support');
      await press(el, 'I can refer myself');
      expect(outline(await snapshot())).to.deep.equal([
        'heading 2: Find mental health support',
        'search: Services',
        ...filters(['Crisis support', 'I can refer myself'], 'No services match'),
        'text: Try a different search, or fewer filters.',
        'button: Clear filters',
        'text: In an emergency call',
        'link: 999 <tel:999>',
        'text: Urgent mental health help: call',
        'link: 111 <tel:111>',
        'text: , option 2',
        'text: Samaritans',
        'link: 116 123 <tel:116123>',
      ]);
    });

    it('loading: the heading and "Loading services", the placeholder cards not read', async () => {
      await mount(html`<signpost-service-finder endpoint="/fault/hang?key=${uniqueKey('a11y-tree-finder')}"></signpost-service-finder>`);
      expect(outline(await snapshot())).to.deep.equal(['heading 2: Find mental health support', 'status: Loading services']);
    });
  });
});
