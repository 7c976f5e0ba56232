import { describe, expect, it } from 'vitest';
import { ScenarioSchema } from '../../src/api/schemas/scenario';
import { BUILT_IN_SCENARIOS } from '../../src/power-model/scenarios/built-in';
import { builtInScenarios, resolveScenario } from '../../src/power-model/scenarios/resolve';
import { sizeFleet } from '../../src/power-model/scenarios/size';
import { distillateTankMMBtuForHours, dualFuelMW } from '../../src/power-model/fuel/distillate';
import type { ThermalTechnology } from '../../src/power-model/thermal/technology';
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

  describe('dual-fuel units of a thermal entry', () => {
    /** A 34 MW aeroderivative that can burn distillate (AP-42 water-injected oil figures, as data/technologies.json). */
    const DUAL_CT: ThermalTechnology = { ...AERO_CT, emissions: { uncontrolled: { noxLbPerMMBtu: 0.1, coLbPerMMBtu: 0.05 }, distillate: { uncontrolled: { noxLbPerMMBtu: 0.24, coLbPerMMBtu: 0.076 } } } };
    const ctx = (tech: ThermalTechnology) => ({ referencePeakMW: 1000, technologies: { [tech.id]: tech }, defaultOrderYear: () => 2025, batteryRoundTripEfficiency: 0.85, batteryDefaultDurationHours: 4 });
    const scenario = (entry: Record<string, unknown>) => ({ id: 'd', name: 'D', base: 'btm-gas' as const, btm: { thermal: [{ technology: 'gas-ct-aeroderivative', ...entry }] }, fuel: { distillateHoursAtFullLoad: 72 } });

    it('sizes the tank and the kits on the dual-fuel units only', () => {
      const fleet = sizeFleet(resolveScenario(scenario({ units: 10, dualFuelUnits: 3 })), ctx(DUAL_CT));
      expect(fleet.thermal[0]?.dualFuelUnits).toBe(3);
      // By hand: 3 × 34 MW = 102 MW; 72 h × 102 MW × 9.447 MMBtu/MWh (AERO_CT's 9,447 Btu/kWh) = 69,380.77 MMBtu.
      expect(dualFuelMW(fleet.thermal)).toBe(102);
      expect(distillateTankMMBtuForHours(fleet.thermal, 72)).toBeCloseTo(72 * 102 * 9.447, 6);
      // Absent: every unit, as before the field existed.
      const whole = sizeFleet(resolveScenario(scenario({ units: 10 })), ctx(DUAL_CT));
      expect(dualFuelMW(whole.thermal)).toBe(340);
    });

    it('refuses more dual-fuel units than units, or a technology that cannot burn distillate, naming the field', () => {
      const parsed = ScenarioSchema.safeParse(scenario({ units: 2, dualFuelUnits: 3 }));
      expect(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual(['btm.thermal.0.dualFuelUnits: must be at most units']);
      const fraction = ScenarioSchema.safeParse(scenario({ units: 2, dualFuelUnits: 1.5 }));
      expect(fraction.success ? [] : fraction.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual(['btm.thermal.0.dualFuelUnits: must be an integer']);
      // 100 MW of 34 MW units is 3 units: only the sizing knows, so the engine refuses 4.
      expect(() => sizeFleet(resolveScenario(scenario({ capacityMW: 100, dualFuelUnits: 4 })), ctx(DUAL_CT))).toThrow(/btm\.thermal\.0\.dualFuelUnits: must be at most the entry's 3 units, got 4/);
      expect(() => sizeFleet(resolveScenario(scenario({ units: 2, dualFuelUnits: 1 })), ctx(AERO_CT))).toThrow(/btm\.thermal\.0\.dualFuelUnits: "gas-ct-aeroderivative" cannot burn distillate/);
      // Zero is fine for any technology (the optimizer's mixes say 0 for the units it left gas-only).
      expect(sizeFleet(resolveScenario(scenario({ units: 2, dualFuelUnits: 0 })), ctx(AERO_CT)).thermal[0]?.dualFuelUnits).toBe(0);
    });
  });
});
