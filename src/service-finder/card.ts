import { html, nothing } from 'lit';
import { actionLink } from '../internal/action-link.js';
import { FEED_LANG } from '../i18n/feed-lang.js';
import type { ActionKind, ActionValues } from '../internal/events.js';
import type { Service } from '../feed/schema.js';
import { openStatus } from '../time/hours.js';
import { msg, str } from '../i18n/localize.js';
import { landing, mailHref, smsHref, telHref, webHref } from '../internal/url.js';
import { miles, type Point } from './filter.js';
import { categoryLabel, deliveryLabel, languageLabel } from './labels.js';

/** What a card needs from its finder. */
export interface CardHost {
  now?: Date;
  _from?: Point;
  /** Services whose description is shown in full. */
  _expanded: Set<string>;
  _toggle(id: string): void;
  _report<K extends ActionKind>(kind: K, href: ActionValues[K], serviceId: string): void;
}

const ages = ({ min = 0, max }: NonNullable<Service['ages']>) =>
  max === undefined
    ? min
      ? msg(str`Ages ${min} and over`)
      : ''
    : min
      ? min === max
        ? msg(str`Age ${min}`)
        : msg(str`Ages ${min} to ${max}`)
      : msg(str`Up to ${max}`);

/** A paragraph when there is something to say; most hold feed text, hence dir="auto", and `lang` when all of it is. */
const p = (text: unknown, cls?: string, lang?: string) => (text ? html`<p class=${cls || nothing} dir="auto" lang=${lang ?? nothing}>${text}</p>` : nothing);

/** The same number written two ways: "0113 496 0010" and "01134960010". */
const same = (a?: string, b?: string) => !!a && a.replace(/\D/g, '') === b?.replace(/\D/g, '');

/** One service, as the `i`th result, its heading at `level` (nothing: an h3). */
export function card(host: CardHost, s: Service, i: number, level: number | typeof nothing, elsewhere?: boolean) {
  const { referral: r = {}, contact: c = {}, location: l = {}, selfReferral: self } = s;
  const refer = webHref(r.url);
  const hours = openStatus(s.hours, host.now ?? new Date());
  const away = host._from && miles(s, host._from);
  const open = host._expanded.has(s.id);
  const link = <K extends ActionKind>(kind: K, href: ActionValues[K] | undefined, text: string, cls?: string) =>
    actionLink(href, text, (h) => host._report(kind, h, s.id), cls);
  const line = <K extends ActionKind>(label: string, kind: K, value: string | undefined, href: (value: string) => ActionValues[K] | undefined, text = value) =>
    value ? p(html`${label}: ${link(kind, href(value), text!)}`) : nothing;
  return html`<li>
    <article part="card">
      <h3 tabindex="-1" dir="auto" lang=${FEED_LANG} aria-level=${level}>${s.name}</h3>
      ${p(s.organisation, 'org', FEED_LANG)}
      ${
        s.description
          ? // The finder hides "Read more" once laid out when nothing is cut (updated()).
            html`<p id="d${i}" class=${open ? '' : 'clip'} dir="auto" lang=${FEED_LANG}>${s.description}</p>
            <button type="button" class="more" aria-expanded=${open} aria-controls="d${i}" @click=${() => host._toggle(s.id)}>
              ${open ? msg('Read less') : msg('Read more')}
            </button>`
          : nothing
      }
      ${
        s.categories.length
          ? html`<ul class="tags" aria-label=${msg('Categories')}>
            ${s.categories.map((id) => html`<li>${categoryLabel(id)}</li>`)}
          </ul>`
          : nothing
      }
      ${p(s.ages && ages(s.ages))}
      ${p(elsewhere && msg('For patients of other GP practices'))}
      ${
        self && r.url
          ? p(link('referral', refer, refer ? `${msg('Refer yourself')} (${landing(refer)})` : msg(str`Refer yourself online: ${r.url}`), 'refer'))
          : nothing
      }
      ${line(msg('Refer yourself by phone'), 'referral', self ? r.phone : undefined, telHref)}
      ${p(r.gp && (self ? msg('You can also ask your GP to refer you.') : msg('Ask your GP to refer you.')))}
      ${p(r.notes, '', FEED_LANG)}
      ${line(msg('Phone'), 'call', self && same(r.phone, c.phone) ? undefined : c.phone, telHref)}
      ${line(msg('Text'), 'text', c.text, smsHref)}
      ${line(msg('Email'), 'email', c.email, mailHref)}
      ${line(msg('Website'), 'link', c.website, (url) => webHref(url, true), webHref(c.website, true)?.replace(/^https?:\/\/|\/$/g, '') ?? c.website)}
      ${p([l.address, l.postcode].filter(Boolean).join(', '), '', FEED_LANG)}
      ${p(away !== undefined && msg(str`${away.toFixed(1)} miles away`))}
      ${p(s.delivery?.length && msg(str`How: ${s.delivery.map(deliveryLabel).join(', ')}`))}
      ${p(hours?.text, hours?.open ? 'open' : '')}
      ${p(s.hours?.note, '', FEED_LANG)}
      ${p(s.languages?.length && msg(str`Languages: ${s.languages.map(languageLabel).join(', ')}`))}
      ${s.waitingTime ? html`<signpost-waiting-time .data=${s.waitingTime} .now=${host.now}></signpost-waiting-time>` : nothing}
    </article>
  </li>`;
}
