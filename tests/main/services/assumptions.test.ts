import { describe, expect, it } from 'vitest';
import type { AssumptionsResponse } from '../../../src/api/schemas/assumptions';
import type { SimulateResponse } from '../../../src/api/schemas/model';
import { servicesPerTest } from '../../helpers/services';

const svc = servicesPerTest();

const call = <T,>(channel: string, request: unknown): Promise<T> => svc.call<T>(channel, request);
const row = (r: AssumptionsResponse, name: string) => r.rows.find((x) => x.name === name)!;
const lcoe = async (siteId: string) => (await call<SimulateResponse>('model:simulate', { siteId, scenarioId: 'btm-gas', hourly: false })).summary.lcoeUSDPerMWh;

describe('the assumptions sheet through the API', () => {
  it('lists inputs and formulas with values, units, formulas and sources; CRF at 7% over 30 years is 0.0806', async () => {
    const sheet = await call<AssumptionsResponse>('assumptions:get', { siteId: 'abilene', scenarioId: 'btm-gas' });
    const crf = row(sheet, 'crf');
    expect(crf.kind).toBe('formula');
    // 0.07 × 1.07^30 / (1.07^30 − 1) = 0.080586 (standard annuity formula)
    expect(crf.value).toBeCloseTo(0.080586, 5);
    expect(crf.dependsOn.sort()).toEqual(['discountRate', 'lifetimeYears']);
    expect(row(sheet, 'gasPriceUSDPerMMBtu')).toMatchObject({ kind: 'input', unit: 'USD/MMBtu', override: null });
    expect(row(sheet, 'lcoeUSDPerMWh').expr).toContain('annualCostUSDPerYr');
  });

  it('applies a site edit of an input, keeps the default beside it, and resets it', async () => {
    const before = await lcoe('abilene');
    const edited = await call<AssumptionsResponse>('assumptions:set', { siteId: 'abilene', scenarioId: 'btm-gas', name: 'discountRate', value: 0.08 });
    // 0.08 × 1.08^30 / (1.08^30 − 1) = 0.088827
    expect(row(edited, 'crf').value).toBeCloseTo(0.088827, 5);
    expect(row(edited, 'discountRate')).toMatchObject({ value: 0.08, defaultValue: 0.07, override: { scope: 'site', value: 0.08 } });
    expect(await lcoe('abilene')).toBeGreaterThan(before);
    const reset = await call<AssumptionsResponse>('assumptions:reset', { siteId: 'abilene', scenarioId: 'btm-gas', name: 'discountRate' });
    expect(row(reset, 'discountRate')).toMatchObject({ value: 0.07, override: null });
    expect(await lcoe('abilene')).toBeCloseTo(before, 9);
  });

  it('applies a project-wide battery capex edit where there is a battery and leaves a scenario without one runnable', async () => {
    // Found by the channel fuzz: the edit was checked on shackelford × hybrid (which has a battery)
    // and then refused every run of a scenario whose sheet has no battery line.
    const hybridBefore = (await call<SimulateResponse>('model:simulate', { siteId: 'shackelford', scenarioId: 'hybrid', hourly: false })).summary;
    const gridOnlyBefore = (await call<SimulateResponse>('model:simulate', { siteId: 'piketon', scenarioId: 'grid-only', hourly: false })).summary;
    const edited = await call<AssumptionsResponse>('assumptions:set', { siteId: 'shackelford', scenarioId: 'hybrid', scope: 'project', name: 'batteryCapexUSDPerKW', value: 5000 });
    expect(row(edited, 'batteryCapexUSDPerKW')).toMatchObject({ value: 5000, override: { scope: 'project', value: 5000 } });
    const hybridAfter = (await call<SimulateResponse>('model:simulate', { siteId: 'shackelford', scenarioId: 'hybrid', hourly: false })).summary;
    expect(hybridAfter.capexUSD).toBeGreaterThan(hybridBefore.capexUSD);
    const gridOnlyAfter = (await call<SimulateResponse>('model:simulate', { siteId: 'piketon', scenarioId: 'grid-only', hourly: false })).summary;
    expect(gridOnlyAfter.annualCostUSD).toBeCloseTo(gridOnlyBefore.annualCostUSD, 6);
  });

  it('refuses a formula with a unit mismatch, naming the formula, and saves nothing', async () => {
    const envelope = await svc.get().registry.dispatch('assumptions:set', { siteId: 'abilene', scenarioId: 'btm-gas', name: 'fuelUSDPerYr', expr: 'fuelMMBtuPerYr * gasCo2KgPerMMBtu' });
    expect(envelope.ok).toBe(false);
    if (!envelope.ok) {
      expect(envelope.error.code).toBe('invalid-request');
      expect(envelope.error.path).toBe('fuelUSDPerYr');
      expect(envelope.error.message).toMatch(/fuelUSDPerYr/);
    }
    const sheet = await call<AssumptionsResponse>('assumptions:get', { siteId: 'abilene', scenarioId: 'btm-gas' });
    expect(row(sheet, 'fuelUSDPerYr').override).toBeNull();
  });

  it('applies a project-wide formula edit to every site', async () => {
    await call('assumptions:set', { siteId: 'abilene', scenarioId: 'btm-gas', scope: 'project', name: 'crf', expr: '0.1' });
    const milam = await call<AssumptionsResponse>('assumptions:get', { siteId: 'milam', scenarioId: 'btm-gas' });
    expect(row(milam, 'crf')).toMatchObject({ value: 0.1, expr: '0.1', override: { scope: 'project', expr: '0.1' } });
    expect(row(milam, 'crf').defaultValue).toBeCloseTo(0.080586, 5);
    // annualized capex = capex × CRF per year
    expect(row(milam, 'annualizedCapexUSDPerYr').value).toBeCloseTo(row(milam, 'capexUSD').value * 0.1, 0);
  });
});
