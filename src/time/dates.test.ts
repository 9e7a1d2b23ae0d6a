import { expect } from '@open-wc/testing';
import '../signpost-cy.js';
import { daysSince, formatDay, londonTime, weekday } from './dates.js';
import { inLocale } from '../i18n/localize.js';

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
    expect([1, 2, 3, 4, 5, 6, 7].map((d) => weekday(Date.UTC(2026, 10, d)))).to.deep.equal([
      'Sunday',
      'Monday',
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
    ]);
  });

  // Not through Intl: Chromium has no Welsh date data and would write "November 3, 2026".
  it('writes Welsh dates from the catalogue, in every browser', () => {
    expect(inLocale(speaking('cy'), () => formatDay('2026-11-03'))).to.equal('3 Tachwedd 2026');
    expect(inLocale(speaking('cy'), () => formatDay('2027-01-20'))).to.equal('20 Ionawr 2027');
    expect(inLocale(speaking('cy'), () => weekday(Date.UTC(2026, 10, 6)))).to.equal('ddydd Gwener');
  });

  // safety: H5
  it('reads the UK wall clock from a UTC instant', () => {
    // 2026-10-25 00:30 UTC is 01:30 BST, a Sunday.
    expect(londonTime(new Date('2026-10-25T00:30:00Z'))).to.deep.equal({ weekday: 6, date: Date.UTC(2026, 9, 25), minutes: 90 });
    // 23:30 UTC in summer is already the next day in London.
    expect(londonTime(new Date('2026-07-05T23:30:00Z'))).to.deep.equal({ weekday: 0, date: Date.UTC(2026, 6, 6), minutes: 30 });
  });

  // safety: H5
  it('agrees with the Europe/London time zone every 15 minutes around each clock change from 1996 to 2040, and on days spread to 2100', () => {
    const intl = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/London',
      weekday: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
    });
    const days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
    const expected = (t: number) => {
      const p = Object.fromEntries(intl.formatToParts(t).map(({ type, value }) => [type, value]));
      return { weekday: days.indexOf(p.weekday!), date: Date.UTC(+p.year!, +p.month! - 1, +p.day!), minutes: (+p.hour! % 24) * 60 + +p.minute! };
    };
    const check = (t: number) => expect(londonTime(new Date(t)), new Date(t).toISOString()).to.deep.equal(expected(t));
    let checked = 0;
    for (let year = 1996; year <= 2040; year++) {
      // The last Sunday of a month is on or after the 25th.
      for (const month of [2, 9]) {
        for (let t = Date.UTC(year, month, 24); t < Date.UTC(year, month + 1, 1, 2); t += 15 * 60_000, checked++) check(t);
      }
    }
    // Every 7.6 days to 2100, each at a different minute of the day.
    for (let i = 0; i < 5000; i++, checked++) check(Date.UTC(1996, 0, 1) + i * 656_000_000 + ((i * 7919) % 1440) * 60_000);
    expect(checked).to.be.above(70_000);
  });

  // safety: H6
  it("counts days since a date by the UK calendar, whatever the visitor's clock says", () => {
    // 23:30 UTC on 2 July 2026 is 00:30 BST on 3 July in the UK: a figure dated that day is today's.
    expect(daysSince('2026-07-03', new Date('2026-07-02T23:30:00Z'))).to.equal(0);
    expect(daysSince('2026-07-01', new Date('2026-07-02T23:30:00Z'))).to.equal(2);
    // In winter the UK is on GMT: 23:30 UTC is still the same day.
    expect(daysSince('2026-12-03', new Date('2026-12-02T23:30:00Z'))).to.equal(-1);
    expect(daysSince('2026-12-32', new Date('2026-12-02T23:30:00Z'))).to.equal(undefined);
  });
});
