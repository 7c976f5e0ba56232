import { describe, expect, it } from 'vitest';
import { solveDispatchSubproblem } from '../../../../src/power-model/optimize/decomposition/dispatch-subproblem';
import type { HourlyDispatchProblem } from '../../../../src/power-model/optimize/decomposition/hourly-dispatch';

// Two hours of 100 MW. Grid at 30 USD/MWh emitting 0.5 t/MWh; a clean thermal source at 50 USD/MWh.
const problem = (limitTonnes: number): HourlyDispatchProblem => ({
  weight: Float64Array.from([1, 1]),
  loadMW: Float64Array.from([100, 100]),
  solarMWPerMWac: null,
  gridPriceUSDPerMWh: Float64Array.from([30, 30]),
  coincidentPeak: null,
  thermalCostUSDPerMWh: [50],
  thermalAvailable: [null],
  unservedCostUSDPerMWh: null,
  annualRow: { gridPerMWh: 0.5, thermalPerMWh: [0], unservedPerMWh: 0, limit: limitTonnes },
});

describe('solveDispatchSubproblem', () => {
  it('leaves the dispatch alone when the annual row does not bind', () => {
    // All grid: 200 MWh × 0.5 = 100 t ≤ 150 t; cost 200 × 30 = 6,000 USD, λ = 0.
    const result = solveDispatchSubproblem(problem(150), { gridMW: 100, coincidentPeakMW: Infinity, thermalMW: [100], solarMWac: 0 });
    expect(result.kind).toBe('solved');
    if (result.kind !== 'solved') return;
    expect(result.lambda).toBe(0);
    expect(result.costUSD).toBeCloseTo(6000, 9);
  });

  it('prices a binding CO2 cap at the hand-worked multiplier and meets it exactly', () => {
    // 60 t allows 120 MWh of grid; the clean source makes the other 80 MWh. The two swap rank at
    // λ = (50 − 30)/(0.5 − 0) = 40 USD/t. Cost 120 × 30 + 80 × 50 = 7,600 USD, and the Lagrangian
    // value at λ = 40 (every MWh at 50: 10,000) − 40 × 60 = 7,600 — strong duality.
    const result = solveDispatchSubproblem(problem(60), { gridMW: 100, coincidentPeakMW: Infinity, thermalMW: [100], solarMWac: 0 });
    expect(result.kind).toBe('solved');
    if (result.kind !== 'solved') return;
    expect(result.lambda).toBeCloseTo(40, 9);
    expect(result.costUSD).toBeCloseTo(7600, 6);
    expect(result.cut.valueAt).toBeCloseTo(7600, 6);
    const gridMWh = (result.record.gridMW[0] ?? 0) + (result.record.gridMW[1] ?? 0);
    expect(gridMWh * 0.5).toBeCloseTo(60, 9);
  });

  it('returns a feasibility cut when even the cleanest dispatch breaks the cap', () => {
    // Clean capacity 0: all 200 MWh from the grid, 100 t > 60 t. Each clean MW would take 1 MW off
    // the grid in both hours: −2 × 0.5 = −1 t per MW.
    const result = solveDispatchSubproblem(problem(60), { gridMW: 100, coincidentPeakMW: Infinity, thermalMW: [0], solarMWac: 0 });
    expect(result.kind).toBe('overLimit');
    if (result.kind !== 'overLimit') return;
    expect(result.minimumResource).toBeCloseTo(100, 9);
    expect(result.cut.gradient.thermalMW[0]).toBeCloseTo(-1, 9);
  });

  it('names the hours no capacity covers', () => {
    const result = solveDispatchSubproblem(problem(150), { gridMW: 50, coincidentPeakMW: Infinity, thermalMW: [30], solarMWac: 0 });
    expect(result.kind).toBe('short');
    if (result.kind !== 'short') return;
    expect(result.shortHours).toEqual([0, 1]);
    expect(Array.from(result.capacityShortMW)).toEqual([20, 20]);
  });
});
