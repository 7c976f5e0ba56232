import { beforeAll, describe, expect, it } from 'vitest';
import type { Site } from '../../../src/api/schemas/site';
import { loadBundledSites } from '../../../src/main/bundled-sites';
import { ModelRunner } from '../../../src/main/model/runner';
import { checkInvariants } from '../../../src/power-model/invariants';
import { resolveScenario } from '../../../src/power-model/scenarios/index';
import type { SimulationResult } from '../../../src/power-model/simulate';

// Abilene (ERCOT): its host system is ERCOT's shipped load, 2019 laid on the design year, whose
// August 12 peak is the highest summer load of the mid-2015 – mid-2020 files: a flexible MW has no room there.
let site: Site;
const runner = new ModelRunner();
let firm: SimulationResult;
let zero: SimulationResult;
let flexible: SimulationResult;
const BATTERY = { powerMW: 360, durationHours: 4 };

beforeAll(() => {
  const found = loadBundledSites().find((s) => s.id === 'abilene');
  if (!found) throw new Error('bundled site abilene missing');
  site = found;
  firm = runner.simulate(site, resolveScenario({ id: 'firm', name: 'firm 1,200 MW', base: 'grid-only', btm: { battery: BATTERY }, grid: { importLimitMW: 1200 } }));
  zero = runner.simulate(site, resolveScenario({ id: 'firm', name: 'firm 1,200 MW', base: 'grid-only', btm: { battery: BATTERY }, grid: { importLimitMW: 1200, flexibleMW: 0, workloadCurtailmentUSDPerMWh: 500 } }));
  flexible = runner.simulate(site, resolveScenario({ id: 'flex', name: '840 firm + 360 flexible', base: 'grid-only', btm: { battery: BATTERY }, grid: { importLimitMW: 840, flexibleMW: 360, flexibleQueueMonths: 0 } }));
}, 120_000);

describe('a bundled site with a flexible grid connection', () => {
  it('gives exactly today\'s result with 0 flexible MW', () => {
    expect(zero.summary).toEqual(firm.summary);
    expect(zero.flows).toEqual(firm.flows);
    expect(zero.gridLimitByHourMW).toBeUndefined();
  });

  it('curtails the flexible part in ERCOT stress hours and keeps every hourly invariant', () => {
    const r = flexible.summary.flexibleConnection;
    expect(r).not.toBeNull();
    if (!r) return;
    expect(r.firmMW).toBe(840);
    expect(r.flexibleMW).toBe(360);
    expect(r.curtailedHours).toBeGreaterThan(0);
    expect(r.rule).toMatch(/ERCO load .* plus 360 MW passes its servable level/);
    expect(checkInvariants(flexible).ok).toBe(true);
    // In curtailed hours the import stays within the firm 840 MW; elsewhere it reaches past it.
    const limit = flexible.gridLimitByHourMW;
    expect(limit).toBeDefined();
    let curtailed = 0;
    for (let h = 0; h < 8760; h++) {
      const importMW = (flexible.flows.gridToLoadMW[h] ?? 0) + (flexible.flows.gridToBatteryMW[h] ?? 0);
      if (limit?.[h] === 840) {
        curtailed++;
        expect(importMW).toBeLessThanOrEqual(840 + 1e-9);
      }
    }
    expect(curtailed).toBe(r.curtailedHours);
    expect(flexible.summary.gridPeakMW).toBeGreaterThan(840);
  });

  it('accounts for the curtailed energy as battery plus workload curtailment, the workload priced apart from the VOLL', () => {
    const r = flexible.summary.flexibleConnection;
    if (!r) throw new Error('no readout');
    // Grid-only has no gas and no solar, and its battery charges only from solar: every curtailed MWh is
    // either discharged from the (never recharged) battery or not served, so the two add up to it.
    expect(r.thermalMWh).toBe(0);
    expect(r.batteryMWh + r.workloadCurtailedMWh).toBeCloseTo(r.curtailedEnergyMWh, 6);
    expect(r.workloadCurtailedMWh).toBeGreaterThan(0);
    // The firm scenario serves everything, so all unserved load of the flexible one is workload curtailment, not VOLL.
    expect(firm.summary.unservedEnergyMWh).toBe(0);
    expect(flexible.summary.unservedEnergyMWh).toBeCloseTo(0, 6);
    // …and so are its hours: none counts as unserved, each workload-curtailed hour is counted as such.
    expect(flexible.summary.unservedHours).toBe(0);
    expect(r.workloadCurtailedHours).toBeGreaterThan(0);
    expect(flexible.summary.servedEnergyMWh).toBeCloseTo(flexible.summary.energyMWh - r.workloadCurtailedMWh, 3);
    expect(flexible.economics.values.workloadCurtailmentValueUSDPerYear).toBeCloseTo(r.workloadCurtailedMWh * 1300, 3);
    expect(r.workloadCurtailmentCostUSD).toBeCloseTo(r.workloadCurtailedMWh * 1300, 3);
  });

  it('energizes the flexible MW on its own queue, before the firm MW, and time-to-power shows it', () => {
    // Planning year 2026 (dataAsOf 2026-06-30): flexible after 12 months → 2027, firm after 36 months → 2029.
    const queued = runner.simulate(site, resolveScenario({ id: 'queued', name: 'queued', base: 'grid-only', grid: { importLimitMW: 840, flexibleMW: 360, flexibleQueueMonths: 12, firmQueueMonths: 36 } }));
    const at = (year: number) => queued.timeToPower.find((y) => y.year === year)?.byPathMW;
    expect(at(2026)).toEqual({ grid: 0 });
    expect(at(2027)).toEqual({ grid: 0, 'grid-flexible': 360 });
    expect(at(2028)).toEqual({ grid: 0, 'grid-flexible': 360 });
    expect(at(2029)).toEqual({ grid: 840, 'grid-flexible': 360 });
  });
});
