import type { SimulationSummary } from '../../power-model/simulate';
import { formatBcf, formatBillChange, formatEnergyMWh, formatMW, formatPercent, formatTonnes, formatUSD, formatUSDPerMWh } from '../format';
import { unservedFlagText } from './served';
import { SUMMARY_SHEET_ROWS } from '../trace/trace';
import { availability, timeToPowerStatus } from './headline';

/**
 * One compared figure: how to read it from a summary, how to show it, and which way is better.
 * `perServed`: a figure per MWh served, which flatters a scenario that serves less, so a flagged
 * scenario (more than 0.1% unserved) is never marked best on it and its cell carries the flag.
 */
export type CompareMetric = {
  id: string;
  label: string;
  value: (s: SimulationSummary, billChange: number | null) => number | null;
  format: (v: number) => string;
  better: 'lower' | 'higher';
  sheetRow?: string;
  perServed?: boolean;
};

/** Years from the first phase until demand is fully met; 0 when on time. */
function yearsLate(s: SimulationSummary): number {
  const first = s.timeToPower[0]?.year;
  if (timeToPowerStatus(s).onTime || first === undefined) return 0;
  return s.firstYearFullyMet === null ? Number.POSITIVE_INFINITY : s.firstYearFullyMet - first;
}

export const COMPARE_METRICS: CompareMetric[] = [
  { id: 'annual-cost', label: 'Annual cost', value: (s) => s.annualCostUSD, format: (v) => `${formatUSD(v)}/yr`, better: 'lower', sheetRow: SUMMARY_SHEET_ROWS.annualCostUSD },
  { id: 'lcoe', label: 'Cost per MWh served', value: (s) => s.lcoeUSDPerMWh, format: formatUSDPerMWh, better: 'lower', sheetRow: SUMMARY_SHEET_ROWS.lcoeUSDPerMWh, perServed: true },
  { id: 'cost-per-load', label: 'Cost per MWh of load (unserved at VOLL)', value: (s) => s.costPerMWhLoadUSDPerMWh, format: formatUSDPerMWh, better: 'lower', sheetRow: SUMMARY_SHEET_ROWS.costPerMWhLoadUSDPerMWh },
  { id: 'unserved-energy', label: 'Unserved energy per year', value: (s) => s.unservedEnergyMWh, format: formatEnergyMWh, better: 'lower' },
  { id: 'unserved-hours', label: 'Hours with unserved load', value: (s) => s.unservedHours, format: (v) => `${v.toLocaleString('en-US')} h`, better: 'lower' },
  { id: 'capex', label: 'Capital cost', value: (s) => s.capexUSD, format: formatUSD, better: 'lower', sheetRow: SUMMARY_SHEET_ROWS.capexUSD },
  { id: 'co2', label: 'CO2 per year', value: (s) => s.co2Tonnes, format: formatTonnes, better: 'lower', sheetRow: SUMMARY_SHEET_ROWS.co2Tonnes },
  { id: 'gas', label: 'Gas use per year', value: (s) => s.fuelMMBtu, format: formatBcf, better: 'lower', sheetRow: SUMMARY_SHEET_ROWS.fuelMMBtu },
  { id: 'availability', label: 'Load served (energy)', value: availability, format: formatPercent, better: 'higher' },
  { id: 'grid-peak', label: 'Grid peak', value: (s) => s.gridPeakMW, format: formatMW, better: 'lower' },
  { id: 'bill-change', label: 'Residential bill change', value: (_s, bill) => bill, format: formatBillChange, better: 'lower' },
  { id: 'years-late', label: 'Time-to-power: years late', value: yearsLate, format: (v) => (Number.isFinite(v) ? `${v} yr` : 'not met'), better: 'lower' },
];

export type CompareCell = { text: string; delta: string | null; rank: 'best' | 'worst' | null };

/**
 * A metric across scenarios: each cell's text, its difference from the first scenario (the
 * reference) and whether it is the best or the worst; equal values are neither.
 */
export function compareRow(metric: CompareMetric, items: readonly { summary: SimulationSummary; billChange: number | null }[]): CompareCell[] {
  const values = items.map((i) => metric.value(i.summary, i.billChange));
  // On a per-MWh-served figure a flagged scenario competes for neither best nor worst.
  const ranked = values.map((v, i) => (metric.perServed === true && items[i]?.summary.unservedFlag ? null : v));
  const known = ranked.filter((v): v is number => v !== null && !Number.isNaN(v));
  const lo = Math.min(...known);
  const hi = Math.max(...known);
  const distinct = known.length > 1 && hi !== lo;
  const reference = values[0] ?? null;
  return values.map((v, i) => {
    const flag = metric.perServed === true ? unservedFlagText(items[i]?.summary ?? { unservedFlag: false, unservedShare: 0 }) : null;
    if (v === null || Number.isNaN(v)) return { text: flag ? `— ${flag}` : '—', delta: null, rank: null };
    const r = ranked[i] ?? null;
    const best = metric.better === 'lower' ? lo : hi;
    const rank = !distinct || r === null ? null : r === best ? 'best' : r === (metric.better === 'lower' ? hi : lo) ? 'worst' : null;
    let delta: string | null = null;
    if (i > 0 && reference !== null && Number.isFinite(v) && Number.isFinite(reference) && v !== reference) {
      const d = v - reference;
      delta = `${d > 0 ? '+' : '−'}${metric.format(Math.abs(d)).replace(/^[+−±]/, '')}`;
    }
    return { text: flag ? `${metric.format(v)} ${flag}` : metric.format(v), delta, rank };
  });
}
