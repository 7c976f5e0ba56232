import { beforeAll, describe, expect, it } from 'vitest';
import type { Site } from '../../../../src/api/schemas/site';
import { loadSites } from '../../../../src/main/data/load-sites';
import { optimizeJob, type OptimizeJobResult } from '../../../../src/main/runs/jobs/optimize';
import { BUILT_IN_SCENARIOS } from '../../../../src/power-model/scenarios/index';

const shackelford = loadSites().sites.find((s) => s.id === 'shackelford') as Site;
const quiet = { progress: () => undefined, shouldCancel: () => false };
// 12 representative days keep the LPs small; the re-check and the events check are the job's defaults but for fewer years.
const params = { representativeDays: 12, recheckYears: 200, eventCheckYears: 2000 };
const run = async (extra: Record<string, unknown>): Promise<OptimizeJobResult> =>
  (await optimizeJob({ kind: 'optimize', site: shackelford, scenario: BUILT_IN_SCENARIOS.islanded, params: { ...params, ...extra } }, quiet)) as OptimizeJobResult;

describe("optimize job with the 'worst-day' reliability target", () => {
  let worstDay: OptimizeJobResult;
  beforeAll(async () => {
    worstDay = await run({ reliabilityTarget: 'worst-day' });
  }, 600_000);

  it('rides through the cold-snap gas interruption: dual fuel bought, and less load lost with events than the N+k answer on the same draws', () => {
    const outcome = worstDay.worstDay;
    expect(worstDay.reliabilityTarget).toBe('worst-day');
    // Islanded: no grid, so the only design event is the gas-supply interruption (30% of gas MW, 72 h).
    expect(outcome?.events.map((e) => e.kind)).toEqual(['gasSupply']);
    expect(outcome?.added.dualFuelMW ?? 0).toBeGreaterThan(0);
    const [nPlusK, firm] = outcome?.check?.rows ?? [];
    expect(nPlusK?.target).toBe('n-plus-k');
    expect(firm?.target).toBe('worst-day');
    if (nPlusK === undefined || firm === undefined) throw new Error('no comparison');
    // Same seed, so the same event draws (one in about seven years, data/common-mode-events.json):
    // the worst-day mix loses fewer hours with the events, and the two intervals do not overlap.
    expect(firm.lossOfLoadHoursPerYear.withEvents.high95).toBeLessThan(nPlusK.lossOfLoadHoursPerYear.withEvents.low95);
    // Firm on the worst day costs more than N+1 on paper in the LP (its rows only restrict the N+k LP),
    // by at least the dual fuel it buys.
    expect(firm.lpCostUSDPerYear).toBeGreaterThan(nPlusK.lpCostUSDPerYear);
    expect(firm.lpCostUSDPerYear - nPlusK.lpCostUSDPerYear).toBeGreaterThanOrEqual((worstDay.costBreakdownUSDPerYear?.dualFuelUSD ?? Infinity) - 1);
    // The events add lost hours to the N+k answer (gas interruptions take 30% of its gas MW).
    expect(nPlusK.lossOfLoadHoursPerYear.withEvents.low95).toBeGreaterThan(nPlusK.lossOfLoadHoursPerYear.withoutEvents.high95);
    expect(worstDay.notes.some((n) => n.startsWith('Worst-day target:'))).toBe(true);
  });

  it("gives today's answer under 'n-plus-k': the same mix and cost as a run that does not name a target, and no comparison", async () => {
    const named = await run({ reliabilityTarget: 'n-plus-k' });
    const unnamed = await run({});
    expect(named.worstDay).toBeNull();
    expect(named.reliabilityTarget).toBe('n-plus-k');
    expect(named.mix).toEqual(unnamed.mix);
    expect(named.objectiveUSDPerYear).toBe(unnamed.objectiveUSDPerYear);
    expect(named.mix?.thermal.every((t) => t.dualFuelMW === undefined)).toBe(true);
  }, 600_000);
});
