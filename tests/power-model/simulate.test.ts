import { describe, expect, it } from 'vitest';
import { sumSeries } from '../../src/power-model/dispatch/flows';
import { builtInScenarios, resolveScenario } from '../../src/power-model/scenarios/resolve';
import { simulateSite } from '../../src/power-model/simulate';
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
      expect(Number.isFinite(result.summary.lcoeUSDPerMWh)).toBe(true);
    });
  }

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
    expect(cheap.summary.annualCostLinesUSD.fuelUSD).toBeCloseTo(base.summary.annualCostLinesUSD.fuelUSD / 2, 0);
    expect(sumSeries(cheap.flows.variableCostUSD)).toBeLessThan(sumSeries(base.flows.variableCostUSD));
  });

  it('refuses an override that names no assumption', () => {
    expect(() => simulateSite(testSite(), resolveScenario({ id: 'typo', name: 'Typo', base: 'grid-only', overrides: { gasPrise: 3 } }), cache)).toThrow(/override "gasPrise"/);
  });
});
