import { describe, expect, it } from 'vitest';
import type { Site } from '../../../../src/api/schemas/site';
import { loadSites } from '../../../../src/main/data/load-sites';
import { optimizeJob, type OptimizeJobResult } from '../../../../src/main/runs/jobs/optimize';

const abilene = loadSites().sites.find((s) => s.id === 'abilene') as Site;
const ctx = { progress: () => undefined, shouldCancel: () => false };

async function optimize(params: Record<string, unknown>): Promise<OptimizeJobResult> {
  return (await optimizeJob({ kind: 'optimize', site: abilene, scenario: { id: 'hybrid', name: 'hybrid' }, params }, ctx)) as OptimizeJobResult;
}

// Abilene in 2028 on 12 representative days (the full year takes minutes per candidate), with a
// firm offer of 840 MW below its ~1,030 MW peak and up to 360 MW flexible (the 3D scrubber's case).
const base = { year: 2028, representativeDays: 12, recheckYears: 20, availabilityTarget: 0 };

describe('optimize job with a flexible grid offer (Abilene 2028)', () => {
  it('takes the whole flexible offer at the default value of energizing a year earlier, and the simulation cuts and curtails what the LP did', async () => {
    const result = await optimize({ ...base, flexible: { maxMW: 360, firmMW: 840, firmQueueMonths: 36, flexibleQueueMonths: 24 } });
    const flexible = result.flexible;
    expect(result.status).toBe('optimal');
    // ~257,000 USD/MW-month (the margin a month of delay loses) × 12 months × CRF(7%, 20 y) ≈ 292,000
    // USD/yr per MW, on top of the on-site MW each flexible MW saves: every candidate beats the one below it.
    expect(flexible?.flexibleMW).toBe(360);
    expect(flexible?.monthsEarlier).toBe(12);
    expect(flexible?.frontier.map((c) => c.flexibleMW)[0]).toBe(0);
    expect(result.mix?.gridImportMW).toBeLessThanOrEqual(840 + 1e-6);
    // The re-check ran firm + flexible: the same cut hours as the LP's rule, and the workload its
    // schedule curtailed is what the simulation counts as workload curtailment (to 1e-6 MWh relative).
    const sim = result.recheck?.simulation.flexible;
    expect(sim?.flexibleMW).toBe(360);
    expect(sim?.curtailedHours).toBe(flexible?.curtailedHours);
    expect(sim?.workloadCurtailedMWh).toBeCloseTo(sim?.scheduledWorkloadCurtailedMWh ?? NaN, 6);
    expect(result.recheck?.simulation.unservedEnergyMWh).toBeLessThan(1e-3);
    expect(result.recheck?.scenario.grid).toMatchObject({ importLimitMW: result.mix?.gridImportMW, flexibleMW: 360 });
  }, 600_000);

  it('with a flexible offer of 0 gives exactly the answer without one', async () => {
    const without = await optimize({ ...base, flexible: undefined });
    const zero = await optimize({ ...base, flexible: { maxMW: 0 } });
    expect(zero.objectiveUSDPerYear).toBe(without.objectiveUSDPerYear);
    expect(zero.mix).toEqual(without.mix);
    expect(zero.flexible).toBeUndefined();
  }, 600_000);
});
