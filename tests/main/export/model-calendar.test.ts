import { describe, expect, it } from 'vitest';
import { localTimestamp, modelDate, utcOffsetText } from '../../../src/main/export/model-calendar';

describe('the model calendar in exports', () => {
  it('writes hour 0 as 1 January, midnight, with the offset', () => {
    expect(localTimestamp(2028, 0, -6)).toBe('2028-01-01T00:00:00-06:00');
  });

  it('puts hour 5442 (day index 226 × 24 + 18) on 15 August at 18:00', () => {
    // Jan 31 + Feb 28 + Mar 31 + Apr 30 + May 31 + Jun 30 + Jul 31 = 212 days before 1 August; 212 + 14 = 226.
    expect(localTimestamp(2028, 226 * 24 + 18, -6)).toBe('2028-08-15T18:00:00-06:00');
  });

  it('has no 29 February in a leap year: 28 February 23:00 is followed by 1 March 00:00', () => {
    const lastFeb = (31 + 28) * 24 - 1;
    expect(localTimestamp(2028, lastFeb, -6)).toBe('2028-02-28T23:00:00-06:00');
    expect(localTimestamp(2028, lastFeb + 1, -6)).toBe('2028-03-01T00:00:00-06:00');
  });

  it('ends on 31 December at 23:00 after 8,760 hours', () => {
    expect(modelDate(8759)).toEqual({ month: 12, day: 31, hour: 23 });
    expect(() => modelDate(8760)).toThrow(/0\.\.8759/);
  });

  it('writes offsets with sign, hours and minutes', () => {
    expect(utcOffsetText(-7)).toBe('-07:00');
    expect(utcOffsetText(5.5)).toBe('+05:30');
    expect(utcOffsetText(0)).toBe('+00:00');
  });
});
