import type { SimulationSummary } from '../../power-model/simulate';
import type { FigureItem } from '../components/Figures';
import { formatBcf, formatBillChange, formatEnergyMWh, formatMW, formatPercent, formatTonnes, formatUSD, formatUSDPerMWh } from '../format';
import { SUMMARY_SHEET_ROWS, type TraceTarget } from '../trace/trace';
import { availability, timeToPowerStatus } from './headline';
import { servedText, unservedFlagText } from './served';

/** The headline figures of one simulated site × scenario, in the order a planner reads them. */
export function siteFigures(s: SimulationSummary, billChangeUSDPerMonth: number | null, billIsEstimate = false, billNote?: string): FigureItem[] {
  const ttp = timeToPowerStatus(s);
  const trace = (row: string): TraceTarget => ({ siteId: s.siteId, scenarioId: s.scenarioId, row });
  const flag = unservedFlagText(s);
  const late = s.lateAssets.filter((a) => a.inService).map((a) => `${a.name} ${a.earliestYear}`);
  return [
    {
      id: 'lcoe',
      label: 'cost of delivered power per MWh served',
      value: s.lcoeUSDPerMWh === null ? 'undefined' : formatUSDPerMWh(s.lcoeUSDPerMWh),
      note: s.lcoeUSDPerMWh === null ? (s.lcoeNote ?? undefined) : (flag ?? undefined),
      tone: flag ? 'warn' : undefined,
      trace: s.lcoeUSDPerMWh === null ? undefined : trace(SUMMARY_SHEET_ROWS.lcoeUSDPerMWh),
    },
    {
      id: 'cost-per-load',
      label: `per MWh of load, unserved at VOLL ${formatUSDPerMWh(s.vollUSDPerMWh)}`,
      value: formatUSDPerMWh(s.costPerMWhLoadUSDPerMWh),
      note: s.unservedValueUSD > 0 ? `unserved energy worth ${formatUSD(s.unservedValueUSD)}/yr` : undefined,
      tone: flag ? 'warn' : undefined,
      trace: s.costPerMWhLoadUSDPerMWh === null ? undefined : trace(SUMMARY_SHEET_ROWS.costPerMWhLoadUSDPerMWh),
    },
    { id: 'served', label: 'load served', value: `${(s.servedShare * 100).toFixed(s.unservedFlag ? 1 : 2)}%`, note: servedText(s), tone: flag ? 'warn' : 'ok' },
    { id: 'bill-change', label: 'residential bill change', value: billChangeUSDPerMonth === null ? '—' : formatBillChange(billChangeUSDPerMonth), note: billChangeUSDPerMonth === null ? 'rate impact not available' : (billNote ?? `typical household, 4CP allocation${billIsEstimate ? '; rests on estimates' : ''}`) },
    { id: 'annual-cost', label: 'annual cost', value: `${formatUSD(s.annualCostUSD)}/yr`, trace: trace(SUMMARY_SHEET_ROWS.annualCostUSD) },
    { id: 'capex', label: 'capital cost', value: formatUSD(s.capexUSD), trace: trace(SUMMARY_SHEET_ROWS.capexUSD) },
    { id: 'co2', label: `CO2 per year (${Math.round(s.co2IntensityKgPerMWh)} kg/MWh)`, value: formatTonnes(s.co2Tonnes), trace: trace(SUMMARY_SHEET_ROWS.co2Tonnes) },
    { id: 'energy', label: `energy in ${s.year}${s.year === s.designYear ? ' (design year)' : ` (design year ${s.designYear})`}`, value: formatEnergyMWh(s.energyMWh) },
    { id: 'gas', label: 'gas use per year', value: formatBcf(s.fuelMMBtu), trace: trace(SUMMARY_SHEET_ROWS.fuelMMBtu) },
    { id: 'grid-peak', label: `grid peak (limit ${formatMW(s.gridImportLimitMW)})`, value: formatMW(s.gridPeakMW) },
    { id: 'availability', label: `availability (${s.unservedHours} h unserved)`, value: formatPercent(availability(s)), tone: s.unservedEnergyMWh > 0 ? 'warn' : 'ok' },
    { id: 'time-to-power', label: 'time-to-power', value: ttp.text, tone: ttp.onTime ? 'ok' : 'warn', note: late.length > 0 ? `counted in service in ${s.year}, online at the earliest: ${late.join(', ')}` : undefined },
  ];
}
