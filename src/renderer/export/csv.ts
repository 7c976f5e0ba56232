import type { SimulationSummary } from '../../power-model/simulate';
import { roundField } from '../../api/export-rounding';
import { COST_LINES } from '../charts/site-charts';

/** RFC 4180 field: quoted when it holds a comma, quote or line break; quotes doubled. */
export function csvField(value: string | number | null, name = ''): string {
  if (value === null) return '';
  if (typeof value === 'number' && name !== '' && Number.isFinite(value)) return String(roundField(name, value));
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows under a header; numbers are rounded for the unit their column's name ends in (export-rounding.ts). */
export function csvLines(rows: readonly (readonly (string | number | null)[])[]): string {
  const header = rows[0] ?? [];
  return rows.map((r, i) => r.map((v, c) => csvField(v, i === 0 ? '' : String(header[c] ?? ''))).join(',')).join('\r\n') + '\r\n';
}

/** The scalar fields of a summary, in their engine names (units in the names), one column each. */
const SUMMARY_FIELDS = [
  'siteId', 'scenarioId', 'strategy', 'year', 'designYear', 'installedItMW', 'facilityPeakMW', 'energyMWh', 'gridEnergyMWh',
  'solarEnergyMWh', 'solarCurtailedMWh', 'thermalEnergyMWh', 'batteryDischargeMWh', 'servedEnergyMWh', 'servedShare', 'unservedEnergyMWh', 'unservedHours', 'unservedFlag',
  'fuelMMBtu', 'co2Tonnes', 'co2IntensityKgPerMWh', 'gridPeakMW', 'gridImportLimitMW', 'solarMWac', 'batteryPowerMW',
  'batteryEnergyMWh', 'capexUSD', 'annualCostUSD', 'lcoeUSDPerMWh', 'vollUSDPerMWh', 'unservedValueUSD', 'costPerMWhLoadUSDPerMWh', 'npvUSD', 'firstYearFullyMet',
] as const satisfies readonly (keyof SimulationSummary)[];

/**
 * One row per simulated site × scenario with the headline figures and every annual cost line
 * (`annualizedCapexUSDPerYear`, …), plus any extra columns (e.g. `billChangeUSDPerMonth`) the caller has.
 */
export function summaryCsv(summaries: readonly SimulationSummary[], extra: Record<string, readonly (number | null)[]> = {}): string {
  const costKeys = COST_LINES.map((c) => c.key);
  const extraKeys = Object.keys(extra);
  const header = [...SUMMARY_FIELDS, ...costKeys, ...extraKeys];
  const rows = summaries.map((s, i) => [...SUMMARY_FIELDS.map((f) => csvValue(s[f])), ...costKeys.map((k) => s.annualCostLinesUSDPerYear[k]), ...extraKeys.map((k) => extra[k]?.[i] ?? null)]);
  return csvLines([header, ...rows]);
}

/** A summary field as a CSV cell: a flag as 1/0, so the column stays numeric. */
function csvValue(v: string | number | boolean | null): string | number | null {
  return typeof v === 'boolean' ? (v ? 1 : 0) : v;
}
