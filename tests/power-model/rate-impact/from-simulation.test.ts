import { describe, expect, it } from 'vitest';
import { handWorkedCost, handWorkedUtility } from './hand-worked-utility';
import { largeLoadFromGridDraw, rateImpactFromSimulation, type HostUtilityDescription } from '../../../src/power-model/rate-impact/index';

const tariff = { energyUSDPerMWh: 0, demandUSDPerKWMonth: 5, minimumDemandPct: 0 };
const flat = (mw: number) => new Float64Array(8760).fill(mw);

/**
 * The hand-worked utility of rate-impact.test.ts: 100 M USD/yr of generation demand cost by
 * 1CP, residential 600 MW and commercial 400 MW at peak; new capacity 1000 USD/kW at a 10 %
 * fixed charge rate (100 USD/kW-yr); the load pays 5 USD/kW-month (60 USD/kW-yr) on its peak.
 */
const host: HostUtilityDescription = {
  utility: handWorkedUtility,
  incrementalCost: handWorkedCost,
  tariff,
};
const peakHours = [4800, 4824];

describe('largeLoadFromGridDraw', () => {
  it('takes the peak, energy and the mean draw at the system-peak hours', () => {
    const draw = flat(100);
    draw[4800] = 150;
    draw[4824] = 50;
    const load = largeLoadFromGridDraw({ gridToLoadMW: draw, systemPeakHours: peakHours }, tariff, 200);
    // Energy: 100 MW × 8760 h + 50 − 50 = 876,000 MWh; coincident peak (150 + 50) / 2 = 100 MW.
    expect(load.gridPeakMW).toBe(150);
    expect(load.gridEnergyMWh).toBeCloseTo(876_000, 6);
    expect(load.coincidentPeakMW).toBe(100);
    expect(load.contractMW).toBe(200);
    // Hour 4800 is July 20 (day 200): July's monthly peak is 150, the others 100.
    expect(load.monthlyPeakMW?.[6]).toBe(150);
    expect(load.monthlyPeakMW?.[0]).toBe(100);
  });

  it('refuses a series that is not one year of hours, or an hour outside it', () => {
    expect(() => largeLoadFromGridDraw({ gridToLoadMW: new Float64Array(100), systemPeakHours: [1] }, tariff)).toThrow(/^gridToLoadMW: needs 8760/);
    expect(() => largeLoadFromGridDraw({ gridToLoadMW: flat(1), systemPeakHours: [9000] }, tariff)).toThrow(/^systemPeakHours\.0: hour 9000/);
  });
});

describe('rateImpactFromSimulation', () => {
  it('turns a residential increase into a decrease when BTM supply shaves the system-peak hours', () => {
    // Grid-only, flat 250 MW: capacity 25 M/yr vs revenue 250,000 kW × 60 = 15 M: residential +6 M
    // (0.6 × 10 M; see rate-impact.test.ts).
    const gridOnly = rateImpactFromSimulation({ gridToLoadMW: flat(250), systemPeakHours: peakHours }, host);
    expect(gridOnly.residential.revenueRequirementChangeUSD).toBeCloseTo(6e6, 2);
    // Hybrid: on-site supply holds the draw at 100 MW in the peak hours: capacity 10 M/yr, revenue
    // still 15 M (billed on the 250 MW monthly peaks): pool 110 M, residential 60 M × 95/100 = 57 M, −3 M.
    const hybridDraw = flat(250);
    for (const hour of peakHours) hybridDraw[hour] = 100;
    const hybrid = rateImpactFromSimulation({ gridToLoadMW: hybridDraw, systemPeakHours: peakHours }, host);
    expect(hybrid.largeLoad?.costToServeUSD).toBeCloseTo(10e6, 3);
    expect(hybrid.residential.revenueRequirementChangeUSD).toBeCloseTo(-3e6, 2);
  });

  it('leaves residential rates unchanged by an islanded site that draws nothing', () => {
    const islanded = rateImpactFromSimulation({ gridToLoadMW: flat(0), systemPeakHours: peakHours }, host);
    expect(islanded.residential.revenueRequirementChangeUSD).toBeCloseTo(0, 6);
    expect(islanded.largeLoad?.contributionUSD).toBe(0);
  });
});
