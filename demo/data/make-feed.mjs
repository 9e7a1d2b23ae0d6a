// Writes the demo feeds: demo/data/feed.json (a realistic feed for a fictional ICB) and the broken
// ones in demo/data/broken/ used by the developer gallery. Run once after editing: node demo/data/make-feed.mjs
//
// Everything here is fictional. Phone numbers are in Ofcom's drama ranges (0113 496 0xxx,
// 0114 496 0xxx, 07700 900xxx) and web addresses use example.org / example.nhs.uk, so nothing
// in the demo can ring or reach a real service. The feed has no real numbers at all.
import { mkdirSync, writeFileSync } from 'node:fs';

const out = new URL('./', import.meta.url);
// Invisible format characters (the hostile feed's) are written as \u escapes, so the files show them.
const visible = (json) => json.replace(/[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
const write = (name, data) => writeFileSync(new URL(name, out), typeof data === 'string' ? data : visible(pretty(data)) + '\n');

/** JSON with short arrays and objects kept on one line, so the feed reads like a hand-written one. */
function pretty(value, indent = '') {
  const line = inline(value);
  if (typeof value !== 'object' || value === null || indent.length + line.length <= 110) return line;
  const inner = indent + '  ';
  if (Array.isArray(value) && value.every((item) => typeof item !== 'object' || item === null)) {
    // Long lists of codes ("LS1", "LS2", ...) wrap like prose rather than one per line.
    const lines = [];
    for (const item of value.map(inline)) {
      const last = lines.length - 1;
      if (last >= 0 && inner.length + lines[last].length + item.length + 2 <= 110) lines[last] += `, ${item}`;
      else lines.push(item);
    }
    return `[\n${lines.map((l) => inner + l).join(',\n')}\n${indent}]`;
  }
  const items = Array.isArray(value)
    ? value.map((item) => inner + pretty(item, inner))
    : Object.entries(value).map(([key, item]) => `${inner}${JSON.stringify(key)}: ${pretty(item, inner)}`);
  const [open, close] = Array.isArray(value) ? '[]' : '{}';
  return `${open}\n${items.join(',\n')}\n${indent}${close}`;
}
function inline(value) {
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  const entries = Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}: ${inline(item)}`);
  return entries.length ? `{ ${entries.join(', ')} }` : '{}';
}

// Opening hours.
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'];
const EVERY_DAY = [...WEEKDAYS, 'sat', 'sun'];
const on = (days, opens, closes) => days.map((day) => ({ day, opens, closes }));
// England bank holidays over Christmas 2026: Boxing Day is a Saturday, so the 28th is the holiday.
const BANK_HOLIDAYS = ['2026-12-25', '2026-12-28', '2027-01-01'];
const officeHours = { weekly: on(WEEKDAYS, '09:00', '17:00'), closedOn: BANK_HOLIDAYS };
const ALWAYS = { alwaysOpen: true };

// Coverage.
const LS = (...n) => n.map((i) => `LS${i}`);
const range = (prefix, from, to) => Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${from + i}`);
const LEEDS = range('LS', 1, 29);
const BRADFORD = range('BD', 1, 24);
const CALDERDALE = range('HX', 1, 7);
const KIRKLEES = range('HD', 1, 9);
const WAKEFIELD = range('WF', 1, 17);
const LEEDS_PRACTICES = ['B82005', 'B86001', 'B86002'];

// English plus the area's most requested languages: British Sign Language, Urdu, Punjabi, Polish.
const MANY_LANGUAGES = ['en', 'bsl', 'ur', 'pa', 'pl'];

const services = [
  // Talking therapies: the ids the pathways' `service` actions point to.
  {
    id: 'aireside-talking-therapies',
    name: 'Aireside Talking Therapies',
    organisation: 'Aireside Partnership NHS Foundation Trust (fictional)',
    description:
      'Free NHS talking therapies for anxiety, low mood, stress, panic, phobias and obsessive thoughts. You can refer yourself online or by phone; you do not need to see your GP first.',
    categories: ['talking-therapies'],
    ages: { min: 16 },
    selfReferral: true,
    referral: { url: 'https://aireside-talk.example.org/refer', phone: '0113 496 0010', gp: true },
    contact: { phone: '0113 496 0010', email: 'talk@aireside-talk.example.org', website: 'https://aireside-talk.example.org/' },
    delivery: ['phone', 'video', 'in-person', 'online'],
    location: { address: '12 Wharf Street, Leeds', postcode: 'LS2 7EQ', lat: 53.7955, lng: -1.5362 },
    coverage: { practices: LEEDS_PRACTICES, postcodeDistricts: LEEDS },
    hours: { weekly: [...on(WEEKDAYS, '08:00', '20:00'), ...on(['sat'], '09:00', '13:00')], closedOn: BANK_HOLIDAYS },
    languages: MANY_LANGUAGES,
    accessibility: ['Step-free access', 'Hearing loop', 'BSL interpreters on request'],
    lastReviewed: '2026-11-02',
    waitingTime: {
      measure: 'referral-to-assessment',
      statistic: 'median',
      days: 18,
      asOf: '2026-11-16',
      targetDays: 42,
      percentWithinTarget: 91,
      previousDays: 24,
      secondAppointmentDays: 38,
      acceptingReferrals: true,
      source: 'Aireside Talking Therapies monthly data',
    },
  },
  {
    id: 'moorbeck-talking-therapies',
    name: 'Moorbeck Talking Therapies',
    organisation: 'Moorbeck Care NHS Trust (fictional)',
    description:
      'Talking therapies for adults in the Bradford area, including groups, guided self-help and one-to-one therapy. Evening and Saturday appointments.',
    categories: ['talking-therapies'],
    ages: { min: 18 },
    selfReferral: true,
    referral: { url: 'https://moorbeck-talk.example.org/refer', gp: true },
    contact: { phone: '0113 496 0020', website: 'https://moorbeck-talk.example.org/' },
    delivery: ['phone', 'video', 'in-person'],
    location: { address: '3 Tannery Yard, Bradford', postcode: 'BD1 4RT', lat: 53.7935, lng: -1.7522 },
    coverage: { practices: ['B83030'], postcodeDistricts: BRADFORD },
    hours: { weekly: [...on(WEEKDAYS, '09:00', '21:00'), ...on(['sat'], '10:00', '14:00')], closedOn: BANK_HOLIDAYS },
    languages: ['en', 'ur', 'pa'],
    lastReviewed: '2026-10-20',
    waitingTime: {
      measure: 'referral-to-treatment',
      statistic: 'median',
      days: 63,
      asOf: '2026-11-13',
      targetDays: 42,
      percentWithinTarget: 38,
      previousDays: 56,
      secondAppointmentDays: 91,
      acceptingReferrals: true,
      source: 'Moorbeck Care NHS Trust, published monthly',
    },
  },
  {
    id: 'calderbrook-talking-therapies',
    name: 'Calderbrook Talking Therapies',
    organisation: 'Calderbrook Health NHS Trust (fictional)',
    description: 'Talking therapies for adults in Calderdale and Kirklees, in person in Halifax and Huddersfield or by video.',
    categories: ['talking-therapies'],
    ages: { min: 16 },
    selfReferral: true,
    referral: { url: 'https://calderbrook-talk.example.org/refer', phone: '0113 496 0030' },
    contact: { phone: '0113 496 0030', website: 'https://calderbrook-talk.example.org/' },
    delivery: ['phone', 'video', 'in-person'],
    location: { address: 'Piece Hall Yard, Halifax', postcode: 'HX1 1RE', lat: 53.7217, lng: -1.8573 },
    coverage: { practices: ['B85010'], postcodeDistricts: [...CALDERDALE, ...KIRKLEES] },
    hours: officeHours,
    languages: ['en', 'ur', 'pl'],
    lastReviewed: '2026-06-30',
    // Stale on purpose: not updated since July.
    waitingTime: {
      measure: 'referral-to-assessment',
      statistic: 'mean',
      days: 29,
      asOf: '2026-07-14',
      targetDays: 42,
      previousDays: 33,
    },
  },
  {
    id: 'wharfe-vale-online-therapy',
    name: 'Wharfe Vale Online Therapy',
    organisation: 'Wharfe Vale Digital (fictional NHS partner)',
    description: 'Guided online courses for anxiety, worry and low mood, with a therapist who checks in with you every week by message.',
    categories: ['talking-therapies', 'wellbeing'],
    ages: { min: 16 },
    selfReferral: true,
    referral: { url: 'https://wharfe-vale.example.org/start' },
    contact: { email: 'support@wharfe-vale.example.org', website: 'https://wharfe-vale.example.org/' },
    delivery: ['online', 'text'],
    hours: { alwaysOpen: true, note: 'The course is online at any time. Therapists reply on weekdays, 9am to 5pm.' },
    languages: ['en', 'pl'],
    lastReviewed: '2026-11-10',
    waitingTime: {
      measure: 'assessment-to-treatment',
      statistic: 'p90',
      days: 12,
      asOf: '2026-11-20',
      targetDays: 28,
      percentWithinTarget: 97,
      previousDays: 15,
      acceptingReferrals: true,
    },
  },
  {
    id: 'aireside-couples-therapy',
    name: 'Aireside Couples Therapy for Depression',
    organisation: 'Aireside Partnership NHS Foundation Trust (fictional)',
    description: 'Therapy for couples where one partner has depression. The waiting list is closed to new referrals until the new year.',
    categories: ['talking-therapies'],
    ages: { min: 18 },
    selfReferral: false,
    referral: { gp: true, notes: 'Your GP or Aireside Talking Therapies can refer you when the list reopens.' },
    contact: { phone: '0113 496 0011' },
    delivery: ['video', 'in-person'],
    location: { address: '12 Wharf Street, Leeds', postcode: 'LS2 7EQ', lat: 53.7955, lng: -1.5362 },
    coverage: { postcodeDistricts: LEEDS },
    hours: officeHours,
    languages: ['en'],
    waitingTime: {
      measure: 'referral-to-treatment',
      statistic: 'median',
      days: 120,
      asOf: '2026-11-09',
      previousDays: 112,
      acceptingReferrals: false,
      source: 'Aireside Partnership monthly dashboard',
    },
  },
  {
    id: 'pennine-edge-older-adults-therapy',
    name: "Pennine Edge Older People's Talking Therapies",
    organisation: 'Pennine Edge Health (fictional)',
    description: 'Talking therapies adapted for people over 65, at home, by phone or at your GP practice.',
    categories: ['talking-therapies', 'older-people'],
    ages: { min: 65 },
    selfReferral: true,
    referral: { phone: '0113 496 0040', gp: true },
    contact: { phone: '0113 496 0040', website: 'https://pennine-edge.example.org/older-people' },
    delivery: ['phone', 'in-person'],
    location: { address: 'Town Hall Annexe, Wakefield', postcode: 'WF1 2HQ', lat: 53.6833, lng: -1.4977 },
    coverage: { postcodeDistricts: WAKEFIELD },
    hours: officeHours,
    languages: ['en', 'pa'],
    waitingTime: {
      measure: 'referral-to-assessment',
      statistic: 'p95',
      days: 40,
      asOf: '2026-11-23',
      targetDays: 42,
      percentWithinTarget: 95,
      previousDays: 40,
    },
  },

  // Crisis.
  {
    id: 'aireside-crisis-line',
    name: 'Aireside 24-hour Mental Health Crisis Line',
    organisation: 'Aireside Partnership NHS Foundation Trust (fictional)',
    description: 'Talk to a mental health worker at any time, day or night, if you or someone you care for is in crisis.',
    categories: ['crisis'],
    selfReferral: true,
    contact: { phone: '0113 496 0100', text: '07700 900100' },
    delivery: ['phone', 'text'],
    coverage: { postcodeDistricts: [...LEEDS, ...BRADFORD, ...CALDERDALE, ...KIRKLEES, ...WAKEFIELD] },
    hours: ALWAYS,
    languages: MANY_LANGUAGES,
    accessibility: ['Text relay', 'BSL video relay'],
    lastReviewed: '2026-11-20',
  },
  {
    id: 'bankside-crisis-cafe',
    name: 'Bankside Crisis Café',
    organisation: 'Bankside Community Trust (fictional)',
    description: 'A calm, friendly place to go in the evening or overnight when things feel too much. No appointment needed: walk in, call ahead or text.',
    categories: ['crisis', 'peer-support'],
    ages: { min: 18 },
    selfReferral: true,
    contact: { phone: '0113 496 0110', text: '07700 900110', website: 'https://bankside-cafe.example.org/' },
    delivery: ['in-person', 'phone'],
    location: { address: '40 Call Lane, Leeds', postcode: 'LS1 6DT', lat: 53.7951, lng: -1.5405 },
    coverage: { postcodeDistricts: LEEDS },
    hours: {
      weekly: [...on(['mon', 'tue', 'wed', 'thu', 'sun'], '18:00', '23:00'), ...on(['fri', 'sat'], '18:00', '04:00')],
      note: 'Open on bank holidays.',
    },
    languages: ['en', 'pl'],
    accessibility: ['Step-free access', 'Quiet room'],
    lastReviewed: '2026-11-18',
  },
  {
    id: 'moorbeck-safe-space',
    name: 'Moorbeck Safe Space',
    organisation: 'Moorbeck Mind Matters (fictional charity)',
    description: 'An overnight safe space at weekends for people in distress. Staffed by mental health workers and volunteers with lived experience.',
    categories: ['crisis'],
    ages: { min: 16 },
    selfReferral: true,
    contact: { phone: '0113 496 0120' },
    delivery: ['in-person', 'phone'],
    location: { address: '7 Mill Court, Bradford', postcode: 'BD1 2PJ', lat: 53.7961, lng: -1.7569 },
    coverage: { postcodeDistricts: BRADFORD },
    hours: { weekly: [...on(['thu'], '20:00', '02:00'), ...on(['fri', 'sat'], '22:00', '04:00')], closedOn: ['2026-12-25'] },
    languages: ['en', 'ur', 'pa'],
    lastReviewed: '2026-10-28',
  },
  {
    id: 'pennine-edge-crisis-text',
    name: 'Pennine Edge Crisis Text Service',
    organisation: 'Pennine Edge Health (fictional)',
    description: 'Text a trained volunteer at any time if you are struggling to cope and prefer not to talk on the phone.',
    categories: ['crisis'],
    ages: { min: 13 },
    selfReferral: true,
    contact: { text: '07700 900130' },
    delivery: ['text'],
    hours: ALWAYS,
    languages: ['en'],
    lastReviewed: '2026-11-01',
  },
  {
    id: 'aireside-young-peoples-crisis-line',
    name: "Aireside Young People's Crisis Line",
    organisation: 'Aireside Partnership NHS Foundation Trust (fictional)',
    description: 'A 24-hour line for children and young people under 18, and for parents and carers worried about them.',
    categories: ['crisis', 'young-people'],
    ages: { max: 17 },
    selfReferral: true,
    contact: { phone: '0113 496 0150', text: '07700 900150' },
    delivery: ['phone', 'text'],
    coverage: { postcodeDistricts: [...LEEDS, ...BRADFORD] },
    hours: ALWAYS,
    languages: ['en', 'ur'],
    lastReviewed: '2026-11-15',
  },

  // Wellbeing.
  {
    id: 'kirkgate-wellbeing-college',
    name: 'Kirkgate Wellbeing College',
    organisation: 'Kirkgate Learning Trust (fictional)',
    description: 'Free short courses on sleep, stress, confidence and living well, for anyone over 18. Online or in person.',
    categories: ['wellbeing'],
    ages: { min: 18 },
    selfReferral: true,
    referral: { url: 'https://kirkgate-college.example.org/enrol' },
    contact: { phone: '0113 496 0200', website: 'https://kirkgate-college.example.org/' },
    delivery: ['in-person', 'online'],
    location: { address: 'Kirkgate Library, Leeds', postcode: 'LS2 7DJ', lat: 53.7968, lng: -1.5383 },
    coverage: { postcodeDistricts: LEEDS },
    hours: officeHours,
    languages: ['en', 'pl', 'ur'],
    accessibility: ['Step-free access', 'Large print materials'],
  },
  {
    id: 'greenway-walking-for-wellbeing',
    name: 'Greenway Walking for Wellbeing',
    organisation: 'Greenway Parks Friends (fictional)',
    description: 'Free, gentle group walks in local parks every week, with a cup of tea at the end.',
    categories: ['wellbeing', 'physical-health', 'older-people'],
    selfReferral: true,
    contact: { phone: '0113 496 0210', email: 'walks@greenway.example.org' },
    delivery: ['in-person'],
    location: { address: 'Roundhay Lane Park Gates, Leeds', postcode: 'LS8 2HH', lat: 53.8373, lng: -1.4988 },
    coverage: { postcodeDistricts: LS(7, 8, 17) },
    hours: { weekly: [...on(['tue', 'thu'], '10:00', '12:00')], note: 'Walks start at the park gates.' },
    languages: ['en'],
  },
  {
    id: 'calder-mindfulness-circle',
    name: 'Calder Mindfulness Circle',
    organisation: 'Calder Community Wellbeing (fictional)',
    description: 'A weekly evening mindfulness group for beginners. No experience needed.',
    categories: ['wellbeing'],
    ages: { min: 16 },
    selfReferral: true,
    contact: { phone: '0113 496 0220', website: 'https://calder-circle.example.org/' },
    delivery: ['in-person', 'video'],
    location: { address: 'The Old Chapel, Hebden Bridge', postcode: 'HX7 8AD', lat: 53.7417, lng: -2.0137 },
    coverage: { postcodeDistricts: CALDERDALE },
    hours: { weekly: on(['tue'], '18:30', '20:30') },
    languages: ['en'],
  },
  {
    id: 'signing-minds-bsl',
    name: 'Signing Minds BSL Wellbeing Service',
    organisation: 'Signing Minds (fictional charity)',
    description: 'Wellbeing support in British Sign Language, by Deaf workers, by video call or in person.',
    categories: ['wellbeing', 'peer-support'],
    selfReferral: true,
    contact: { text: '07700 900230', email: 'hello@signing-minds.example.org', website: 'https://signing-minds.example.org/' },
    delivery: ['video', 'text', 'in-person'],
    location: { address: 'Deaf Centre, Bradford', postcode: 'BD8 7AA', lat: 53.8012, lng: -1.7797 },
    hours: officeHours,
    languages: ['bsl', 'en'],
    accessibility: ['BSL throughout', 'Text and video contact'],
  },
  {
    id: 'saheli-circle-moorbeck',
    name: 'Saheli Circle Moorbeck',
    organisation: 'Saheli Circle (fictional charity)',
    description: 'A women-only wellbeing group for South Asian women, in Urdu, Punjabi and English. Childcare available.',
    categories: ['wellbeing', 'peer-support'],
    ages: { min: 18 },
    selfReferral: true,
    contact: { phone: '0113 496 0240' },
    delivery: ['in-person', 'phone'],
    location: { address: 'Community Hall, Manningham, Bradford', postcode: 'BD8 9NP', lat: 53.8051, lng: -1.7702 },
    coverage: { postcodeDistricts: BRADFORD },
    hours: { weekly: on(['wed'], '10:00', '13:00'), closedOn: BANK_HOLIDAYS },
    languages: ['ur', 'pa', 'en'],
  },

  // Peer support.
  {
    id: 'aireside-hearing-voices',
    name: 'Aireside Hearing Voices Group',
    organisation: 'Aireside Peer Network (fictional)',
    description: 'A friendly group for people who hear voices or see things others do not. Run by people with lived experience.',
    categories: ['peer-support'],
    ages: { min: 18 },
    selfReferral: true,
    contact: { phone: '0113 496 0300', email: 'voices@aireside-peer.example.org' },
    delivery: ['in-person'],
    location: { address: 'Chapeltown Community Centre, Leeds', postcode: 'LS7 3EH', lat: 53.8178, lng: -1.5327 },
    coverage: { postcodeDistricts: LEEDS },
    hours: { weekly: on(['mon'], '14:00', '16:00') },
    languages: ['en'],
  },
  {
    id: 'beckside-mens-talking-group',
    name: "Beckside Men's Talking Group",
    organisation: 'Beckside Community Sheds (fictional)',
    description: 'Men meeting to talk, make things and look out for each other. Wednesday evenings, no need to book.',
    categories: ['peer-support', 'wellbeing'],
    ages: { min: 18 },
    selfReferral: true,
    contact: { phone: '07700 900310' },
    delivery: ['in-person'],
    location: { address: 'Beckside Shed, Keighley', postcode: 'BD21 3QX', lat: 53.8675, lng: -1.9065 },
    coverage: { postcodeDistricts: range('BD', 20, 22) },
    hours: { weekly: on(['wed'], '18:00', '21:00') },
    languages: ['en'],
  },
  {
    id: 'aireside-polish-peer-support',
    name: 'Aireside Polish Peer Support Circle',
    organisation: 'Aireside Peer Network (fictional)',
    description: 'Peer support in Polish for anyone feeling isolated, anxious or low. Spotkania po polsku.',
    categories: ['peer-support'],
    ages: { min: 18 },
    selfReferral: true,
    contact: { phone: '0113 496 0320', email: 'krag@aireside-peer.example.org' },
    delivery: ['in-person', 'video'],
    location: { address: 'Harehills Library, Leeds', postcode: 'LS9 6AQ', lat: 53.8093, lng: -1.5094 },
    coverage: { postcodeDistricts: LEEDS },
    hours: { weekly: on(['sat'], '11:00', '13:00') },
    languages: ['pl', 'en'],
  },
  {
    id: 'wakeley-veterans-drop-in',
    name: "Wakeley Veterans' Mental Health Drop-in",
    organisation: 'Wakeley Veterans Hub (fictional)',
    description: 'A drop-in for armed forces veterans and their families, with peer mentors and help to reach NHS veterans services.',
    categories: ['peer-support', 'wellbeing'],
    ages: { min: 18 },
    selfReferral: true,
    contact: { phone: '0113 496 0330', website: 'https://wakeley-veterans.example.org/' },
    delivery: ['in-person', 'phone'],
    location: { address: 'Drill Hall, Wakefield', postcode: 'WF1 3JS', lat: 53.6864, lng: -1.4992 },
    coverage: { postcodeDistricts: WAKEFIELD },
    hours: { weekly: on(['thu'], '10:00', '15:00'), closedOn: BANK_HOLIDAYS },
    languages: ['en'],
  },

  // Children and young people.
  {
    id: 'fernbank-youth-mind-hub',
    name: 'Fernbank Youth Mind Hub',
    organisation: 'Fernbank Youth Trust (fictional)',
    description: 'Drop in, text or book a chat with a youth worker about anything on your mind. For 11 to 25 year olds.',
    categories: ['young-people', 'wellbeing'],
    ages: { min: 11, max: 25 },
    selfReferral: true,
    referral: { phone: '07700 900400' },
    contact: { phone: '0113 496 0400', text: '07700 900400', email: 'hello@fernbank-youth.example.org' },
    delivery: ['in-person', 'text', 'video'],
    location: { address: 'Fernbank Youth Centre, Leeds', postcode: 'LS12 1DU', lat: 53.7929, lng: -1.5781 },
    coverage: { postcodeDistricts: LEEDS },
    hours: { weekly: [...on(WEEKDAYS, '15:00', '21:00'), ...on(['sat'], '12:00', '17:00')], closedOn: BANK_HOLIDAYS },
    languages: ['en', 'ur', 'pl'],
    lastReviewed: '2026-11-05',
    waitingTime: {
      measure: 'referral-to-assessment',
      statistic: 'median',
      days: 5,
      asOf: '2026-11-20',
      targetDays: 14,
      percentWithinTarget: 96,
      previousDays: 7,
    },
  },
  {
    id: 'aireside-camhs-spa',
    name: "Aireside Children and Young People's Mental Health Service (CAMHS)",
    organisation: 'Aireside Partnership NHS Foundation Trust (fictional)',
    description:
      'Specialist mental health care for children and young people up to 18. Referral through a GP, school nurse or other professional; parents can call for advice.',
    categories: ['young-people'],
    ages: { max: 17 },
    selfReferral: false,
    referral: { gp: true, phone: '0113 496 0410', notes: 'Parents and carers can call for advice before a referral.' },
    contact: { phone: '0113 496 0410', website: 'https://aireside-camhs.example.nhs.uk/' },
    delivery: ['in-person', 'video', 'phone'],
    location: { address: 'Rosebank Children’s Centre, Leeds', postcode: 'LS6 2QR', lat: 53.8172, lng: -1.5723 },
    coverage: { practices: LEEDS_PRACTICES, postcodeDistricts: LEEDS },
    hours: officeHours,
    languages: ['en', 'ur', 'pa', 'pl', 'bsl'],
    waitingTime: {
      measure: 'referral-to-assessment',
      statistic: 'p95',
      days: 84,
      asOf: '2026-11-10',
      targetDays: 28,
      percentWithinTarget: 44,
      previousDays: 91,
      secondAppointmentDays: 120,
      acceptingReferrals: true,
      source: 'Aireside Partnership CAMHS dashboard',
    },
  },
  {
    id: 'westgate-student-wellbeing-line',
    name: 'Westgate Student Wellbeing Line',
    organisation: 'Westgate Students’ Union (fictional)',
    description: 'An evening listening line run by trained students for students in Leeds and Bradford.',
    categories: ['young-people', 'peer-support'],
    ages: { min: 16, max: 25 },
    selfReferral: true,
    contact: { phone: '0113 496 0420', text: '07700 900420' },
    delivery: ['phone', 'text'],
    hours: { weekly: on(EVERY_DAY, '20:00', '02:00'), note: 'Closed during the summer holidays.' },
    languages: ['en'],
  },
  {
    id: 'calderbrook-young-carers',
    name: 'Calderbrook Young Carers Crew',
    organisation: 'Calderbrook Carers Trust (fictional)',
    description: 'Breaks, clubs and someone to talk to for young people who look after a family member.',
    categories: ['young-people', 'carers'],
    ages: { min: 8, max: 18 },
    selfReferral: true,
    contact: { phone: '0113 496 0430', email: 'crew@calderbrook-carers.example.org' },
    delivery: ['in-person', 'phone'],
    location: { address: 'Calderbrook Carers Centre, Huddersfield', postcode: 'HD1 2JN', lat: 53.6458, lng: -1.785 },
    coverage: { postcodeDistricts: [...CALDERDALE, ...KIRKLEES] },
    hours: { weekly: [...on(WEEKDAYS, '10:00', '18:00'), ...on(['sat'], '10:00', '14:00')], closedOn: BANK_HOLIDAYS },
    languages: ['en', 'ur'],
  },

  // Older people.
  {
    id: 'silver-threads-befriending',
    name: 'Silver Threads Befriending Line',
    organisation: 'Silver Threads (fictional charity)',
    description: 'A friendly weekly phone call for people over 60 who feel lonely, and a free line to call for a chat every day.',
    categories: ['older-people', 'wellbeing'],
    ages: { min: 60 },
    selfReferral: true,
    contact: { phone: '0113 496 0500' },
    delivery: ['phone'],
    hours: { weekly: on(EVERY_DAY, '08:00', '20:00') },
    languages: ['en', 'pa', 'pl'],
  },
  {
    id: 'aireside-memory-wellbeing',
    name: 'Aireside Memory and Wellbeing Service',
    organisation: 'Aireside Partnership NHS Foundation Trust (fictional)',
    description: 'Assessment and support for memory problems and low mood in later life. Your GP refers you.',
    categories: ['older-people'],
    ages: { min: 65 },
    selfReferral: false,
    referral: { gp: true },
    contact: { phone: '0113 496 0510', website: 'https://aireside-memory.example.nhs.uk/' },
    delivery: ['in-person', 'phone'],
    location: { address: 'St Mary’s Clinic, Leeds', postcode: 'LS12 3QE', lat: 53.7881, lng: -1.6027 },
    coverage: { practices: LEEDS_PRACTICES },
    hours: officeHours,
    languages: ['en', 'pa'],
    waitingTime: {
      measure: 'referral-to-assessment',
      statistic: 'mean',
      days: 49,
      asOf: '2026-11-18',
      targetDays: 42,
      percentWithinTarget: 61,
      previousDays: 45,
    },
  },

  // Perinatal.
  {
    id: 'moorbeck-perinatal-team',
    name: 'Moorbeck Perinatal Mental Health Team',
    organisation: 'Moorbeck Care NHS Trust (fictional)',
    description: 'Specialist mental health care in pregnancy and up to two years after birth. Ask your GP, midwife or health visitor to refer you.',
    categories: ['perinatal'],
    ages: { min: 16 },
    selfReferral: false,
    referral: { gp: true, notes: 'Midwives and health visitors can refer too.' },
    contact: { phone: '0113 496 0600', website: 'https://moorbeck-perinatal.example.nhs.uk/' },
    delivery: ['in-person', 'video', 'phone'],
    location: { address: 'Bradford Women’s Unit, Bradford', postcode: 'BD9 6RJ', lat: 53.8083, lng: -1.7936 },
    coverage: { postcodeDistricts: [...BRADFORD, ...CALDERDALE] },
    hours: officeHours,
    languages: ['en', 'ur', 'pa', 'pl'],
    waitingTime: {
      measure: 'referral-to-assessment',
      statistic: 'median',
      days: 21,
      asOf: '2026-11-11',
      targetDays: 28,
      percentWithinTarget: 88,
      previousDays: 26,
    },
  },
  {
    id: 'little-acorns-parent-baby',
    name: 'Little Acorns Parent and Baby Group',
    organisation: 'Little Acorns (fictional charity)',
    description: 'A weekly group for parents who feel low or anxious after having a baby. Bring your baby; dads and partners welcome.',
    categories: ['perinatal', 'peer-support'],
    selfReferral: true,
    contact: { phone: '07700 900610', email: 'hello@little-acorns.example.org' },
    delivery: ['in-person'],
    location: { address: 'Children’s Centre, Headingley, Leeds', postcode: 'LS6 3HN', lat: 53.8222, lng: -1.5776 },
    coverage: { postcodeDistricts: LS(4, 5, 6, 16) },
    hours: { weekly: on(['fri'], '10:00', '12:00'), closedOn: BANK_HOLIDAYS },
    languages: ['en', 'pl'],
  },

  // Eating disorders.
  {
    id: 'aireside-eating-disorders',
    name: 'Aireside Adult Eating Disorders Service',
    organisation: 'Aireside Partnership NHS Foundation Trust (fictional)',
    description: 'Assessment and treatment for adults with eating disorders. Your GP refers you after a health check.',
    categories: ['eating-disorders'],
    ages: { min: 18 },
    selfReferral: false,
    referral: { gp: true },
    contact: { phone: '0113 496 0700' },
    delivery: ['in-person', 'video'],
    location: { address: 'Kirkstall Road Clinic, Leeds', postcode: 'LS3 1JA', lat: 53.8001, lng: -1.5656 },
    coverage: { postcodeDistricts: [...LEEDS, ...BRADFORD, ...WAKEFIELD] },
    hours: officeHours,
    languages: ['en'],
    // Stale on purpose, and over target.
    waitingTime: {
      measure: 'referral-to-treatment',
      statistic: 'p90',
      days: 140,
      asOf: '2026-07-03',
      targetDays: 126,
      previousDays: 133,
    },
  },
  {
    id: 'beacon-eating-difficulties-helpline',
    name: 'Beacon Eating Difficulties Helpline',
    organisation: 'Beacon (fictional charity)',
    description: 'Talk, text or email about eating difficulties, for yourself or someone you care about.',
    categories: ['eating-disorders', 'carers'],
    selfReferral: true,
    contact: { phone: '0114 496 0710', text: '07700 900710', email: 'help@beacon-eating.example.org' },
    delivery: ['phone', 'text', 'online'],
    hours: { weekly: [...on(WEEKDAYS, '16:00', '22:00'), ...on(['sat', 'sun'], '16:00', '20:00')] },
    languages: ['en'],
  },

  // Drugs and alcohol.
  {
    id: 'turning-tide-drugs-alcohol',
    name: 'Turning Tide Drug and Alcohol Service',
    organisation: 'Turning Tide Recovery (fictional)',
    description: 'Free, confidential help to cut down or stop drinking or using drugs. Walk in, call or refer yourself online.',
    categories: ['drugs-alcohol'],
    ages: { min: 18 },
    selfReferral: true,
    referral: { url: 'https://turning-tide.example.org/refer', phone: '0113 496 0800' },
    contact: { phone: '0113 496 0800', website: 'https://turning-tide.example.org/' },
    delivery: ['in-person', 'phone', 'video'],
    location: { address: '15 Sunbridge Road, Bradford', postcode: 'BD1 2AY', lat: 53.7947, lng: -1.7585 },
    coverage: { postcodeDistricts: BRADFORD },
    hours: { weekly: [...on(WEEKDAYS, '09:00', '17:00'), ...on(['thu'], '17:00', '20:00')], closedOn: BANK_HOLIDAYS },
    languages: ['en', 'ur', 'pa', 'pl'],
    waitingTime: {
      measure: 'referral-to-assessment',
      statistic: 'median',
      days: 6,
      asOf: '2026-11-24',
      targetDays: 21,
      percentWithinTarget: 99,
      previousDays: 9,
      acceptingReferrals: true,
    },
  },
  {
    id: 'aireside-alcohol-advice-line',
    name: 'Aireside Alcohol Advice Line',
    organisation: 'Aireside Partnership NHS Foundation Trust (fictional)',
    description: 'Evening advice line for anyone worried about their own or someone else’s drinking.',
    categories: ['drugs-alcohol', 'carers'],
    selfReferral: true,
    contact: { phone: '0113 496 0810' },
    delivery: ['phone'],
    hours: { weekly: on(WEEKDAYS, '18:00', '22:00'), closedOn: BANK_HOLIDAYS },
    languages: ['en', 'pl'],
  },

  // Bereavement.
  {
    id: 'willow-tree-bereavement',
    name: 'Willow Tree Bereavement Support',
    organisation: 'Willow Tree (fictional charity)',
    description: 'One-to-one and group support after the death of someone close, however long ago it happened.',
    categories: ['bereavement'],
    selfReferral: true,
    referral: { phone: '0113 496 0900', url: 'https://willow-tree.example.org/refer' },
    contact: { phone: '0113 496 0900', website: 'https://willow-tree.example.org/' },
    delivery: ['in-person', 'phone', 'video'],
    location: { address: 'Willow House, Otley', postcode: 'LS21 3AP', lat: 53.9054, lng: -1.6917 },
    coverage: { postcodeDistricts: LEEDS },
    hours: officeHours,
    languages: ['en', 'ur'],
    waitingTime: {
      measure: 'referral-to-assessment',
      statistic: 'median',
      days: 35,
      asOf: '2026-11-12',
      previousDays: 35,
      acceptingReferrals: true,
    },
  },
  {
    id: 'after-loss-suicide-bereavement',
    name: 'After Loss Suicide Bereavement Service',
    organisation: 'After Loss (fictional)',
    description: 'Practical and emotional support for anyone bereaved or affected by suicide. We will contact you within two working days.',
    categories: ['bereavement', 'crisis'],
    selfReferral: true,
    contact: { phone: '0113 496 0910', email: 'support@after-loss.example.org' },
    delivery: ['phone', 'in-person', 'video'],
    hours: { weekly: on(WEEKDAYS, '09:00', '19:00'), closedOn: BANK_HOLIDAYS },
    languages: ['en', 'pa'],
  },

  // Social prescribing.
  {
    id: 'example-road-link-workers',
    name: 'Example Road Surgery Social Prescribing Link Workers',
    organisation: 'Example Road Surgery (fictional)',
    description: 'Time to talk about what matters to you, and help to find local groups, advice and activities. Ask at reception or book online.',
    categories: ['social-prescribing', 'wellbeing'],
    selfReferral: true,
    referral: { phone: '0113 496 0950', gp: true },
    contact: { phone: '0113 496 0950' },
    delivery: ['in-person', 'phone'],
    location: { address: 'Example Road Surgery, 1 Example Road, Leeds', postcode: 'LS6 4AB', lat: 53.8197, lng: -1.5811 },
    coverage: { practices: ['B82005'] },
    hours: officeHours,
    languages: ['en', 'ur'],
  },
  {
    id: 'aire-valley-community-connectors',
    name: 'Aire Valley Community Connectors',
    organisation: 'Aire Valley Voluntary Action (fictional)',
    description: 'Community connectors help you find support with money, housing, loneliness and getting active.',
    categories: ['social-prescribing'],
    selfReferral: true,
    contact: { phone: '0113 496 0960', website: 'https://aire-valley-connect.example.org/' },
    delivery: ['in-person', 'phone'],
    coverage: { practices: ['B86001', 'B86002'], postcodeDistricts: LS(12, 13, 18, 19, 28) },
    hours: officeHours,
    languages: ['en', 'pl', 'pa'],
  },
  {
    id: 'aireside-debt-wellbeing-advice',
    name: 'Aireside Money and Wellbeing Advice',
    organisation: 'Aireside Advice Centre (fictional)',
    description: 'Free advice on debt, benefits and bills for people whose money worries are affecting their mental health.',
    categories: ['social-prescribing', 'employment'],
    selfReferral: true,
    contact: { phone: '0114 496 0970', email: 'advice@aireside-advice.example.org' },
    delivery: ['phone', 'in-person'],
    hours: { weekly: [...on(WEEKDAYS, '10:00', '16:00'), ...on(['wed'], '17:00', '19:30')], closedOn: BANK_HOLIDAYS },
    languages: ['en', 'ur', 'pl'],
  },

  // Employment.
  {
    id: 'workwell-aireside',
    name: 'WorkWell Aireside Employment Advisers',
    organisation: 'Aireside Partnership NHS Foundation Trust (fictional)',
    description: 'Help to stay in work, return to work or find a job while you are having talking therapy.',
    categories: ['employment'],
    ages: { min: 18 },
    selfReferral: true,
    contact: { phone: '0113 496 0980', email: 'workwell@aireside-talk.example.org' },
    delivery: ['phone', 'video', 'in-person'],
    coverage: { postcodeDistricts: LEEDS },
    hours: officeHours,
    languages: ['en', 'pl'],
    waitingTime: {
      measure: 'referral-to-assessment',
      statistic: 'mean',
      days: 10,
      asOf: '2026-11-19',
      targetDays: 14,
      previousDays: 12,
    },
  },
  {
    id: 'stepping-up-ips',
    name: 'Stepping Up Employment Support',
    organisation: 'Stepping Up (fictional)',
    description: 'Individual placement and support for people using secondary mental health services who want paid work.',
    categories: ['employment'],
    ages: { min: 18 },
    selfReferral: false,
    referral: { gp: true, notes: 'Your care coordinator can refer you.' },
    contact: { phone: '0114 496 0990' },
    delivery: ['in-person', 'phone'],
    coverage: { postcodeDistricts: [...BRADFORD, ...CALDERDALE] },
    hours: officeHours,
    languages: ['en', 'ur'],
  },

  // Carers.
  {
    id: 'aireside-carers-hub',
    name: 'Aireside Carers Hub',
    organisation: 'Aireside Carers (fictional charity)',
    description: 'Advice, breaks and a listening ear for adults who care for someone with a mental illness.',
    categories: ['carers'],
    ages: { min: 18 },
    selfReferral: true,
    contact: { phone: '0113 496 0640', website: 'https://aireside-carers.example.org/' },
    delivery: ['phone', 'in-person', 'video'],
    location: { address: 'Carers Centre, Wakefield', postcode: 'WF1 1QX', lat: 53.6822, lng: -1.4961 },
    coverage: { postcodeDistricts: [...LEEDS, ...WAKEFIELD] },
    hours: { weekly: [...on(WEEKDAYS, '09:00', '17:00'), ...on(['tue'], '17:00', '20:00')], closedOn: BANK_HOLIDAYS },
    languages: ['en', 'pa'],
  },

  // Physical health.
  {
    id: 'move-more-aireside',
    name: 'Move More Aireside',
    organisation: 'Aireside Leisure Trust (fictional)',
    description: 'Twelve weeks of free, supported exercise for people with low mood or a long-term condition. Your GP or you can refer.',
    categories: ['physical-health', 'wellbeing'],
    ages: { min: 16 },
    selfReferral: true,
    referral: { gp: true, url: 'https://move-more.example.org/join' },
    contact: { phone: '0113 496 0620' },
    delivery: ['in-person'],
    location: { address: 'Kirkstall Leisure Centre, Leeds', postcode: 'LS5 3BB', lat: 53.8153, lng: -1.6037 },
    coverage: { practices: LEEDS_PRACTICES },
    hours: { weekly: [...on(WEEKDAYS, '07:00', '21:00'), ...on(['sat', 'sun'], '08:00', '16:00')], closedOn: ['2026-12-25'] },
    languages: ['en'],
    accessibility: ['Step-free access', 'Accessible changing rooms'],
  },
  {
    id: 'breathe-easy-moorbeck',
    name: 'Breathe Easy Moorbeck',
    organisation: 'Moorbeck Care NHS Trust (fictional)',
    description: 'Talking therapy for people living with a long-term physical condition such as COPD, diabetes or heart disease.',
    categories: ['physical-health', 'talking-therapies'],
    ages: { min: 18 },
    selfReferral: true,
    referral: { url: 'https://moorbeck-talk.example.org/long-term-conditions', gp: true },
    contact: { phone: '0113 496 0630' },
    delivery: ['phone', 'video', 'in-person'],
    coverage: { practices: ['B83030'], postcodeDistricts: BRADFORD },
    hours: officeHours,
    languages: ['en', 'ur', 'pa'],
    waitingTime: {
      measure: 'assessment-to-treatment',
      statistic: 'p95',
      days: 56,
      asOf: '2026-11-15',
      targetDays: 42,
      percentWithinTarget: 72,
      previousDays: 49,
      secondAppointmentDays: 70,
    },
  },
];

// No 999 or NHS 111 steps: get-help always shows those itself, before any feed step.
const pathways = [
  {
    id: 'adult',
    title: 'Adults',
    steps: [
      {
        urgency: 'urgent',
        title: 'If you need to talk to someone urgently',
        body: 'Call or text the Aireside crisis line, day or night. A mental health worker will answer.',
        actions: [
          { kind: 'call', label: 'Call the Aireside crisis line', value: '0113 496 0100', hours: '24 hours' },
          { kind: 'text', label: 'Text the Aireside crisis line', value: '07700 900100', hours: '24 hours' },
        ],
      },
      {
        urgency: 'soon',
        title: 'A calm place to go, with no appointment',
        body: 'Bankside Crisis Café is a calm place to talk, with no appointment needed.',
        actions: [
          { kind: 'service', label: 'Bankside Crisis Café', value: 'bankside-crisis-cafe', hours: 'Evenings, and overnight on Friday and Saturday' },
          { kind: 'call', label: 'Call the café before you come', value: '0113 496 0110' },
        ],
      },
      {
        urgency: 'routine',
        title: 'Talking therapies: refer yourself',
        body: 'Free NHS talking therapies for anxiety, low mood and stress. You do not need to see your GP first.',
        actions: [
          { kind: 'service', label: 'Aireside Talking Therapies (Leeds)', value: 'aireside-talking-therapies' },
          { kind: 'service', label: 'Moorbeck Talking Therapies (Bradford)', value: 'moorbeck-talking-therapies' },
          { kind: 'service', label: 'Calderbrook Talking Therapies (Calderdale and Kirklees)', value: 'calderbrook-talking-therapies' },
        ],
      },
      {
        urgency: 'routine',
        title: 'Talk to your GP practice',
        body: 'Book an appointment with a GP or a mental health practitioner at the surgery.',
        actions: [{ kind: 'call', label: 'Call Example Road Surgery', value: '0113 496 0999', hours: 'Weekdays 8am to 6:30pm' }],
      },
      {
        urgency: 'self-help',
        title: 'Help yourself today',
        body: 'Free guides and tools you can use straight away.',
        actions: [
          { kind: 'link', label: 'Self-help guides for anxiety and low mood', value: 'https://selfhelp.example.nhs.uk/guides' },
          { kind: 'link', label: 'Sleep better: a 2-week plan', value: 'https://selfhelp.example.nhs.uk/sleep' },
          { kind: 'service', label: 'Wharfe Vale Online Therapy', value: 'wharfe-vale-online-therapy' },
        ],
      },
    ],
  },
  {
    id: 'cyp',
    title: 'Children and young people',
    steps: [
      {
        urgency: 'urgent',
        title: 'If you need to talk to someone now',
        body: "Young people, parents and carers can call or text the Aireside Young People's Crisis Line at any time.",
        actions: [
          { kind: 'call', label: "Call the young people's crisis line", value: '0113 496 0150', hours: '24 hours' },
          { kind: 'text', label: "Text the young people's crisis line", value: '07700 900150', hours: '24 hours' },
        ],
      },
      {
        urgency: 'soon',
        title: 'Drop in or text a youth worker',
        body: 'Fernbank Youth Mind Hub is open after school and on Saturdays for 11 to 25 year olds.',
        actions: [
          { kind: 'service', label: 'Fernbank Youth Mind Hub', value: 'fernbank-youth-mind-hub' },
          { kind: 'text', label: 'Text Fernbank', value: '07700 900400' },
        ],
      },
      {
        urgency: 'routine',
        title: 'Ask about specialist help',
        body: 'A GP or school nurse can refer you to CAMHS. If you are 16 or 17 you can also refer yourself to talking therapies.',
        actions: [
          { kind: 'service', label: 'CAMHS', value: 'aireside-camhs-spa' },
          { kind: 'service', label: 'Aireside Talking Therapies (16 and over)', value: 'aireside-talking-therapies' },
        ],
      },
      {
        urgency: 'self-help',
        title: 'Things that can help',
        actions: [
          { kind: 'link', label: 'Self-help for young people', value: 'https://selfhelp.example.nhs.uk/young-people' },
          { kind: 'link', label: 'Advice for parents and carers', value: 'https://selfhelp.example.nhs.uk/parents' },
        ],
      },
    ],
  },
];

mkdirSync(new URL('broken/', out), { recursive: true });

// The demo server moves this date, lastReviewed and asOf on by the weeks since it (demo/routes.mjs),
// so sources say "monthly", never a month.
const feed = {
  version: 1,
  updated: '2026-11-27T08:00:00Z',
  publisher: { name: 'West Yorkshire Example ICB (fictional)', url: 'https://icb.example.nhs.uk/' },
  services,
  pathways,
};
write('feed.json', feed);

// Broken and edge-case feeds for the developer gallery.
write('broken/empty.json', { ...feed, services: [], pathways: [] });
write('broken/wrong-version.json', { ...feed, version: 2, services: services.slice(0, 2), pathways: [] });
write('broken/invalid.json', JSON.stringify(feed, null, 2).slice(0, 1500));
write(
  'broken/error.html',
  '<!doctype html>\n<html lang="en">\n<title>500 Internal Server Error</title>\n<h1>Internal Server Error</h1>\n<p>The server could not complete your request. Please try again later.</p>\n</html>\n',
);
write('broken/hostile.json', hostile());

/** A valid v1 feed with markup in every free-text string and every trick for sneaking a script into a link. */
function hostile() {
  const xss = (label) => `${label} <script>alert(1)</script><img src=x onerror=alert(1)>`;
  // Own "__proto__" keys, as JSON.parse produces them (an object literal would set the prototype instead).
  const withProto = (object, value) => Object.defineProperty(object, '__proto__', { value, enumerable: true, writable: true, configurable: true });
  const links = [
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(document.domain)',
    '\u200bjavascript:alert(1)',
    ' \u202ejavascript:alert(1)',
    'javascript&colon;alert(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'DaTa:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'VbScRiPt\t:MsgBox(1)',
    '//evil.example.org/',
    'https://example.org/\u202egpj.exe',
  ];
  const link = (i) => links[i % links.length];
  const longName = ('A very long service name ' + 'Pneumonoultramicroscopicsilicovolcanoconiosis'.repeat(4)).repeat(30).slice(0, 5000);

  const hostileServices = links.map((url, i) => {
    const service = {
      id: i === 0 ? '__proto__' : i === 1 ? 'constructor' : xss(`hostile-${i}`),
      name: i === 2 ? longName : xss(`Hostile \u202eecivres\u202c ${i}\u200b\u200d`),
      description: xss('Description with <b>bold</b>, <a href="javascript:alert(1)">a link</a> and {{constructor.constructor("alert(1)")()}}'),
      organisation: xss('Organisation'),
      categories: [xss('category'), 'crisis', 'talking-therapies'],
      ages: { min: 0, max: 130 },
      selfReferral: true,
      referral: { url: link(i + 1), phone: xss('0113 496 0000'), gp: true, notes: xss('Notes') },
      contact: withProto(
        { phone: `tel:0113 496 0${String(i).padStart(3, '0')}<script>`, text: xss('07700 900000'), email: `a@b.example" onmouseover="alert(1)`, website: url },
        { polluted: true },
      ),
      delivery: ['phone', 'online'],
      location: { address: xss('1 Hostile Street'), postcode: xss('LS1 1AA'), lat: 53.8, lng: -1.55 },
      coverage: { practices: [xss('B82005'), 'B82005'], postcodeDistricts: [xss('LS1'), 'LS1'] },
      hours: { weekly: [{ day: 'mon', opens: '09:00', closes: '17:00' }], closedOn: ['2026-12-25'], note: xss('Hours note') },
      languages: [xss('en'), '\u202eur'],
      accessibility: [xss('Step-free access')],
      lastReviewed: '2026-11-01',
      waitingTime: {
        measure: 'referral-to-assessment',
        statistic: 'median',
        days: 10 + i,
        asOf: '2026-11-20',
        targetDays: 42,
        source: xss('Source'),
        [`<img src=x onerror=alert(${i})>`]: 'unknown key',
      },
    };
    return withProto(service, { isAdmin: true });
  });

  const root = {
    version: 1,
    updated: '2026-11-27T08:00:00Z',
    publisher: { name: xss('Hostile ICB'), url: 'javascript:alert(1)' },
    services: hostileServices,
    pathways: [
      {
        id: 'adult',
        title: xss('Adults'),
        steps: ['emergency', 'urgent', 'soon', 'routine', 'self-help'].map((urgency, i) => ({
          urgency,
          title: xss(`Step ${i}`),
          body: xss('Body'),
          actions: [
            { kind: 'link', label: xss('Link'), value: link(i) },
            { kind: 'link', label: xss('Link'), value: link(i + 5) },
            { kind: 'call', label: xss('Call'), value: 'javascript:alert(1)' },
            { kind: 'text', label: xss('Text'), value: '07700 900000<script>' },
            { kind: 'service', label: xss('Service'), value: i === 0 ? '__proto__' : 'constructor' },
          ],
        })),
      },
    ],
  };
  return withProto(root, { polluted: true });
}
