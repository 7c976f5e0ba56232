import { describe, expect, it } from 'vitest';
import { hourCalendar } from '../../../src/power-model/headroom/calendar';
import { SEASON_CODE } from '../../../src/power-model/headroom/types';

describe('hours of a series placed in a local calendar', () => {
  // Local midnight of 2018-12-31 at UTC−6 is 06:00 UTC; 24 + 8760 + 24 hours run to 2020-01-01 23:00 local.
  const cal = hourCalendar(Date.UTC(2018, 11, 31, 6), 24 + 8760 + 24, -6);

  it('holds 2019 whole, from local January 1 00:00 (index 24), and no other year', () => {
    expect(cal.wholeYears).toEqual([{ year: 2019, start: 24, end: 24 + 8760 }]);
  });

  it('reads winter as December–February, summer as June–August, local time', () => {
    // Day of year 59 is March 1, 151 June 1, 243 September 1, 334 December 1 (2019 is not a leap year).
    const at = (dayOfYear: number, hour = 0) => cal.season[24 + dayOfYear * 24 + hour];
    expect([cal.season[0], at(0), at(58, 23)]).toEqual([SEASON_CODE.winter, SEASON_CODE.winter, SEASON_CODE.winter]);
    expect([at(59), at(150, 23)]).toEqual([SEASON_CODE.shoulder, SEASON_CODE.shoulder]);
    expect([at(151), at(242, 23)]).toEqual([SEASON_CODE.summer, SEASON_CODE.summer]);
    expect([at(243), at(333, 23)]).toEqual([SEASON_CODE.shoulder, SEASON_CODE.shoulder]);
    expect([at(334), at(364, 23)]).toEqual([SEASON_CODE.winter, SEASON_CODE.winter]);
  });

  it('gives each hour its local month and the first hour its local hour of day', () => {
    // Index 0 is 2018-12-31 00:00 local; index 24 + 31 × 24 = 768 is 2019-02-01 00:00; index 24 + 8760 is 2020-01-01 00:00.
    expect([cal.month[0], cal.month[23], cal.month[24], cal.month[767], cal.month[768], cal.month[24 + 8760]]).toEqual([11, 11, 0, 0, 1, 0]);
    expect(cal.firstHourOfDay).toBe(0);
    // 2019-06-01 03:00 UTC read at UTC−6 is 2019-05-31 21:00 local.
    const june = hourCalendar(Date.UTC(2019, 5, 1, 3), 5, -6);
    expect([june.firstHourOfDay, june.month[0], june.month[2], june.month[3]]).toEqual([21, 4, 4, 5]);
  });

  it('counts a leap year as 8784 hours', () => {
    const leap = hourCalendar(Date.UTC(2016, 0, 1), 8784 + 5, 0);
    expect(leap.wholeYears).toEqual([{ year: 2016, start: 0, end: 8784 }]);
  });
});
