import { describe, expect, it } from 'vitest';
import { HOURS_PER_YEAR } from '../../../src/power-model/hours';
import { firmCapacity } from '../../../src/power-model/thermal/firm-capacity';
import type { ThermalTechnology } from '../../../src/power-model/thermal/technology';
import { AERO_CT } from '../simulate-fixture';

/** A made-up 100 MW frame unit: 0.85 of rating and 1.05 heat rate at 45 °C, 3.5% per 300 m. */
const FRAME: ThermalTechnology = {
  ...AERO_CT,
  id: 'frame',
  unitSizeMW: 100,
  derating: {
    ambient: [
      { tempC: 15, outputFraction: 1, heatRateFraction: 1 },
      { tempC: 45, outputFraction: 0.85, heatRateFraction: 1.05 },
    ],
    altitude: { outputLossPer300m: 0.035, ratedToElevationM: 0 },
  },
};

/** A made-up 10 MW engine: full output to 35 °C, 0.9 at 45 °C; rated to 1,000 m. */
const ENGINE: ThermalTechnology = {
  ...AERO_CT,
  id: 'engine',
  unitSizeMW: 10,
  derating: {
    ambient: [
      { tempC: 35, outputFraction: 1, heatRateFraction: 1 },
      { tempC: 45, outputFraction: 0.9, heatRateFraction: 1 },
    ],
    altitude: { outputLossPer300m: 0.03, ratedToElevationM: 1000 },
  },
};

/** 20 °C all year but 40 hours at 40 °C (hours 5000–5039); 150 MW of load, 220 MW in hour 5010. */
function smallSite() {
  const dryBulbC = new Float64Array(HOURS_PER_YEAR).fill(20);
  for (let h = 5000; h < 5040; h++) dryBulbC[h] = 40;
  const facilityMW = new Float64Array(HOURS_PER_YEAR).fill(150);
  facilityMW[5010] = 220;
  return { dryBulbC, facilityMW };
}

describe('firm capacity', () => {
  it('works the waterfall of a small made-up site by hand: nameplate, hot day, altitude, N+1', () => {
    // Design day: the 35th-hottest hour is one of the 40 at 40 °C. Frame at 40 °C: 1 − (25/30) × 0.15
    // = 0.875; engine: 1 − (5/10) × 0.1 = 0.95. Nameplate 3 × 100 + 4 × 10 = 340 MW; ambient
    // 262.5 + 38 = 300.5 MW; altitude at 600 m: frame × (1 − 0.035 × 2) = 0.93 → 244.125 + 38 =
    // 282.125 MW; N+1 takes the largest derated unit, 100 × 0.875 × 0.93 = 81.375 MW → 200.75 MW.
    const { dryBulbC, facilityMW } = smallSite();
    const firm = firmCapacity({ blocks: [{ technology: FRAME, units: 3 }, { technology: ENGINE, units: 4 }], dryBulbC, elevationM: 600, reserveUnits: 1, facilityMW, gridImportLimitMW: 0 });
    expect(firm.nameplateMW).toBeCloseTo(340, 9);
    expect(firm.designTempC).toBe(40);
    expect(firm.deratedMW).toBeCloseTo(300.5, 9);
    expect(firm.ambientLossMW).toBeCloseTo(39.5, 9);
    expect(firm.altitudeDeratedMW).toBeCloseTo(282.125, 9);
    expect(firm.altitudeLossMW).toBeCloseTo(18.375, 9);
    expect(firm.largestUnitsMW).toBeCloseTo(81.375, 9);
    expect(firm.firmMW).toBeCloseTo(200.75, 9);
    // Smallest margin: hour 5010, 40 °C and 220 MW of load: 200.75 − 220 = −19.25 MW. (At 20 °C the
    // frame gives 0.975 × 0.93 of 100 MW each: 3 × 90.675 + 40 − 90.675 − 150 = 71.35 MW.)
    expect(firm.smallestMargin.hour).toBe(5010);
    expect(firm.smallestMargin.dryBulbC).toBe(40);
    expect(firm.smallestMargin.firmSupplyMW).toBeCloseTo(200.75, 9);
    expect(firm.smallestMargin.marginMW).toBeCloseTo(-19.25, 9);
  });

  it('counts k of the largest units out for N+k, and the grid limit as firm supply beside them', () => {
    // N+2: 282.125 − 2 × 81.375 = 119.375 MW; with a 100 MW grid the tightest hour is 5010 again:
    // 119.375 + 100 − 220 = −0.625 MW.
    const { dryBulbC, facilityMW } = smallSite();
    const firm = firmCapacity({ blocks: [{ technology: FRAME, units: 3 }, { technology: ENGINE, units: 4 }], dryBulbC, elevationM: 600, reserveUnits: 2, facilityMW, gridImportLimitMW: 100 });
    expect(firm.firmMW).toBeCloseTo(119.375, 9);
    expect(firm.smallestMargin.marginMW).toBeCloseTo(-0.625, 9);
  });

  it('has nothing firm on site for a fleet with no units', () => {
    const { dryBulbC, facilityMW } = smallSite();
    const firm = firmCapacity({ blocks: [], dryBulbC, elevationM: 0, reserveUnits: 1, facilityMW, gridImportLimitMW: 300 });
    expect(firm.nameplateMW).toBe(0);
    expect(firm.firmMW).toBe(0);
    expect(firm.smallestMargin.marginMW).toBeCloseTo(80, 9);
  });
});
