// Large feeds for the scale section, made from the sample feed's services as templates: each copy
// gets its own id, a place in its name and description, its own phone numbers (still in Ofcom's
// drama ranges, so nothing can ring), coordinates nearby and a different waiting time. The output
// is deterministic so that runs compare. The sample services come first, unchanged, so the
// sample pathways still resolve.

const PLACES = [
  'Aireborough',
  'Bramley',
  'Calverley',
  'Denholme',
  'Eccleshill',
  'Farsley',
  'Garforth',
  'Horsforth',
  'Idle',
  'Kippax',
  'Lofthouse',
  'Menston',
  'Normanton',
  'Otley',
  'Pudsey',
  'Queensbury',
  'Rothwell',
  'Shipley',
  'Thornton',
  'Undercliffe',
  'Wetherby',
  'Yeadon',
  'Allerton',
  'Batley',
  'Cleckheaton',
  'Dewsbury',
  'Elland',
  'Featherstone',
  'Guiseley',
  'Hebden Bridge',
  'Ilkley',
  'Keighley',
  'Liversedge',
  'Mirfield',
  'Ossett',
  'Pontefract',
  'Rastrick',
  'Sowerby Bridge',
  'Todmorden',
  'Wibsey',
];

const digits = (n, width) => String(n).padStart(width, '0');
/** Keeps a number's area code and exchange, and replaces its last three digits: 0113 496 0xxx, 07700 900xxx. */
const renumber = (phone, i) => (phone ? phone.replace(/\d{3}$/, digits(i % 1000, 3)) : phone);
const around = (x, i, spread) => (x === undefined ? x : Math.round((x + (((i * 7919) % 1000) / 1000 - 0.5) * spread) * 1e4) / 1e4);

function copy(t, i) {
  const place = PLACES[i % PLACES.length];
  const s = structuredClone(t);
  s.id = `${t.id}-${i}`;
  s.name = `${t.name}, ${place}`;
  if (s.description) s.description = `${s.description} Sessions in ${place} and online.`;
  if (s.referral) s.referral.phone = renumber(s.referral.phone, i);
  if (s.contact) {
    s.contact.phone = renumber(s.contact.phone, i);
    s.contact.text = renumber(s.contact.text, i);
  }
  if (s.location) {
    s.location.lat = around(s.location.lat, i, 0.4);
    s.location.lng = around(s.location.lng, i + 1, 0.6);
  }
  if (s.waitingTime && typeof s.waitingTime.days === 'number') s.waitingTime.days = Math.max(0, s.waitingTime.days + (i % 29) - 14);
  for (const key of Object.keys(s)) if (s[key] === undefined) delete s[key];
  return s;
}

/** A feed of `count` services built from `sample`, as compact JSON (as an ICB's pipeline would publish it). */
export function makeFeed(sample, count) {
  const templates = sample.services;
  const services = Array.from({ length: count }, (_, i) => (i < templates.length ? templates[i] : copy(templates[i % templates.length], i)));
  return JSON.stringify({ ...sample, services });
}
