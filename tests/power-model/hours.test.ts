import { describe, expect, it } from 'vitest';
import { HOURS_PER_YEAR, dayOfYear, hourOfDate, hourOfDay, hoursInMonth, monthOfHour } from '../../src/power-model/hours';

describe('model year hours', () => {
  it('has 8760 hours of 365 days, and the months add up to them', () => {
    expect(HOURS_PER_YEAR).toBe(8760); // 365 × 24
    let total = 0;
    for (let m = 0; m < 12; m++) total += hoursInMonth(m);
    expect(total).toBe(8760);
  });

  it('places month boundaries on the calendar of a non-leap year', () => {
    expect(monthOfHour(0)).toBe(0);
    expect(monthOfHour(743)).toBe(0); // Jan 31 23:00 = 31 × 24 − 1
    expect(monthOfHour(744)).toBe(1); // Feb 1 00:00
    expect(monthOfHour(1415)).toBe(1); // Feb 28 23:00 = (31 + 28) × 24 − 1, no Feb 29
    expect(monthOfHour(1416)).toBe(2);
    expect(monthOfHour(8759)).toBe(11);
  });

  it('gives day of year and hour of day in local standard time', () => {
    expect(dayOfYear(0)).toBe(0);
    expect(dayOfYear(8759)).toBe(364);
    expect(hourOfDay(8759)).toBe(23);
    expect(hourOfDay(37)).toBe(13); // Jan 2, 13:00–14:00
  });

  it('maps a calendar date to its model hour and refuses February 29', () => {
    expect(hourOfDate(7, 1, 0)).toBe(4344); // Jan–Jun = 181 days × 24
    expect(hourOfDate(12, 31, 23)).toBe(8759);
    expect(() => hourOfDate(2, 29, 0)).toThrow(/day must be an integer 1\.\.28/);
  });
});
