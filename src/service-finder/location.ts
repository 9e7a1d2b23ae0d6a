import type { ReactiveControllerHost } from 'lit';
import { deadline, REFERRER } from '../feed/loader.js';
import { parsePostcode } from '../feed/postcode.js';
import type { Point } from './filter.js';
import { report, type OnIssue } from '../feed/schema.js';

/**
 * Where distances are measured from: a postcode through the host's geocoder, or the device's location.
 * An answer that arrives after a newer question is dropped. It needs none of the host's lifecycle, so it
 * only asks the host to update, without registering as a controller.
 */
export class LocationController {
  from?: Point;
  /** Why distances are not shown, when asked for. */
  note: '' | 'distances' | 'location' = '';
  private _asked = 0;

  constructor(
    private _host: ReactiveControllerHost & { geocoder?: string },
    private _issue: OnIssue,
  ) {}

  private _answer(from: Point | undefined, note: LocationController['note']) {
    this.from = from;
    this.note = note;
    this._host.requestUpdate();
  }

  async postcode(input: string): Promise<void> {
    const id = ++this._asked;
    const pc = parsePostcode(input);
    const { geocoder } = this._host;
    this._answer(undefined, '');
    if (!pc || !geocoder) return;
    const url = new URL(geocoder.replace('{postcode}', encodeURIComponent(pc.postcode)), document.baseURI);
    if (url.protocol !== 'https:' && url.origin !== location.origin) {
      return report(this._issue, {
        record: '<signpost-service-finder>',
        path: 'geocoder',
        code: 'bad-setting',
        message: 'the geocoder is not an https: URL, nor on this site',
      });
    }
    let from: Point | undefined;
    try {
      const response = await fetch(url, { credentials: 'omit', referrerPolicy: REFERRER, signal: deadline(8000) });
      const { latitude: lat, longitude: lng } = (await response.json()).result;
      if (response.ok && Number.isFinite(lat) && Number.isFinite(lng)) from = { lat, lng };
    } catch {
      // Reported below, like any other answer without a location.
    }
    if (id === this._asked) this._answer(from, from ? '' : 'distances');
  }

  /** The device's location; `found` runs when it arrives. */
  locate(found: () => void): void {
    const id = ++this._asked;
    this._answer(this.from, '');
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        if (id !== this._asked) return;
        this._answer({ lat: coords.latitude, lng: coords.longitude }, '');
        found();
      },
      () => id === this._asked && this._answer(this.from, 'location'),
      { timeout: 15000, maximumAge: 600000 },
    );
  }
}
