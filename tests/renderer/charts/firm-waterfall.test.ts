import { describe, expect, it } from 'vitest';
import type { FirmCapacityResponse } from '../../../src/api/schemas/firm-capacity';
import { waterfallBars, waterfallScale } from '../../../src/renderer/charts/firm-waterfall';

/** The made-up site of tests/power-model/thermal/firm-capacity.test.ts, its waterfall worked by hand there. */
const firm: FirmCapacityResponse = {
  siteId: 'x',
  scenarioId: 'y',
  year: 2030,
  nameplateMW: 340,
  designTempC: 40,
  ambientLossMW: 39.5,
  deratedMW: 300.5,
  elevationM: 600,
  elevationSource: 'test',
  altitudeLossMW: 18.375,
  altitudeDeratedMW: 282.125,
  reserveUnits: 1,
  largestUnitsMW: 81.375,
  reserveFirmMW: 200.75,
  limits: { fuelMMBtuPerHour: null, pipelineFirmMW: 200.75, pipelineLossMW: 0, needHours: 8760, needMWh: 1_314_070, permitBinding: null, permitFirmMW: 200.75, permitLossMW: 0 },
  firmMW: 200.75,
  gridImportLimitMW: 0,
  blocks: [],
  smallestMargin: { hour: 5010, dryBulbC: 40, loadMW: 220, firmSupplyMW: 200.75, marginMW: -19.25 },
  notCounted: [],
};

describe('the firm-capacity waterfall', () => {
  it('steps down from nameplate through heat, altitude and N+k to firm, each loss starting where the last ended', () => {
    const bars = waterfallBars(firm);
    expect(bars.map((b) => b.label)).toEqual(['Nameplate', 'Heat, 40.0 °C', 'Altitude, 600 m', 'N+1 out', 'Firm']);
    expect(bars.map((b) => [b.fromMW, b.toMW])).toEqual([
      [0, 340],
      [340, 300.5],
      [300.5, 282.125],
      [282.125, 200.75],
      [0, 200.75],
    ]);
  });

  it('adds a fuel step and a permit step when the scenario sets such limits, each from where the last ended', () => {
    // The figures of tests/power-model/thermal/firm-limits.test.ts: 175 → 144 (fuel) → 40 MW (NOx).
    const limited: FirmCapacityResponse = {
      ...firm,
      reserveFirmMW: 175,
      limits: { fuelMMBtuPerHour: 1500, pipelineFirmMW: 144, pipelineLossMW: 31, needHours: 8760, needMWh: 438_070, permitBinding: 'noxTonsPerYear', permitFirmMW: 40, permitLossMW: 104 },
      firmMW: 40,
    };
    const bars = waterfallBars(limited);
    expect(bars.map((b) => b.label)).toEqual(['Nameplate', 'Heat, 40.0 °C', 'Altitude, 600 m', 'N+1 out', 'Fuel, design day', 'Permits', 'Firm']);
    expect(bars.slice(3).map((b) => [b.fromMW, b.toMW])).toEqual([
      [282.125, 175],
      [175, 144],
      [144, 40],
      [0, 40],
    ]);
  });

  it('puts 0 MW on the baseline and the nameplate at the top', () => {
    const y = waterfallScale(340, 40, 250);
    expect(y(0)).toBe(250);
    expect(y(340)).toBe(40);
    // Half the nameplate is half-way: 250 − 210 × 0.5 = 145.
    expect(y(170)).toBe(145);
  });
});
