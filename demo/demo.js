// The demo page's own script: theme playground, embed configurator, gallery data and event log.
// Plain DOM, no build step. User input never goes through innerHTML: text is set with textContent
// and elements are made with createElement/setAttribute.

import { FALLBACK, snippet } from './snippet.js';

const TAGS = ['signpost-provider', 'signpost-get-help', 'signpost-waiting-time', 'signpost-service-finder'];
const $ = (id) => document.getElementById(id);

/** The public theme tokens (src/theme.ts) and what each one colours, for the labels. */
const COLOURS = [
  ['color-primary', 'Primary: links and buttons'],
  ['color-text', 'Text'],
  ['color-text-secondary', 'Secondary text'],
  ['color-background', 'Background'],
  ['color-surface', 'Surface: panels and tags'],
  ['color-border', 'Borders'],
  ['color-focus', 'Focus highlight'],
  ['color-emergency', 'Emergency'],
  ['color-urgent', 'Urgent'],
  ['color-success', 'Success: open now, refer yourself'],
  ['color-warning', 'Warning: longer than the target'],
];
const FONTS = [
  ['Frutiger, Arial, sans-serif', 'NHS: Frutiger or Arial'],
  ["Georgia, 'Times New Roman', serif", 'Georgia (serif)'],
  ['Verdana, Geneva, sans-serif', 'Verdana'],
  ["'Trebuchet MS', Helvetica, sans-serif", 'Trebuchet MS'],
  ["system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif", 'The system font of each device'],
];

/** Every colour pairing the elements use passes WCAG AA in each preset (4.5:1 for text). */
const PRESETS = {
  nhs: {
    'color-primary': '#005eb8',
    'color-text': '#212b32',
    'color-text-secondary': '#4c6272',
    'color-background': '#ffffff',
    'color-surface': '#f0f4f5',
    'color-border': '#d8dde0',
    'color-focus': '#ffeb3b',
    'color-emergency': '#d5281b',
    'color-urgent': '#005eb8',
    'color-success': '#007f3b',
    'color-warning': '#ffb81c',
    'font-family': FONTS[0][0],
    'font-size': '1rem',
    radius: '4px',
    space: '1rem',
  },
  icb: {
    'color-primary': '#330072',
    'color-text': '#1f1a24',
    'color-text-secondary': '#5a5066',
    'color-background': '#ffffff',
    'color-surface': '#f5f2f8',
    'color-border': '#d9d0e3',
    'color-focus': '#ffeb3b',
    'color-emergency': '#b3211a',
    'color-urgent': '#330072',
    'color-success': '#00703c',
    'color-warning': '#ed8b00',
    'font-family': FONTS[1][0],
    'font-size': '1.0625rem',
    radius: '12px',
    space: '1.125rem',
  },
  // Black, so that one blue and one green pass both as text on black and under white text.
  dark: {
    'color-primary': '#1474e4',
    'color-text': '#ffffff',
    'color-text-secondary': '#d8dde0',
    'color-background': '#000000',
    'color-surface': '#000000',
    'color-border': '#aeb7bd',
    'color-focus': '#ffeb3b',
    'color-emergency': '#d5281b',
    'color-urgent': '#1474e4',
    'color-success': '#048840',
    'color-warning': '#ffb81c',
    'font-family': FONTS[2][0],
    'font-size': '1.125rem',
    radius: '2px',
    space: '1rem',
  },
};

/** Only values the controls can produce reach the CSS shown for copying. */
const VALID = {
  colour: (v) => /^#[0-9a-f]{6}$/i.test(v),
  'font-family': (v) => FONTS.some(([font]) => font === v),
  length: (v) => /^\d+(\.\d+)?(rem|px)$/.test(v),
};
const valid = (key, value) => (key.startsWith('color-') ? VALID.colour : (VALID[key] ?? VALID.length))(value);

function themeCss(tokens) {
  const lines = Object.entries(tokens)
    .filter(([key, value]) => valid(key, value))
    .map(([key, value]) => `  --signpost-${key}: ${value};`);
  return `:root {\n${lines.join('\n')}\n}`;
}

function applyTheme(target, tokens) {
  target.removeAttribute('style');
  for (const [key, value] of Object.entries(tokens ?? {})) if (valid(key, value)) target.style.setProperty(`--signpost-${key}`, value);
}

/* Copy buttons: the clipboard API, or select the code and say how to copy it. */
async function copy(button) {
  const code = $(button.dataset.copy);
  const status = button.parentElement.querySelector('.copy__status');
  status.textContent = '';
  try {
    await navigator.clipboard.writeText(code.textContent);
    status.textContent = 'Copied.';
  } catch {
    const range = document.createRange();
    range.selectNodeContents(code);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    status.textContent = 'Your browser did not let this page copy. The code is selected: press Ctrl and C (Cmd and C on a Mac) to copy it.';
  }
}
for (const button of document.querySelectorAll('[data-copy]')) button.addEventListener('click', () => copy(button));

/* Theme playground */
const playground = { ...PRESETS.nhs };
const themeForm = $('theme-form');
const themePreview = $('theme-preview');

for (const [key, label] of COLOURS) {
  const id = `theme-${key}`;
  const row = document.createElement('div');
  row.className = 'colour';
  const input = Object.assign(document.createElement('input'), { type: 'color', id, name: key });
  const text = Object.assign(document.createElement('label'), { htmlFor: id, textContent: label });
  row.append(input, text);
  $('theme-colours').append(row);
}
for (const [font, label] of FONTS) $('theme-font').append(new Option(label, font));

const rangeLabel = { 'font-size': (v) => `${v} (${Math.round(parseFloat(v) * 16)}px)`, radius: (v) => v, space: (v) => v };
const rangeUnit = { 'font-size': 'rem', radius: 'px', space: 'rem' };
const rangeId = { 'font-size': 'theme-size', radius: 'theme-radius', space: 'theme-space' };

function showPlayground() {
  for (const [key] of COLOURS) $(`theme-${key}`).value = playground[key];
  $('theme-font').value = playground['font-family'];
  for (const [key, id] of Object.entries(rangeId)) {
    $(id).value = parseFloat(playground[key]);
    $(`${id}-value`).textContent = rangeLabel[key](playground[key]);
  }
  $('theme-css').textContent = themeCss(playground);
  applyTheme(themePreview, playground);
  if ($('embed-theme').value === 'playground') showEmbed();
}

function onThemeInput(event) {
  const { name, value } = event.target;
  if (name === 'preset') Object.assign(playground, PRESETS[value]);
  else if (name in rangeUnit) playground[name] = `${value}${rangeUnit[name]}`;
  else if (name in playground) playground[name] = value;
  showPlayground();
}
// Both: some controls report only one of the two, and handling a value twice is harmless.
themeForm.addEventListener('input', onThemeInput);
themeForm.addEventListener('change', onThemeInput);
themeForm.addEventListener('submit', (event) => event.preventDefault());

/* Embed configurator */
const embedForm = $('embed-form');
const embedPreview = $('embed-preview');
$('embed-endpoint').value = new URL('/demo/data/feed.json', location.href).href;
/** The package's name, version and scripts' integrity hashes (demo/routes.mjs, from package.json and dist/). */
let release;

/** Each chosen element with its attributes, from the fields that apply to it. */
function embedChoice() {
  const tags = [...embedForm.elements.element].filter((box) => box.checked).map((box) => box.value);
  const value = (name) => embedForm.elements[name].value.trim();
  const own = {
    'signpost-get-help': [
      ['pathway', value('pathway')],
      ['variant', value('help-variant')],
    ],
    'signpost-waiting-time': [
      ['service', value('service')],
      ['variant', value('wait-variant')],
    ],
    'signpost-service-finder': [],
  };
  const elements = tags.map((tag) => ({
    tag,
    attributes: [['endpoint', value('endpoint')], ...(tag === 'signpost-waiting-time' ? [] : [['practice', value('practice')]]), ...own[tag]]
      // The default variant needs no attribute.
      .filter(([name, v]) => v && !(name === 'variant' && (v === 'card' || v === 'badge'))),
  }));
  const theme = $('embed-theme').value;
  const tokens = theme === 'playground' ? { ...playground } : PRESETS[theme];
  return { elements, tokens };
}

let previewTimer;
function showEmbed() {
  const { elements, tokens } = embedChoice();
  const tags = elements.map(({ tag }) => tag);
  for (const field of embedForm.querySelectorAll('[data-for]')) field.hidden = !field.dataset.for.split(' ').some((tag) => tags.includes(tag));
  const code = !release
    ? 'The code appears here once the demo has read the release (run npm run build, then npm start).'
    : elements.length
      ? snippet(release, elements, { css: tokens && themeCss(tokens) })
      : 'Choose at least one element.';
  const shown = $('embed-code');
  // "Copied." was about the code as it was.
  if (shown.textContent !== code) document.querySelector('[data-copy="embed-code"]').parentElement.querySelector('.copy__status').textContent = '';
  shown.textContent = code;
  // The preview and the address check wait for typing to pause, so a half-typed address is not fetched.
  clearTimeout(previewTimer);
  previewTimer = setTimeout(() => {
    showEmbedPreview(elements, tokens);
    checkEndpoint(embedForm.elements.endpoint.value.trim());
  }, 400);
}

function showEmbedPreview(elements, tokens) {
  applyTheme(embedPreview, tokens);
  embedPreview.replaceChildren(
    ...elements.map(({ tag, attributes }) => {
      const element = document.createElement(tag);
      for (const [name, value] of attributes) element.setAttribute(name, value);
      // FALLBACK is the demo's own constant markup, never user input.
      element.append(document.createRange().createContextualFragment(FALLBACK));
      return element;
    }),
  );
}

const LOCAL = /^(localhost|127(\.\d+){3}|\[::1\]|0\.0\.0\.0)$|\.(localhost|local|internal)$/i;

/**
 * What is wrong with a feed address, in words for a practice manager, or what was found there:
 * it must be https (an https page cannot load an http feed), on the internet (not this computer),
 * and answer from this page with a version 1 feed (which also proves it sends CORS headers).
 */
async function describeEndpoint(address) {
  if (!address) return { problems: ['Enter the feed address your ICB gave you.'] };
  let url;
  try {
    url = new URL(address);
  } catch {
    return { problems: ['This is not a web address. It should start with https://'] };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { problems: ['This is not a web address. It should start with https://'] };
  const problems = [];
  if (url.protocol === 'http:') problems.push('The address must start with https:// (a secure page cannot load a feed from http://).');
  if (LOCAL.test(url.hostname)) problems.push(`${url.hostname} is this computer: visitors' browsers cannot reach it. Use the address your ICB publishes.`);
  let response;
  try {
    response = await fetch(url, { credentials: 'omit', cache: 'no-store' });
  } catch {
    problems.push(
      'This page could not reach the feed. Check the address; if it is right, ask your ICB to check that the server is up and sends the header Access-Control-Allow-Origin: *',
    );
    return { problems };
  }
  if (!response.ok) return { problems: [...problems, `The feed address answered with an error (HTTP ${response.status}). Check the address.`] };
  const feed = await response.json().catch(() => undefined);
  if (feed?.version !== 1 || !Array.isArray(feed.services))
    return { problems: [...problems, 'The address answered, but not with a Signpost feed (version 1). Check the address with your ICB.'] };
  return { problems, found: `The feed loads: ${feed.services.length} ${feed.services.length === 1 ? 'service' : 'services'}.` };
}

let checking = 0;
let checked;
async function checkEndpoint(address) {
  // Other options changing is no reason to ask the feed's server again.
  if (address === checked) return;
  checked = address;
  const mine = ++checking;
  const { problems, found } = await describeEndpoint(address);
  // An older check that finishes late must not overwrite the newer one.
  if (mine !== checking) return;
  const check = $('embed-endpoint-check');
  check.textContent = [found, ...problems].filter(Boolean).join(' ');
  check.classList.toggle('check--problem', problems.length > 0);
}

embedForm.addEventListener('input', showEmbed);
embedForm.addEventListener('change', showEmbed);
embedForm.addEventListener('submit', (event) => event.preventDefault());
fetch('/demo/release.json', { credentials: 'omit' })
  .then((response) => (response.ok ? response.json() : Promise.reject(new Error(`HTTP ${response.status}`))))
  .then((found) => {
    release = found;
    showEmbed();
  })
  .catch((error) => console.warn(`Signpost demo: no release information, so no code to copy: ${error.message}`));

// The waiting-time service list: every service in the demo feed that publishes a wait.
fetch('/demo/data/feed.json', { credentials: 'omit' })
  .then((response) => (response.ok ? response.json() : Promise.reject(new Error(`HTTP ${response.status}`))))
  .then((feed) => {
    const select = $('embed-service');
    const chosen = select.value;
    const services = feed.services.filter((s) => s.waitingTime && typeof s.id === 'string' && typeof s.name === 'string');
    if (!services.length) return;
    select.replaceChildren(...services.map((s) => new Option(s.name, s.id)));
    select.value = chosen;
    showEmbed();
  })
  .catch((error) => console.warn(`Signpost demo: the service list stays short: ${error.message}`));

/* Gallery: waiting times set from JavaScript through the data property. */
customElements.whenDefined('signpost-waiting-time').then(() => {
  const stale = {
    measure: 'referral-to-assessment',
    statistic: 'median',
    days: 35,
    asOf: '2026-06-01',
    targetDays: 42,
    percentWithinTarget: 70,
    previousDays: 42,
    source: 'set from JavaScript with the data property',
  };
  $('stale-badge').data = stale;
  $('stale-detail').data = stale;
  $('invalid-wait').data = { ...stale, days: -3 };
});

/* Gallery: a box for each named fixture (test/fixtures/named/index.json), the feeds the tests use too. */
function namedBox(fixture) {
  const box = Object.assign(document.createElement('li'), { className: 'box' });
  box.dataset.state = fixture.name;
  box.dataset.fixture = fixture.name;
  const code = Object.assign(document.createElement('code'), { textContent: `${fixture.name}.json` });
  const hint = Object.assign(document.createElement('p'), { className: 'hint', textContent: `${fixture.hint} ` });
  hint.append('(', code, ')');
  const provider = document.createElement('signpost-provider');
  provider.setAttribute('endpoint', `/test/fixtures/named/${fixture.name}.json`);
  if (fixture.practice) provider.setAttribute('practice', fixture.practice);
  const make = (tag, attributes) => {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) if (value !== undefined) el.setAttribute(name, value);
    el.now = new Date(fixture.now);
    return el;
  };
  if (fixture.service) provider.append(make('signpost-waiting-time', { service: fixture.service, variant: 'detail' }));
  provider.append(make('signpost-service-finder', { heading: '', 'page-size': '2' }));
  const details = document.createElement('details');
  details.append(
    Object.assign(document.createElement('summary'), { textContent: 'Get help card' }),
    make('signpost-get-help', { heading: '', pathway: fixture.pathway }),
  );
  provider.append(details);
  box.append(Object.assign(document.createElement('h3'), { textContent: fixture.title }), hint, provider);
  return box;
}
fetch('/test/fixtures/named/index.json', { credentials: 'omit' })
  .then((response) => (response.ok ? response.json() : Promise.reject(new Error(`HTTP ${response.status}`))))
  .then(({ fixtures }) => $('named-gallery').replaceChildren(...fixtures.map(namedBox)))
  .catch((error) => console.warn(`Signpost demo: no named fixtures: ${error.message}`));

/* Event log: listens on document, where every Signpost event arrives (they bubble and are composed). */
const log = $('event-log');
const MAX_LOG = 50;

function where(target) {
  const box = target.closest?.('[data-state]');
  if (box) return ` in "${box.querySelector('h3').textContent}"`;
  if (target.closest?.('#theme-preview')) return ' in the theme preview';
  if (target.closest?.('#embed-preview')) return ' in the code preview';
  return '';
}

function logEvent(event) {
  const item = document.createElement('li');
  const time = document.createElement('span');
  time.textContent = `${new Date().toLocaleTimeString('en-GB')} `;
  const type = Object.assign(document.createElement('span'), { className: 'log__type', textContent: event.type });
  const from = document.createElement('code');
  from.textContent = event.target.localName ?? 'document';
  const detail = document.createElement('code');
  detail.textContent = JSON.stringify(event.detail).slice(0, 300);
  item.append(time, type, ' from ', from, `${where(event.target)}: `, detail);
  log.prepend(item);
  while (log.children.length > MAX_LOG) log.lastElementChild.remove();
}
for (const type of ['signpost-loaded', 'signpost-error', 'signpost-action']) document.addEventListener(type, logEvent);
$('clear-log').addEventListener('click', () => log.replaceChildren());

/* If the bundle is missing or broken, say so (the get-help fallback text still shows the numbers). */
addEventListener('load', () => {
  const missing = TAGS.filter((tag) => !customElements.get(tag));
  if (!missing.length) return;
  $('bundle-missing-list').textContent = `${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not defined`;
  $('bundle-missing').hidden = false;
});

showPlayground();
showEmbed();
