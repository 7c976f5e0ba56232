import { HOURS_PER_YEAR } from '../hours';
import { inRange, rangeText } from '../limits';
import { GRID_LIMITS } from './limits';
import type { GridTariff, HostSystemLoad } from './tariff';

/** Point-of-interconnection import limit from `year` on (the latest step at or before a year applies). */
export type PoiStep = { year: number; mw: number };

/**
 * Hourly grid energy price shape.
 * - flat: one price every hour.
 * - time-of-use: `onPeakUSDPerMWh` from onPeakStartHour to onPeakEndHour (local hours,
 *   end exclusive, every day), `offPeakUSDPerMWh` otherwise.
 * - series: an imported 8760 price series.
 */
export type GridPriceShape =
  | { kind: 'flat'; energyUSDPerMWh: number }
  | { kind: 'time-of-use'; offPeakUSDPerMWh: number; onPeakUSDPerMWh: number; onPeakStartHour: number; onPeakEndHour: number }
  | { kind: 'series'; priceUSDPerMWh: Float64Array };

/**
 * The grid as one site sees it.
 * - `poiSchedule`: import limit by year; empty for an off-grid site.
 * - `connectionYear`: no import before this year (a late or queued connection).
 * - `importAllowed`: false for an islanded scenario.
 * - `demandChargeUSDPerKWMonth`: on each month's billed demand.
 * - `minimumDemandFraction`: billed demand is at least this share of the import limit
 *   (AEP Ohio's data-center tariff: 85%; DTE's Saline contracts: 80%).
 * - `capacityPriceUSDPerMWDay`: on the load's coincident peak (PJM/MISO auctions; 0 in ERCOT).
 * - `transmissionUpgradeUSD` and `upgradePaidBy`: network upgrades the load triggers and who pays.
 * - `carbonKgPerMWh`: grid average emission rate (EPA eGRID).
 * - `tariff`: the market's transmission, capacity and standby charges and energy price shape
 *   (tariff.ts); `systemLoad`: the host system's hourly load whose peaks those charges read.
 *   Without a system load the coincident peak falls back to the temperature proxy (bill.ts).
 */
export type GridSpec = {
  poiSchedule: PoiStep[];
  connectionYear?: number;
  importAllowed: boolean;
  price: GridPriceShape;
  demandChargeUSDPerKWMonth: number;
  minimumDemandFraction: number;
  capacityPriceUSDPerMWDay: number;
  transmissionUpgradeUSD: number;
  upgradePaidBy: 'load' | 'ratepayers' | 'shared';
  carbonKgPerMWh: number;
  tariff?: GridTariff;
  systemLoad?: HostSystemLoad;
};

/** Import limit in `year`, MW: 0 when import is not allowed or before the connection year. */
export function importLimitMW(grid: GridSpec, year: number): number {
  if (!grid.importAllowed) return 0;
  if (grid.connectionYear !== undefined && year < grid.connectionYear) return 0;
  let limitMW = 0;
  let stepYear = -Infinity;
  for (const step of grid.poiSchedule) {
    if (step.year <= year && step.year >= stepYear) {
      stepYear = step.year;
      limitMW = step.mw;
    }
  }
  return limitMW;
}

/** The hourly price series of a shape, USD/MWh (8760 values). */
export function hourlyPriceUSDPerMWh(shape: GridPriceShape): Float64Array {
  switch (shape.kind) {
    case 'flat':
      return new Float64Array(HOURS_PER_YEAR).fill(shape.energyUSDPerMWh);
    case 'time-of-use': {
      const prices = new Float64Array(HOURS_PER_YEAR);
      for (let h = 0; h < HOURS_PER_YEAR; h++) {
        const hourOfDay = h % 24;
        prices[h] = hourOfDay >= shape.onPeakStartHour && hourOfDay < shape.onPeakEndHour ? shape.onPeakUSDPerMWh : shape.offPeakUSDPerMWh;
      }
      return prices;
    }
    case 'series':
      if (shape.priceUSDPerMWh.length !== HOURS_PER_YEAR) {
        throw new Error(`grid price series: priceUSDPerMWh must have ${HOURS_PER_YEAR} values, got ${shape.priceUSDPerMWh.length}`);
      }
      return shape.priceUSDPerMWh;
  }
}

/** Share of the transmission upgrade the load pays: load 1, shared 0.5, ratepayers 0. */
export function loadShareOfUpgrade(paidBy: GridSpec['upgradePaidBy']): number {
  switch (paidBy) {
    case 'load':
      return 1;
    case 'shared':
      return 0.5;
    case 'ratepayers':
      return 0;
  }
}

/** Refuses grid inputs that cannot be used (outside GRID_LIMITS, limits.ts), naming the field. */
export function validateGrid(grid: GridSpec): void {
  const bad = (field: string, problem: string): never => {
    throw new Error(`grid: ${field} ${problem}`);
  };
  grid.poiSchedule.forEach((step, i) => {
    if (!inRange(step.mw, GRID_LIMITS.poiMW)) bad(`poiSchedule[${i}].mw`, `${rangeText(GRID_LIMITS.poiMW)}, got ${step.mw}`);
  });
  for (const field of ['demandChargeUSDPerKWMonth', 'capacityPriceUSDPerMWDay', 'transmissionUpgradeUSD', 'carbonKgPerMWh', 'minimumDemandFraction'] as const) {
    if (!inRange(grid[field], GRID_LIMITS[field])) bad(field, `${rangeText(GRID_LIMITS[field])}, got ${grid[field]}`);
  }
  const price = grid.price;
  const prices = price.kind === 'flat' ? [price.energyUSDPerMWh] : price.kind === 'time-of-use' ? [price.offPeakUSDPerMWh, price.onPeakUSDPerMWh] : price.priceUSDPerMWh;
  for (const p of prices) if (!inRange(p, GRID_LIMITS.energyUSDPerMWh)) bad('price', `${rangeText(GRID_LIMITS.energyUSDPerMWh)} USD/MWh, got ${p}`);
}
