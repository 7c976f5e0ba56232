import { describe, expect, it } from 'vitest';
import { designYear } from '../../../src/power-model/basis/design-year';

describe('designYear', () => {
  it('is the year of the last phase when it is energized in January', () => {
    // Abilene: 200 MW in Sept 2025, 1 GW in 2026 (month not given = January) → 2026.
    expect(designYear([{ energizationYear: 2025, energizationMonth: 9 }, { energizationYear: 2026 }])).toBe(2026);
  });

  it('moves to the next year when the last phase is energized after January, so the year holds the whole build', () => {
    // Doña Ana: the only phase in December 2026 → 2026 holds one month of it; 2027 is the first full year.
    expect(designYear([{ energizationYear: 2026, energizationMonth: 12 }])).toBe(2027);
    // An earlier phase late in its year does not outrun a later one.
    expect(designYear([{ energizationYear: 2026, energizationMonth: 10 }, { energizationYear: 2028 }])).toBe(2028);
  });

  it('refuses a site with no phase left', () => {
    expect(() => designYear([])).toThrow(/at least one phase that is not cancelled/);
  });
});
