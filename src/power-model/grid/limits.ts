import { MAX_SITE_MW, type Range } from '../limits';

/**
 * What the grid model accepts (`validateGrid` in supply.ts; the site schema and the economics
 * overrides are built from the same table):
 * - `poiMW`: an import limit, 0..10 × MAX_SITE_MW (limits.ts).
 * - `energyUSDPerMWh`: −10,000..100,000 USD/MWh, ten times past the US market offer limits
 *   (ERCOT's 5,000 USD/MWh cap and −250 floor, PUCT 16 TAC §25.505; FERC Order 831's
 *   2,000 USD/MWh verified-offer ceiling); negative prices are real, so they are allowed.
 * - `demandChargeUSDPerKWMonth` 0..1000 and `capacityPriceUSDPerMWDay` 0..10,000: ten times the
 *   highest US figures (PJM's 2026/27 auction cap of 329 USD/MW-day).
 * - `transmissionUpgradeUSD` 0..1e12 (a trillion dollars: more than the whole US grid's annual capex).
 * - `carbonKgPerMWh` 0..2000: a lignite plant emits about 1,100 kg/MWh (EPA eGRID 2023).
 * - `minimumDemandFraction` 0..1.
 */
export const GRID_LIMITS = {
  poiMW: { min: 0, max: 10 * MAX_SITE_MW },
  energyUSDPerMWh: { min: -10_000, max: 100_000 },
  demandChargeUSDPerKWMonth: { min: 0, max: 1000 },
  capacityPriceUSDPerMWDay: { min: 0, max: 10_000 },
  transmissionUpgradeUSD: { min: 0, max: 1e12 },
  carbonKgPerMWh: { min: 0, max: 2000 },
  minimumDemandFraction: { min: 0, max: 1 },
} as const satisfies Record<string, Range>;
