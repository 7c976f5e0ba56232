import { describe, expect, it } from 'vitest';
import { HOURS_PER_YEAR } from '../../../src/power-model/hours';
import { compareRedundancy, mergeTallies, withExtraUnits } from '../../../src/power-model/reliability/redundancy';
import { simulateReliability } from '../../../src/power-model/reliability/monte-carlo';
import { preparePass, simulateSinglePass } from '../../../src/power-model/reliability/single-pass';
import type { ReliabilityInput } from '../../../src/power-model/reliability/types';

const flat = (mw: number): Float64Array => new Float64Array(HOURS_PER_YEAR).fill(mw);
const daily = (base: number, swing: number): Float64Array => Float64Array.from({ length: HOURS_PER_YEAR }, (_, h) => base + swing * Math.sin((2 * Math.PI * (h % 24)) / 24));

/** A campus-like fleet: twelve 10 MW engines, a grid with outages, solar and a battery. */
const campus = (years: number, seed: number): ReliabilityInput => ({
  facilityLoadMW: daily(100, 10),
  solarAvailableMW: Float64Array.from({ length: HOURS_PER_YEAR }, (_, h) => Math.max(0, 20 * Math.sin((Math.PI * ((h % 24) - 6)) / 12))),
  gridImportLimitMW: 20,
  gridOutage: { eventsPerYear: 3, meanDurationHours: 6 },
  units: Array.from({ length: 12 }, (_, i) => ({ id: `e${i + 1}`, capacityMW: 10, forcedOutageRate: 0.06, mttrHours: 30 })),
  battery: { powerMW: 10, energyMWh: 40, roundTripEfficiency: 0.85, socMinPct: 10 },
  years,
  seed,
  rideThroughHours: [1, 4, 8],
});

describe('the single-pass Monte Carlo', () => {
  it('gives N, N+1 and N+2 exactly what three separate runs give for the same seed', () => {
    const input = campus(300, 42);
    const together = compareRedundancy(input);
    for (const c of together) {
      const alone = simulateReliability({ ...input, units: withExtraUnits(input.units, c.extraUnits) });
      // Loss-of-load hours are counts: equal exactly. Unserved MWh are sums of the same shortfalls,
      // added to the fleet's outage in another order: equal to rounding.
      expect(c.result.lossOfLoadHoursPerYear).toEqual(alone.lossOfLoadHoursPerYear);
      expect(c.result.expectedUnservedEnergyMWhPerYear.mean).toBeCloseTo(alone.expectedUnservedEnergyMWhPerYear.mean, 6);
      expect(c.result.unservedHoursHistogram).toEqual(alone.unservedHoursHistogram);
      expect(c.result.rideThrough).toEqual(alone.rideThrough);
    }
    // The comparison discriminates: each added unit removes loss of load.
    const lolh = together.map((c) => c.result.lossOfLoadHoursPerYear.mean);
    expect(lolh[0]).toBeGreaterThan(lolh[1] ?? Infinity);
    expect(lolh[1]).toBeGreaterThan(lolh[2] ?? Infinity);
  });

  it('gives the hour-by-hour answer when it passes over quiet years and quiet blocks', () => {
    // Ride-through trials make every year go through the hourly pass, and two unit groups (the
    // same ratings at 1.0 every hour, in two arrays) stop it passing over 16-hour blocks, so that
    // run walks every hour; without them the pass skips years and blocks it can prove quiet. The
    // trials draw on their own stream and touch no tally but their own, so loss of load must be the
    // same either way.
    const input = { ...campus(400, 11), extraUnits: [0, 1, 2] };
    const [even, odd] = [flat(1), flat(1)];
    const twoGroups = input.units.map((unit, i) => ({ ...unit, hourlyCapacityFraction: i % 2 === 0 ? even : odd }));
    const full = simulateSinglePass({ ...input, units: twoGroups, rideThroughHours: [4] }).tallies;
    const fast = simulateSinglePass({ ...input, rideThroughHours: [] }).tallies;
    fast.forEach((t, d) => {
      expect(t.lossOfLoadHours).toBe(full[d]?.lossOfLoadHours);
      expect(t.unservedHoursHistogram).toEqual(full[d]?.unservedHoursHistogram);
      expect(t.unservedMWh).toBeCloseTo(full[d]?.unservedMWh ?? NaN, 6);
    });
    // Not vacuous: N loses load in some years and is quiet in others.
    const histogram = fast[0]?.unservedHoursHistogram ?? [];
    expect(histogram[0]).toBeGreaterThan(0);
    expect(histogram[0]).toBeLessThan(400);
  });

  it('gives the same tallies when the years are split between workers and added back, each worker reusing its prepared pass', () => {
    const input = { ...campus(200, 7), extraUnits: [0, 1, 2] };
    const whole = simulateSinglePass(input).tallies;
    const first = simulateSinglePass({ ...input, years: 120 }).tallies;
    const second = simulateSinglePass({ ...input, years: 80, firstYear: 120 }).tallies;
    // A thread's chunks share one prepared pass (plan and scratch): in another order, with a third chunk between.
    const prepared = preparePass(input);
    const secondShared = simulateSinglePass({ ...input, years: 80, firstYear: 120 }, prepared).tallies;
    simulateSinglePass({ ...input, years: 50, firstYear: 1000 }, prepared);
    const firstShared = simulateSinglePass({ ...input, years: 120 }, prepared).tallies;
    for (const merged of [mergeTallies([first, second]), mergeTallies([firstShared, secondShared])]) {
      merged.forEach((t, c) => {
        expect(t.years).toBe(200);
        expect(t.lossOfLoadHours).toBe(whole[c]?.lossOfLoadHours);
        expect(t.unservedHoursHistogram).toEqual(whole[c]?.unservedHoursHistogram);
        expect(t.unservedMWh).toBeCloseTo(whole[c]?.unservedMWh ?? NaN, 6);
      });
    }
  });

  it('counts each year in the bin of its loss-of-load hours', () => {
    // One 100 MW unit carrying 80 MW alone: each year's loss hours are its down hours, FOR 0.05 of
    // 8,760 = 438 h on average with a spread of about ±130 h (down spells of 20 h mean), so every
    // year falls in the 256–511 h bin (upper edge 512, the 10th) or one of its neighbours.
    const result = simulateReliability({ facilityLoadMW: flat(80), gridImportLimitMW: 0, units: [{ id: 'u', capacityMW: 100, forcedOutageRate: 0.05, mttrHours: 20 }], years: 200, seed: 3 });
    const histogram = result.unservedHoursHistogram;
    expect(histogram.years.reduce((a, b) => a + b, 0)).toBe(200);
    expect(histogram.binUpperEdgesHours[9]).toBe(512);
    expect((histogram.years[8] ?? 0) + (histogram.years[9] ?? 0) + (histogram.years[10] ?? 0)).toBe(200);
    expect(histogram.years[9]).toBeGreaterThan(100);
  });

  it('counts the unit failures a fleet rides through in its tightest hour', () => {
    // Twelve 10 MW engines + 20 MW grid against a peak of 110 MW with no solar at the peak hour
    // (the load peaks at 06:00 where the solar profile is 0): spare = 120 + 20 − 110 = 30 MW, three engines.
    const input = campus(1, 1);
    const cases = compareRedundancy(input);
    expect(cases.map((c) => c.result.unitFailuresRiddenThrough)).toEqual([3, 4, 5]);
  });

  it('leaves ride-through out where there is no grid', () => {
    const result = simulateReliability({ ...campus(5, 1), gridImportLimitMW: 0 });
    expect(result.rideThrough).toEqual([]);
  });
});

describe('the Monte Carlo with derated units', () => {
  it('loses exactly the hours in which a derated unit that never fails falls short', () => {
    // One 100 MW unit, FOR 0, at 0.8 of its rating in the first 100 hours; load 90 MW, no grid.
    // Those 100 hours are 10 MW short: LOLH 100 h/yr, EUE 1,000 MWh/yr. N+1 adds a copy at the same
    // fraction: 160 MW ≥ 90 MW, never short.
    const fraction = flat(1);
    fraction.fill(0.8, 0, 100);
    const input: ReliabilityInput = { facilityLoadMW: flat(90), gridImportLimitMW: 0, units: [{ id: 'ct', capacityMW: 100, forcedOutageRate: 0, mttrHours: 50, hourlyCapacityFraction: fraction }], years: 3, seed: 1 };
    const [n, n1] = compareRedundancy(input, [0, 1]);
    expect(n?.result.lossOfLoadHoursPerYear.mean).toBe(100);
    expect(n?.result.expectedUnservedEnergyMWhPerYear.mean).toBeCloseTo(1000, 9);
    expect(n1?.result.lossOfLoadHoursPerYear.mean).toBe(0);
  });

  it('reproduces the analytic loss of load of a failing derated unit beside one at its rating', () => {
    // Unit A: 100 MW, FOR 0.1, MTTR 10 h, at 0.3 of rating in the first 876 hours and 0.5 after;
    // unit B: 20 MW, never fails; load 60 MW. First 876 h: short always (30 + 20 < 60), 10 MW when A
    // is up, 40 MW when down; after: short only when A is down (20 < 60), 40 MW.
    // LOLH = 876 + 0.1 × 7,884 = 1,664.4 h/yr; EUE = 876 × (0.9 × 10 + 0.1 × 40) + 0.1 × 7,884 × 40
    // = 11,388 + 31,536 = 42,924 MWh/yr. Over 600 years the standard error of LOLH is about
    // √(2 × MTTR × q(1 − q) × 8,760 / 600) ≈ 5 h, so ±25 h (and ±1,000 MWh on EUE) is five of them.
    const fraction = flat(0.5);
    fraction.fill(0.3, 0, 876);
    const input: ReliabilityInput = {
      facilityLoadMW: flat(60),
      gridImportLimitMW: 0,
      units: [
        { id: 'a', capacityMW: 100, forcedOutageRate: 0.1, mttrHours: 10, hourlyCapacityFraction: fraction },
        { id: 'b', capacityMW: 20, forcedOutageRate: 0, mttrHours: 10 },
      ],
      years: 600,
      seed: 7,
    };
    const [n] = compareRedundancy(input, [0]);
    expect(n?.result.lossOfLoadHoursPerYear.mean).toBeGreaterThan(1664.4 - 25);
    expect(n?.result.lossOfLoadHoursPerYear.mean).toBeLessThan(1664.4 + 25);
    expect(n?.result.expectedUnservedEnergyMWhPerYear.mean).toBeGreaterThan(42924 - 1000);
    expect(n?.result.expectedUnservedEnergyMWhPerYear.mean).toBeLessThan(42924 + 1000);
  });
});
