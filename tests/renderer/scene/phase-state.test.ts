import { describe, expect, it } from 'vitest';
import { CONSTRUCTION_MONTHS, hallStateAt } from '../../../src/renderer/scene/phase-state';

const AUG15 = 226 * 24 + 18;
const hall = (energizationYear: number, energizationMonth?: number) => ({ energizationYear, energizationMonth, status: 'planned' as const });

describe('a hall in its state at the scrubbed date', () => {
  it('is operating from its energization month on, as the engine loads it', () => {
    // Abilene phase 1: September 2025. In August 2025 it is one month away; in September it draws power.
    expect(hallStateAt(hall(2025, 9), 2025, AUG15).status).toBe('under-construction');
    expect(hallStateAt(hall(2025, 9), 2025, 243 * 24).status).toBe('operating'); // day 243 = 1 September
    expect(hallStateAt(hall(2026), 2028, AUG15)).toEqual({ status: 'operating', progress: 1 });
  });

  it('rises under construction in the months before, and is planned before that', () => {
    // August 2026 against January 2027: 5 months left → (18 − 5 + 1) / 19 of the way.
    const s = hallStateAt(hall(2027), 2026, AUG15);
    expect(s.status).toBe('under-construction');
    expect(s.progress).toBeCloseTo((CONSTRUCTION_MONTHS - 5 + 1) / (CONSTRUCTION_MONTHS + 1), 12);
    // August 2024 against January 2027: 29 months left → planned.
    expect(hallStateAt(hall(2027), 2024, AUG15)).toEqual({ status: 'planned', progress: 0 });
  });

  it('keeps the site file’s status when there is no simulated year', () => {
    expect(hallStateAt({ ...hall(2030), status: 'operating' }, null, AUG15).status).toBe('operating');
  });
});
