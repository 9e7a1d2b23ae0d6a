import { html, nothing, type TemplateResult } from 'lit';
import { DELIVERY_MODES } from '../feed/vocabulary.js';
import { parsePostcode } from '../feed/postcode.js';
import { msg, str } from '../i18n/localize.js';
import type { Choice } from './choice.js';
import { categoryLabel, deliveryLabel } from './labels.js';
import type { LocationController } from './location.js';

/** What the form needs from its finder. */
export interface FormHost {
  _set(patch: Partial<Choice>, push?: boolean): void;
  _submit(e: Event): void;
  _locate(): void;
  _toggleFilters(): void;
}

/** Why the postcode gives no distances, or says nothing about the area. */
export type Note = LocationController['note'] | 'area';

const target = (e: Event) => e.target as HTMLInputElement;

/**
 * The search form, phone first: search and postcode with its button (the postcode applies only
 * then, so a message under it comes and goes only under that button, never under a tap that follows
 * leaving the field), then the filters' disclosure
 * beside the result count (`status`), so results follow straight after. `categories` are the
 * category filter's options, none when the host fixed them; `open`: the filters are showing.
 */
export function form(host: FormHost, c: Choice, note: Note, categories: string[] | undefined, open: boolean, status: TemplateResult) {
  const bad = !!c.postcode.trim() && !parsePostcode(c.postcode);
  const described = [bad && 'pc-error', note && 'pc-note'].filter(Boolean).join(' ');
  const on = c.category.length + c.delivery.length + +c.self + +c.open + +!!c.age;
  const check = (label: string, on: boolean, change: (on: boolean) => void) =>
    html`<label class="check"><input type="checkbox" .checked=${on} @change=${(e: Event) => change(target(e).checked)} />${label}</label>`;
  const group = <T extends string>(legend: string, key: 'category' | 'delivery', ids: readonly T[], label: (id: T) => string) =>
    ids.length
      ? html`<fieldset>
          <legend>${legend}</legend>
          ${ids.map((id) =>
            check(label(id), c[key].includes(id), (on) => {
              const now = c[key].filter((x) => x !== id);
              host._set({ [key]: on ? [...now, id] : now });
            }),
          )}
        </fieldset>`
      : nothing;
  return html`<form role="search" aria-label=${msg('Services')} part="form" @submit=${host._submit}>
    <div class="bar">
      <div class="field">
        <label for="q">${msg('Search')}</label>
        <input id="q" type="search" autocomplete="off" .value=${c.q} @input=${(e: Event) => host._set({ q: target(e).value }, false)} />
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
          />
          <button>${msg('Search')}</button>
          ${navigator.geolocation ? html`<button type="button" @click=${host._locate}>${msg('Use my location')}</button>` : nothing}
        </div>
        <div class="msg">
          ${bad ? html`<p id="pc-error" class="error" role="alert">${msg('This is not a UK postcode. Try one like LS6 1AA.')}</p>` : nothing}
          ${
            note
              ? html`<p id="pc-note" class="hint" role="alert">${
                  note === 'area'
                    ? msg('This postcode is not in the area this directory covers.')
                    : note === 'location'
                      ? msg('Your location is not available. You can enter a postcode instead.')
                      : msg('Distances are not available right now.')
                }</p>`
              : nothing
          }
        </div>
      </div>
    </div>
    <div class="tools">
      <button type="button" class="toggle" aria-expanded=${open} aria-controls="filters" @click=${host._toggleFilters}>
        ${on ? msg(str`Filters (${on})`) : msg('Filters')}
      </button>
      ${status}
    </div>
    <div id="filters" ?hidden=${!open}>
      ${group(msg('Type of support'), 'category', categories ?? [], categoryLabel)}
      <fieldset>
        <legend>${msg('Show only')}</legend>
        ${check(msg('I can refer myself'), c.self, (self) => host._set({ self }))}
        ${check(msg('Open now'), c.open, (open) => host._set({ open }))}
      </fieldset>
      <div class="field">
        <label for="age">${msg('Your age')}</label>
        <input id="age" type="number" inputmode="numeric" min="0" max="130" .value=${c.age} @input=${(e: Event) => host._set({ age: target(e).value }, false)} />
      </div>
      ${group(msg('How you want to be helped'), 'delivery', DELIVERY_MODES, deliveryLabel)}
    </div>
  </form>`;
}
