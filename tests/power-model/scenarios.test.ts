import { describe, expect, it } from 'vitest';
import { ScenarioSchema } from '../../src/api/schemas/scenario';
import { BUILT_IN_SCENARIOS } from '../../src/power-model/scenarios/built-in';
import { builtInScenarios, resolveScenario } from '../../src/power-model/scenarios/resolve';
import { sizeFleet } from '../../src/power-model/scenarios/size';
import { AERO_CT } from './simulate-fixture';

describe('scenarios', () => {
  it('lists the four built-ins, each valid against the scenario schema', () => {
    expect(builtInScenarios().map((s) => s.id)).toEqual(['grid-only', 'btm-gas', 'hybrid', 'islanded']);
    for (const s of Object.values(BUILT_IN_SCENARIOS)) expect(ScenarioSchema.safeParse(s).success).toBe(true);
  });

  it('lets a user scenario override part of its base and keep the rest', () => {
    const resolved = resolveScenario({ id: 'cheap-gas', name: 'Cheap gas', base: 'hybrid', btm: { solarMWac: 500 }, overrides: { gasPriceUSDPerMMBtu: 2.21 } });
    expect(resolved.strategy).toBe('economic');
    expect(resolved.btm.solarMWac).toBe(500);
    expect(resolved.btm.solarPeakMultiple).toBeUndefined();
    expect(resolved.btm.thermal).toEqual(BUILT_IN_SCENARIOS.hybrid.btm?.thermal);
    expect(resolved.overrides).toEqual({ gasPriceUSDPerMMBtu: 2.21 });
  });

  it('refuses a scenario without base or strategy, naming the field', () => {
    const parsed = ScenarioSchema.safeParse({ id: 'x', name: 'X' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['strategy']);
  });

  it('refuses a thermal entry that gives both MW and units', () => {
    const parsed = ScenarioSchema.safeParse({ id: 'x', name: 'X', base: 'btm-gas', btm: { thermal: [{ technology: 'gas-ct-frame', capacityMW: 100, units: 2 }] } });
    expect(parsed.success).toBe(false);
  });

  it('sizes relative fleets against the reference peak, rounding units up', () => {
    // 1.2 × 1,000 MW / 34 MW = 35.29 → 36 units; battery 0.25 × 1,000 = 250 MW × 4 h = 1,000 MWh.
    const fleet = sizeFleet(resolveScenario(BUILT_IN_SCENARIOS['btm-gas']), {
      referencePeakMW: 1000,
      technologies: { [AERO_CT.id]: AERO_CT },
      defaultOrderYear: () => 2025,
      batteryRoundTripEfficiency: 0.85,
      batteryDefaultDurationHours: 4,
    });
    expect(fleet.thermal[0]?.units).toBe(36);
    const hybrid = sizeFleet(resolveScenario({ id: 'h', name: 'H', base: 'hybrid', btm: { thermal: [] } }), {
      referencePeakMW: 1000,
      technologies: {},
      defaultOrderYear: () => 2025,
      batteryRoundTripEfficiency: 0.85,
      batteryDefaultDurationHours: 4,
    });
    expect(hybrid.battery.powerMW).toBe(250);
    expect(hybrid.battery.energyMWh).toBe(1000);
    expect(hybrid.solarMWac).toBe(1000);
  });

  it('refuses a technology the catalog does not have, naming the entry', () => {
    expect(() =>
      sizeFleet(resolveScenario(BUILT_IN_SCENARIOS['btm-gas']), { referencePeakMW: 1, technologies: {}, defaultOrderYear: () => 2025, batteryRoundTripEfficiency: 0.85, batteryDefaultDurationHours: 4 }),
    ).toThrow(/btm\.thermal\.0\.technology: "gas-ct-aeroderivative" is not a thermal technology/);
  });

  it('merges permits and fuel over the base and refuses interruptible gas without a pipeline, naming the field', () => {
    const resolved = resolveScenario({ id: 'p', name: 'P', base: 'btm-gas', permits: { noxTonsPerYear: 249 }, fuel: { pipelineMMBtuPerDay: 50_000 } });
    expect(resolved.permits).toEqual({ noxTonsPerYear: 249 });
    expect(resolved.fuel).toEqual({ pipelineMMBtuPerDay: 50_000 });
    expect(resolveScenario({ id: 'btm-gas', name: 'BTM gas' }).permits).toBeUndefined();
    const parsed = ScenarioSchema.safeParse({ id: 'x', name: 'X', base: 'btm-gas', fuel: { service: 'interruptible' } });
    expect(parsed.success ? [] : parsed.error.issues.map((i) => i.path.join('.'))).toEqual(['fuel.service']);
    const hours = ScenarioSchema.safeParse({ id: 'x', name: 'X', base: 'btm-gas', permits: { hoursPerUnit: 9000 } });
    expect(hours.success ? [] : hours.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual(['permits.hoursPerUnit: must be between 0 and 8784']);
  });
});

