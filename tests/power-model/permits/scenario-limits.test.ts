import { describe, expect, it } from 'vitest';
import { resolveScenario } from '../../../src/power-model/scenarios/resolve';
import { simulateSite } from '../../../src/power-model/simulate';
import { createSiteCache } from '../../../src/power-model/site-model';
import type { ThermalTechnology } from '../../../src/power-model/thermal/technology';
import { AERO_CT, testSite, testWeather } from '../simulate-fixture';
import { expectInvariants } from '../simulate-invariants';

const cache = createSiteCache(testWeather());
/** The aeroderivative with the data file's factors: lean-premix 0.099/0.015 lb/MMBtu; SCR 0.0092 NOx at 80 USD/kW. */
const AERO_WITH_FACTORS: ThermalTechnology = {
  ...AERO_CT,
  emissions: { uncontrolled: { noxLbPerMMBtu: 0.099, coLbPerMMBtu: 0.015 }, scr: { noxLbPerMMBtu: 0.0092, coLbPerMMBtu: 0.015, capexUSDPerKW: 80, fixedOMUSDPerKWYear: 1.5, variableOMUSDPerMWh: 1 } },
};
const site = testSite({ thermalTechnologies: { [AERO_WITH_FACTORS.id]: AERO_WITH_FACTORS } });
const btmGas = (extra: object) => resolveScenario({ id: 'gas-permits', name: 'Gas with permits', base: 'btm-gas', ...extra });
const budget = (r: ReturnType<typeof simulateSite>, name: string) => r.summary.permits.budgets.find((b) => b.budget === name);

describe('permits and gas in simulateSite', () => {
  const plain = simulateSite(site, resolveScenario({ id: 'btm-gas', name: 'BTM gas' }), cache);

  it('leaves every result equal when a scenario sets empty permits and fuel', () => {
    const empty = simulateSite(site, btmGas({ permits: { scr: false }, fuel: {} }), cache);
    expect({ ...empty.summary, scenarioId: 'btm-gas' }).toEqual(plain.summary);
    expect(empty.summary.gasSupply).toBeNull();
  });

  it('reports NOx and CO from the fleet fuel even without a limit', () => {
    // short tons = fuel MMBtu × lb/MMBtu ÷ 2,000.
    expect(budget(plain, 'noxTonsPerYear')?.used).toBeCloseTo((plain.summary.fuelMMBtu * 0.099) / 2000, 6);
    expect(budget(plain, 'coTonsPerYear')?.used).toBeCloseTo((plain.summary.fuelMMBtu * 0.015) / 2000, 6);
    expect(budget(plain, 'co2TonnesPerYear')?.used).toBeCloseTo((plain.summary.fuelMMBtu * 53.06) / 1000, 6);
    expect(budget(plain, 'noxTonsPerYear')?.limit).toBeNull();
  });

  it('stops the turbines at a 2,000-hour permit and lets the grid carry the rest, every hour balanced', () => {
    const r = simulateSite(site, btmGas({ permits: { hoursPerUnit: 2000 } }), cache);
    expectInvariants(r);
    const hours = budget(r, 'hoursPerUnit');
    expect(hours?.limit).toBe(2000);
    expect(hours?.used).toBeLessThanOrEqual(2000);
    expect(hours?.used).toBeGreaterThan(1990);
    expect(hours?.firstBindingHour).not.toBeNull();
    expect(r.summary.thermalEnergyMWh).toBeLessThan(plain.summary.thermalEnergyMWh * 0.5);
    expect(r.summary.gridEnergyMWh).toBeGreaterThan(plain.summary.gridEnergyMWh);
  });

  it('holds a NOx cap to the ton and fills in from the grid', () => {
    const cap = 0.5 * (budget(plain, 'noxTonsPerYear')?.used ?? 0);
    const r = simulateSite(site, btmGas({ permits: { noxTonsPerYear: cap } }), cache);
    expectInvariants(r);
    expect(budget(r, 'noxTonsPerYear')?.used).toBeLessThanOrEqual(cap + 1e-6);
    expect(budget(r, 'noxTonsPerYear')?.used).toBeGreaterThan(cap * 0.999);
    expect(budget(r, 'noxTonsPerYear')?.firstBindingHour).not.toBeNull();
  });

  it('adds the SCR capital cost: fleet MW × 80 USD/kW, and cuts NOx by 0.0092 ÷ 0.099', () => {
    const r = simulateSite(site, btmGas({ permits: { scr: true } }), cache);
    const fleetMW = r.summary.thermal.reduce((s, b) => s + b.capacityMW, 0);
    expect(r.summary.capexUSD - plain.summary.capexUSD).toBeCloseTo(fleetMW * 1000 * 80, 0);
    expect(budget(r, 'noxTonsPerYear')?.used).toBeCloseTo((budget(plain, 'noxTonsPerYear')?.used ?? 0) * (0.0092 / 0.099), 6);
    expect(r.summary.permits.scr).toBe(true);
  });

  it('sizes 24 hours of backup fuel at full load and prices tanks and the dual-fuel system', () => {
    const r = simulateSite(site, btmGas({ fuel: { storageHoursAtFullLoad: 24 } }), cache);
    const units = r.summary.thermal[0]?.units ?? 0;
    // units × 34 MW × 9,447 Btu/kWh ÷ 1,000 = MMBtu/h at full load; × 24 h.
    const storageMMBtu = units * 34 * 9.447 * 24;
    expect(r.summary.gasSupply?.storage?.capacityMMBtu).toBeCloseTo(storageMMBtu, 6);
    // 15 USD/MMBtu of tank + 50 USD/kW of dual-fuel system (fuel/storage.ts, estimates).
    expect(r.summary.capexUSD - plain.summary.capexUSD).toBeCloseTo(storageMMBtu * 15 + units * 34 * 1000 * 50, 0);
    // Unlimited pipeline: the tank is never drawn.
    expect(r.summary.gasSupply?.storage?.drawnMMBtu).toBe(0);
  });

  it('cuts an interruptible pipeline on the cold days of the weather year and says when', () => {
    const r = simulateSite(site, btmGas({ fuel: { pipelineMMBtuPerDay: 1e6, service: 'interruptible', interruptBelowC: 0 } }), cache);
    expectInvariants(r);
    const gas = r.summary.gasSupply;
    expect(gas?.service).toBe('interruptible');
    expect(gas?.interruptedDays).toBeGreaterThan(0);
    expect(gas?.firstBindingHour).toBe(gas?.firstInterruptedHour);
  });

  it('burns distillate from dual-fuel tanks on cut gas days, priced at its own price in the fuel line, tanks and kits in capex', () => {
    const dist = { priceUSDPerMMBtu: 18.7, co2KgPerMMBtu: 73.96, tankUSDPerMMBtu: 15, dualFuelUSDPerKW: 50, sources: { priceUSDPerMMBtu: 'test (estimate)', co2KgPerMMBtu: 'test', tankUSDPerMMBtu: 'test', dualFuelUSDPerKW: 'test' } };
    const dualSite = testSite({ thermalTechnologies: { [AERO_WITH_FACTORS.id]: { ...AERO_WITH_FACTORS, emissions: { ...AERO_WITH_FACTORS.emissions!, distillate: { uncontrolled: { noxLbPerMMBtu: 0.24, coLbPerMMBtu: 0.076 } } } } }, distillate: dist });
    const fuel = { pipelineMMBtuPerDay: 1e6, service: 'interruptible', interruptBelowC: 0 };
    const without = simulateSite(dualSite, btmGas({ fuel }), cache);
    const r = simulateSite(dualSite, btmGas({ fuel: { ...fuel, distillateHoursAtFullLoad: 12 } }), cache);
    expectInvariants(r);
    const units = r.summary.thermal[0]?.units ?? 0;
    // Tank: units × 34 MW × 9.447 MMBtu/MWh × 12 h; capex + tank × 15 USD/MMBtu + units × 34 MW × 1,000 × 50 USD/kW.
    const tankMMBtu = units * 34 * 9.447 * 12;
    const d = r.summary.gasSupply?.distillate;
    expect(d?.tankMMBtu).toBeCloseTo(tankMMBtu, 6);
    expect(r.summary.capexUSD - without.summary.capexUSD).toBeCloseTo(tankMMBtu * 15 + units * 34 * 1000 * 50, 0);
    // It burns on cut days, from the first interrupted hour: the fleet runs where the grid had to take over.
    expect(d?.firstBurnHour).toBe(r.summary.gasSupply?.firstInterruptedHour);
    expect(d?.burnedMMBtu ?? 0).toBeGreaterThan(0);
    expect(r.summary.thermalEnergyMWh).toBeGreaterThan(without.summary.thermalEnergyMWh);
    // Fuel line = gas MMBtu × gas price + distillate MMBtu × 18.7.
    const burned = d?.burnedMMBtu ?? 0;
    expect(r.summary.annualCostLinesUSDPerYear.fuelUSDPerYear).toBeCloseTo((r.summary.fuelMMBtu - burned) * dualSite.gasPriceUSDPerMMBtu + burned * 18.7, 0);
    expect(d?.costUSD).toBeCloseTo(burned * 18.7, 6);
  });

  it('spends an hours budget on the dearest grid hours in priority order, cutting the grid energy bill', () => {
    // The test grid (1,300 MW) covers the load, so no hour is short and the rank is by price:
    // the time-of-use on-peak hours (14–20 h, 120 USD/MWh) come before the 45 USD/MWh ones.
    const chronological = simulateSite(site, btmGas({ permits: { hoursPerUnit: 1000 } }), cache);
    const priority = simulateSite(site, btmGas({ permits: { hoursPerUnit: 1000, order: 'priority' } }), cache);
    expectInvariants(priority);
    expect(priority.summary.permits.order).toBe('priority');
    expect(priority.summary.permits.closedHours).toBeGreaterThan(0);
    expect(priority.summary.annualCostLinesUSDPerYear.gridEnergyUSDPerYear).toBeLessThan(chronological.summary.annualCostLinesUSDPerYear.gridEnergyUSDPerYear);
    expect(budget(priority, 'hoursPerUnit')?.used).toBeLessThanOrEqual(1000);
  });
});

