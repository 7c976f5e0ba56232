import { describe, expect, it } from 'vitest';
import { allocationShares, customerShares, type AllocationClass } from '../../../src/power-model/rate-impact/allocators';
import { ALLOCATOR_METHODS } from '../../../src/power-model/rate-impact/types';

// A peaky class and a flat one: average demand A = salesMWh / 8760.
const peaky: AllocationClass = { name: 'residential', field: 'utility.classes.0', customers: 900, salesMWh: 100 * 8760, coincidentPeakMW: 280, nonCoincidentPeakMW: 300 };
const flat: AllocationClass = { name: 'industrial', field: 'utility.classes.1', customers: 100, salesMWh: 100 * 8760, coincidentPeakMW: 100, nonCoincidentPeakMW: 110 };

describe('allocationShares', () => {
  it('gives shares that sum to 1 under every allocator', () => {
    const third: AllocationClass = { name: 'commercial', field: 'utility.classes.2', customers: 50, salesMWh: 40 * 8760, coincidentPeakMW: 60, nonCoincidentPeakMW: 75, monthlyCoincidentPeaksMW: [40, 40, 45, 50, 55, 60, 62, 61, 58, 50, 45, 42] };
    for (const method of ALLOCATOR_METHODS) {
      const shares = allocationShares(method, [peaky, flat, third]);
      expect(shares.reduce((s, x) => s + x, 0), method).toBeCloseTo(1, 12);
      for (const share of shares) expect(share).toBeGreaterThanOrEqual(0);
    }
    expect(customerShares([peaky, flat, third]).reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
  });

  it('splits by coincident peak under 1CP and by sales under energy', () => {
    // 280 / 380 and 100 / 380; equal sales give 1/2 each.
    expect(allocationShares('1CP', [peaky, flat])).toEqual([280 / 380, 100 / 380]);
    expect(allocationShares('energy', [peaky, flat])).toEqual([0.5, 0.5]);
    expect(allocationShares('NCP', [peaky, flat])).toEqual([300 / 410, 110 / 410]);
  });

  it('averages the June–September monthly peaks for 4CP and all twelve for 12CP', () => {
    const monthlyA = [10, 10, 10, 10, 10, 40, 40, 40, 40, 10, 10, 10]; // 4CP mean 40, 12CP mean 20
    const monthlyB = [30, 30, 30, 30, 30, 20, 20, 20, 20, 30, 30, 30]; // 4CP mean 20, 12CP mean 80/3
    const a = { ...peaky, monthlyCoincidentPeaksMW: monthlyA };
    const b = { ...flat, monthlyCoincidentPeaksMW: monthlyB };
    const [a4] = allocationShares('4CP', [a, b]);
    expect(a4).toBeCloseTo(40 / 60, 12);
    const [a12] = allocationShares('12CP', [a, b]);
    expect(a12).toBeCloseTo(20 / (20 + 80 / 3), 12);
  });

  it('moves cost toward the high-load-factor class when switching from 4CP to average-and-excess', () => {
    // Worked by hand (NARUC 1992 A&E): ΣA = 200, system peak 380, LF = 200/380;
    // excess E = 300 − 100 = 200 and 110 − 100 = 10.
    // a_flat = (200/380)(100/200) + (180/380)(10/210) = 5/19 + 3/133 = 38/133 = 2/7.
    const fourCP = allocationShares('4CP', [peaky, flat]);
    const averageAndExcess = allocationShares('average-and-excess', [peaky, flat]);
    expect(fourCP[1]).toBeCloseTo(100 / 380, 12);
    expect(averageAndExcess[1]).toBeCloseTo(2 / 7, 12);
    expect(averageAndExcess[1] ?? 0).toBeGreaterThan(fourCP[1] ?? 0);
    expect(averageAndExcess[0] ?? 1).toBeLessThan(fourCP[0] ?? 0);
  });

  it('refuses average-and-excess when a class peaks below its own average demand, naming the field', () => {
    const impossible = { ...flat, nonCoincidentPeakMW: 90 };
    expect(() => allocationShares('average-and-excess', [peaky, impossible])).toThrow(/utility\.classes\.1\.nonCoincidentPeakMW: 90 MW is below/);
  });

  it('refuses an allocator whose quantity sums to zero, naming it', () => {
    const noPeak = { ...flat, coincidentPeakMW: 0 };
    expect(() => allocationShares('1CP', [{ ...peaky, coincidentPeakMW: 0 }, noPeak])).toThrow(/utility\.classes\.coincidentPeakMW/);
  });
});
