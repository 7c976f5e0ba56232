import type { SimulationSummary } from '../../power-model/simulate';

export type PortfolioTotals = { facilityPeakMW: number; energyMWh: number; fuelMMBtu: number; co2Tonnes: number; capexUSD: number; annualCostUSD: number };

/** Sums over sites. Facility peaks add as if coincident, the conservative reading for a grid planner. */
export function portfolioTotals(summaries: readonly SimulationSummary[]): PortfolioTotals {
  const totals: PortfolioTotals = { facilityPeakMW: 0, energyMWh: 0, fuelMMBtu: 0, co2Tonnes: 0, capexUSD: 0, annualCostUSD: 0 };
  for (const s of summaries) {
    totals.facilityPeakMW += s.facilityPeakMW;
    totals.energyMWh += s.energyMWh;
    totals.fuelMMBtu += s.fuelMMBtu;
    totals.co2Tonnes += s.co2Tonnes;
    totals.capexUSD += s.capexUSD;
    totals.annualCostUSD += s.annualCostUSD;
  }
  return totals;
}
