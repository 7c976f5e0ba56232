import { describe, expect, it } from 'vitest';
import { sumSeries } from '../../src/power-model/dispatch/flows';
import { builtInScenarios, resolveScenario } from '../../src/power-model/scenarios/resolve';
import { defaultOrderYear, simulateSite } from '../../src/power-model/simulate';
import { createSiteCache } from '../../src/power-model/site-model';
import { testSite, testWeather } from './simulate-fixture';
import { expectInvariants } from './simulate-invariants';

const cache = createSiteCache(testWeather());

describe('simulateSite', () => {
  for (const scenario of builtInScenarios()) {
    it(`holds every hourly invariant and adds up its cost lines under ${scenario.id}`, () => {
      const result = simulateSite(testSite(), scenario, cache);
      expectInvariants(result);
      expect(result.summary.weatherSource.kind).toBe('synthetic');
      // Phase 2 (600 MW) is energized in 2027: the design year, the same under every scenario.
      expect(result.summary.year).toBe(2027);
      expect(result.summary.designYear).toBe(2027);
    });
  }

  it('simulates a chosen year and lists the assets that cannot be in service then', () => {
    // Ordered in the planning year 2025 (first phase 2026 − ceil(2 y) = 2024, not before 2025):
    // turbines online 2025 + 2 = 2027; solar 2025 + ceil(1.5) = 2027; battery 2025 + 1 = 2026.
    const result = simulateSite(testSite(), resolveScenario({ id: 'hybrid', name: 'Hybrid' }), cache, { year: 2026 });
    expect(result.summary.year).toBe(2026);
    expect(result.summary.designYear).toBe(2027);
    expect(result.summary.lateAssets).toEqual([
      { name: 'Aeroderivative CT', earliestYear: 2027, inService: false },
      { name: 'Solar PV', earliestYear: 2027, inService: false },
    ]);
    expect(result.summary.thermalEnergyMWh).toBe(0);
  });

  it('orders the fleet in time for the design year, and says when an order that early is before the planning year', () => {
    // Abilene-like: planning 2026, first phase 2025, design year 2026, 3-year turbines:
    // in time for the first phase would be 2022, not before planning → 2026, but no later than 2026 − 3 = 2023.
    expect(defaultOrderYear(2026, 2025, 2026, 3)).toBe(2023);
    // Time enough: first phase 2028 − 2 = 2026, the planning year.
    expect(defaultOrderYear(2026, 2028, 2028, 2)).toBe(2026);
    // The test site with 5-year turbines: in service in 2027 in the design-year figures, earliest really 2025 + 5 = 2030.
    const site = testSite();
    const slow = { ...site, thermalTechnologies: Object.fromEntries(Object.entries(site.thermalTechnologies).map(([id, t]) => [id, { ...t, leadTimeYears: 5 }])) };
    const scenario = resolveScenario({ id: 'gas-only', name: 'Gas, no grid', base: 'btm-gas', grid: { importAllowed: false } });
    const result = simulateSite(slow, scenario, createSiteCache(testWeather()));
    expect(result.summary.lateAssets).toEqual([{ name: 'Aeroderivative CT', earliestYear: 2030, inService: true }]);
    expect(result.summary.thermalEnergyMWh).toBeGreaterThan(0);
    // Time-to-power counts the turbines from 2030 only: with no grid, short until then.
    expect(result.summary.firstYearFullyMet).toBe(2030);
  });

  it('gives no cost per MWh served, and says why, when nothing is served', () => {
    // Islanded with no fleet at all: every MWh unserved, yet nothing is bought either; the transmission share is still paid.
    const scenario = resolveScenario({ id: 'nothing', name: 'Nothing', base: 'islanded', btm: { thermal: [], solarMWac: 0, battery: { powerMW: 0, energyMWh: 0 } } });
    const s = simulateSite(testSite(), scenario, cache).summary;
    expect(s.servedShare).toBe(0);
    expect(s.unservedFlag).toBe(true);
    expect(s.lcoeUSDPerMWh).toBeNull();
    expect(s.lcoeNote).toMatch(/^nothing served/);
    // (annual cost + unserved × 35,685 USD/MWh) ÷ load.
    expect(s.costPerMWhLoadUSDPerMWh).toBeCloseTo((s.annualCostUSD + s.energyMWh * 35_685) / s.energyMWh, 6);
  });

  it('reports the summary consistently with the hourly flows', () => {
    const result = simulateSite(testSite(), resolveScenario({ id: 'hybrid', name: 'Hybrid' }), cache);
    const s = result.summary;
    expect(s.gridEnergyMWh).toBeCloseTo(sumSeries(result.flows.gridToLoadMW) + sumSeries(result.flows.gridToBatteryMW), 3);
    expect(s.thermalEnergyMWh).toBeCloseTo(sumSeries(result.flows.thermalToLoadMW), 3);
    expect(s.fuelMMBtu).toBeCloseTo(sumSeries(result.flows.thermalFuelMMBtu), 3);
    // The sheet's CO2 (fuel × 53.06 kg/MMBtu + grid MWh × 332.9 kg/MWh) equals the hourly CO2 summed.
    expect(s.co2Tonnes).toBeCloseTo(sumSeries(result.flows.co2Tonnes), 1);
    expect(s.energyMWh).toBeCloseTo(sumSeries(result.facilityMW), 3);
  });
});

describe('simulateSite edge cases', () => {
  it('leaves energy unserved when an islanded fleet is smaller than the load', () => {
    // 40 engines × 10.3 MW × 0.97 = 399.64 MW against a ~1,000+ MW facility load, no grid, no solar.
    const scenario = resolveScenario({ id: 'small-island', name: 'Small island', base: 'islanded', btm: { thermal: [{ technology: 'gas-recip-engine', units: 40 }], solarMWac: 0, battery: { powerMW: 0, energyMWh: 0 } } });
    const result = simulateSite(testSite(), scenario, cache);
    expectInvariants(result);
    expect(result.summary.thermalEnergyMWh).toBeCloseTo(399.64 * 8760, -2);
    expect(result.summary.unservedEnergyMWh).toBeCloseTo(result.summary.energyMWh - 399.64 * 8760, -2);
  });

  it('shows a time-to-power shortfall when the grid connects late', () => {
    const scenario = resolveScenario({ id: 'late-grid', name: 'Late grid', base: 'grid-only', grid: { connectionYear: 2029 } });
    const result = simulateSite(testSite(), scenario, cache, { year: 2028 });
    // Demand at design PUE: 400 × 1.2 = 480 MW (2026), 1,200 MW from 2027; no grid before 2029.
    expect(result.summary.timeToPower.map((t) => t.shortfallMW)).toEqual([480, 1200, 1200, 0, 0]);
    expect(result.summary.firstYearFullyMet).toBe(2029);
    expect(result.summary.unservedEnergyMWh).toBeCloseTo(result.summary.energyMWh, 3);
  });

  it('applies a gas price override to dispatch cost and the sheet alike', () => {
    const base = simulateSite(testSite(), resolveScenario({ id: 'btm-gas', name: 'BTM gas' }), cache);
    const cheap = simulateSite(testSite(), resolveScenario({ id: 'cheap', name: 'Cheap', base: 'btm-gas', overrides: { gasPriceUSDPerMMBtu: 2.14 } }), cache);
    // Same fuel burned; fuel cost halves with the price (4.28 → 2.14 USD/MMBtu).
    expect(cheap.summary.fuelMMBtu).toBeCloseTo(base.summary.fuelMMBtu, 3);
    expect(cheap.summary.annualCostLinesUSDPerYear.fuelUSDPerYear).toBeCloseTo(base.summary.annualCostLinesUSDPerYear.fuelUSDPerYear / 2, 0);
    expect(sumSeries(cheap.flows.variableCostUSD)).toBeLessThan(sumSeries(base.flows.variableCostUSD));
  });

  it('refuses an override that names no assumption', () => {
    expect(() => simulateSite(testSite(), resolveScenario({ id: 'typo', name: 'Typo', base: 'grid-only', overrides: { gasPrise: 3 } }), cache)).toThrow(/override "gasPrise"/);
  });
});
