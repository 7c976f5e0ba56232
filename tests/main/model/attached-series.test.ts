import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Site } from '../../../src/api/schemas/site';
import { cachedLoad } from '../../../src/power-model/site-model';
import { attachedLoadUtilization, attachedPriceSeries } from '../../../src/main/model/attached-series';
import { ModelRunner } from '../../../src/main/model/runner';

const lordstown = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', '..', 'data', 'sites', 'lordstown.json'), 'utf8')) as Site;

describe('attached load as IT utilization', () => {
  it('divides each hour by the campus IT MW', () => {
    // 75/300 = 0.25, 300/300 = 1, 0/300 = 0
    expect(Array.from(attachedLoadUtilization(new Float64Array([75, 300, 0]), 300))).toEqual([0.25, 1, 0]);
  });

  it('drops December 31 of a leap-year file', () => {
    expect(attachedLoadUtilization(new Float64Array(8784).fill(1), 2).length).toBe(8760);
    expect(attachedPriceSeries(new Float64Array(8784)).length).toBe(8760);
  });

  it('refuses a load above the campus IT capacity', () => {
    expect(() => attachedLoadUtilization(new Float64Array([10, 20.5]), 20)).toThrow(/hour 1 is 20.5 MW, above the site's 20 MW/);
  });

  it('gives back the file as IT MW once the campus is built: 150 MW flat is 1,314,000 MWh of IT energy', () => {
    const runner = new ModelRunner(undefined, new Map([[lordstown.id, { loadMW: new Float64Array(8760).fill(150) }]]));
    const { model, cache } = runner.prepare(lordstown);
    // Lordstown's one phase is 300 MW IT from 2026; in 2027 it is installed all year: 300 × 0.5 × 8760 h
    expect(cachedLoad(cache, model, 2027).itEnergyMWh).toBeCloseTo(1_314_000, 6);
    // 2025 is before the phase: nothing installed, whatever the file says.
    expect(cachedLoad(cache, model, 2025).itEnergyMWh).toBe(0);
  });
});
