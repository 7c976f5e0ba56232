import { describe, expect, it } from 'vitest';
import type { Site } from '../../../../src/api/schemas/site';
import { loadSites } from '../../../../src/main/data/load-sites';
import { ModelRunner } from '../../../../src/main/model/runner';
import { optimizeJob } from '../../../../src/main/runs/jobs/optimize';
import type { MixRecheck } from '../../../../src/main/runs/jobs/recheck-mix';
import { checkInvariants } from '../../../../src/power-model/invariants';
import type { SizingResult } from '../../../../src/power-model/optimize/types';
import { resolveScenario } from '../../../../src/power-model/scenarios/resolve';

const sites = loadSites().sites;
const site = (id: string): Site => {
  const found = sites.find((s) => s.id === id);
  if (!found) throw new Error(`bundled site ${id} missing`);
  return found;
};
const ctx = { progress: () => undefined, shouldCancel: () => false };

async function optimize(siteId: string, params: Record<string, unknown>): Promise<SizingResult & { recheck: MixRecheck | null }> {
  return (await optimizeJob({ kind: 'optimize', site: site(siteId), scenario: { id: 'grid-only', name: 'grid-only' }, params }, ctx)) as SizingResult & { recheck: MixRecheck | null };
}

describe('optimize job: the rounded mix re-checked', () => {
  it.each(['lordstown', 'abilene'])('never returns a mix that the hourly simulation finds short (%s, 12 representative days)', async (id) => {
    const result = await optimize(id, { representativeDays: 12, recheckYears: 50 });
    expect(result.status).toBe('optimal');
    const recheck = result.recheck;
    expect(recheck).not.toBeNull();
    // Simulate the returned scenario independently: every hour served, invariants hold.
    const simulated = new ModelRunner().simulate(site(id), resolveScenario(recheck!.scenario));
    expect(simulated.summary.unservedEnergyMWh).toBeLessThanOrEqual(1e-6);
    expect(checkInvariants(simulated).ok).toBe(true);
    expect(recheck!.simulation.unservedEnergyMWh).toBeLessThanOrEqual(1e-6);
    // The scenario is the returned mix, unit for unit.
    const units = Object.fromEntries(result.mix!.thermal.filter((t) => t.units > 0).map((t) => [t.technologyId, t.units]));
    expect(Object.fromEntries((recheck!.scenario.btm?.thermal ?? []).map((t) => [t.technology, t.units]))).toEqual(units);
    const availability = recheck!.monteCarlo.availability;
    expect(availability.low95).toBeLessThanOrEqual(availability.mean);
    expect(availability.mean).toBeLessThanOrEqual(availability.high95);
    expect(result.notes.join(' ')).toMatch(/rounded up to whole units, re-checked/);
  });

  it('does not build a 1,227 MW combined-cycle unit for Lordstown’s ~360 MW campus', async () => {
    const result = await optimize('lordstown', { representativeDays: 12, recheckYears: 20 });
    const peakMW = Math.max(...new ModelRunner().simulate(site('lordstown'), resolveScenario({ id: 'grid-only', name: 'grid-only' })).facilityMW);
    const built = result.mix!.thermal.filter((t) => t.units > 0);
    expect(built.length).toBeGreaterThan(0);
    // N+1 on the largest unit built: no unit larger than the peak itself is worth its reserve here.
    for (const t of built) expect(t.unitMW).toBeLessThan(peakMW);
    const firmMW = result.mix!.gridImportMW + built.reduce((sum, t) => sum + t.capacityMW, 0);
    expect(firmMW).toBeGreaterThanOrEqual(peakMW + Math.max(...built.map((t) => t.unitMW)) - 1e-6);
  });
});

describe('optimize job on the full year: progress and cancel', () => {
  it('reports each class of the decomposition while it works, within the job’s 0.2–0.7 band', async () => {
    const seen: Array<[number, string]> = [];
    const watching = { progress: (fraction: number, message?: string) => void seen.push([fraction, message ?? '']), shouldCancel: () => false };
    await optimizeJob({ kind: 'optimize', site: site('lordstown'), scenario: { id: 'grid-only', name: 'grid-only' }, params: { recheckYears: 5 } }, watching);
    const classes = seen.filter(([, message]) => /Benders decomposition/.test(message));
    // Lordstown's catalogue offers five unit sizes: six classes of largest unit, 0 MW included.
    expect(classes.map(([, message]) => /class (\d) of 6/.exec(message)?.[1])).toEqual(['1', '2', '3', '4', '5', '6']);
    for (const [fraction] of classes) expect(fraction >= 0.2 && fraction <= 0.7).toBe(true);
  });

  it('stops at the next class once cancelled, as cancelled', async () => {
    let reports = 0;
    const cancelling = { progress: () => void reports++, shouldCancel: () => reports >= 3 };
    await expect(optimizeJob({ kind: 'optimize', site: site('lordstown'), scenario: { id: 'grid-only', name: 'grid-only' }, params: {} }, cancelling)).rejects.toThrow(/cancel/i);
  });
});
