import { describe, expect, it } from 'vitest';
import { HOURS_PER_YEAR } from '../../../src/power-model/hours';
import { compareRedundancy, withExtraUnits } from '../../../src/power-model/reliability/redundancy';

describe('withExtraUnits', () => {
  it('adds copies of the largest unit with new ids', () => {
    const units = [
      { id: 'recip', capacityMW: 18, forcedOutageRate: 0.02, mttrHours: 12 },
      { id: 'ct', capacityMW: 60, forcedOutageRate: 0.04, mttrHours: 40 },
    ];
    expect(withExtraUnits(units, 2).map((u) => [u.id, u.capacityMW])).toEqual([
      ['recip', 18],
      ['ct', 60],
      ['ct+1', 60],
      ['ct+2', 60],
    ]);
    expect(() => withExtraUnits(units, -1)).toThrow(/extraUnits/);
  });
});

describe('compareRedundancy', () => {
  it('finds N+1 and N+2 more available than N, each near its binomial value', () => {
    // Two 60 MW units for a 100 MW load, FOR 0.05: short whenever either is down, 1 − 0.95² = 0.0975 of hours.
    // N+1 (three units, two needed): P(≥2 down) = 3·0.05²·0.95 + 0.05³ = 0.00725.
    // N+2 (four units, two needed): P(≥3 down) = 4·0.05³·0.95 + 0.05⁴ = 0.00048125.
    const cases = compareRedundancy({
      facilityLoadMW: new Float64Array(HOURS_PER_YEAR).fill(100),
      gridImportLimitMW: 0,
      units: [
        { id: 'ct1', capacityMW: 60, forcedOutageRate: 0.05, mttrHours: 24 },
        { id: 'ct2', capacityMW: 60, forcedOutageRate: 0.05, mttrHours: 24 },
      ],
      years: 400,
      seed: 2024,
      rideThroughHours: [],
    });
    expect(cases.map((c) => c.label)).toEqual(['N', 'N+1', 'N+2']);
    const unavailability = cases.map((c) => 1 - c.result.availability.mean);
    // Relative tolerances of a few standard errors for 400 years (wider for the rarer N+2 events).
    expect(unavailability[0]).toBeCloseTo(0.0975, 2);
    expect(Math.abs((unavailability[1] ?? 0) / 0.00725 - 1)).toBeLessThan(0.25);
    expect(Math.abs((unavailability[2] ?? 0) / 0.00048125 - 1)).toBeLessThan(0.6);
    const [n, n1, n2] = cases.map((c) => c.result.availability);
    expect(n1?.low95).toBeGreaterThan(n?.high95 ?? 1);
    expect(n2?.mean).toBeGreaterThan(n1?.mean ?? 1);
  });
});
