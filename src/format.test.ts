import { expect } from '@open-wc/testing';
import './cy.js';
import { formatDay, weekday } from './format.js';
import { inLocale } from './localize.js';

const speaking = (lang: string) => Object.assign(document.createElement('span'), { lang });

describe('format', () => {
  it('writes English dates exactly as Intl would, every month', () => {
    for (let month = 1; month <= 12; month++) {
      const day = `2026-${String(month).padStart(2, '0')}-0${(month % 9) + 1}`;
      const intl = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.parse(day));
      expect(formatDay(day), day).to.equal(intl);
    }
    expect(formatDay('not a date')).to.equal('not a date');
  });

  it('names weekdays, Sunday to Saturday, for UTC calendar dates', () => {
    // 1 to 7 November 2026 run Sunday to Saturday.
    expect([1, 2, 3, 4, 5, 6, 7].map((d) => weekday(Date.UTC(2026, 10, d)))).to.deep.equal(['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']);
  });

  // Not through Intl: Chromium has no Welsh date data and would write "November 3, 2026".
  it('writes Welsh dates from the catalogue, in every browser', () => {
    expect(inLocale(speaking('cy'), () => formatDay('2026-11-03'))).to.equal('3 Tachwedd 2026');
    expect(inLocale(speaking('cy'), () => formatDay('2027-01-20'))).to.equal('20 Ionawr 2027');
    expect(inLocale(speaking('cy'), () => weekday(Date.UTC(2026, 10, 6)))).to.equal('ddydd Gwener');
  });
});
