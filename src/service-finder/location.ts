import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { deadline, REFERRER } from '../feed/loader.js';
import { parsePostcode } from '../feed/postcode.js';
import type { Point } from './filter.js';
import type { OnIssue } from '../feed/schema.js';

/**
 * Where distances are measured from: a postcode through the host's geocoder, or the device's location.
 * An answer that arrives after a newer question is dropped.
 */
export class LocationController implements ReactiveController {
  from?: Point;
  /** Why distances are not shown, when asked for. */
  note: '' | 'distances' | 'location' = '';
  private asked = 0;

  constructor(
    private host: ReactiveControllerHost & { geocoder?: string },
    private issue: OnIssue,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  private answer(from: Point | undefined, note: LocationController['note']) {
    this.from = from;
    this.note = note;
    this.host.requestUpdate();
  }

  async postcode(input: string): Promise<void> {
    const id = ++this.asked;
    const pc = parsePostcode(input);
    const { geocoder } = this.host;
    this.answer(undefined, '');
    if (!pc || !geocoder) return;
    const url = new URL(geocoder.replace('{postcode}', encodeURIComponent(pc.postcode)), document.baseURI);
    if (url.protocol !== 'https:' && url.origin !== location.origin) {
      const why = 'the geocoder must be an https: URL or on this site';
      return this.issue({ record: '<signpost-service-finder>', path: 'geocoder', code: 'bad-setting', message: why }, `${why}.`);
    }
    let from: Point | undefined;
    try {
      const response = await fetch(url, { credentials: 'omit', referrerPolicy: REFERRER, signal: deadline(8000) });
      const { latitude: lat, longitude: lng } = (await response.json()).result;
      if (response.ok && Number.isFinite(lat) && Number.isFinite(lng)) from = { lat, lng };
    } catch {
      // Reported below, like any other answer without a location.
    }
    if (id === this.asked) this.answer(from, from ? '' : 'distances');
  }

  /** The device's location; `found` runs when it arrives. */
  locate(found: () => void): void {
    const id = ++this.asked;
    this.answer(this.from, '');
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        if (id !== this.asked) return;
        this.answer({ lat: coords.latitude, lng: coords.longitude }, '');
        found();
      },
      () => id === this.asked && this.answer(this.from, 'location'),
      { timeout: 15000, maximumAge: 600000 },
    );
  }
}
