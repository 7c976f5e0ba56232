import { describe, expect, it } from 'vitest';
import { dispatchAtHour, hourLabel, hourMask, runningUnits } from '../../../src/renderer/scene/dispatch-at-hour';
import { fleetWith, hourlyWith, TEN_TURBINES } from './fixtures';

const TWO_BLOCKS = [
  { technologyId: 'ct', name: 'CT', kind: 'gas-turbine', units: 2, unitMW: 34, capacityMW: 68 },
  { technologyId: 'recip', name: 'Recip', kind: 'recip-engine', units: 5, unitMW: 10.3, capacityMW: 51.5 },
];

describe('dispatch at the scrubbed hour', () => {
  it('runs ceil(thermal MW ÷ unit MW) units', () => {
    // 100 / 34 = 2.94 → 3; exactly 68 MW → 2 (no extra unit for rounding noise); 0 MW → 0.
    expect(runningUnits(100, TEN_TURBINES)).toEqual([3]);
    expect(runningUnits(68, TEN_TURBINES)).toEqual([2]);
    expect(runningUnits(0, TEN_TURBINES)).toEqual([0]);
  });

  it('fills blocks in fleet order and never runs more units than a block has', () => {
    // 90 MW: both 34 MW CTs (68 MW), then ceil(22 / 10.3) = ceil(2.14) = 3 engines.
    expect(runningUnits(90, TWO_BLOCKS)).toEqual([2, 3]);
    // 500 MW exceeds the fleet: every unit runs.
    expect(runningUnits(500, TWO_BLOCKS)).toEqual([2, 5]);
  });

  it('reads the hour and derives the fractions that drive the scene', () => {
    const hourly = hourlyWith({ facilityMW: { 12: 400 }, solarToLoadMW: { 12: 150 }, solarToBatteryMW: { 12: 50 }, gridToLoadMW: { 12: 250 }, batterySocMWh: { 12: 300 }, unservedMW: { 12: 0 } });
    const fleet = fleetWith({ solarMWac: 400, batteryPowerMW: 100, batteryEnergyMWh: 400, gridImportLimitMW: 500 });
    const d = dispatchAtHour(hourly, fleet, 12);
    // Solar (150 + 50) / 400 = 0.5; SoC 300 / 400 = 0.75; grid 250 / 500 = 0.5.
    expect(d.solarOutputFraction).toBeCloseTo(0.5, 12);
    expect(d.batterySocFraction).toBeCloseTo(0.75, 12);
    expect(d.gridFlowFraction).toBeCloseTo(0.5, 12);
    expect(d.facilityMW).toBe(400);
  });

  it('marks the hours a flexible grid connection is curtailed, and only those', () => {
    const hourly = { ...hourlyWith({ gridToLoadMW: { 4000: 840, 4001: 1200 } }), gridCurtailed: hourMask([4000, 4002, 9000, -1]) };
    expect(dispatchAtHour(hourly, fleetWith(), 4000).gridCurtailed).toBe(true);
    expect(dispatchAtHour(hourly, fleetWith(), 4001).gridCurtailed).toBe(false);
    expect(dispatchAtHour(hourly, fleetWith(), 4002).gridCurtailed).toBe(true);
    // Hours outside the year are ignored; without a mask no hour is curtailed.
    expect(Array.from(hourly.gridCurtailed).reduce((a, b) => a + b, 0)).toBe(2);
    expect(dispatchAtHour(hourlyWith({}), fleetWith(), 4000).gridCurtailed).toBe(false);
  });

  it('wraps hours outside the year and reuses the object it is given', () => {
    const hourly = hourlyWith({ facilityMW: { 0: 7, 8759: 9 } });
    const out = dispatchAtHour(hourly, fleetWith(), 3);
    expect(dispatchAtHour(hourly, fleetWith(), 8760, out)).toBe(out);
    expect(out.hour).toBe(0);
    expect(out.facilityMW).toBe(7);
    expect(dispatchAtHour(hourly, fleetWith(), -1).facilityMW).toBe(9);
  });

  it('labels hours with the date of a non-leap year', () => {
    // Hour 5442 = day 226 (0-based) → Jan 31 + Feb 28 + … + Jul 31 = 212 days, so Aug 15, 18:00.
    expect(hourLabel(5442)).toBe('Aug 15, 18:00');
    expect(hourLabel(0)).toBe('Jan 1, 00:00');
    expect(hourLabel(8759)).toBe('Dec 31, 23:00');
  });
});
