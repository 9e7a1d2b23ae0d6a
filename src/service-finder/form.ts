import { html, nothing } from 'lit';
import { DELIVERY } from '../feed/schema.js';
import { msg } from '../localize.js';
import type { Choice } from './choice.js';
import { parsePostcode } from './filter.js';
import { categoryLabel, deliveryLabel } from './labels.js';
import type { LocationController } from './location.js';

/** What the form needs from its finder. */
export interface FormHost {
  set(patch: Partial<Choice>, push?: boolean): void;
  submit(e: Event): void;
  locate(): void;
}

const target = (e: Event) => e.target as HTMLInputElement;

/** The search form; `categories` are the category filter's options, none when the host fixed them. */
export function form(host: FormHost, c: Choice, note: LocationController['note'], categories?: string[]) {
  const bad = !!c.postcode.trim() && !parsePostcode(c.postcode);
  const described = [bad && 'pc-error', note && 'pc-note'].filter(Boolean).join(' ');
  const check = (label: string, on: boolean, change: (on: boolean) => void) =>
    html`<label class="check"><input type="checkbox" .checked=${on} @change=${(e: Event) => change(target(e).checked)} />${label}</label>`;
  const group = (legend: string, key: 'category' | 'delivery', ids: readonly string[], label: (id: string) => string) =>
    html`<fieldset>
      <legend>${legend}</legend>
      ${ids.map((id) =>
        check(label(id), c[key].includes(id), (on) => {
          const now = c[key].filter((x) => x !== id);
          host.set({ [key]: on ? [...now, id] : now });
        }),
      )}
    </fieldset>`;
  return html`<form role="search" aria-label=${msg('Services')} part="form" @submit=${host.submit}>
    <div class="field">
      <label for="q">${msg('Search')}</label>
      <input id="q" type="search" autocomplete="off" .value=${c.q} @input=${(e: Event) => host.set({ q: target(e).value }, false)} />
    </div>
    <div class="field">
      <label for="pc">${msg('Your postcode')}</label>
      <div class="row">
        <input
          id="pc"
          autocomplete="postal-code"
          .value=${c.postcode}
          aria-invalid=${bad}
          aria-describedby=${described || nothing}
          @change=${(e: Event) => host.set({ postcode: target(e).value })}
        />
        ${navigator.geolocation ? html`<button type="button" @click=${host.locate}>${msg('Use my location')}</button>` : nothing}
      </div>
      ${bad ? html`<p id="pc-error" class="error">${msg('This is not a UK postcode. Try one like LS6 1AA.')}</p>` : nothing}
      ${note
        ? html`<p id="pc-note" class="hint" role="alert">${note === 'location'
            ? msg('Your location is not available. You can enter a postcode instead.')
            : msg('Distances are not available right now.')}</p>`
        : nothing}
    </div>
    ${categories ? group(msg('Type of support'), 'category', categories, categoryLabel) : nothing}
    <fieldset>
      <legend>${msg('Show only')}</legend>
      ${check(msg('I can refer myself'), c.self, (self) => host.set({ self }))}
      ${check(msg('Open now'), c.open, (open) => host.set({ open }))}
    </fieldset>
    <div class="field">
      <label for="age">${msg('Your age')}</label>
      <input id="age" type="number" inputmode="numeric" min="0" max="130" .value=${c.age} @input=${(e: Event) => host.set({ age: target(e).value }, false)} />
    </div>
    ${group(msg('How you want to be helped'), 'delivery', DELIVERY, (d) => deliveryLabel(d as (typeof DELIVERY)[number]))}
  </form>`;
}
