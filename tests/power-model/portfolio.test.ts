import { describe, expect, it } from 'vitest';
import { MMBTU_PER_BCF, portfolioTotals } from '../../src/power-model/portfolio/portfolio';
import { builtInScenarios } from '../../src/power-model/scenarios/resolve';
import { simulateSite } from '../../src/power-model/simulate';
import { createSiteCache } from '../../src/power-model/site-model';
import { testSite, testWeather } from './simulate-fixture';

describe('portfolioTotals', () => {
  it('sums sites, converts fuel to Bcf and adds shortfalls by year', () => {
    const cache = createSiteCache(testWeather());
    const scenario = builtInScenarios().find((s) => s.id === 'islanded');
    if (!scenario) throw new Error('islanded missing');
    const a = simulateSite(testSite(), scenario, cache).summary;
    const b = simulateSite(testSite({ id: 'second' }), scenario, cache).summary;
    const totals = portfolioTotals('islanded', [a, b]);
    expect(totals.siteCount).toBe(2);
    expect(totals.energyMWh).toBeCloseTo(a.energyMWh + b.energyMWh, 3);
    // 1 Bcf = 1.036e6 MMBtu (EIA heat content ≈ 1,036 Btu/cf).
    expect(totals.fuelBcf).toBeCloseTo((a.fuelMMBtu + b.fuelMMBtu) / MMBTU_PER_BCF, 9);
    expect(totals.shortfallByYear[0]?.shortfallMW).toBeCloseTo((a.timeToPower[0]?.shortfallMW ?? 0) * 2, 6);
    expect(totals.lcoeUSDPerMWh).toBeCloseTo((a.annualCostUSD + b.annualCostUSD) / (a.energyMWh + b.energyMWh - a.unservedEnergyMWh - b.unservedEnergyMWh), 6);
  });
});
