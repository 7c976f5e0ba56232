import type { LargeLoadInput } from './types';

export type LargeLoadBill = {
  /** Mean over the 12 months of the billed demand, MW. */
  billedDemandMW: number;
  energyUSD: number;
  demandUSD: number;
};

/**
 * The large load's annual bill under its tariff (rate-impact-method.md §7, "Minimum
 * (take-or-pay) demand"):
 *
 *   billed_m (MW) = max(actual_m, minimumDemandPct / 100 × contractMW)
 *   demandUSD     = Σ_m billed_m × 1000 × demandUSDPerKWMonth
 *   energyUSD     = gridEnergyMWh × energyUSDPerMWh
 *
 * actual_m is `monthlyPeakMW[m]` when given, else `gridPeakMW` every month. AEP Ohio's
 * data-center tariff (PUCO 24-0508-EL-ATA, July 2025) sets the minimum at 85 % of contract
 * capacity; DTE's Saline contracts at 80 %.
 */
export function largeLoadBill(load: LargeLoadInput): LargeLoadBill {
  const minimumMW = (load.tariff.minimumDemandPct / 100) * load.contractMW;
  const monthlyActualMW = load.monthlyPeakMW ?? Array.from({ length: 12 }, () => load.gridPeakMW);
  const billedMW = monthlyActualMW.map((actual) => Math.max(actual, minimumMW));
  const billedMWMonths = billedMW.reduce((sum, mw) => sum + mw, 0);
  return {
    billedDemandMW: billedMWMonths / 12,
    energyUSD: load.gridEnergyMWh * load.tariff.energyUSDPerMWh,
    demandUSD: billedMWMonths * 1000 * load.tariff.demandUSDPerKWMonth,
  };
}
