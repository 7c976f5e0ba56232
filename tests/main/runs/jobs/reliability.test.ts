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
  it('has no grid section for a scenario without grid when the common-mode comparison is off', async () => {
    const result = await run('islanded', { years: 20, seed: 1, commonMode: { enabled: false } });
    expect(result.gridOutage).toBeNull();
    expect(result.gridOutageSource).toBeNull();
    for (const c of result.cases) expect(c.result.rideThrough).toEqual([]);
    expect(result.cases.map((c) => c.label)).toEqual(['N', 'N+1', 'N+2']);
    expect(result.commonMode).toBeNull();
  });

  it('compares the designs with and without common-mode events, from the data file and the run’s overrides', async () => {
    // Lordstown islanded (Youngstown weather): gas events from data/common-mode-events.json, here
    // made certain and total (10 a year of 200 h taking every gas unit) so that N must lose load.
    const result = await run('islanded', { years: 30, seed: 2, commonMode: { gasSupply: { eventsPerYear: 10, meanDurationHours: 200, shareOfGasUnitsAffected: 1 } }, mitigations: { gridBackupMW: 0 } });
    expect(result.cases.map((c) => c.label)).toEqual(['N without common-mode', 'N+1 without common-mode', 'N+2 without common-mode', 'N', 'N+1', 'N+2', 'N, dual fuel', expect.stringMatching(/^N \+ battery [\d.]+ MW \/ [\d.]+ MWh$/)]);
    // The data file's trigger, the coldest 0.4% of 8,760 hours = 35, and every hour as cold as the
    // 35th (TMY3 temperatures come in 0.1 °C steps, so a few share it); the overrides are reported.
    expect(result.commonMode?.gasSupply.triggerHours).toBeGreaterThanOrEqual(35);
    expect(result.commonMode?.gasSupply.triggerHours).toBeLessThan(60);
    expect(result.commonMode?.gasSupply.shareOfGasUnitsAffected).toBe(1);
    expect(result.commonMode?.gridWeather.eventsPerYear).toBe(0.2);
    expect(result.commonMode?.references.map((r) => r.id)).toContain('ferc-nerc-uri-2021');
    const lolh = (label: string) => result.cases.find((c) => c.label === label)?.result.lossOfLoadHoursPerYear.mean ?? NaN;
    expect(lolh('N')).toBeGreaterThan(lolh('N without common-mode') + 100);
    expect(lolh('N, dual fuel')).toBe(lolh('N without common-mode'));
    expect(result.cases.find((c) => c.label === 'N')?.result.lossByCause[0]?.cause).toBe('gasSupply');
  }, 120_000);

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
