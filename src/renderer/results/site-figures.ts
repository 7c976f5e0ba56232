import type { SimulationSummary } from '../../power-model/simulate';
import type { FigureItem } from '../components/Figures';
import { formatBcf, formatBillChange, formatEnergyMWh, formatMW, formatPercent, formatTonnes, formatUSD, formatUSDPerMWh } from '../format';
import { SUMMARY_SHEET_ROWS, type TraceTarget } from '../trace/trace';
import { availability, timeToPowerStatus } from './headline';

/** The headline figures of one simulated site × scenario, in the order a planner reads them. */
export function siteFigures(s: SimulationSummary, billChangeUSDPerMonth: number | null, billIsEstimate = false, billNote?: string): FigureItem[] {
  const ttp = timeToPowerStatus(s);
  const trace = (row: string): TraceTarget => ({ siteId: s.siteId, scenarioId: s.scenarioId, row });
  return [
    { id: 'lcoe', label: 'levelized cost of delivered power', value: formatUSDPerMWh(s.lcoeUSDPerMWh), trace: trace(SUMMARY_SHEET_ROWS.lcoeUSDPerMWh) },
    { id: 'bill-change', label: 'residential bill change', value: billChangeUSDPerMonth === null ? '—' : formatBillChange(billChangeUSDPerMonth), note: billChangeUSDPerMonth === null ? 'rate impact not available' : (billNote ?? `typical household, 4CP allocation${billIsEstimate ? '; rests on estimates' : ''}`) },
    { id: 'annual-cost', label: 'annual cost', value: `${formatUSD(s.annualCostUSD)}/yr`, trace: trace(SUMMARY_SHEET_ROWS.annualCostUSD) },
    { id: 'capex', label: 'capital cost', value: formatUSD(s.capexUSD), trace: trace(SUMMARY_SHEET_ROWS.capexUSD) },
    { id: 'co2', label: `CO2 per year (${Math.round(s.co2IntensityKgPerMWh)} kg/MWh)`, value: formatTonnes(s.co2Tonnes), trace: trace(SUMMARY_SHEET_ROWS.co2Tonnes) },
    { id: 'energy', label: `energy in ${s.year}`, value: formatEnergyMWh(s.energyMWh) },
    { id: 'gas', label: 'gas use per year', value: formatBcf(s.fuelMMBtu), trace: trace(SUMMARY_SHEET_ROWS.fuelMMBtu) },
    { id: 'grid-peak', label: `grid peak (limit ${formatMW(s.gridImportLimitMW)})`, value: formatMW(s.gridPeakMW) },
    { id: 'availability', label: `availability (${s.unservedHours} h unserved)`, value: formatPercent(availability(s)), tone: s.unservedEnergyMWh > 0 ? 'warn' : 'ok' },
    { id: 'time-to-power', label: 'time-to-power', value: ttp.text, tone: ttp.onTime ? 'ok' : 'warn' },
  ];
}
