// The practical floor for `npm run bench`: the service finder's cards rendered from the same feed
// JSON by hand-written DOM code, with no framework, no validation and no shadow DOM. It shows the
// same visible fields as a finder card (name, organisation, description, categories, referral link,
// phone link, hours line, waiting time in words), filters with a plain loop over lower-cased search
// strings computed once, and renders the first page of 10 results.
const PAGE = 10;
const root = document.getElementById('baseline');
const input = root.querySelector('#q');
const count = root.querySelector('#count');
const list = root.querySelector('#list');

// Built once: Intl formatters are costly to create.
const london = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', weekday: 'short', hour: 'numeric', minute: 'numeric', hourCycle: 'h23' });
const minutes = (time) => +time.slice(0, 2) * 60 + +time.slice(3);

function el(tag, text, attrs) {
  const node = document.createElement(tag);
  if (text) node.textContent = text;
  for (const name in attrs) node.setAttribute(name, attrs[name]);
  return node;
}

function line(label, href, text) {
  const p = el('p', `${label}: `);
  p.append(el('a', text, { href }));
  return p;
}

/** "Open now, closes at 17:00", "Open 24 hours" or "Closed now": today's sessions only. */
function hoursLine(hours, now) {
  if (hours.alwaysOpen) return 'Open 24 hours';
  const open = (hours.weekly || []).find((s) => s.day === now.day && minutes(s.opens) <= now.minutes && now.minutes < minutes(s.closes));
  return open ? `Open now, closes at ${open.closes}` : 'Closed now';
}

function waitWords(w) {
  if (w.acceptingReferrals === false) return 'Not taking new referrals at the moment';
  const days = Math.round(w.days);
  const wait = days < 14 ? `${days} days` : `${Math.round(days / 7)} weeks`;
  const target = w.targetDays ? (days <= w.targetDays ? ' · within target' : ' · longer than target') : '';
  return `Waiting time: about ${wait}${target}`;
}

function card(s, now) {
  const article = el('article');
  article.append(el('h3', s.name));
  if (s.organisation) article.append(el('p', s.organisation, { class: 'org' }));
  if (s.description) article.append(el('p', s.description));
  if (s.categories && s.categories.length) {
    const tags = el('ul', '', { class: 'tags', 'aria-label': 'Categories' });
    for (const id of s.categories) tags.append(el('li', id.replace(/-/g, ' ')));
    article.append(tags);
  }
  const url = s.referral && s.referral.url;
  if (s.selfReferral && url && url.startsWith('https://')) {
    const p = el('p');
    p.append(el('a', 'Refer yourself', { href: url, class: 'refer' }));
    article.append(p);
  }
  const phone = s.contact && s.contact.phone;
  if (phone) article.append(line('Phone', `tel:${phone.replace(/[^\d+]/g, '')}`, phone));
  if (s.hours) article.append(el('p', hoursLine(s.hours, now)));
  if (s.waitingTime && typeof s.waitingTime.days === 'number') article.append(el('p', waitWords(s.waitingTime), { class: 'wait' }));
  const li = el('li');
  li.append(article);
  return li;
}

function render(page, total) {
  const parts = {};
  for (const { type, value } of london.formatToParts(new Date())) parts[type] = value;
  const now = { day: parts.weekday.toLowerCase(), minutes: (+parts.hour % 24) * 60 + +parts.minute };
  count.textContent = total ? `${total} service${total > 1 ? 's' : ''}` : 'No services match';
  list.replaceChildren(...page.map((s) => card(s, now)));
}

const response = await fetch(root.dataset.feed, { credentials: 'omit' });
const { services } = await response.json();
const search = services.map((s) => [s.name, s.organisation, s.description, ...(s.categories || [])].join('\n').toLowerCase());

input.addEventListener('input', () => {
  const words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
  const page = [];
  let total = 0;
  for (let i = 0; i < services.length; i++) {
    if (!words.every((w) => search[i].includes(w))) continue;
    total++;
    if (page.length < PAGE) page.push(services[i]);
  }
  render(page, total);
});
render(services.slice(0, PAGE), services.length);
