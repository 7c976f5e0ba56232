import { beforeAll, describe, expect, it } from 'vitest';
import type { HostUtilityFile } from '../../../src/api/schemas/host-utility';
import { loadBundledSites } from '../../../src/main/bundled-sites';
import { bundledHostUtility } from '../../../src/main/data/load-host-utilities';
import { ModelRunner } from '../../../src/main/model/runner';
import { gridImportMW, siteRateImpact, siteRateImpactCase, type ScenarioRun } from '../../../src/main/rate-impact/site-rate-impact';
import { systemPeakHours, type SystemPeakHours } from '../../../src/main/rate-impact/system-peak-hours';
import { HOURS_PER_YEAR } from '../../../src/power-model/hours';
import { BUILT_IN_SCENARIOS, resolveScenario } from '../../../src/power-model/scenarios/index';

type ScenarioName = 'grid-only' | 'hybrid' | 'islanded';
type Prepared = { host: HostUtilityFile; peaks: Record<ScenarioName, SystemPeakHours>; runs: Record<ScenarioName, ScenarioRun> };

function prepare(siteId: string): Prepared {
  const site = loadBundledSites().find((s) => s.id === siteId);
  const host = bundledHostUtility(siteId);
  if (!site || !host) throw new Error(`bundled data for ${siteId} missing`);
  const runner = new ModelRunner();
  const run = (id: 'grid-only' | 'hybrid' | 'islanded'): ScenarioRun => {
    const scenario = resolveScenario(BUILT_IN_SCENARIOS[id]);
    return { scenarioId: id, scenarioName: scenario.name, result: runner.simulate(site, scenario) };
  };
  const runs = { 'grid-only': run('grid-only'), hybrid: run('hybrid'), islanded: run('islanded') };
  const dryBulbC = runner.prepare(site).cache.weather.dryBulbC;
  const peaks = { 'grid-only': systemPeakHours(runs['grid-only'].result, dryBulbC), hybrid: systemPeakHours(runs.hybrid.result, dryBulbC), islanded: systemPeakHours(runs.islanded.result, dryBulbC) };
  return { host, peaks, runs };
}

const sites: Record<string, Prepared> = {};
beforeAll(() => {
  sites.saline = prepare('saline');
  sites.lordstown = prepare('lordstown');
}, 120_000);

const bill = (p: Prepared, scenario: keyof Prepared['runs'], method: '4CP' | 'average-and-excess') =>
  siteRateImpactCase(p.host, p.runs[scenario], p.peaks[scenario], method).residential.billChangeUSDPerMonth.value ?? Number.NaN;

describe.each(['saline', 'lordstown'])('the rate impact of %s on its host utility', (siteId) => {
  it('differs between grid-only, hybrid and islanded supply', () => {
    const p = sites[siteId]!;
    const [grid, hybrid, islanded] = [bill(p, 'grid-only', '4CP'), bill(p, 'hybrid', '4CP'), bill(p, 'islanded', '4CP')];
    // Cents matter on a bill: the three answers are at least 1 cent/month apart.
    expect(Math.abs(grid - hybrid)).toBeGreaterThan(0.01);
    expect(Math.abs(grid - islanded)).toBeGreaterThan(0.01);
    expect(Math.abs(hybrid - islanded)).toBeGreaterThan(0.01);
  });

  it('is zero when islanded: no grid draw, no contract, so not a customer, no upgrade and no added capacity obligation', () => {
    const p = sites[siteId]!;
    const c = siteRateImpactCase(p.host, p.runs.islanded, p.peaks.islanded, '4CP');
    expect(c.load).toMatchObject({ contractMW: 0, coincidentPeakMW: 0, gridPeakMW: 0, gridEnergyMWh: 0 });
    // Not connected, the campus is not the utility's customer; nothing in these host files is independent of the draw.
    expect(c.residential.revenueRequirementChangeUSD.value).toBe(0);
    expect(c.residential.billChangeUSDPerMonth.value).toBe(0);
    expect(c.largeLoad.revenueUSD.value).toBeNull();
    expect(c.largeLoad.costToServeUSD.value).toBeNull();
    if (c.capacityMarket) expect(c.capacityMarket.priceAfterUSDPerMWDay ?? c.capacityMarket.priceBeforeUSDPerMWDay).toBe(c.capacityMarket.priceBeforeUSDPerMWDay);
  });

  it('changes with the allocator of the contested pools, and every pool still sums to 1', () => {
    const p = sites[siteId]!;
    const cp = siteRateImpactCase(p.host, p.runs.hybrid, p.peaks.hybrid, '4CP');
    const ae = siteRateImpactCase(p.host, p.runs.hybrid, p.peaks.hybrid, 'average-and-excess');
    expect(Math.abs((cp.residential.billChangeUSDPerMonth.value ?? 0) - (ae.residential.billChangeUSDPerMonth.value ?? 0))).toBeGreaterThan(0.01);
    expect(cp.pools).toContain('transmission');
    for (const c of [cp, ae]) {
      for (const [pool, shares] of Object.entries(c.allocationShares)) {
        expect(Object.values(shares).reduce((a, b) => a + b, 0), pool).toBeCloseTo(1, 12);
      }
    }
  });

  it('feeds the engine the simulated draw: coincident peak = mean draw over the system-load peak hours, energy = the sum of the draw', () => {
    const p = sites[siteId]!;
    const run = p.runs['grid-only'];
    const draw = gridImportMW(run.result);
    const peaks = p.peaks['grid-only'];
    const c = siteRateImpactCase(p.host, run, peaks, '4CP');
    expect(peaks.fromSystemLoad).toBe(true);
    expect(c.load.peakHoursSource).toMatch(siteId === 'saline' ? /^1CP hours of MISO load of 2019/ : /^5CP hours of PJM load of 2019/);
    const mean = peaks.systemPeakHours.reduce((s, h) => s + (draw[h] ?? 0), 0) / peaks.systemPeakHours.length;
    expect(c.load.coincidentPeakMW).toBeCloseTo(mean, 9);
    expect(c.load.gridEnergyMWh).toBeCloseTo(run.result.summary.gridEnergyMWh, 3);
    expect(c.load.contractMW).toBe(run.result.summary.gridImportLimitMW);
  });

  it('marks the residential figures as resting on estimates, since the class data are estimates', () => {
    const p = sites[siteId]!;
    const c = siteRateImpactCase(p.host, p.runs['grid-only'], p.peaks['grid-only'], '4CP');
    expect(c.residential.billChangeUSDPerMonth.estimate).toBe(true);
    expect(c.trace['residential.billChangeUSDPerMonth']?.dependsOn).toContain('residential.rateChangeCentsPerKWh');
  });
});

describe('siteRateImpact', () => {
  it('returns one case per scenario × method, scenarios in order and methods within', () => {
    const p = sites.saline!;
    const out = siteRateImpact(p.host, [p.runs['grid-only'], p.runs.islanded], (run) => p.peaks[run.scenarioId as ScenarioName], ['4CP', 'average-and-excess']);
    expect(out.cases.map((c) => `${c.scenarioId}/${c.method}`)).toEqual(['grid-only/4CP', 'grid-only/average-and-excess', 'islanded/4CP', 'islanded/average-and-excess']);
    expect(out.utility).toMatchObject({ name: 'DTE Electric (MISO Zone 7)', structure: 'vertically-integrated' });
    // DTE is vertically integrated: the method goes to the generation-demand and transmission pools.
    expect(out.cases[0]?.pools).toEqual(['generationDemand', 'transmission']);
    // The series ramps as the phases do: 461 MW of facility load in 2027 of the 1,383 MW of 2028 = 33.33 %, then all of it.
    const ramp = out.cases[0]?.series.map((y) => y.loadRampPct) ?? [];
    expect(out.cases[0]?.series[0]?.year).toBe(2027);
    expect(ramp[0]).toBeCloseTo((100 * 461) / 1383, 9);
    expect(ramp.slice(1)).toEqual([100, 100, 100, 100, 100, 100, 100, 100, 100]);
  });

  it('prices a flat 300 MW draw on Ohio Edison by hand: minimum billed demand and the capacity pass-through', () => {
    const p = sites.lordstown!;
    const real = p.runs['grid-only'].result;
    const flat = new Float64Array(HOURS_PER_YEAR).fill(300);
    const run: ScenarioRun = {
      scenarioId: 'flat',
      scenarioName: 'flat 300 MW',
      result: { ...real, flows: { ...real.flows, gridToLoadMW: flat, gridToBatteryMW: new Float64Array(HOURS_PER_YEAR) }, summary: { ...real.summary, gridPeakMW: 300, gridImportLimitMW: 360 } },
    };
    const c = siteRateImpactCase(p.host, run, p.peaks['grid-only'], '1CP');
    // Billed demand = max(300 MW actual, 85 % × 360 MW contract) = 306 MW (AEP Ohio-style minimum in lordstown.json).
    expect(c.largeLoad.billedDemandMW.value).toBeCloseTo(306, 9);
    // Obligation = 300 × (1 + 17.8 %) = 353.4 MW; price rise = 26.9 USD/MW-day per GW × 0.3534 GW = 9.50646 USD/MW-day;
    // residential = 9.50646 × 365 / 12 × 1.7 kW / 1000 = 0.4915634 USD/month (issue 5 formula).
    expect(c.capacityMarket?.priceAfterUSDPerMWDay).toBeCloseTo(333.44 + 9.50646, 9);
    expect(c.capacityMarket?.residentialBillChangeUSDPerMonth.value).toBeCloseTo(0.4915634, 6);
    // Restructured: the pass-through reaches the typical bill.
    expect(c.residential.capacityMarketBillChangeUSDPerMonth.value).toBeCloseTo(0.4915634, 6);
    // The slope is an estimate in lordstown.json, so the price after and the bill change are marked.
    expect(c.capacityMarket?.residentialBillChangeUSDPerMonth.estimate).toBe(true);
    // The one household figure: cost of service + the capacity market passed through, for the simulated year.
    expect(c.household.year).toBe(real.summary.year);
    expect(c.household.channels.capacityMarket.includedUSDPerMonth).toBeCloseTo(0.4915634, 6);
    expect((c.household.channels.costOfService.includedUSDPerMonth ?? Number.NaN) + 0.4915634).toBeCloseTo(c.household.totalUSDPerMonth ?? Number.NaN, 6);
    expect(c.household.totalUSDPerMonth).toBeCloseTo(c.residential.billChangeUSDPerMonth.value ?? Number.NaN, 12);
    expect(c.household.channels.energyPassThrough.includedUSDPerMonth).toBeNull();
  });
});
