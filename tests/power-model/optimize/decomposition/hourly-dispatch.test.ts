import { describe, expect, it } from 'vitest';
import { dispatchPass, newRecord, type HourlyDispatchProblem } from '../../../../src/power-model/optimize/decomposition/hourly-dispatch';

// Three hours worked by hand. Load 100, 300, 50 MW; solar 0, 0.5, 1 MW/MWac with S = 100 MWac, so
// load − solar = 100, 250, −50 MW. Sources: thermal A at 20 USD/MWh (80 MW), grid at 30 (120 MW),
// thermal B at 50 (200 MW).
const problem = (loadMW: number[]): HourlyDispatchProblem => ({
  weight: Float64Array.from([1, 1, 1]),
  loadMW: Float64Array.from(loadMW),
  solarMWPerMWac: Float64Array.from([0, 0.5, 1]),
  gridPriceUSDPerMWh: Float64Array.from([30, 30, 30]),
  coincidentPeak: null,
  thermalCostUSDPerMWh: [20, 50],
  thermalAvailable: [null, null],
  unservedCostUSDPerMWh: null,
  annualRow: null,
});
const capacities = { gridMW: 120, coincidentPeakMW: Infinity, thermalMW: [80, 200], solarMWac: 100 };
const cheapestFirst = { costWeight: 1, resourceWeight: 0, tieOn: 'resource', tieAscending: true } as const;

describe('dispatchPass', () => {
  it('fills each hour in merit order and returns its hand-worked duals and subgradient', () => {
    // Hour 0 (100 MW): A 80 + grid 20; grid is marginal, π = 30, A earns 30 − 20 = 10.
    // Hour 1 (250 MW): A 80 + grid 120 + B 50; B is marginal, π = 50, A earns 30, the grid 20.
    // Hour 2: solar covers it, π = 0.
    // Cost 80·20 + 20·30 + 80·20 + 120·30 + 50·50 = 9,900 USD. Gradient: A −(10 + 30) = −40,
    // grid −20, B 0, solar −π₁·0.5 = −25 (one more MWac takes 0.5 MW of B off hour 1).
    const record = newRecord(3, 2);
    const pass = dispatchPass(problem([100, 300, 50]), capacities, cheapestFirst, record);
    expect(pass.costUSD).toBeCloseTo(9900, 9);
    expect(pass.shortHours).toEqual([]);
    expect(Array.from(record.balanceDual)).toEqual([30, 50, 0]);
    expect(Array.from(record.gridMW)).toEqual([20, 120, 0]);
    expect(Array.from(record.thermalMW[0] ?? [])).toEqual([80, 80, 0]);
    expect(Array.from(record.thermalMW[1] ?? [])).toEqual([0, 50, 0]);
    expect(pass.gradient.thermalMW).toEqual([-40, 0]);
    expect(pass.gradient.gridMW).toBe(-20);
    expect(pass.gradient.solarMWac).toBe(-25);
  });

  it('reports an hour that no capacity can cover', () => {
    // Hour 1 at 500 MW: 500 − 50 solar = 450 MW > 80 + 120 + 200 = 400 MW.
    const pass = dispatchPass(problem([100, 500, 50]), capacities, cheapestFirst, null);
    expect(pass.shortHours).toEqual([1]);
  });

  it('holds the grid to the coincident-peak draw at peak hours and charges the rent to that column', () => {
    // Hour 1 is a coincident peak with the peak draw at 60 MW < 120: A 80 + grid 60 + B 110, B
    // marginal (π = 50); the grid's rent 20 goes to the peak column, not to the grid capacity.
    const peakHour = { ...problem([100, 300, 50]), coincidentPeak: Uint8Array.from([0, 1, 0]) };
    const record = newRecord(3, 2);
    const pass = dispatchPass(peakHour, { ...capacities, coincidentPeakMW: 60 }, cheapestFirst, record);
    expect(record.gridMW[1]).toBe(60);
    expect(record.thermalMW[1]?.[1]).toBe(110);
    expect(pass.gradient.coincidentPeakMW).toBe(-20);
    expect(pass.gradient.gridMW).toBe(0);
  });

  it('caps a derated technology at f × its capacity each hour and scales its rent by f', () => {
    // A derated to 0.5 in hour 1 (a hot afternoon): 40 MW of its 80. Hour 1 (250 MW): A 40 +
    // grid 120 + B 90; B marginal, π = 50; A earns (50 − 20) × 0.5 = 15 per MW built, the grid 20.
    // Hour 0 as before (A 80 full at f = 1, earns 10). Gradient of A: −(10 + 15) = −25.
    const hot = { ...problem([100, 300, 50]), thermalAvailable: [Float64Array.from([1, 0.5, 1]), null] };
    const record = newRecord(3, 2);
    const pass = dispatchPass(hot, capacities, cheapestFirst, record);
    expect(Array.from(record.thermalMW[0] ?? [])).toEqual([80, 40, 0]);
    expect(Array.from(record.thermalMW[1] ?? [])).toEqual([0, 90, 0]);
    expect(pass.gradient.thermalMW).toEqual([-25, 0]);
    // Cost 80·20 + 20·30 + 40·20 + 120·30 + 90·50 = 11,100 USD.
    expect(pass.costUSD).toBeCloseTo(11_100, 9);
  });
});
