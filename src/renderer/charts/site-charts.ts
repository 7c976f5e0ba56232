import type { SimulationSummary } from '../../power-model/simulate';
import { durationCurve, HOURS_PER_WEEK, HOURS_PER_YEAR, hourToUnixSeconds, monthlyEnergyMWh, MONTH_LABELS, SUPPLY_LAYERS, weekStartHour, type Hourly } from './series';
import type { ChartSpec } from './spec';
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
    series: SUPPLY_LAYERS.map((layer) => ({ label: layer.label, color: layer.color, values: hourly[layer.key].slice(start, end) })),
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

/** Energy served each month by source (GWh), stacked. */
export function monthlyEnergySpec(hourly: Hourly): ChartSpec {
  return {
    title: 'Monthly energy by source',
    kind: 'stacked-bars',
    x: MONTH_LABELS.map((_, i) => i),
    xTime: false,
    xLabels: MONTH_LABELS,
    xLabel: 'month',
    yLabel: 'GWh',
    series: SUPPLY_LAYERS.map((layer) => ({ label: layer.label, color: layer.color, values: monthlyEnergyMWh(hourly[layer.key]).map((mwh) => mwh / 1000) })),
  };
}

export const COST_LINES = [
  { key: 'annualizedCapexUSD', label: 'Capital (annualized)', color: '#4b5d7a' },
  { key: 'fixedOmUSD', label: 'Fixed O&M', color: '#8a6fc4' },
  { key: 'variableOmUSD', label: 'Variable O&M', color: '#c46fa8' },
  { key: 'fuelUSD', label: 'Fuel', color: '#d97a2b' },
  { key: 'gridEnergyUSD', label: 'Grid energy', color: '#5b7fb8' },
  { key: 'demandChargeUSD', label: 'Demand charges', color: '#2f9fb3' },
  { key: 'capacityUSD', label: 'Capacity', color: '#7aa33a' },
  { key: 'transmissionUSD', label: 'Transmission (CP demand)', color: '#3f8f6b' },
  { key: 'standbyUSD', label: 'Standby (backup grid)', color: '#a3a33a' },
] as const satisfies readonly { key: keyof SimulationSummary['annualCostLinesUSD']; label: string; color: string }[];

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
    series: COST_LINES.map((c) => ({ label: c.label, color: c.color, values: results.map((r) => r.summary.annualCostLinesUSD[c.key] / 1e6), sheetRow: COST_LINE_SHEET_ROWS[c.key] })),
  };
}

/** Demand and energizable supply by year (MW) for one site or summed over a portfolio. */
export function timeToPowerSpec(rows: readonly SimulationSummary['timeToPower'][number][], title: string): ChartSpec {
  return {
    title,
    kind: 'lines',
    x: rows.map((r) => r.year),
    xTime: false,
    xLabel: 'year',
    yLabel: 'MW',
    series: [
      { label: 'Demand', color: '#6c3fb5', values: rows.map((r) => r.demandMW) },
      { label: 'Energizable', color: '#3aa57a', values: rows.map((r) => r.availableMW) },
    ],
  };
}

/**
 * Time-to-power summed by year over sites. Before a site's first year it adds nothing; after its
 * last year its last row carries on (the campus is built out and stays), so totals never dip
 * just because one site's horizon ends earlier.
 */
export function portfolioTimeToPower(summaries: readonly SimulationSummary[]): SimulationSummary['timeToPower'] {
  const years = [...new Set(summaries.flatMap((s) => s.timeToPower.map((r) => r.year)))].sort((a, b) => a - b);
  return years.map((year) => {
    const total = { year, demandMW: 0, availableMW: 0, shortfallMW: 0 };
    for (const s of summaries) {
      const row = s.timeToPower.filter((r) => r.year <= year).at(-1);
      if (!row) continue;
      total.demandMW += row.demandMW;
      total.availableMW += row.availableMW;
      total.shortfallMW += row.shortfallMW;
    }
    return total;
  });
}
