// The demo page's own script: theme playground, embed configurator, gallery data and event log.
// Plain DOM, no build step. User input never goes through innerHTML: text is set with textContent
// and elements are made with createElement/setAttribute.

const CDN = 'https://cdn.example.org/signpost@0.1.0/dist/signpost.js';
const FALLBACK = 'In an emergency call 999. For urgent mental health help call NHS 111 and choose option 2.';
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
const valid = (key, value) => (key.startsWith('color-') ? VALID.colour : VALID[key] ?? VALID.length)(value);

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
const VARIANTS = {
  'signpost-get-help': [
    ['card', 'Card: every route and local service'],
    ['strip', 'Strip: one line of emergency numbers'],
  ],
  'signpost-waiting-time': [
    ['badge', 'Badge: one line'],
    ['detail', 'Detail: a small panel'],
  ],
};
const embedForm = $('embed-form');
const embedPreview = $('embed-preview');
$('embed-endpoint').value = new URL('/demo/data/feed.json', location.href).href;

const escapeAttribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The chosen element and its attributes, from the fields that apply to it. */
function embedChoice() {
  const tag = $('embed-element').value;
  const fields = [...embedForm.querySelectorAll('.field')].filter((field) => !field.hidden);
  const attributes = [];
  for (const name of ['endpoint', 'practice', 'pathway', 'service', 'variant']) {
    const input = embedForm.elements[name];
    if (fields.some((field) => field.contains(input)) && input.value.trim()) attributes.push([name, input.value.trim()]);
  }
  const theme = $('embed-theme').value;
  const tokens = theme === 'playground' ? { ...playground } : PRESETS[theme];
  return { tag, attributes, tokens };
}

function embedSnippet({ tag, attributes, tokens }) {
  const open = `<${tag}${attributes.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('')}>`;
  return [
    '<!-- Signpost 0.1.0: add this line once per page, before the element. -->',
    `<script type="module" src="${CDN}"></script>`,
    ...(tokens ? ['<style>', themeCss(tokens).replace(/^/gm, '  '), '</style>'] : []),
    tag === 'signpost-get-help' ? `${open}\n  <p>${FALLBACK}</p>\n</${tag}>` : `${open}</${tag}>`,
  ].join('\n');
}

let previewTimer;
function showEmbed() {
  const tag = $('embed-element').value;
  for (const field of embedForm.querySelectorAll('[data-for]')) field.hidden = !field.dataset.for.split(' ').includes(tag);
  const variant = $('embed-variant');
  if (variant.dataset.tag !== tag) {
    variant.replaceChildren(...(VARIANTS[tag] ?? []).map(([value, label]) => new Option(label, value)));
    variant.dataset.tag = tag;
  }
  const choice = embedChoice();
  $('embed-code').textContent = embedSnippet(choice);
  // The preview waits for typing to pause, so a half-typed address is not fetched.
  clearTimeout(previewTimer);
  previewTimer = setTimeout(() => showEmbedPreview(choice), 400);
}

function showEmbedPreview({ tag, attributes, tokens }) {
  const element = document.createElement(tag);
  for (const [name, value] of attributes) element.setAttribute(name, value);
  if (tag === 'signpost-get-help') element.append(Object.assign(document.createElement('p'), { textContent: FALLBACK }));
  applyTheme(embedPreview, tokens);
  embedPreview.replaceChildren(element);
}

embedForm.addEventListener('input', showEmbed);
embedForm.addEventListener('change', showEmbed);
embedForm.addEventListener('submit', (event) => event.preventDefault());

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
