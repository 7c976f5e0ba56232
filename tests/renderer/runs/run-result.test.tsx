// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClient } from '../../../src/renderer/api/client';
import { ClientProvider } from '../../../src/renderer/api/context';
import { RunResult } from '../../../src/renderer/runs/RunResult';
import { makeServices } from '../../helpers/services';
import { makeTempDir } from '../../helpers/temp-dir';

let tmp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  tmp = makeTempDir('stargrid-run-result-');
});
afterEach(() => {
  cleanup();
  tmp.cleanup();
});

const estimate = (mean: number) => ({ mean, low95: mean, high95: mean });
const histogram = (years: number[]) => ({ binUpperEdgesHours: [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 8761], years });
const reliabilityCase = (label: string, extraUnits: number, lolh: number, years: number[], riddenThrough: number) => ({
  label,
  extraUnits,
  result: {
    seed: 1,
    yearsRequested: 100,
    yearsSimulated: 100,
    cancelled: false,
    availability: estimate(1 - lolh / 8760),
    nines: null,
    lossOfLoadHoursPerYear: estimate(lolh),
    expectedUnservedEnergyMWhPerYear: estimate(lolh * 10),
    rideThrough: [],
    tiers: [{ tier: 'Tier III', targetAvailability: 0.99982, verdict: 'fails' }, { tier: 'Tier IV', targetAvailability: 0.99995, verdict: 'fails' }],
    unservedHoursHistogram: histogram(years),
    unitFailuresRiddenThrough: riddenThrough,
    method: 'm',
  },
});

describe('a run result', () => {
  it('shows N, N+1 and N+2 with the unit failures each rides through, the distribution chart, and no grid section without a grid', () => {
    const result = {
      years: 100,
      seed: 1,
      gridOutage: null,
      gridOutageSource: null,
      units: 12,
      cases: [reliabilityCase('N', 0, 3.2, [60, 10, 10, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], 1), reliabilityCase('N+1', 1, 0.4, [90, 5, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], 2), reliabilityCase('N+2', 2, 0, [100, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], 3)],
    };
    render(<RunResult kind="reliability" result={result} fileName="x" />);
    expect(screen.getByText(/No grid in this scenario/)).toBeTruthy();
    expect(screen.queryByRole('table', { name: 'Ride-through of grid outages' })).toBeNull();
    const rows = screen.getAllByRole('row').filter((r) => r.getAttribute('data-case') !== null);
    expect(rows.map((r) => r.getAttribute('data-case'))).toEqual(['N', 'N+1', 'N+2']);
    // Years with loss = years − years in the 0 h bin: 40, 10, 0.
    expect(rows.map((r) => r.textContent)).toEqual([expect.stringContaining('40 of 100'), expect.stringContaining('10 of 100'), expect.stringContaining('0 of 100')]);
    const chart = screen.getByRole('img', { name: 'Distribution of annual loss-of-load hours' });
    // Bars for the bins up to the last any design reached (4–7 h, the 4th): 4 bins × 3 designs.
    expect(chart.querySelectorAll('rect[data-case]').length).toBe(12);
  });

  it('names the promises a mix breaks, and saves the mix as a scenario of the site', async () => {
    const { registry } = makeServices(tmp.dir);
    const client = createClient(async (channel, request) => JSON.parse(JSON.stringify(await registry.dispatch(channel, JSON.parse(JSON.stringify(request))))));
    const result = {
      siteId: 'abilene',
      year: 2028,
      status: 'notMet',
      objectiveUSDPerYear: 2.4e9,
      costBreakdownUSDPerYear: null,
      mix: { gridImportMW: 1200, thermal: [], solarMWac: 11898, batteryMW: 3205, batteryMWh: 18063 },
      annual: null,
      infeasibilities: [],
      solveTimeMs: 10,
      buildTimeMs: 1,
      lp: { columns: 1, rows: 1, modelledHours: 288, representativeDays: null, reserveClasses: 1 },
      bound: { lowerBoundUSDPerYear: null, scope: 'the optimum of the LP on 12 representative days: not a bound on the full year' },
      notes: [],
      recheck: {
        scenario: { id: 'optimized', name: 'Least-cost mix (optimizer)', strategy: 'economic', grid: { importLimitMW: 1200 }, btm: { thermal: [], solarMWac: 11898, solarMounting: 'single-axis', battery: { powerMW: 3205, energyMWh: 18063 } } },
        simulation: { year: 2028, unservedEnergyMWh: 64340.7, unservedHours: 93, lcoeUSDPerMWh: 266.5, annualCostUSD: 2.39e9, co2Tonnes: 0 },
        monteCarlo: { years: 200, seed: 1, availability: estimate(1), nines: null, lossOfLoadHoursPerYear: estimate(0), tiers: [], target: 0.99982 },
        added: [],
        checks: [
          { promise: 'co2TonnesPerYear', limit: 0, actual: 0, met: true, excess: 0, unit: 't CO2/yr', message: 'CO2 of the simulated dispatch: 0.000 t CO2/yr, within 0.000 t CO2/yr' },
          { promise: 'unservedEnergy', limit: 0, actual: 64340.7, met: false, excess: 64340.7, unit: 'MWh/yr', message: 'Unserved energy of the simulated dispatch: 64,341 MWh/yr, over the limit of 0.000 MWh/yr by 64,341 MWh/yr' },
        ],
      },
    };
    render(
      <ClientProvider client={client}>
        <RunResult kind="optimize" result={result} fileName="x" />
      </ClientProvider>,
    );
    expect(screen.getByText('not met')).toBeTruthy();
    const alert = screen.getAllByRole('alert')[0];
    expect(alert?.textContent).toMatch(/over the limit of 0\.000 MWh\/yr by 64,341/);
    expect(alert?.textContent).not.toMatch(/CO2/);
    expect(screen.getByText(/No proven lower bound/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Name of the scenario to save'), { target: { value: 'Zero carbon' } });
    fireEvent.click(screen.getByRole('button', { name: 'Use this mix' }));
    expect((await screen.findByRole('status', {}, { timeout: 30_000 })).textContent).toMatch(/Saved as scenario “zero-carbon” of abilene/);
    const saved = await client.scenarios.get({ id: 'zero-carbon' });
    expect(saved.scenario.btm?.solarMWac).toBe(11898);
    expect(saved.scenario.grid?.importLimitMW).toBe(1200);
  });
});
