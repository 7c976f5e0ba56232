import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { FirmCapacityResponse } from '../../../src/api/schemas/firm-capacity';
import { parseTmy3 } from '../../../src/power-model/weather/tmy3';
import { servicesPerTest } from '../../helpers/services';

const svc = servicesPerTest();

async function firm(request: Record<string, unknown>): Promise<FirmCapacityResponse> {
  const envelope = await svc.get().registry.dispatch('firm:capacity', request);
  if (!envelope.ok) throw new Error(`${envelope.error.path}: ${envelope.error.message}`);
  return envelope.value as FirmCapacityResponse;
}

describe('firm:capacity', () => {
  it('works Abilene’s aeroderivative fleet down from nameplate to firm MW on its hot day, by hand', async () => {
    // The 0.4% design dry-bulb is the 35th-hottest hour of the TMY3 year Abilene runs on (722660).
    const tmy = parseTmy3(readFileSync(fileURLToPath(new URL('../../../data/weather/722660TYA.CSV', import.meta.url)), 'utf8'));
    const hottest35 = Float64Array.from(tmy.dryBulbC).sort()[8760 - 35];
    expect(hottest35).toBe(36.7);
    const r = await firm({ siteId: 'abilene', scenarioId: 'btm-gas' });
    expect(r.designTempC).toBe(36.7);
    // btm-gas sizes 39 × 34 MW LM2500XPRESS-class units (1,326 MW). Aeroderivative curve: 36.7 °C is
    // 0.67 of the way from 30 °C (0.91) to 40 °C (0.83): 0.8564 → 1,135.5864 MW. Altitude, 530 m at
    // 3.5% per 300 m: 0.938167 → 1,065.3693 MW. N+1 takes one unit, 34 × 0.8564 × 0.938167 =
    // 27.3172 MW → firm 1,038.0521 MW.
    expect(r.blocks).toHaveLength(1);
    expect(r.blocks[0]).toMatchObject({ technologyId: 'gas-ct-aeroderivative', units: 39, unitMW: 34 });
    expect(r.nameplateMW).toBeCloseTo(1326, 6);
    expect(r.blocks[0]?.ambientFraction).toBeCloseTo(0.8564, 9);
    expect(r.deratedMW).toBeCloseTo(1135.5864, 4);
    expect(r.elevationM).toBe(530);
    expect(r.altitudeDeratedMW).toBeCloseTo(1065.3693, 4);
    expect(r.largestUnitsMW).toBeCloseTo(27.3172, 4);
    expect(r.firmMW).toBeCloseTo(1038.0521, 4);
    expect(r.reserveUnits).toBe(1);
    expect(r.notCounted.length).toBeGreaterThan(0);
    // The tightest hour is no looser than the design day with the grid's limit beside the units.
    expect(r.smallestMargin.firmSupplyMW - r.smallestMargin.loadMW).toBeCloseTo(r.smallestMargin.marginMW, 9);
    expect(r.smallestMargin.marginMW).toBeLessThanOrEqual(r.firmMW + r.gridImportLimitMW - 1091);
  });

  it('takes k units out for N+k and has no on-site firm MW for a grid-only scenario', async () => {
    // N+2: 1,065.3693 − 2 × 27.3172 = 1,010.7350 MW.
    expect((await firm({ siteId: 'abilene', scenarioId: 'btm-gas', reserveUnits: 2 })).firmMW).toBeCloseTo(1010.735, 3);
    const grid = await firm({ siteId: 'abilene', scenarioId: 'grid-only' });
    expect(grid.nameplateMW).toBe(0);
    expect(grid.firmMW).toBe(0);
    expect(grid.smallestMargin.firmSupplyMW).toBe(grid.gridImportLimitMW);
  });

  it('holds Abilene’s fleet to what a pipeline delivers through the design day', async () => {
    // 240,000 MMBtu a gas day = 10,000 MMBtu/h. The aeroderivative's heat rate at 36.7 °C: 9,447 ×
    // (1.025 + 0.67 × 0.020) = 9,447 × 1.0384 = 9,809.76 Btu/kWh, so the pipeline carries
    // 10,000 ÷ 9.80976 = 1,019.392 MW, under the 1,038.052 MW after N+1: 18.66 MW lost to fuel.
    const saved = await svc.get().registry.dispatch('scenarios:save', { scenario: { id: 'piped', name: 'Piped', base: 'btm-gas', fuel: { pipelineMMBtuPerDay: 240_000 } }, siteId: 'abilene' });
    expect(saved.ok).toBe(true);
    const r = await firm({ siteId: 'abilene', scenarioId: 'piped' });
    expect(r.reserveFirmMW).toBeCloseTo(1038.0521, 3);
    expect(r.limits.fuelMMBtuPerHour).toBeCloseTo(10_000, 6);
    expect(r.limits.pipelineFirmMW).toBeCloseTo(1019.392, 2);
    expect(r.firmMW).toBeCloseTo(1019.392, 2);
    expect(r.limits.permitBinding).toBeNull();
    expect(r.notCounted.join(' ')).not.toMatch(/pipeline deliverability/);
  });

  it('refuses an unknown scenario and a reserve beyond N+4, naming the field', async () => {
    const unknown = await svc.get().registry.dispatch('firm:capacity', { siteId: 'abilene', scenarioId: 'no-such-scenario' });
    expect(unknown.ok).toBe(false);
    expect(!unknown.ok && unknown.error.path).toBe('scenarioId');
    const tooMany = await svc.get().registry.dispatch('firm:capacity', { siteId: 'abilene', scenarioId: 'btm-gas', reserveUnits: 5 });
    expect(!tooMany.ok && tooMany.error.path).toBe('reserveUnits');
  });
});
