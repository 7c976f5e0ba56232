import { MAX_SITE_MW, MAX_SITE_MWH_PER_YEAR, rangeText, inRange, type Range } from '../limits';
import { GRID_LIMITS } from '../grid/limits';
import { SheetError } from '../sheets/types';
import { FINANCE_DEFAULTS } from './sheet';

/**
 * What each economics-sheet input accepts when a user overrides it (scenario `overrides`,
 * assumption edits). The bounds keep every formula of the sheet finite and meaningful:
 * - `discountRate` > 0: the capital recovery factor r(1+r)^n / ((1+r)^n − 1) is 0/0 at r = 0 and
 *   the NPV annuity divides by (r − e); at most 1 (100 %/yr).
 * - `lifetimeYears`, `horizonYears` ≥ 1: at 0 the CRF divides by zero; at most 100 years.
 * - `escalationRate`: −50 %..100 %/yr; it must differ from the discount rate (see below).
 * - `gasPriceUSDPerMMBtu` 0..2000: above the highest daily hub prices of Winter Storm Uri
 *   (February 2021, over 1,000 USD/MMBtu at some Midcontinent hubs; EIA Today in Energy,
 *   https://www.eia.gov/todayinenergy/detail.php?id=46836).
 * - `gasCo2KgPerMMBtu` 0..200: every fuel in 40 CFR 98 Table C-1 emits under 110 kg/MMBtu.
 * - the grid's figures (carbon, demand charge, capacity price, upgrade) as the grid model takes
 *   them (grid/limits.ts).
 * - energies up to MAX_SITE_MWH_PER_YEAR, capacities up to 10 × MAX_SITE_MW (limits.ts).
 * Everything else a user overrides is a cost or quantity and may not be negative.
 */
const FIXED_INPUTS: Readonly<Record<string, Range>> = {
  discountRate: { min: 0, max: 1, minExclusive: true },
  lifetimeYears: { min: 1, max: 100 },
  horizonYears: { min: 1, max: 100 },
  escalationRate: { min: -0.5, max: 1 },
  gasPriceUSDPerMMBtu: { min: 0, max: 2000 },
  gasCo2KgPerMMBtu: { min: 0, max: 200 },
  gridCarbonKgPerMWh: GRID_LIMITS.carbonKgPerMWh,
  demandChargeUSDPerKWMonth: GRID_LIMITS.demandChargeUSDPerKWMonth,
  capacityPriceUSDPerMWDay: GRID_LIMITS.capacityPriceUSDPerMWDay,
  transmissionUpgradeUSD: GRID_LIMITS.transmissionUpgradeUSD,
  transmissionShareLoad: { min: 0, max: 1 },
  servedEnergyMWhPerYr: { min: 0, max: MAX_SITE_MWH_PER_YEAR },
  gridEnergyMWhPerYr: { min: 0, max: MAX_SITE_MWH_PER_YEAR },
  fuelMMBtuPerYr: { min: 0, max: MAX_SITE_MWH_PER_YEAR * 20 },
  gridEnergyCostUSDPerYr: { min: -1e13, max: 1e13 },
  billedDemandAvgMW: { min: 0, max: 10 * MAX_SITE_MW },
  coincidentPeakMW: { min: 0, max: 10 * MAX_SITE_MW },
};

/** Per-asset inputs (`<asset>CapacityMW`, `<asset>CapexUSDPerKW`, …) by the suffix of their name. */
const ASSET_INPUT_SUFFIXES: readonly (readonly [string, Range])[] = [
  ['CapacityMW', { min: 0, max: 10 * MAX_SITE_MW }],
  ['CapexUSDPerKW', { min: 0, max: 100_000 }],
  ['FixedOmUSDPerKWYr', { min: 0, max: 10_000 }],
  ['VariableOmUSDPerMWh', { min: 0, max: 10_000 }],
  ['EnergyMWhPerYr', { min: 0, max: MAX_SITE_MWH_PER_YEAR }],
];

/** The range an override of `name` must lie in; undefined for a name that is no input of the sheet's families (the sheet itself then decides). */
export function economicsInputRange(name: string): Range | undefined {
  const fixed = FIXED_INPUTS[name];
  if (fixed) return fixed;
  const suffix = ASSET_INPUT_SUFFIXES.find(([s]) => name.endsWith(s) && name.length > s.length);
  return suffix?.[1];
}

/**
 * Refuses overrides the sheet could not evaluate into finite, meaningful numbers: each in its
 * range (above), and a discount rate equal to the escalation rate (the NPV annuity divides by
 * their difference). A SheetError names the override.
 */
export function checkEconomicsOverrides(overrides: Readonly<Record<string, number>>): void {
  for (const [name, value] of Object.entries(overrides)) {
    const range = economicsInputRange(name);
    if (range && !inRange(value, range)) {
      throw new SheetError(`override "${name}" ${rangeText(range)}, got ${value}`, { sheetId: 'economics', inputName: name });
    }
  }
  const discountRate = overrides.discountRate ?? FINANCE_DEFAULTS.discountRate.value;
  const escalationRate = overrides.escalationRate ?? FINANCE_DEFAULTS.escalationRate.value;
  if (Math.abs(discountRate - escalationRate) < 1e-9) {
    const name = 'escalationRate' in overrides ? 'escalationRate' : 'discountRate';
    throw new SheetError(`override "${name}": the discount rate (${discountRate}) and the escalation rate (${escalationRate}) must differ (the NPV divides by their difference)`, { sheetId: 'economics', inputName: name });
  }
}
