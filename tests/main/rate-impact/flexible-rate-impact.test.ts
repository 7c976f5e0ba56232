import { beforeAll, describe, expect, it } from 'vitest';
import type { HostUtilityFile } from '../../../src/api/schemas/host-utility';
import { loadBundledSites } from '../../../src/main/bundled-sites';
import { bundledHostUtility } from '../../../src/main/data/load-host-utilities';
import { ModelRunner } from '../../../src/main/model/runner';
import { gridImportMW, siteRateImpactCase, type ScenarioRun } from '../../../src/main/rate-impact/site-rate-impact';
import { systemPeakHours } from '../../../src/main/rate-impact/system-peak-hours';
import { resolveScenario } from '../../../src/power-model/scenarios/index';

// Abilene on ERCOT: the same 1,200 MW connection and 360 MW / 4 h battery, once all firm and once
// 840 MW firm + 360 MW flexible. ERCOT's 2019 August peak is the highest summer load the shipped
// file holds, so the flexible MW has no room in that 4CP hour and is curtailed there.
let host: HostUtilityFile;
let firm: ScenarioRun;
let flexible: ScenarioRun;
let dryBulbC: Float64Array;

beforeAll(() => {
  const site = loadBundledSites().find((s) => s.id === 'abilene');
  const h = bundledHostUtility('abilene');
  if (!site || !h) throw new Error('bundled data for abilene missing');
  host = h;
  const runner = new ModelRunner();
  const battery = { powerMW: 360, durationHours: 4 };
  const run = (id: string, grid: Record<string, number>): ScenarioRun => {
    const scenario = resolveScenario({ id, name: id, base: 'grid-only', btm: { battery }, grid });
    return { scenarioId: id, scenarioName: id, result: runner.simulate(site, scenario) };
  };
  firm = run('firm', { importLimitMW: 1200 });
  flexible = run('flexible', { importLimitMW: 840, flexibleMW: 360, flexibleQueueMonths: 0 });
  dryBulbC = runner.prepare(site).cache.weather.dryBulbC;
}, 120_000);

describe('the rate impact of a campus that curtails at the system peaks', () => {
  it('draws no more than its firm MW in the curtailed 4CP hours', () => {
    const peaks = systemPeakHours(flexible.result, dryBulbC).systemPeakHours;
    const draw = gridImportMW(flexible.result);
    const curtailedPeaks = peaks.filter((h) => flexible.result.gridLimitByHourMW?.[h] === 840);
    expect(curtailedPeaks.length).toBeGreaterThanOrEqual(1);
    for (const h of curtailedPeaks) expect(draw[h]).toBeLessThanOrEqual(840 + 1e-9);
  });

  it('carries less coincident peak, and the household bill moves down with it', () => {
    const a = siteRateImpactCase(host, firm, systemPeakHours(firm.result, dryBulbC), '4CP');
    const b = siteRateImpactCase(host, flexible, systemPeakHours(flexible.result, dryBulbC), '4CP');
    // Same contract either way: 1,200 MW, firm + flexible.
    expect(b.load.contractMW).toBe(a.load.contractMW);
    // Each curtailed 4CP hour lowers the mean 4CP draw by (draw without − ≤ 840) / 4.
    expect(b.load.coincidentPeakMW).toBeLessThan(a.load.coincidentPeakMW - 25);
    // Less coincident peak: less capacity and transmission built for the campus, so less of the
    // utility's added cost lands on households; a cent a month is the least change a bill shows.
    const billA = a.residential.billChangeUSDPerMonth.value ?? Number.NaN;
    const billB = b.residential.billChangeUSDPerMonth.value ?? Number.NaN;
    expect(billB).toBeLessThan(billA - 0.01);
  });
});
