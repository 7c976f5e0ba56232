/** A result leaves more than this share of its load unserved: flagged wherever it appears (0.1%). */
export const UNSERVED_FLAG_SHARE = 0.001;

/**
 * What every result carries about the load it did and did not serve, and the cost of delivered
 * power read two ways. Costs positive (src/power-model/conventions.ts).
 * - `servedShare` = served ÷ load (1 when there is no load); `unservedShare` = unserved ÷ load.
 * - `unservedFlag`: more than UNSERVED_FLAG_SHARE of the load is unserved.
 * - `lcoeUSDPerMWh`: annual cost ÷ MWh served; null when nothing is served (`lcoeNote` says why):
 *   a cost per MWh of nothing is undefined, never 0.
 * - `unservedValueUSD`: unserved MWh × VOLL, a year's cost of the lost load to the customer; not
 *   part of the annual cost paid.
 * - `costPerMWhLoadUSDPerMWh`: (annual cost + unserved value) ÷ MWh of load; null with no load.
 */
export type ServedBasis = {
  servedEnergyMWh: number;
  unservedEnergyMWh: number;
  unservedHours: number;
  servedShare: number;
  unservedShare: number;
  unservedFlag: boolean;
  lcoeUSDPerMWh: number | null;
  lcoeNote: string | null;
  vollUSDPerMWh: number;
  unservedValueUSD: number;
  costPerMWhLoadUSDPerMWh: number | null;
};

/** `workloadCurtailedMWh`: load a flexible grid curtailment left unserved, not served but valued at `workloadCurtailmentValueUSD` instead of the VOLL. */
export type ServedInput = { loadEnergyMWh: number; unservedEnergyMWh: number; unservedHours: number; annualCostUSD: number; vollUSDPerMWh: number; workloadCurtailedMWh?: number; workloadCurtailmentValueUSD?: number };

/** The served basis of one result or of a sum of results (the portfolio passes its sums). */
export function servedBasis(input: ServedInput): ServedBasis {
  const { loadEnergyMWh, unservedEnergyMWh, annualCostUSD, vollUSDPerMWh } = input;
  const workloadMWh = input.workloadCurtailedMWh ?? 0;
  const servedEnergyMWh = Math.max(0, loadEnergyMWh - unservedEnergyMWh - workloadMWh);
  // Float dust (1e-9 of a TWh) is not a served MWh: below 1 kWh counts as nothing.
  const served = servedEnergyMWh > 1e-3;
  const servedShare = loadEnergyMWh > 0 ? servedEnergyMWh / loadEnergyMWh : 1;
  // From the unserved energy itself, not 1 − servedShare, so 0.1% exactly is not flagged by float error.
  const unservedShare = loadEnergyMWh > 0 ? Math.min(unservedEnergyMWh, loadEnergyMWh) / loadEnergyMWh : 0;
  const unservedValueUSD = unservedEnergyMWh * vollUSDPerMWh;
  let lcoeNote: string | null = null;
  if (!served) {
    lcoeNote =
      loadEnergyMWh > 0
        ? `nothing served: all ${Math.round(loadEnergyMWh).toLocaleString('en-US')} MWh of load is unserved, so the ${Math.round(annualCostUSD).toLocaleString('en-US')} USD/yr buys no energy`
        : 'no load in this year: no phase is energized';
  }
  return {
    servedEnergyMWh,
    unservedEnergyMWh,
    unservedHours: input.unservedHours,
    servedShare,
    unservedShare,
    unservedFlag: unservedShare > UNSERVED_FLAG_SHARE,
    lcoeUSDPerMWh: served ? annualCostUSD / servedEnergyMWh : null,
    lcoeNote,
    vollUSDPerMWh,
    unservedValueUSD,
    costPerMWhLoadUSDPerMWh: loadEnergyMWh > 0 ? (annualCostUSD + unservedValueUSD + (input.workloadCurtailmentValueUSD ?? 0)) / loadEnergyMWh : null,
  };
}
