import { describe, expect, it } from 'vitest';
import type { Site } from '../../../../src/api/schemas/site';
import { loadSites } from '../../../../src/main/data/load-sites';
import { optimizeJob, type OptimizeJobResult } from '../../../../src/main/runs/jobs/optimize';
import { BUILT_IN_SCENARIOS } from '../../../../src/power-model/scenarios/index';

const lordstown = loadSites().sites.find((s) => s.id === 'lordstown') as Site;
const quiet = { progress: () => undefined, shouldCancel: () => false };
const params = { representativeDays: 12, recheckYears: 10, availabilityTarget: 0 };
const run = async (scenario: Record<string, unknown>): Promise<OptimizeJobResult> =>
  (await optimizeJob({ kind: 'optimize', site: lordstown, scenario: { ...BUILT_IN_SCENARIOS.hybrid, id: 'permitted', name: 'permitted', ...scenario }, params }, quiet)) as OptimizeJobResult;

describe('optimize job under the scenario’s air permit', () => {
  it('runs no gas under a zero NOx limit, and carries the permit into the mix it re-checks and saves', async () => {
    const free = await run({});
    const limited = await run({ permits: { noxTonsPerYear: 0 } });
    // Every gas technology emits NOx (AP-42 factors in data/technologies.json), so a zero limit
    // leaves the fleet as reserve only: the LP serves the load from the grid and solar instead.
    expect(free.annual?.thermalEnergyMWh ?? 0).toBeGreaterThan(1000);
    expect(limited.annual?.thermalEnergyMWh ?? Infinity).toBeLessThan(1e-3 * (free.annual?.thermalEnergyMWh ?? 0));
    expect(limited.objectiveUSDPerYear ?? 0).toBeGreaterThan(free.objectiveUSDPerYear ?? Infinity);
    expect(limited.recheck?.scenario.permits).toEqual({ noxTonsPerYear: 0 });
    expect(free.recheck?.scenario.permits).toBeUndefined();
  }, 600_000);

  it('plans no pipeline gas on interruptible cut days, and sizes on the worst cut day so the re-check needs no unit', async () => {
    // Lordstown (Ohio): an interruptible lateral is cut on every gas day colder than −5 °C (60 in
    // its weather year). The 12 representative days keep the worst cut day of each season
    // (representative-days.ts): the LP plans the grid for the days without gas, so the whole-unit
    // mix serves every hour of the re-check's year and no unit is added. Before, the clustering
    // could fold the worst cut day away and the re-check found the grid short there (86 MWh).
    const r = await run({ base: 'btm-gas', fuel: { pipelineMMBtuPerDay: 400_000, service: 'interruptible' } });
    expect(r.notes.some((n) => /no pipeline gas on the \d+ gas days? of the year whose coldest hour is below -5 °C/.test(n))).toBe(true);
    expect(r.notes.some((n) => /the worst interruptible cut day of each season/.test(n))).toBe(true);
    expect(r.recheck?.added).toEqual([]);
    expect(r.recheck?.simulation.unservedEnergyMWh).toBe(0);
    expect(r.status).toBe('optimal');
    expect(r.recheck?.scenario.fuel).toEqual({ pipelineMMBtuPerDay: 400_000, service: 'interruptible' });
  }, 600_000);
});
