import type { PortfolioTimeToPowerYear } from '../../power-model/portfolio/time-to-power';
import type { SimulationSummary } from '../../power-model/simulate';
import { durationCurve, HOURS_PER_WEEK, HOURS_PER_YEAR, hourToUnixSeconds, monthlyEnergyMWh, MONTH_LABELS, SUPPLY_LAYERS, weekStartHour, type Hourly } from './series';
import type { ChartSpec } from './spec';
import type { SimulateResponse } from '../../api/schemas/model';

type MonthlySupplyMWh = SimulateResponse['monthlyEnergyMWh'];
import { COST_LINE_SHEET_ROWS } from '../trace/trace';

/** Supply to the load for `hours` hours from `start`, stacked by source (MW). */
function dispatchSpec(hourly: Hourly, year: number, start: number, hours: number, title: string): ChartSpec {
  const end = Math.min(start + hours, HOURS_PER_YEAR);
  const x: number[] = [];
  for (let h = start; h < end; h++) x.push(hourToUnixSeconds(year, h));
  return {
    title,
    kind: 'stacked-area',
    x,
    xTime: true,
    xLabel: `${year}`,
    yLabel: 'MW',
    series: SUPPLY_LAYERS.map((layer) => ({ label: layer.label, color: layer.color, values: Array.from(hourly[layer.key].subarray(start, end)) })),
  };
}

/** One week (168 h) of hourly dispatch; week 0 starts January 1. */
export function dispatchWeekSpec(hourly: Hourly, year: number, week: number): ChartSpec {
  const start = weekStartHour(week);
  return dispatchSpec(hourly, year, start, HOURS_PER_WEEK, `Hourly dispatch, week ${week + 1} of ${year}`);
}

/** The whole year, 8760 hours; drag across it to zoom, double-click to zoom out. */
export function dispatchYearSpec(hourly: Hourly, year: number): ChartSpec {
  return dispatchSpec(hourly, year, 0, HOURS_PER_YEAR, `Hourly dispatch, full year ${year}`);
}

/** Facility load and grid import (to load and to battery), each sorted from highest to lowest hour. */
export function loadDurationSpec(hourly: Hourly): ChartSpec {
  const gridImport = hourly.gridToLoadMW.map((v, h) => v + (hourly.gridToBatteryMW[h] ?? 0));
  return {
    title: 'Load-duration curve',
    kind: 'lines',
    x: Array.from({ length: hourly.facilityMW.length }, (_, h) => h + 1),
    xTime: false,
    xLabel: 'hours of the year at or above',
    yLabel: 'MW',
    series: [
      { label: 'Facility load', color: '#6c3fb5', values: durationCurve(hourly.facilityMW) },
      { label: 'Grid import', color: '#5b7fb8', values: durationCurve(gridImport) },
    ],
  };
}

/** Energy served each month by source (GWh), stacked, from the hourly series. */
export function monthlyEnergySpec(hourly: Hourly): ChartSpec {
  return monthlyEnergySpecOf(Object.fromEntries(SUPPLY_LAYERS.map((layer) => [layer.key, monthlyEnergyMWh(hourly[layer.key])])) as MonthlySupplyMWh);
}

/** The same chart from each source's energy per month (MWh), as every simulate answer carries it. */
export function monthlyEnergySpecOf(monthly: MonthlySupplyMWh): ChartSpec {
  return {
    title: 'Monthly energy by source',
    kind: 'stacked-bars',
    x: MONTH_LABELS.map((_, i) => i),
    xTime: false,
    xLabels: MONTH_LABELS,
    xLabel: 'month',
    yLabel: 'GWh',
    series: SUPPLY_LAYERS.map((layer) => ({ label: layer.label, color: layer.color, values: monthly[layer.key].map((mwh) => mwh / 1000) })),
  };
}

export const COST_LINES = [
  { key: 'annualizedCapexUSDPerYear', label: 'Capital (annualized)', color: '#4b5d7a' },
  { key: 'fixedOMUSDPerYear', label: 'Fixed O&M', color: '#8a6fc4' },
  { key: 'variableOMUSDPerYear', label: 'Variable O&M', color: '#c46fa8' },
  { key: 'fuelUSDPerYear', label: 'Fuel', color: '#d97a2b' },
  { key: 'gridEnergyUSDPerYear', label: 'Grid energy', color: '#5b7fb8' },
  { key: 'demandChargeUSDPerYear', label: 'Demand charges', color: '#2f9fb3' },
  { key: 'capacityUSDPerYear', label: 'Capacity', color: '#7aa33a' },
  { key: 'transmissionUSDPerYear', label: 'Transmission (CP demand)', color: '#3f8f6b' },
  { key: 'standbyUSDPerYear', label: 'Standby (backup grid)', color: '#a3a33a' },
] as const satisfies readonly { key: keyof SimulationSummary['annualCostLinesUSDPerYear']; label: string; color: string }[];

/** Annual cost (USD M/yr) of one or more scenarios: one bar each, stacked by cost line. */
export function costBreakdownSpec(results: readonly { label: string; summary: SimulationSummary }[]): ChartSpec {
  return {
    title: 'Annual cost breakdown',
    kind: 'stacked-bars',
    x: results.map((_, i) => i),
    xTime: false,
    xLabels: results.map((r) => r.label),
    xLabel: 'scenario',
    yLabel: 'USD M/yr',
    series: COST_LINES.map((c) => ({ label: c.label, color: c.color, values: results.map((r) => r.summary.annualCostLinesUSDPerYear[c.key] / 1e6), sheetRow: COST_LINE_SHEET_ROWS[c.key] })),
  };
}

/** Demand against energizable supply by year (MW): the one chart shape both time-to-power views draw. */
function demandSupplySpec(title: string, years: readonly number[], demand: { label: string; values: number[] }, supply: { label: string; values: number[] }): ChartSpec {
  return {
    title,
    kind: 'lines',
    x: [...years],
    xTime: false,
    xLabel: 'year',
    yLabel: 'MW',
    series: [
      { label: demand.label, color: '#6c3fb5', values: demand.values },
      { label: supply.label, color: '#3aa57a', values: supply.values },
    ],
  };
}

/** Demand and energizable supply by year (MW) for one site. */
export function timeToPowerSpec(rows: readonly SimulationSummary['timeToPower'][number][], title: string): ChartSpec {
  return demandSupplySpec(
    title,
    rows.map((r) => r.year),
    { label: 'Demand', values: rows.map((r) => r.demandMW) },
    { label: 'Energizable', values: rows.map((r) => r.availableMW) },
  );
}

/**
 * The portfolio's time-to-power chart from the engine's sum (power-model/portfolio): demand and the
 * demand the sites can energize, each site's supply capped at its own demand, so the chart shows
 * the same shortfall as the table's sites.
 */
export function portfolioTimeToPowerSpec(rows: readonly PortfolioTimeToPowerYear[], title: string): ChartSpec {
  return demandSupplySpec(
    title,
    rows.map((r) => r.year),
    { label: 'Demand (facility MW at design PUE)', values: rows.map((r) => r.demandMW) },
    { label: 'Energizable toward demand (each site capped at its own)', values: rows.map((r) => r.energizableMW) },
  );
}
