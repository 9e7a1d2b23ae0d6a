import { expect } from '@open-wc/testing';
import type { Hours } from '../feed/schema.js';
import { londonTime } from './dates.js';
import { formatTime, isOpen, openStatus } from './hours.js';

const at = (iso: string) => new Date(iso);
const status = (hours: Hours | undefined, iso: string) => openStatus(hours, at(iso));

describe('opening hours', () => {
  const weekdays: Hours = {
    weekly: [
      { day: 'mon', opens: '09:00', closes: '17:00' },
      { day: 'tue', opens: '09:00', closes: '17:30' },
    ],
  };

  it('writes times the way people say them', () => {
    expect([0, 9 * 60, 12 * 60, 17 * 60 + 30, 23 * 60 + 5].map(formatTime)).to.deep.equal(['12am', '9am', '12pm', '5:30pm', '11:05pm']);
  });

  // safety: H5
  it('says nothing when hours are absent or empty', () => {
    expect(status(undefined, '2026-11-23T10:00:00Z')).to.equal(undefined);
    expect(status({}, '2026-11-23T10:00:00Z')).to.equal(undefined);
    expect(status({ weekly: [] }, '2026-11-23T10:00:00Z')).to.equal(undefined);
    expect(status({ note: 'Ring first', closedOn: ['2026-11-23'] }, '2026-11-23T10:00:00Z')).to.equal(undefined);
    expect(isOpen(undefined, londonTime(at('2026-11-23T10:00:00Z')))).to.equal(false);
  });

  it('is open during a session and names the closing time', () => {
    // Monday 23 November 2026, GMT.
    expect(status(weekdays, '2026-11-23T09:00:00Z')).to.deep.equal({ open: true, text: 'Open now, closes at 5pm' });
    expect(status(weekdays, '2026-11-24T16:59:00Z')).to.deep.equal({ open: true, text: 'Open now, closes at 5:30pm' });
  });

  it('names the next opening: later today, tomorrow, or a weekday', () => {
    expect(status(weekdays, '2026-11-23T08:59:00Z')).to.deep.equal({ open: false, text: 'Closed, opens at 9am' });
    expect(status(weekdays, '2026-11-23T17:00:00Z')).to.deep.equal({ open: false, text: 'Closed, opens tomorrow at 9am' });
    expect(status(weekdays, '2026-11-24T17:30:00Z')).to.deep.equal({ open: false, text: 'Closed, opens Monday at 9am' });
    expect(status(weekdays, '2026-11-26T12:00:00Z')).to.deep.equal({ open: false, text: 'Closed, opens Monday at 9am' });
  });

  describe('overnight sessions', () => {
    const nights: Hours = { weekly: [{ day: 'fri', opens: '18:00', closes: '02:00' }], closedOn: ['2026-12-25'] };

    // safety: H5
    it('stay open past midnight into the next day', () => {
      // Saturday 28 November 01:00: Friday's session is still running.
      expect(status(nights, '2026-11-28T01:00:00Z')).to.deep.equal({ open: true, text: 'Open now, closes at 2am' });
      expect(status(nights, '2026-11-27T23:59:00Z')).to.deep.equal({ open: true, text: 'Open now, closes at 2am' });
      expect(status(nights, '2026-11-28T02:00:00Z')).to.deep.equal({ open: false, text: 'Closed, opens Friday at 6pm' });
      expect(status(nights, '2026-11-27T17:00:00Z')).to.deep.equal({ open: false, text: 'Closed, opens at 6pm' });
    });

    it('can close at 24:00, the end of the day, as crisis lines write it', () => {
      const late: Hours = { weekly: [{ day: 'sat', opens: '18:00', closes: '24:00' }] };
      expect(status(late, '2026-11-28T23:59:00Z')).to.deep.equal({ open: true, text: 'Open now, closes at 12am' });
      expect(status(late, '2026-11-29T00:00:00Z')).to.deep.equal({ open: false, text: 'Closed, opens Saturday at 6pm' });
      const allDay: Hours = {
        weekly: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((day) => ({ day: day as 'mon', opens: '00:00', closes: '24:00' })),
      };
      expect(status(allDay, '2026-11-28T12:00:00Z')).to.deep.equal({ open: true, text: 'Open 24 hours' });
    });

    it('can close at midnight', () => {
      const late: Hours = { weekly: [{ day: 'sat', opens: '20:00', closes: '00:00' }] };
      expect(status(late, '2026-11-28T23:59:00Z')).to.deep.equal({ open: true, text: 'Open now, closes at 12am' });
      expect(status(late, '2026-11-29T00:00:00Z')).to.deep.equal({ open: false, text: 'Closed, opens Saturday at 8pm' });
    });

    // safety: H5
    it('are closed all of a closedOn date, including the night that starts on it', () => {
      // Friday 25 December 2026 is closed; the next session is a week later, so the date is given too.
      expect(status(nights, '2026-12-25T19:00:00Z')).to.deep.equal({ open: false, text: 'Closed, opens Friday 1 January 2027 at 6pm' });
      expect(status(nights, '2026-12-26T01:00:00Z')).to.deep.equal({ open: false, text: 'Closed, opens Friday at 6pm' });
      expect(isOpen(nights, londonTime(at('2026-12-26T01:00:00Z')))).to.equal(false);
      expect(isOpen(nights, londonTime(at('2026-12-19T01:00:00Z')))).to.equal(true);
    });

    // safety: H5
    it('stop at midnight when the next day is a closedOn date', () => {
      const thursdays: Hours = { weekly: [{ day: 'thu', opens: '18:00', closes: '02:00' }], closedOn: ['2026-12-25'] };
      expect(status(thursdays, '2026-12-24T23:00:00Z')).to.deep.equal({ open: true, text: 'Open now, closes at 12am' });
      expect(status(thursdays, '2026-12-25T01:00:00Z')?.open).to.equal(false);
    });
  });

  // safety: H5
  it('says "Open 24 hours" when always open, unless today is a closedOn date', () => {
    expect(status({ alwaysOpen: true }, '2026-11-23T03:00:00Z')).to.deep.equal({ open: true, text: 'Open 24 hours' });
    expect(status({ alwaysOpen: true, closedOn: ['2026-12-25'] }, '2026-12-25T12:00:00Z')).to.deep.equal({
      open: false,
      text: 'Closed, opens tomorrow at 12am',
    });
    expect(status({ alwaysOpen: true, closedOn: ['2026-12-25'] }, '2026-12-24T22:00:00Z')).to.deep.equal({
      open: true,
      text: 'Open now, closes at 12am',
    });
  });

  it('says "Closed" when it does not open in the next two weeks', () => {
    const mondays: Hours = { weekly: [{ day: 'mon', opens: '09:00', closes: '17:00' }], closedOn: ['2026-11-30', '2026-12-07'] };
    expect(status(mondays, '2026-11-24T10:00:00Z')).to.deep.equal({ open: false, text: 'Closed' });
  });

  describe('across the clock changes', () => {
    const sundays: Hours = {
      weekly: [
        { day: 'sun', opens: '09:00', closes: '17:00' },
        { day: 'sat', opens: '22:00', closes: '02:00' },
      ],
    };

    // safety: H5
    it('uses BST after the clocks go forward (Sunday 29 March 2026)', () => {
      // 08:30 UTC is 09:30 BST: open, though UTC alone would say closed.
      expect(status(sundays, '2026-03-29T08:30:00Z')).to.deep.equal({ open: true, text: 'Open now, closes at 5pm' });
      // 16:30 UTC is 17:30 BST: closed.
      expect(status(sundays, '2026-03-29T16:30:00Z')).to.deep.equal({ open: false, text: 'Closed, opens Saturday at 10pm' });
      // 00:30 UTC is still 00:30 GMT, inside Saturday night's session.
      expect(status(sundays, '2026-03-29T00:30:00Z')).to.deep.equal({ open: true, text: 'Open now, closes at 2am' });
      // 01:30 UTC is 02:30 BST: Saturday night's session has ended.
      expect(status(sundays, '2026-03-29T01:30:00Z')).to.deep.equal({ open: false, text: 'Closed, opens at 9am' });
    });

    // safety: H5
    it('uses GMT after the clocks go back (Sunday 25 October 2026)', () => {
      // 08:30 UTC is 08:30 GMT: not open yet, though BST would say 09:30.
      expect(status(sundays, '2026-10-25T08:30:00Z')).to.deep.equal({ open: false, text: 'Closed, opens at 9am' });
      expect(status(sundays, '2026-10-25T16:59:00Z')).to.deep.equal({ open: true, text: 'Open now, closes at 5pm' });
      // 01:30 happens twice that night; both are inside Saturday's session, 02:00 GMT is not.
      expect(status(sundays, '2026-10-25T00:30:00Z')?.open).to.equal(true);
      expect(status(sundays, '2026-10-25T01:30:00Z')?.open).to.equal(true);
      expect(status(sundays, '2026-10-25T02:00:00Z')?.open).to.equal(false);
    });
  });
});
