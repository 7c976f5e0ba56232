import { describe, expect, it } from 'vitest';
import { centralUtcOffsetHours, naesbGasDays } from '../../../src/power-model/fuel/gas-day';
import { HOURS_PER_YEAR } from '../../../src/power-model/hours';

// 2026: 1 January is a Thursday; daylight saving runs from Sunday 8 March (model day 66, hours
// 1,584–1,607) to Sunday 1 November (model day 304, hours 7,296–7,319), by the US rule.
const length = (starts: number[], d: number) => (starts[d + 1] ?? HOURS_PER_YEAR) - (starts[d] ?? 0);

describe('naesbGasDays', () => {
  it('starts a Central site’s gas day at 9:00 in winter and at 8:00 standard time under daylight saving', () => {
    const days = naesbGasDays({ utcOffsetHours: -6, year: 2026 });
    // Hours 0–8 of 1 January are the tail of the gas day that began on 31 December.
    expect(days.startHours.slice(0, 3)).toEqual([0, 9, 33]);
    expect(days.fraction[0]).toBeCloseTo(9 / 24, 12);
    expect(days.fraction[1]).toBe(1);
    // 15 June (day 165, hours 3,960–3,983): 9:00 CDT = 8:00 CST → hour 3,968.
    expect(days.startHours).toContain(3968);
    expect(days.dayOfHour[3967]).not.toBe(days.dayOfHour[3968]);
  });

  it('gives the gas day 23 hours when daylight saving starts and 25 when it ends', () => {
    const { startHours } = naesbGasDays({ utcOffsetHours: -6, year: 2026 });
    // 7 March 9:00 CST = hour 1,560 + 9 = 1,569; 8 March 9:00 CDT = 8:00 CST = hour 1,592.
    const march = startHours.indexOf(1569);
    expect(length(startHours, march)).toBe(23);
    // 31 October 9:00 CDT = 8:00 CST = hour 7,272 + 8 = 7,280; 1 November 9:00 CST = hour 7,305.
    const november = startHours.indexOf(7280);
    expect(length(startHours, november)).toBe(25);
    // One gas day starts on each calendar day: 365 starts after the partial first day.
    expect(startHours.length).toBe(366);
  });

  it('starts at 8:00 at a Mountain site and at 10:00 at an Eastern site in January', () => {
    expect(naesbGasDays({ utcOffsetHours: -7, year: 2026 }).startHours[1]).toBe(8);
    expect(naesbGasDays({ utcOffsetHours: -5, year: 2026 }).startHours[1]).toBe(10);
  });

  it('reads the Central offset as −5 from 08:00 UTC on the second Sunday of March', () => {
    expect(centralUtcOffsetHours(Date.UTC(2026, 2, 8, 7, 59))).toBe(-6);
    expect(centralUtcOffsetHours(Date.UTC(2026, 2, 8, 8, 0))).toBe(-5);
    expect(centralUtcOffsetHours(Date.UTC(2026, 10, 1, 6, 59))).toBe(-5);
    expect(centralUtcOffsetHours(Date.UTC(2026, 10, 1, 7, 0))).toBe(-6);
  });
});
