// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClient } from '../../../src/renderer/api/client';
import { ClientProvider } from '../../../src/renderer/api/context';
import { RunResult } from '../../../src/renderer/runs/RunResult';
import { WorstDayComparison } from '../../../src/renderer/runs/WorstDayComparison';
import type { EventFixView, WorstDayOutcome } from '../../../src/renderer/runs/run-results';
import { makeServices } from '../../helpers/services';
import { makeTempDir } from '../../helpers/temp-dir';

let tmp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  tmp = makeTempDir('stargrid-worst-day-');
});
afterEach(() => {
  cleanup();
  tmp.cleanup();
});

const estimate = (mean: number) => ({ mean, low95: mean - 0.1, high95: mean + 0.1 });
const availability = (lolh: number) => estimate(1 - lolh / 8760);

// The figures of the Shackelford islanded run (--days 12, 2,000 years, seed 1), rounded.
const outcome: WorstDayOutcome = {
  events: [{ kind: 'gasSupply', label: 'gas-supply interruption in the cold snap (-12.2 °C)', loadMW: 1411, durationHours: 72, dryBulbC: -12.2, thermalOutputFraction: { 'gas-recip-engine': 1 }, shareOfGasLost: 0.3 }],
  added: { thermalMW: 0, dualFuelMW: 1154, batteryMW: 0, batteryMWh: 0, costUSDPerYear: 5.5e6 },
  check: null,
  nPlusKStatus: 'optimal',
};
const fix: EventFixView = {
  years: 2000,
  seed: 1,
  target: 0.99982,
  lossOfLoadHoursTarget: 1.5768,
  before: { availability: availability(1.875), lossOfLoadHoursPerYear: estimate(1.875) },
  after: { availability: availability(1.431), lossOfLoadHoursPerYear: estimate(1.431) },
  met: true,
  steps: [
    { kind: 'dualFuel', technologyId: 'gas-recip-engine', mw: 10.3, mwh: 0, costUSDPerYear: 49_000, lossOfLoadHoursBefore: 1.875, lossOfLoadHoursAfter: 1.606, usdPerHourRemoved: 182_000, candidates: 4, detail: 'one more gas-recip-engine unit made dual fuel' },
    { kind: 'dualFuel', technologyId: 'gas-recip-engine', mw: 10.3, mwh: 0, costUSDPerYear: 49_000, lossOfLoadHoursBefore: 1.606, lossOfLoadHoursAfter: 1.431, usdPerHourRemoved: 280_000, candidates: 4, detail: 'one more gas-recip-engine unit made dual fuel' },
  ],
  stoppedBecause: null,
};

describe('the worst-day view', () => {
  it('lists each fix step for the common-mode events with its cost and the lost hours before and after', () => {
    render(<WorstDayComparison outcome={outcome} fix={fix} />);
    const table = screen.getByRole('table', { name: 'Fixes for the common-mode events' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]?.textContent).toMatch(/One more gas-recip-engine unit made dual fuel/);
    expect(rows[0]?.textContent).toMatch(/1\.88 h → 1\.61 h/);
    expect(rows[1]?.textContent).toMatch(/1\.61 h → 1\.43 h/);
    expect(screen.getByText(/the target 99\.9820% allows 1\.58 h/).textContent).toMatch(/After 2 steps it loses 1\.43 h .*: met\./);
  });

  it('says so when the loop stopped short of the target', () => {
    render(<WorstDayComparison outcome={outcome} fix={{ ...fix, met: false, steps: fix.steps.slice(0, 1), after: { availability: availability(1.606), lossOfLoadHoursPerYear: estimate(1.606) }, stoppedBecause: "the loop's bound of 1 step reached" }} />);
    expect(screen.getByText(/Stopped after 1 step at 1\.61 h/).textContent).toMatch(/not met \(the loop's bound of 1 step reached\)/);
  });

  it('saves a worst-day mix with its dual-fuel units and tanks through "Use this mix"', async () => {
    const { registry } = makeServices(tmp.dir);
    const client = createClient(async (channel, request) => JSON.parse(JSON.stringify(await registry.dispatch(channel, JSON.parse(JSON.stringify(request))))));
    const scenario = {
      id: 'optimized',
      name: 'Least-cost mix (optimizer)',
      strategy: 'economic',
      grid: { importAllowed: false },
      fuel: { distillateHoursAtFullLoad: 72 },
      btm: { thermal: [{ technology: 'gas-recip-engine', units: 158, dualFuelUnits: 112 }], solarMWac: 36, solarMounting: 'single-axis', battery: { powerMW: 0, energyMWh: 0 } },
    };
    const result = {
      siteId: 'shackelford',
      year: 2028,
      status: 'optimal',
      objectiveUSDPerYear: 7.667e8,
      costBreakdownUSDPerYear: null,
      mix: { gridImportMW: 0, thermal: [{ technologyId: 'gas-recip-engine', units: 158, unitMW: 10.3, capacityMW: 1627.4, lpCapacityMW: 1548.6, dualFuelMW: 1153.6 }], solarMWac: 36, batteryMW: 0, batteryMWh: 0 },
      annual: null,
      infeasibilities: [],
      solveTimeMs: 10,
      buildTimeMs: 1,
      lp: { columns: 1, rows: 1, modelledHours: 288, representativeDays: null, reserveClasses: 1 },
      bound: { lowerBoundUSDPerYear: null, scope: 'the optimum of the LP on 12 representative days: not a bound on the full year' },
      notes: [],
      reliabilityTarget: 'worst-day',
      worstDay: outcome,
      recheck: {
        scenario,
        simulation: { year: 2028, unservedEnergyMWh: 0, unservedHours: 0, lcoeUSDPerMWh: 61.7, annualCostUSD: 7.781e8, co2Tonnes: 5.5e6 },
        monteCarlo: { years: 200, seed: 1, availability: availability(0.8), nines: null, lossOfLoadHoursPerYear: estimate(0.8), tiers: [], target: 0.99982 },
        added: [],
        checks: [],
        events: fix,
      },
    };
    render(
      <ClientProvider client={client}>
        <RunResult kind="optimize" result={result} fileName="x" />
      </ClientProvider>,
    );
    expect(screen.getByRole('table', { name: 'Fixes for the common-mode events' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Name of the scenario to save'), { target: { value: 'Firm worst day' } });
    fireEvent.click(screen.getByRole('button', { name: 'Use this mix' }));
    expect((await screen.findByText(/Saved as scenario “firm-worst-day” of shackelford/, {}, { timeout: 30_000 })).textContent).toBeTruthy();
    const saved = await client.scenarios.get({ id: 'firm-worst-day' });
    expect(saved.scenario.btm?.thermal?.[0]?.dualFuelUnits).toBe(112);
    expect(saved.scenario.fuel?.distillateHoursAtFullLoad).toBe(72);
  });
});
