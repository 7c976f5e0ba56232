/** How a utility recovers a capital cost year by year. */
export type CapitalRecovery =
  /** Return on the net book value plus straight-line depreciation (cost-of-service ratemaking). */
  | { kind: 'front-loaded'; preTaxWaccPct: number; lifeYears: number; taxesInsurancePct: number }
  /** A constant fixed charge rate every year (the levelized equivalent). */
  | { kind: 'levelized'; fixedChargeRatePct: number };

/**
 * Revenue requirement, USD/yr, of `capexUSD` placed in service `ageYears` years ago (0 in its
 * first year), excluding O&M (rate-impact-method.md §2 and §7):
 *
 *   front-loaded: capex × (i × NBV/capex + 1/n + t), with NBV/capex = 1 − age / n the
 *                 straight-line net book value at the start of the year and t taxes and
 *                 insurance; nothing after age n. In year one this is capex × (i + 1/n + t),
 *                 the doc's RR_new_year1 plus taxes and insurance as in the FCR.
 *   levelized:    capex × FCR every year.
 *
 * i = pre-tax WACC, n = book life in years. The front-loaded form is why a new plant raises
 * rates most in its first years, and why a load that leaves early strands a large balance.
 */
export function capitalRevenueRequirementUSD(capexUSD: number, ageYears: number, recovery: CapitalRecovery): number {
  if (recovery.kind === 'levelized') return (capexUSD * recovery.fixedChargeRatePct) / 100;
  const { preTaxWaccPct, lifeYears, taxesInsurancePct } = recovery;
  if (ageYears >= lifeYears) return 0;
  const netBookFraction = 1 - ageYears / lifeYears;
  return capexUSD * ((preTaxWaccPct / 100) * netBookFraction + 1 / lifeYears + taxesInsurancePct / 100);
}

/**
 * Capacity built by vintage as a load ramps: each year builds max(0, need − built so far),
 * never retiring. Returns the MW added in each year.
 */
export function capacityVintagesMW(needMWByYear: readonly number[]): number[] {
  let builtMW = 0;
  return needMWByYear.map((needMW) => {
    const addedMW = Math.max(0, needMW - builtMW);
    builtMW += addedMW;
    return addedMW;
  });
}
