import { describe, expect, it } from 'vitest';
import { HOURS_PER_YEAR } from '../../../../src/power-model/hours';
import { timeStructure, worstCutDayPerSeason } from '../../../../src/power-model/optimize/families/time-structure';
import type { SizingInput } from '../../../../src/power-model/optimize/types';

// A flat 100 MW load with a 150 MW spell on days 20–21; interruptible cuts on days 5 (all day),
// 20 (hours 12–23), 21 (hours 0–5), 70 (all day, spring) and 340 (hours 0–11, December).
// Load in cut hours: day 5 2,400 MWh; day 20 12 × 150 = 1,800; day 21 6 × 150 = 900; day 70 2,400;
// day 340 1,200. Winter (Dec–Feb): day 5 (2,400) stands for the days cut ≥ 12 h: 5, 20, 340 (day
// 21 has 6 cut hours: clustered with the rest); spring: day 70 (2,400) for itself.
const load = new Float64Array(HOURS_PER_YEAR).fill(100).fill(150, 20 * 24, 22 * 24);
const cut = new Uint8Array(HOURS_PER_YEAR);
cut.fill(1, 5 * 24, 6 * 24).fill(1, 20 * 24 + 12, 21 * 24 + 6).fill(1, 70 * 24, 71 * 24).fill(1, 340 * 24, 340 * 24 + 12);

describe('representative days keep the interruptible cut days', () => {
  it('finds the day with the most load in cut hours in each season, standing for the season’s days cut most of the day, worst first', () => {
    expect(worstCutDayPerSeason(cut, load)).toEqual([
      { day: 5, members: [5, 20, 340] },
      { day: 70, members: [70] },
    ]);
    // Without the cut on day 5, winter's worst is day 20 (1,800 MWh, above day 340's 1,200).
    const lessCut = cut.slice().fill(0, 5 * 24, 6 * 24);
    expect(worstCutDayPerSeason(lessCut, load)).toEqual([
      { day: 70, members: [70] },
      { day: 20, members: [20, 340] },
    ]);
    expect(worstCutDayPerSeason(new Uint8Array(HOURS_PER_YEAR), load)).toEqual([]);
  });

  it('models those days in a representative-day LP, each standing for itself', () => {
    const input: SizingInput = { facilityLoadMW: load, discountRate: 0.07, thermal: [], fuel: { pipelineCutHours: cut }, timeResolution: { kind: 'representativeDays', days: 6 } };
    const time = timeStructure(input);
    const days = time.representativeDays ?? [];
    // The peak day (20, the first hour at 150 MW) alone first, then day 5 for itself and day 340
    // (day 20 is the peak day's), and day 70 for itself.
    expect(days.slice(0, 3)).toEqual([{ day: 20, weightDays: 1 }, { day: 5, weightDays: 2 }, { day: 70, weightDays: 1 }]);
    expect(time.modelIndexOfYearHour(340 * 24 + 3)).toBe(24 + 3);
    expect(days.reduce((sum, d) => sum + d.weightDays, 0)).toBe(365);
    // Without cuts only the peak day is kept alone; day 5 and day 70 are not modelled hours of their own.
    const plain = timeStructure({ ...input, fuel: {} });
    const kept = (plain.representativeDays ?? []).filter((d) => d.weightDays === 1 && (d.day === 5 || d.day === 70));
    expect(kept).toEqual([]);
  });
});
