import { describe, expect, it } from 'vitest';
import { HOURS_PER_YEAR } from '../../../src/power-model/hours';
import { simulateReliability, unitFailuresRiddenThrough } from '../../../src/power-model/reliability/monte-carlo';
import type { ReliabilityInput } from '../../../src/power-model/reliability/types';

const flat = (mw: number): Float64Array => new Float64Array(HOURS_PER_YEAR).fill(mw);

const singleUnit = (seed: number, years: number): ReliabilityInput => ({
  facilityLoadMW: flat(80),
  gridImportLimitMW: 0,
  units: [{ id: 'ct1', capacityMW: 100, forcedOutageRate: 0.05, mttrHours: 20 }],
  years,
  seed,
  rideThroughHours: [],
});

describe('simulateReliability', () => {
  it('reproduces a single unit’s availability 1 − FOR inside its stated 95% interval for most seeds', () => {
    // One 100 MW unit carrying 80 MW alone: every down hour is a loss hour, so availability = 1 − FOR = 0.95
    // and EUE = 0.05 × 8760 h × 80 MW = 35,040 MWh/yr. A 95% interval should cover the truth for about 38 of
    // 40 seeds; fewer than 34 would happen by chance with probability < 1% (binomial n = 40, p = 0.95).
    let availabilityCovered = 0;
    let unservedCovered = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const result = simulateReliability(singleUnit(seed, 300));
      if (result.availability.low95 <= 0.95 && 0.95 <= result.availability.high95) availabilityCovered++;
      const eue = result.expectedUnservedEnergyMWhPerYear;
      if (eue.low95 <= 35_040 && 35_040 <= eue.high95) unservedCovered++;
      // Hand check of the link between the outputs: EUE = LOLH × 80 MW when each short hour loses all 80 MW.
      expect(eue.mean).toBeCloseTo(result.lossOfLoadHoursPerYear.mean * 80, 6);
    }
    expect(availabilityCovered).toBeGreaterThanOrEqual(34);
    expect(unservedCovered).toBeGreaterThanOrEqual(34);
  });

  it('gives the same result for the same seed and a different one for another seed', () => {
    const first = simulateReliability(singleUnit(7, 50));
    const again = simulateReliability(singleUnit(7, 50));
    const other = simulateReliability(singleUnit(8, 50));
    expect(again).toEqual(first);
    expect(other.lossOfLoadHoursPerYear.mean).not.toBe(first.lossOfLoadHoursPerYear.mean);
  });

  it('counts grid outage hours at events per year × mean duration when the grid is the only supply', () => {
    // 2 events/yr × 10 h = 20 h/yr expected. Per-year variance of a compound Poisson sum is λ·E[D²] = 2 × 190
    // (geometric D with mean 10: E[D²] = 190), so over 2000 years the standard error is √(380/2000) = 0.44 h;
    // ±2 h is 4.5 standard errors.
    const result = simulateReliability({
      facilityLoadMW: flat(50),
      gridImportLimitMW: 100,
      gridOutage: { eventsPerYear: 2, meanDurationHours: 10 },
      units: [],
      years: 2000,
      seed: 11,
      rideThroughHours: [],
    });
    expect(Math.abs(result.lossOfLoadHoursPerYear.mean - 20)).toBeLessThan(2);
    expect(result.expectedUnservedEnergyMWhPerYear.mean).toBeCloseTo(result.lossOfLoadHoursPerYear.mean * 50, 6);
  });

  it('rides through a grid outage as long as the battery’s deliverable energy lasts and no longer', () => {
    // 200 MWh at round-trip 0.81 delivers 200 × √0.81 = 180 MWh; at 50 MW that is 3.6 h: 3 h outages are
    // always ridden through, 4 h never. The grid never fails in the base years, so the battery is full.
    const result = simulateReliability({
      facilityLoadMW: flat(50),
      gridImportLimitMW: 100,
      units: [],
      battery: { powerMW: 60, energyMWh: 200, roundTripEfficiency: 0.81, socMinPct: 0 },
      years: 20,
      seed: 3,
      rideThroughHours: [3, 4],
    });
    expect(result.rideThrough.map((r) => [r.outageHours, r.probability.mean, r.trials])).toEqual([
      [3, 1, 160],
      [4, 0, 160],
    ]);
    expect(result.availability.mean).toBe(1);
    expect(result.nines).toBeNull();
  });

  it('keeps the battery reserve untouched', () => {
    // Same as above with a 10% reserve: 180 MWh usable × 0.9 = 162 MWh delivered = 3.24 h at 50 MW; a 4 h
    // outage still fails and 3 h still passes, but with a 20% reserve (144 MWh) 3 h fails too (2.88 h).
    const run = (socMinPct: number) =>
      simulateReliability({
        facilityLoadMW: flat(50),
        gridImportLimitMW: 100,
        units: [],
        battery: { powerMW: 60, energyMWh: 200, roundTripEfficiency: 0.81, socMinPct },
        years: 5,
        seed: 3,
        rideThroughHours: [3],
      }).rideThrough[0]?.probability.mean;
    expect(run(10)).toBe(1);
    expect(run(20)).toBe(0);
  });

  it('reports a design with no loss as meeting Tier III and IV, and a 95% one as failing both', () => {
    const firm = simulateReliability({ ...singleUnit(1, 100), units: [{ id: 'ct', capacityMW: 100, forcedOutageRate: 0, mttrHours: 10 }] });
    // No loss in 100 years: the rule of three bounds LOLH by 3/100 h/yr, availability ≥ 1 − 0.03/8760.
    expect(firm.lossOfLoadHoursPerYear.high95).toBeCloseTo(0.03, 12);
    expect(firm.tiers.map((t) => t.verdict)).toEqual(['meets', 'meets']);
    const weak = simulateReliability(singleUnit(1, 100));
    expect(weak.tiers.map((t) => t.verdict)).toEqual(['fails', 'fails']);
    // nines of 0.95 is −log10(0.05) = 1.30.
    expect(weak.nines).toBeCloseTo(1.3, 1);
  });

  it('reports progress between years and stops when cancelled, keeping the years done', () => {
    const progress: number[] = [];
    const result = simulateReliability({
      ...singleUnit(5, 10),
      onProgress: (fraction) => progress.push(fraction),
      shouldCancel: () => progress.length >= 3,
    });
    expect(progress).toEqual([0.1, 0.2, 0.3]);
    expect(result.cancelled).toBe(true);
    expect(result.yearsSimulated).toBe(3);
    expect(result.yearsRequested).toBe(10);
  });

  it('refuses bad input with the field named', () => {
    expect(() => simulateReliability({ ...singleUnit(1, 1), facilityLoadMW: new Float64Array(24) })).toThrow(
      /facilityLoadMW must have 8760 hourly values, got 24/,
    );
    expect(() =>
      simulateReliability({ ...singleUnit(1, 1), units: [{ id: 'a', capacityMW: 10, forcedOutageRate: 1.2, mttrHours: 5 }] }),
    ).toThrow(/units\[0\]\.forcedOutageRate must be in \[0, 1\)/);
    expect(() => simulateReliability({ ...singleUnit(1, 0) })).toThrow(/years must be an integer ≥ 1/);
    expect(() =>
      simulateReliability({ ...singleUnit(1, 1), battery: { powerMW: 1, energyMWh: 1, roundTripEfficiency: 0, socMinPct: 0 } }),
    ).toThrow(/battery\.roundTripEfficiency/);
  });
});

describe('unit failures ridden through with derated units', () => {
  it('counts the unit failures ridden through at the tightest hour’s derated sizes', () => {
    // Four 30 MW units at 0.8 in hour 7 (24 MW each, 96 MW), load 50 MW: spare 46 MW there, so one
    // 24 MW unit can fail and not two (48 > 46). At their rating the tightest spare would be 70 MW (two).
    const fraction = flat(1);
    fraction[7] = 0.8;
    const units = Array.from({ length: 4 }, (_, i) => ({ id: `u${i}`, capacityMW: 30, forcedOutageRate: 0.05, mttrHours: 20, hourlyCapacityFraction: fraction }));
    expect(unitFailuresRiddenThrough({ facilityLoadMW: flat(50), gridImportLimitMW: 0, units, years: 1, seed: 1 }, 0)).toBe(1);
  });

  it('counts the N+k copies at their derated size, the fleet’s hourly sum shared between designs', () => {
    // A: 100 MW at 0.6 in hour 10 (60 MW); B: 50 MW at its rating; load 100 MW, no grid or solar.
    // N: hour 10 is tightest, spare 60 + 50 − 100 = 10 MW, less than either unit: 0.
    // N+1 adds a copy of A (the largest), 60 MW in hour 10: spare 70, one 60 MW unit can fail, not two (120): 1.
    // N+2: spare 130, two 60 MW units (120) but not a third (180): 2.
    const fraction = flat(1);
    fraction[10] = 0.6;
    const input: ReliabilityInput = {
      facilityLoadMW: flat(100),
      gridImportLimitMW: 0,
      units: [
        { id: 'a', capacityMW: 100, forcedOutageRate: 0.05, mttrHours: 20, hourlyCapacityFraction: fraction },
        { id: 'b', capacityMW: 50, forcedOutageRate: 0.05, mttrHours: 20 },
      ],
      years: 1,
      seed: 1,
    };
    expect([0, 1, 2, 1, 0].map((k) => unitFailuresRiddenThrough(input, k))).toEqual([0, 1, 2, 1, 0]);
  });
});
