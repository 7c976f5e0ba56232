import { describe, expect, it } from 'vitest';
import { timeToPower } from '../../src/power-model/time-to-power/time-to-power';

describe('timeToPower', () => {
  it('shows a shortfall while a late grid connection leaves demand unmet', () => {
    // 480 MW from 2026 and 720 MW more from 2027; grid 1,300 MW only from 2029; 300 MW of engines from 2027.
    const result = timeToPower(
      [
        { name: 'P1', year: 2026, facilityMW: 480 },
        { name: 'P2', year: 2027, facilityMW: 720 },
      ],
      [{ path: 'gas-recip-engine', year: 2027, mw: 300 }],
      2026,
      2030,
      (year) => (year >= 2029 ? 1300 : 0),
    );
    expect(result.years.map((y) => y.shortfallMW)).toEqual([480, 900, 900, 0, 0]);
    expect(result.firstYearFullyMet).toBe(2029);
    expect(result.years[3]?.byPathMW).toEqual({ grid: 1300, 'gas-recip-engine': 300 });
  });

  it('reports no year fully met when the shortfall lasts to the end of the range', () => {
    const result = timeToPower([{ name: 'P1', year: 2026, facilityMW: 100 }], [], 2026, 2028, () => 50);
    expect(result.firstYearFullyMet).toBeNull();
  });
});
