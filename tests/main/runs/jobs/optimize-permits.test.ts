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
});
