import { describe, expect, it } from 'vitest';
import { HOURLY_SERIES_NAMES } from '../../../src/api/schemas/model';
import { durationCurve, hourToUnixSeconds, monthlyEnergyMWh, weekStartHour, type Hourly } from '../../../src/renderer/charts/series';
import { dispatchWeekSpec, loadDurationSpec, monthlyEnergySpec, portfolioTimeToPowerSpec } from '../../../src/renderer/charts/site-charts';

function flatHourly(values: Partial<Record<keyof Hourly, number>>): Hourly {
  return Object.fromEntries(HOURLY_SERIES_NAMES.map((name) => [name, new Float64Array(8760).fill(values[name] ?? 0)])) as Hourly;
}

describe('site chart data', () => {
  it('starts week w at hour 168·w and keeps the last week inside the year', () => {
    expect(weekStartHour(0)).toBe(0);
    expect(weekStartHour(28)).toBe(4704);
    expect(weekStartHour(60)).toBe(51 * 168);
  });

  it('puts model hours on a UTC time axis starting January 1 of the year', () => {
    // 2028-01-01T00:00Z = 1830297600 s; hour 24 is one day later.
    expect(hourToUnixSeconds(2028, 0)).toBe(1_830_297_600);
    expect(hourToUnixSeconds(2028, 24)).toBe(1_830_297_600 + 86_400);
  });

  it('sums hourly MW into calendar-month MWh (31 days of 100 MW in January = 74,400 MWh)', () => {
    const months = monthlyEnergyMWh(new Array<number>(8760).fill(100));
    expect(months[0]).toBe(74_400);
    expect(months[1]).toBe(67_200);
    expect(months.reduce((a, b) => a + b, 0)).toBe(876_000);
  });

  it('sorts the load-duration curve from highest to lowest', () => {
    expect(durationCurve([3, 9, 1, 5])).toEqual([9, 5, 3, 1]);
    const hourly = flatHourly({ facilityMW: 500, gridToLoadMW: 200, gridToBatteryMW: 50 });
    const spec = loadDurationSpec(hourly);
    expect(spec.series[1]?.values[0]).toBe(250);
  });

  it('stacks a week of dispatch from grid up to unserved over 168 hours', () => {
    const spec = dispatchWeekSpec(flatHourly({ gridToLoadMW: 600, thermalToLoadMW: 400 }), 2028, 0);
    expect(spec.x).toHaveLength(168);
    expect(spec.series.map((s) => s.label)).toEqual(['Grid', 'Gas', 'Solar', 'Battery', 'Unserved']);
    expect(spec.title).toBe('Hourly dispatch, week 1 of 2028');
  });

  it('gives monthly energy in GWh per source', () => {
    const spec = monthlyEnergySpec(flatHourly({ solarToLoadMW: 10 }));
    // 10 MW × 744 h = 7,440 MWh = 7.44 GWh in January.
    expect(spec.series.find((s) => s.label === 'Solar')?.values[0]).toBeCloseTo(7.44, 9);
  });

  it('draws the engine’s portfolio time-to-power: demand and the demand the sites can energize', () => {
    const spec = portfolioTimeToPowerSpec(
      [
        { year: 2027, demandMW: 2000, energizableMW: 1200, shortfallMW: 800, sitesShort: 1 },
        { year: 2028, demandMW: 2000, energizableMW: 2000, shortfallMW: 0, sitesShort: 0 },
      ],
      'Portfolio',
    );
    expect(spec.series.map((s) => s.values)).toEqual([
      [2000, 2000],
      [1200, 2000],
    ]);
    // The energizable line never rises above demand: a surplus at one site cannot serve another.
    expect(spec.series[1]?.values.every((v, i) => v <= (spec.series[0]?.values[i] ?? 0))).toBe(true);
  });
});
