import { describe, expect, it } from 'vitest';
import { MMBTU_PER_BCF, portfolioTotals } from '../../../src/power-model/portfolio/portfolio';
import { siteSetLabel, sitesInSet } from '../../../src/power-model/portfolio/site-set';
import { portfolioTimeToPower } from '../../../src/power-model/portfolio/time-to-power';
import { builtInScenarios } from '../../../src/power-model/scenarios/resolve';
import { simulateSite } from '../../../src/power-model/simulate';
import { createSiteCache } from '../../../src/power-model/site-model';
import { testSite, testWeather } from '../simulate-fixture';

describe('portfolioTotals', () => {
  it('sums exactly the listed sites, converts fuel to Bcf and works the served basis out from the sums', () => {
    const cache = createSiteCache(testWeather());
    const scenario = builtInScenarios().find((s) => s.id === 'hybrid');
    if (!scenario) throw new Error('hybrid missing');
    const a = simulateSite(testSite(), scenario, cache).summary;
    const b = simulateSite(testSite({ id: 'second' }), scenario, cache, { year: 2026 }).summary;
    const totals = portfolioTotals('hybrid', 'all', [
      { stargate: true, itMW: 1000, facilityMW: 1200, summary: a },
      { stargate: false, itMW: 400, facilityMW: 480, summary: b },
    ]);
    expect(totals.siteCount).toBe(2);
    expect(totals.siteSetLabel).toBe('2 sites (all)');
    expect(totals.yearBySite).toEqual({ [a.siteId]: a.year, second: 2026 });
    expect(totals.itMW).toBe(1400);
    expect(totals.facilityMW).toBe(1680);
    expect(totals.energyMWh).toBeCloseTo(a.energyMWh + b.energyMWh, 3);
    expect(totals.unservedHours).toBe(a.unservedHours + b.unservedHours);
    // 1 Bcf = 1.036e6 MMBtu (EIA heat content of U.S. gas consumed, 1,036 Btu/cf in 2023 and 2025).
    expect(MMBTU_PER_BCF).toBe(1_036_000);
    expect(totals.fuelBcf).toBeCloseTo((a.fuelMMBtu + b.fuelMMBtu) / 1_036_000, 9);
    const served = a.energyMWh + b.energyMWh - a.unservedEnergyMWh - b.unservedEnergyMWh;
    expect(totals.lcoeUSDPerMWh).toBeCloseTo((a.annualCostUSD + b.annualCostUSD) / served, 6);
    expect(totals.costPerMWhLoadUSDPerMWh).toBeCloseTo((a.annualCostUSD + b.annualCostUSD + a.unservedValueUSD + b.unservedValueUSD) / (a.energyMWh + b.energyMWh), 6);
  });

  it('names the set beside the totals and selects the Stargate sites by default', () => {
    const sites = [{ stargate: true }, { stargate: false }, { stargate: true }];
    expect(sitesInSet(sites, 'stargate')).toHaveLength(2);
    expect(sitesInSet(sites, 'all')).toHaveLength(3);
    expect(siteSetLabel('stargate', 7)).toBe('7 Stargate sites');
    expect(siteSetLabel('all', 1)).toBe('1 site (all)');
  });
});

describe('portfolioTimeToPower', () => {
  const row = (year: number, demandMW: number, availableMW: number) => ({ year, demandMW, availableMW, shortfallMW: Math.max(0, demandMW - availableMW) });

  it('never lets one site’s surplus hide another’s shortfall', () => {
    // Site A: 1,000 MW demand, 3,000 MW available (surplus 2,000); site B: 1,000 MW demand, 200 available.
    // Raw sums would show 3,200 MW energizable over 2,000 MW of demand; capped per site it is 1,200, short 800.
    const rows = portfolioTimeToPower([{ timeToPower: [row(2028, 1000, 3000)] }, { timeToPower: [row(2028, 1000, 200)] }]);
    expect(rows).toEqual([{ year: 2028, demandMW: 2000, energizableMW: 1200, shortfallMW: 800, sitesShort: 1 }]);
  });

  it('carries a built-out site on after its last year and adds nothing before its first', () => {
    const rows = portfolioTimeToPower([{ timeToPower: [row(2026, 500, 500)] }, { timeToPower: [row(2027, 300, 0), row(2028, 300, 300)] }]);
    expect(rows.map((r) => [r.year, r.demandMW, r.shortfallMW])).toEqual([
      [2026, 500, 0],
      [2027, 800, 300],
      [2028, 800, 0],
    ]);
  });
});
