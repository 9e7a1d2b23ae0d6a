import { expect } from '@open-wc/testing';
import { formatCount, formatDay } from './format.js';

describe('format', () => {
  it('writes English dates without ICU exactly as Intl would, every month, and other languages through Intl', () => {
    for (let month = 1; month <= 12; month++) {
      const day = `2026-${String(month).padStart(2, '0')}-0${(month % 9) + 1}`;
      const intl = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.parse(day));
      expect(formatDay(day, 'en-GB'), day).to.equal(intl);
    }
    expect(formatDay('2026-11-03', 'en-GB')).to.equal('3 November 2026');
    expect(formatDay('2026-11-03', 'cy')).to.equal(new Intl.DateTimeFormat('cy', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2026, 10, 3)));
    expect(formatDay('not a date', 'en-GB')).to.equal('not a date');
  });

  it('counts with grouping from 1,000 only', () => {
    expect([0, 7, 999, 1000, 12345].map((n) => formatCount(n, 'en-GB'))).to.deep.equal(['0', '7', '999', '1,000', '12,345']);
  });
});
