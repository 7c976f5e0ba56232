import { describe, expect, it } from 'vitest';
import { HOURS_PER_YEAR } from '../../../src/power-model/hours';
import { worstDayEvents } from '../../../src/power-model/optimize/worst-day-events';

// A year at 10 °C but for 35 cold hours (−12 to −10 °C, load up to 820 MW) and 35 hot ones (40 to
// 43 °C, load up to 950 MW): 35 hours is round(0.004 × 8760), the data file's trigger share.
const dryBulbC = new Float64Array(HOURS_PER_YEAR).fill(10);
const loadMW = new Float64Array(HOURS_PER_YEAR).fill(700);
for (let k = 0; k < 35; k++) {
  dryBulbC[100 + k] = -10 - (k % 3);
  loadMW[100 + k] = 800 + (k === 20 ? 20 : 0);
  dryBulbC[5000 + k] = 40 + (k % 4);
  loadMW[5000 + k] = 900 + (k === 7 ? 50 : 0);
}
// A linear toy curve: 1 at 15 °C, 0.5% of the rating per °C.
const outputFractionAt = (_id: string, t: number) => 1 - 0.005 * (t - 15);
const commonMode = {
  dryBulbC,
  gasSupply: { eventsPerYear: 0.15, meanDurationHours: 72, shareOfGasUnitsAffected: 0.3, coldestHoursFraction: 0.004 },
  gridWeather: { eventsPerYear: 0.2, meanDurationHours: 12, coldestHoursFraction: 0.004, hottestHoursFraction: 0.004 },
};

describe('worstDayEvents', () => {
  it('takes each event at its design dry-bulb and the largest load in its trigger hours', () => {
    const events = worstDayEvents({ facilityLoadMW: loadMW, commonMode, hasGrid: true, technologyIds: ['ct'], outputFractionAt });
    expect(events.map((e) => e.kind)).toEqual(['gasSupply', 'gridOutage', 'gridOutage']);
    const [gas, coldGrid, hotGrid] = events;
    // Cold: the warmest of the 35 coldest hours is −10 °C → 1 + 0.005 × 25 = 1.125; load 820 MW.
    expect(gas).toMatchObject({ loadMW: 820, dryBulbC: -10, durationHours: 72, shareOfGasLost: 0.3 });
    expect(gas?.thermalOutputFraction.ct).toBeCloseTo(1.125, 12);
    expect(coldGrid).toMatchObject({ loadMW: 820, dryBulbC: -10, durationHours: 12, shareOfGasLost: 0 });
    // Hot: the coolest of the 35 hottest is 40 °C → 1 − 0.005 × 25 = 0.875; load 950 MW.
    expect(hotGrid).toMatchObject({ loadMW: 950, dryBulbC: 40, durationHours: 12 });
    expect(hotGrid?.thermalOutputFraction.ct).toBeCloseTo(0.875, 12);
  });

  it('leaves grid outages out of an islanded campus and an event that takes nothing out of any', () => {
    const islanded = worstDayEvents({ facilityLoadMW: loadMW, commonMode, hasGrid: false, technologyIds: ['ct'], outputFractionAt });
    expect(islanded.map((e) => e.kind)).toEqual(['gasSupply']);
    const none = worstDayEvents({ facilityLoadMW: loadMW, commonMode: { ...commonMode, gasSupply: { ...commonMode.gasSupply, shareOfGasUnitsAffected: 0 } }, hasGrid: false, technologyIds: ['ct'], outputFractionAt });
    expect(none).toEqual([]);
  });
});
