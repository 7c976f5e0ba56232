import { describe, expect, it } from 'vitest';
import { loadSites } from '../../../../src/main/data/load-sites';
import { reliabilityJob, type ReliabilityJobResult } from '../../../../src/main/runs/jobs/reliability';

const site = (id: string) => {
  const found = loadSites().sites.find((s) => s.id === id);
  if (!found) throw new Error(`bundled site ${id} missing`);
  return found;
};
const ctx = { progress: () => undefined, shouldCancel: () => false };
const run = async (scenarioId: string, params: Record<string, unknown>): Promise<ReliabilityJobResult> =>
  (await reliabilityJob({ kind: 'reliability', site: site('lordstown'), scenario: { id: scenarioId, name: scenarioId }, params }, ctx)) as ReliabilityJobResult;

describe('reliability job', () => {
  it('has no grid section for a scenario without grid', async () => {
    const result = await run('islanded', { years: 20, seed: 1 });
    expect(result.gridOutage).toBeNull();
    expect(result.gridOutageSource).toBeNull();
    for (const c of result.cases) expect(c.result.rideThrough).toEqual([]);
    expect(result.cases.map((c) => c.label)).toEqual(['N', 'N+1', 'N+2']);
  });

  it('splits the years across worker threads and adds them back to the one-thread answer', async () => {
    const one = await run('islanded', { years: 600, seed: 5, threads: 1 });
    const two = await run('islanded', { years: 600, seed: 5, threads: 2 });
    expect(one.threads).toBe(1);
    expect(two.threads).toBe(2);
    two.cases.forEach((c, i) => {
      expect(c.result.yearsSimulated).toBe(600);
      expect(c.result.lossOfLoadHoursPerYear).toEqual(one.cases[i]?.result.lossOfLoadHoursPerYear);
      expect(c.result.unservedHoursHistogram).toEqual(one.cases[i]?.result.unservedHoursHistogram);
    });
  }, 180_000);
});
