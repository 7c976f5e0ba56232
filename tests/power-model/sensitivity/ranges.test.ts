import { describe, expect, it } from 'vitest';
import { builtInScenarios } from '../../../src/power-model/scenarios/resolve';
import { capexRangeInputs } from '../../../src/power-model/sensitivity/ranges';
import { simulateSite } from '../../../src/power-model/simulate';
import { createSiteCache } from '../../../src/power-model/site-model';
import { testSite, testWeather } from '../simulate-fixture';

describe('capexRangeInputs', () => {
  const site = testSite();
  const ranged = {
    ...site,
    solar: { ...site.solar, range: { capexUSDPerKW: { low: 1300, high: 1610, lowSource: 'estimate: low', highSource: 'https://data.openei.org/submissions/4129 (2024)' } } },
  };
  const hybrid = builtInScenarios().find((s) => s.id === 'hybrid')!;
  const trace = simulateSite(ranged, hybrid, createSiteCache(testWeather())).economics.trace;
  const inputs = capexRangeInputs(trace, ranged);

  it('moves a technology with a published range over it, with both ends’ sources', () => {
    const solar = inputs.find((i) => i.name === 'solarCapexUSDPerKW')!;
    // Mid 1,484 (the fixture's catalog value) → low 1,300, high 1,610.
    expect(solar).toMatchObject({ baseValue: 1484, lowValue: 1300, highValue: 1610 });
    expect(solar.rangeSource).toMatch(/low estimate: low; high https:\/\/data\.openei\.org/);
  });

  it('falls back to ±20% where the catalog gives no range, and says so', () => {
    const battery = inputs.find((i) => i.name === 'batteryCapexUSDPerKW')!;
    // The fixture's battery has no range: 1,521 × 0.8 and × 1.2.
    expect(battery.lowValue).toBeCloseTo(1216.8, 9);
    expect(battery.highValue).toBeCloseTo(1825.2, 9);
    expect(battery.rangeSource).toMatch(/±20% \(no published range/);
  });

  it('leaves out the assets the scenario does not build', () => {
    // Hybrid builds aeroderivatives, solar and a battery, not reciprocating engines.
    expect(inputs.map((i) => i.name).sort()).toEqual(['batteryCapexUSDPerKW', 'gasCtAeroderivativeCapexUSDPerKW', 'solarCapexUSDPerKW']);
  });
});
