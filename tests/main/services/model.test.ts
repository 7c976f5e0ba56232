import { describe, expect, it } from 'vitest';
import type { SimulateResponse } from '../../../src/api/schemas/model';
import { servicesPerTest } from '../../helpers/services';

const svc = servicesPerTest();

async function simulate(siteId: string, scenarioId: string, hourly = true): Promise<SimulateResponse> {
  const envelope = await svc.get().registry.dispatch('model:simulate', { siteId, scenarioId, hourly });
  if (!envelope.ok) throw new Error(envelope.error.message);
  return envelope.value as SimulateResponse;
}

describe('model:simulate', () => {
  it('returns 8760-hour series whose supply plus unserved equals the load every hour', async () => {
    const result = await simulate('abilene', 'hybrid');
    const h = result.hourly!;
    expect(h.facilityMW.length).toBe(8760);
    let energyMWh = 0;
    for (let i = 0; i < 8760; i++) {
      const supplied = h.gridToLoadMW[i]! + h.solarToLoadMW[i]! + h.thermalToLoadMW[i]! + h.batteryToLoadMW[i]! + h.unservedMW[i]!;
      expect(Math.abs(supplied - h.facilityMW[i]!)).toBeLessThan(1e-6);
      energyMWh += h.facilityMW[i]!;
    }
    // 1-hour steps: annual energy is the sum of the hourly MW
    expect(result.summary.energyMWh).toBeCloseTo(energyMWh, 0);
  });

  it('carries each supply flow’s energy per calendar month, the same sums as its hourly series, also without them', async () => {
    const withHourly = await simulate('abilene', 'hybrid');
    const summaryOnly = await simulate('abilene', 'hybrid', false);
    expect(summaryOnly.hourly).toBeNull();
    expect(summaryOnly.monthlyEnergyMWh).toEqual(withHourly.monthlyEnergyMWh);
    const grid = withHourly.hourly!.gridToLoadMW;
    // January is hours 0–743 (31 days), February 744–1415 (28 days) in the 8760-hour model year.
    const sum = (from: number, to: number) => grid.subarray(from, to).reduce((s, v) => s + v, 0);
    expect(summaryOnly.monthlyEnergyMWh.gridToLoadMW[0]).toBeCloseTo(sum(0, 744), 6);
    expect(summaryOnly.monthlyEnergyMWh.gridToLoadMW[1]).toBeCloseTo(sum(744, 1416), 6);
    const served = Object.values(summaryOnly.monthlyEnergyMWh).reduce((s, months) => s + months.reduce((a, b) => a + b, 0), 0);
    // Supply plus unserved is the load every hour, so the months of all flows add up to the year's energy.
    expect(served).toBeCloseTo(summaryOnly.summary.energyMWh, 0);
  });

  it('describes the thermal fleet it ran with unit counts and sizes that multiply to its capacity', async () => {
    const result = await simulate('abilene', 'btm-gas', false);
    expect(result.hourly).toBeNull();
    expect(result.fleet.thermal.length).toBeGreaterThan(0);
    for (const block of result.fleet.thermal) expect(block.units * block.unitMW).toBeCloseTo(block.capacityMW, 6);
  });

  it('runs a saved scenario, and reruns an edited site with its new figures', async () => {
    await svc.get().registry.dispatch('scenarios:save', { scenario: { id: 'no-grid', name: 'No grid', base: 'islanded' }, siteId: 'milam' });
    const islanded = await simulate('milam', 'no-grid', false);
    expect(islanded.summary.gridEnergyMWh).toBe(0);

    const before = await simulate('lordstown', 'grid-only', false);
    const site = svc.get().ctx.session.require().sites.get('lordstown')!;
    const doubled = { ...site, phases: site.phases.map((p) => ({ ...p, mw: { ...p.mw, value: p.mw.value * 2 } })) };
    await svc.get().registry.dispatch('sites:save', { site: doubled });
    const after = await simulate('lordstown', 'grid-only', false);
    // Twice the IT capacity in every phase: twice the installed IT MW
    expect(after.summary.installedItMW).toBeCloseTo(2 * before.summary.installedItMW, 6);
  });

  it('names an unknown scenario or site', async () => {
    expect(await svc.get().registry.dispatch('model:simulate', { siteId: 'abilene', scenarioId: 'nope' })).toMatchObject({ ok: false, error: { code: 'not-found', path: 'scenarioId' } });
    expect(await svc.get().registry.dispatch('model:simulate', { siteId: 'atlantis', scenarioId: 'hybrid' })).toMatchObject({ ok: false, error: { code: 'not-found', path: 'siteId' } });
  });
});
