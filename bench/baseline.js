// The practical floor for `npm run bench`: what <signpost-service-finder> renders, built from the same
// feed JSON by hand-written DOM code (createElement, textContent, append; never innerHTML), with no
// framework, no validation, no translation and no shadow DOM. The page holds the heading, the status
// line and three loading placeholders (bench/pages.mjs); once the feed arrives this script adds:
// - the search form: "Search"; "Your postcode" with "Use my location"; "Type of support" with one
//   checkbox per category in the feed, in the finder's order; "Show only" ("I can refer myself",
//   "Open now"); "Your age"; "How you want to be helped" with the five ways. Only the search box
//   filters: a plain loop over lower-cased search strings (name, organisation, description,
//   category labels) computed once; the other controls are inert;
// - the count ("42 services") and the first page of 10 cards, then "Show more" (or, when nothing
//   matches, "Try a different search, or fewer filters." and "Clear filters");
// - in each card, whatever the finder's card shows when present: name, organisation, description
//   (clipped to a line with "Read more" past 60 characters), category tags, ages, "Refer yourself",
//   referral by phone, GP and notes, Phone/Text/Email/Website links, address, "How: ...", the
//   opening-hours line ("Open now, closes at 8pm", "Closed, opens tomorrow at 9am"), the hours note,
//   "Languages: ..." and the compact waiting-time badge (icon, wait in words, target, "This may be
//   out of date", with its screen-reader sentence; "Waiting time not available" for a bad date).
// Left out: the crisis strip under "no results" (another element), distances (no geocoder) and
// the finder's delayed screen-reader announcement of the count.
const PAGE = 10;
const root = document.getElementById('baseline');
const count = root.querySelector('#count');
const list = root.querySelector('#list');

// Requested first, so that the formatters below are built while the feed is on its way.
const response = fetch(root.dataset.feed, { credentials: 'omit' });

// Built once: Intl objects are costly to create.
const london = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  hourCycle: 'h23',
});
const languageNames = new Intl.DisplayNames('en-GB', { type: 'language' });

const CATEGORIES = {
  'talking-therapies': 'Talking therapies (NHS)',
  crisis: 'Crisis support',
  wellbeing: 'Wellbeing',
  'peer-support': 'Peer support',
  'young-people': 'Children and young people',
  'older-people': 'Older people',
  perinatal: 'Pregnancy and new parents',
  'eating-disorders': 'Eating disorders',
  'drugs-alcohol': 'Drugs and alcohol',
  bereavement: 'Bereavement',
  'social-prescribing': 'Social prescribing',
  employment: 'Work and money',
  carers: 'Carers',
  'physical-health': 'Physical health',
};
const DELIVERY = { 'in-person': 'In person', phone: 'Phone', video: 'Video call', online: 'Online', text: 'Text message' };
const STATISTIC = {
  median: 'Half of people wait less than this',
  mean: 'On average, people wait this long',
  p90: '9 in 10 people wait less than this',
  p95: '19 in 20 people wait less than this',
};
const MEASURE = {
  'referral-to-assessment': 'from referral to first appointment',
  'referral-to-treatment': 'from referral to starting treatment',
  'assessment-to-treatment': 'from first appointment to starting treatment',
};
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAY = 1440;
const MS_PER_DAY = 86_400_000;
const STALE_AFTER = 45;

// ---------------------------------------------------------------- small helpers

function el(tag, text, attrs) {
  const node = document.createElement(tag);
  if (text) node.textContent = text;
  for (const name in attrs) node.setAttribute(name, attrs[name]);
  return node;
}

// Feed text may be right-to-left (Urdu), hence dir="auto", as the finder does.
const para = (text, cls) => el('p', text, cls ? { class: cls, dir: 'auto' } : { dir: 'auto' });
const categoryLabel = (id) => CATEGORIES[id] ?? id.replace(/-/g, ' ');
// The finder's filter order: known categories as listed in CATEGORIES, then any others by id.
const ORDER = Object.keys(CATEGORIES);
const rank = (id) => ORDER.indexOf(id) + 1 || ORDER.length + 1;
const plural = (n, one, many) => `${n < 1000 ? n : n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

// An href only for what is safe to link; anything else is shown as plain text, like the finder.
// Phone numbers are written for people ("+44 (0)113 496 0000"); diallers need digits.
const dial = (scheme) => (v) => {
  const compact = v.replace(/\(0\)|[\s().-]/g, '');
  return /^\+?\d{3,15}$/.test(compact) ? `${scheme}:${compact}` : undefined;
};
const telHref = dial('tel');
const smsHref = dial('sms');
const mailHref = (v) => (/^[^\s@:/?#]+@[^\s@:/?#]+\.[^\s@:/?#]+$/.test(v.trim()) ? `mailto:${v.trim()}` : undefined);
const httpsHref = (v) => (/^https:\/\//i.test(v.trim()) ? v.trim() : undefined);
const webHref = (v) => (/^https?:\/\//i.test(v.trim()) ? v.trim() : undefined);

function link(href, text, cls) {
  return href ? el('a', text, cls ? { href, class: cls, dir: 'auto' } : { href, dir: 'auto' }) : el('bdi', text);
}

/** "Phone: <a href=tel:...>0113 496 0010</a>" */
function line(label, value, href, text = value) {
  const p = para(`${label}: `);
  p.append(link(href(value), text));
  return p;
}

function ages({ min = 0, max }) {
  if (max === undefined) return min ? `Ages ${min} and over` : '';
  if (!min) return `Up to ${max}`;
  return min === max ? `Age ${min}` : `Ages ${min} to ${max}`;
}

// Intl.DisplayNames is slow enough per call to remember its answers.
const languages = new Map();
function language(code) {
  let name = languages.get(code);
  if (name === undefined) {
    try {
      name = /^(bsl|bfi)$/i.test(code) ? 'British Sign Language' : languageNames.of(code);
    } catch {
      name = code;
    }
    languages.set(code, name);
  }
  return name;
}

// ---------------------------------------------------------------- dates and opening hours (UK time)

/** "2026-11-03" as UTC ms, or undefined when not a real date. */
function parseDay(value) {
  const m = typeof value === 'string' && /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return undefined;
  const time = Date.UTC(+m[1], m[2] - 1, +m[3]);
  return new Date(time).getUTCDate() === +m[3] ? time : undefined;
}
const formatDate = (time) => {
  const d = new Date(time);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
};
const minutes = (time) => +time.slice(0, 2) * 60 + +time.slice(3);
const formatTime = (m) => {
  const h = Math.floor(m / 60) % 24;
  const mm = m % 60;
  return `${h % 12 || 12}${mm ? `:${String(mm).padStart(2, '0')}` : ''}${h < 12 ? 'am' : 'pm'}`;
};

/** The UK wall clock: weekday (0 = Monday), calendar date as UTC ms, minutes since midnight. */
function londonNow(now) {
  const p = {};
  for (const { type, value } of london.formatToParts(now)) p[type] = value;
  const date = Date.UTC(+p.year, p.month - 1, +p.day);
  return { weekday: (new Date(date).getUTCDay() + 6) % 7, date, minutes: (+p.hour % 24) * 60 + +p.minute };
}

/** Open sessions from yesterday to `ahead` days on, as [start, end) minutes from today's midnight; closedOn days are shut. */
function sessions(hours, t, ahead) {
  const closed = new Set((hours.closedOn || []).map(parseDay));
  const out = [];
  for (let k = -1; k <= ahead; k++) {
    if (closed.has(t.date + k * MS_PER_DAY)) continue;
    const shutNext = closed.has(t.date + (k + 1) * MS_PER_DAY);
    const day = DAYS[(t.weekday + k + 7) % 7];
    const add = (opens, closes) => {
      // Closing at or before opening runs past midnight; 23:59 means the end of the day.
      const end = k * DAY + closes + (closes <= opens ? DAY : 0);
      out.push([k * DAY + opens, shutNext ? Math.min(end, (k + 1) * DAY) : end]);
    };
    if (hours.alwaysOpen) add(0, DAY);
    else for (const s of hours.weekly || []) if (s.day === day) add(minutes(s.opens), s.closes === '23:59' ? DAY : minutes(s.closes));
  }
  return out.sort((a, b) => a[0] - b[0]);
}

/** The finder's hours line: { open, text }, or undefined when the hours are not known. */
function openStatus(hours, t) {
  if (!hours || !(hours.alwaysOpen || (hours.weekly && hours.weekly.length))) return undefined;
  const list = sessions(hours, t, 14);
  let end = t.minutes;
  for (const [s, e] of list) if (s <= end && e > end) end = e;
  if (end > t.minutes) return { open: true, text: end > 14 * DAY ? 'Open 24 hours' : `Open now, closes at ${formatTime(end % DAY)}` };
  const next = list.find(([s]) => s > t.minutes);
  if (!next) return { open: false, text: 'Closed' };
  const k = Math.floor(next[0] / DAY);
  const when = t.date + k * MS_PER_DAY;
  const time = formatTime(next[0] % DAY);
  const day = WEEKDAYS[new Date(when).getUTCDay()];
  const text = !k
    ? `Closed, opens at ${time}`
    : k === 1
      ? `Closed, opens tomorrow at ${time}`
      : k < 7
        ? `Closed, opens ${day} at ${time}`
        : `Closed, opens ${day} ${formatDate(when)} at ${time}`;
  return { open: false, text };
}

// ---------------------------------------------------------------- the waiting-time badge

// Two icons made once and cloned: a tick within target, a "!" over it.
function icon(d) {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('d', d);
  svg.append(path);
  return svg;
}
const TICK = icon('M3 8.5l3 3 7-7');
const BANG = icon('M8 2.5v7m0 3.5v.5');

/** A duration in words: days under 14, then weeks rounded to the nearest. */
const span = (n) => {
  const d = Math.round(n);
  return d < 14 ? plural(d, 'day', 'days') : plural(Math.round(d / 7), 'week', 'weeks');
};
const cap = (s) => s[0].toUpperCase() + s.slice(1);

/**
 * One line on screen ("About 3 weeks · within 6-week target"), one sentence for a screen reader.
 * `today` is the UK calendar date, from which the finder's badge counts days too.
 */
function badge(w, today) {
  const asOf = parseDay(w.asOf);
  const age = asOf === undefined ? NaN : Math.round((today - asOf) / MS_PER_DAY);
  if (typeof w.days !== 'number' || !(age >= 0)) return el('span', 'Waiting time not available', { class: 'badge na' });
  const wait = w.days;
  const target = w.targetDays || 0;
  const open = w.acceptingReferrals !== false;
  const stale = age > STALE_AFTER;
  const said = open ? (wait ? `about ${span(Math.max(wait, 1))}` : 'no wait at the moment') : 'not taking new referrals at the moment';
  const ok = open && target ? wait <= target : undefined;
  // A target of whole weeks is stated in weeks, any other in days.
  const goal = target % 7 ? `${target}-day target` : `${target / 7}-week target`;
  const against = ok === undefined ? '' : ok ? `within ${goal}` : `longer than ${goal}`;
  const sentence = [
    open ? `Waiting time: ${said}.` : `${cap(said)}.`,
    open && wait ? `${STATISTIC[w.statistic]} ${MEASURE[w.measure]}.` : '',
    against && (ok ? `Within the ${goal}.` : `Longer than the ${goal}.`),
    `Updated ${formatDate(asOf)}.`,
    stale ? 'This may be out of date.' : '',
  ];
  const tone = stale ? 'stale' : against && (ok ? 'within' : 'over');
  const base = el('span', '', { class: tone ? `badge ${tone}` : 'badge' });
  const shown = el('span', '', { 'aria-hidden': 'true' });
  shown.append(el('span', cap(said), { class: 'wait' }));
  if (against) {
    const part = el('span', '', { class: 'target' });
    part.append((ok ? TICK : BANG).cloneNode(true), against);
    shown.append(' · ', part);
  }
  if (stale) shown.append(' · ', el('span', 'This may be out of date', { class: 'meta' }));
  base.append(el('span', sentence.filter(Boolean).join(' '), { class: 'sr' }), shown);
  return base;
}

// ---------------------------------------------------------------- the form

function check(label) {
  const node = el('label', '', { class: 'check' });
  node.append(el('input', '', { type: 'checkbox' }), label);
  return node;
}

function group(legend, options) {
  const fieldset = el('fieldset');
  fieldset.append(el('legend', legend));
  for (const label of options) fieldset.append(check(label));
  return fieldset;
}

function field(label, input, after) {
  const div = el('div', '', { class: 'field' });
  div.append(el('label', label, { for: input.id }), after || input);
  return div;
}

/** The finder's form. Only #q filters; the rest are there to be laid out and read, as on the finder. */
function form(categories) {
  const node = el('form', '', { role: 'search', 'aria-label': 'Services' });
  const q = el('input', '', { id: 'q', type: 'search', autocomplete: 'off' });
  const pc = el('input', '', { id: 'pc', autocomplete: 'postal-code', 'aria-invalid': 'false' });
  const row = el('div', '', { class: 'row' });
  row.append(pc);
  if (navigator.geolocation) row.append(el('button', 'Use my location', { type: 'button' }));
  node.append(
    field('Search', q),
    field('Your postcode', pc, row),
    group('Type of support', categories.map(categoryLabel)),
    group('Show only', ['I can refer myself', 'Open now']),
    field('Your age', el('input', '', { id: 'age', type: 'number', inputmode: 'numeric', min: '0', max: '130' })),
    group('How you want to be helped', Object.values(DELIVERY)),
  );
  // Enter must not reload the page.
  node.addEventListener('submit', (e) => e.preventDefault());
  return node;
}

// ---------------------------------------------------------------- cards

const expanded = new Set();

function card(s, i, t) {
  const r = s.referral || {};
  const c = s.contact || {};
  const l = s.location || {};
  const self = s.selfReferral;
  const article = el('article');
  article.append(el('h3', s.name, { tabindex: '-1', dir: 'auto' }));
  if (s.organisation) article.append(para(s.organisation, 'org'));
  const long = s.description && s.description.length > 60;
  if (s.description) article.append(el('p', s.description, { id: `d${i}`, class: long && !expanded.has(s.id) ? 'clip' : '', dir: 'auto' }));
  if (long) {
    const open = expanded.has(s.id);
    const more = el('button', open ? 'Read less' : 'Read more', { type: 'button', class: 'more', 'aria-expanded': String(open), 'aria-controls': `d${i}` });
    more.value = s.id;
    article.append(more);
  }
  if (s.categories && s.categories.length) {
    const tags = el('ul', '', { class: 'tags', 'aria-label': 'Categories' });
    for (const id of s.categories) tags.append(el('li', categoryLabel(id)));
    article.append(tags);
  }
  const a = s.ages && ages(s.ages);
  if (a) article.append(para(a));
  if (self && r.url) {
    const href = httpsHref(r.url);
    const p = para();
    p.append(link(href, href ? 'Refer yourself' : `Refer yourself online: ${r.url}`, 'refer'));
    article.append(p);
  }
  if (self && r.phone) article.append(line('Refer yourself by phone', r.phone, telHref));
  if (r.gp) article.append(para(self ? 'You can also ask your GP to refer you.' : 'Ask your GP to refer you.'));
  if (r.notes) article.append(para(r.notes));
  if (c.phone) article.append(line('Phone', c.phone, telHref));
  if (c.text) article.append(line('Text', c.text, smsHref));
  if (c.email) article.append(line('Email', c.email, mailHref));
  if (c.website) article.append(line('Website', c.website, webHref, c.website.replace(/^https?:\/\/|\/$/g, '')));
  const where = [l.address, l.postcode].filter(Boolean).join(', ');
  if (where) article.append(para(where));
  if (s.delivery && s.delivery.length) article.append(para(`How: ${s.delivery.map((d) => DELIVERY[d]).join(', ')}`));
  const hours = openStatus(s.hours, t);
  if (hours) article.append(para(hours.text, hours.open ? 'open' : ''));
  if (s.hours && s.hours.note) article.append(para(s.hours.note));
  if (s.languages && s.languages.length) article.append(para(`Languages: ${s.languages.map(language).join(', ')}`));
  if (s.waitingTime != null) article.append(badge(s.waitingTime, t.date));
  const li = el('li');
  li.append(article);
  return li;
}

// ---------------------------------------------------------------- search and results

let services;
let search;
let input;
let shown = PAGE;
const more = el('button', 'Show more', { type: 'button', class: 'show-more' });
const empty = el('div', '', { class: 'empty' });

function update() {
  const words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
  const page = [];
  let total = 0;
  for (let i = 0; i < services.length; i++) {
    if (!words.every((w) => search[i].includes(w))) continue;
    total++;
    if (page.length < shown) page.push(services[i]);
  }
  // One clock reading per render: every card asks about the same minute.
  const t = londonNow(new Date());
  count.textContent = total ? plural(total, 'service', 'services') : 'No services match';
  list.replaceChildren(...page.map((s, i) => card(s, i, t)));
  list.hidden = !total;
  more.hidden = page.length >= total;
  empty.hidden = total > 0;
}

/** Builds the form from the feed, wires it up and renders the first page. */
function start(feed) {
  services = feed.services;
  search = services.map((s) => [s.name, s.organisation, s.description, ...(s.categories || []).map(categoryLabel)].join('\n').toLowerCase());
  const categories = [...new Set(services.flatMap((s) => s.categories || []))].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1));
  const searchForm = form(categories);
  input = searchForm.querySelector('#q');
  input.addEventListener('input', () => {
    shown = PAGE;
    update();
  });

  list.addEventListener('click', (e) => {
    const button = e.target.closest('.more');
    if (!button) return;
    const open = !expanded.delete(button.value);
    if (open) expanded.add(button.value);
    document.getElementById(button.getAttribute('aria-controls')).className = open ? '' : 'clip';
    button.setAttribute('aria-expanded', String(open));
    button.textContent = open ? 'Read less' : 'Read more';
  });

  more.addEventListener('click', () => {
    const first = shown;
    shown += PAGE;
    update();
    const h3 = list.querySelectorAll('h3')[first];
    if (h3) h3.focus();
  });

  const clear = el('button', 'Clear filters', { type: 'button' });
  clear.addEventListener('click', () => {
    searchForm.reset();
    shown = PAGE;
    update();
    input.focus();
  });
  const clearLine = el('p');
  clearLine.append(clear);
  empty.append(el('p', 'Try a different search, or fewer filters.'), clearLine);

  count.before(searchForm);
  list.removeAttribute('aria-hidden');
  list.after(more, empty);
  update();
}

const feed = await response.then((r) => r.json()).catch(() => undefined);
if (feed) start(feed);
else count.textContent = 'Service information is not available right now.';
