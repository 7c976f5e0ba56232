import { HOURS_PER_YEAR } from '../hours';
import { DEFAULT_SYSTEM_YEAR, mapSystemLoadToModelYear, type ModelYearSystemLoad } from '../system-load/calendar';
import { allCoincidentPeakHours, type CoincidentPeakRule, type PeakHour } from '../system-load/peaks';
import type { SystemLoadSeries } from '../system-load/types';

/** A figure of a tariff with where it comes from; `estimate` marks a figure we reasoned out. */
export type TariffFigure = { value: number; source: string; estimate?: boolean };

/**
 * The grid charges a market's tariffs put on a large load beyond its energy (all optional):
 *
 * - `transmission`: a rate per kW-year on the load's mean grid draw in the `rule`'s hours
 *   (ERCOT: each TSP's rate is its transmission cost of service ÷ the average ERCOT 4CP,
 *   16 TAC §25.192; the load pays it on its own 4CP demand).
 * - `capacity`: a capacity obligation on the load's draw in the `rule`'s hours, priced at the
 *   auction: PJM's 5CP peak-load contribution × the Base Residual Auction price of the delivery
 *   year (`pricesByDeliveryYear`, the year the delivery year starts in June), MISO's seasonal
 *   Planning Resource Auction prices on the draw at each season's peak (`seasonalUSDPerMWDay`,
 *   summer, fall, winter, spring).
 * - `standby`: a connection held as backup pays `shareOfFirmRate` × the firm rate (transmission
 *   plus capacity, per kW-year) on the part of its contract that the charges above do not bill:
 *   contract MW − the larger of the two billed demands.
 * - `energyShape`: an hourly energy price built from the system load (see `systemShapedPrice`).
 */
export type GridTariff = {
  market: string;
  transmission?: { rule: CoincidentPeakRule; rateUSDPerKWYear: TariffFigure };
  capacity?:
    | { rule: '5CP' | '1CP'; pricesByDeliveryYear: { startYear: number; priceUSDPerMWDay: TariffFigure }[] }
    | { rule: 'seasonal'; planningYear: number; seasonalUSDPerMWDay: [TariffFigure, TariffFigure, TariffFigure, TariffFigure] };
  standby?: { shareOfFirmRate: TariffFigure };
  energyShape?: { meanUSDPerMWh: TariffFigure; exponent: TariffFigure };
};

/** The host system's load a site's tariffs read, and the year of it the user picked. */
export type HostSystemLoad = { series: SystemLoadSeries; systemYear?: number; siteUtcOffsetHours: number };

/** Days of each MISO season in a 365-day year: summer (Jun–Aug), fall (Sep–Nov), winter (Dec–Feb), spring (Mar–May). */
export const MISO_SEASON_DAYS = [92, 91, 90, 92] as const;

/**
 * One simulated year of the host system: its load on the model calendar and each rule's
 * coincident-peak hours; null where the site has no system load.
 */
export type SystemLoadYear = { mapped: ModelYearSystemLoad; peaks: Record<CoincidentPeakRule, PeakHour[]> };

const yearCache = new WeakMap<SystemLoadSeries, Map<string, SystemLoadYear>>();

/** The system load of `modelYear` (cached per series, year and offset): calendar.ts mapping and every rule's peaks. */
export function systemLoadYear(host: HostSystemLoad, modelYear: number): SystemLoadYear {
  const systemYear = host.systemYear ?? DEFAULT_SYSTEM_YEAR;
  const key = `${systemYear}:${modelYear}:${host.siteUtcOffsetHours}`;
  let byKey = yearCache.get(host.series);
  if (!byKey) {
    byKey = new Map();
    yearCache.set(host.series, byKey);
  }
  let year = byKey.get(key);
  if (!year) {
    const mapped = mapSystemLoadToModelYear(host.series, { systemYear, modelYear, siteUtcOffsetHours: host.siteUtcOffsetHours });
    year = { mapped, peaks: allCoincidentPeakHours(mapped) };
    byKey.set(key, year);
  }
  return year;
}

/**
 * An hourly energy price shaped by the system load, an estimate where no public hourly price
 * series can be shipped:
 *   p(h) = mean × (L(h)/L̄)^k ÷ mean_h((L/L̄)^k)
 * so the time-weighted mean is `meanUSDPerMWh` and prices rise steeply with system load, as an
 * energy-only market's do (a convex supply curve). k = `exponent`.
 */
export function systemShapedPrice(loadMW: Float64Array, meanUSDPerMWh: number, exponent: number): Float64Array {
  let sum = 0;
  for (let h = 0; h < HOURS_PER_YEAR; h++) sum += loadMW[h] ?? 0;
  const meanLoad = sum / HOURS_PER_YEAR;
  const raw = new Float64Array(HOURS_PER_YEAR);
  let rawSum = 0;
  for (let h = 0; h < HOURS_PER_YEAR; h++) {
    raw[h] = Math.pow((loadMW[h] ?? 0) / meanLoad, exponent);
    rawSum += raw[h] ?? 0;
  }
  const scale = (meanUSDPerMWh * HOURS_PER_YEAR) / rawSum;
  for (let h = 0; h < HOURS_PER_YEAR; h++) raw[h] = (raw[h] ?? 0) * scale;
  return raw;
}

/** One charge line and the quantities it rests on; costs per year, rates per kW-year. */
export type GridChargeLine = {
  id: 'transmission' | 'capacity' | 'standby';
  label: string;
  /** Billed MW: mean draw in the rule's hours (transmission), the obligation (capacity), the backup MW (standby). */
  billedMW: number;
  rateUSDPerKWYear: number;
  costUSDPerYear: number;
  /** The model hours the billed MW was read in (empty for standby). */
  hours: number[];
  basis: string;
  source: string;
  estimate: boolean;
};

/** The capacity price of a delivery year: that year's auction, else the latest before it (an estimate), else the earliest. */
export function deliveryYearPrice(prices: readonly { startYear: number; priceUSDPerMWDay: TariffFigure }[], year: number): TariffFigure & { startYear: number } {
  const sorted = [...prices].sort((a, b) => a.startYear - b.startYear);
  const exact = sorted.find((p) => p.startYear === year);
  if (exact) return { ...exact.priceUSDPerMWDay, startYear: exact.startYear };
  const before = sorted.filter((p) => p.startYear < year).pop() ?? sorted[0];
  if (!before) throw new RangeError('capacity.pricesByDeliveryYear: needs at least one auction price');
  return {
    ...before.priceUSDPerMWDay,
    startYear: before.startYear,
    estimate: true,
    source: `${before.priceUSDPerMWDay.source}; no auction for ${year}/${String((year + 1) % 100).padStart(2, '0')} yet, the ${before.startYear}/${String((before.startYear + 1) % 100).padStart(2, '0')} price carried forward`,
  };
}

function meanAt(series: Float64Array, hours: readonly number[]): number {
  return hours.length === 0 ? 0 : hours.reduce((s, h) => s + (series[h] ?? 0), 0) / hours.length;
}

const SEASONS = ['summer', 'fall', 'winter', 'spring'] as const;

/**
 * The charge lines of one year of grid import (MW each hour, 8760 values) under `tariff`, with
 * the peaks of the host system in that year (`systemLoadYear`) and the contract (import limit) MW:
 *
 * - transmission = mean draw over the rule's hours (MW) × rate (USD/kW-yr) × 1000;
 * - capacity, PJM: PLC = mean draw over the 5CP hours; cost = PLC × price (USD/MW-day) × 365,
 *   the price of the delivery year that starts in June of `year`;
 *   MISO: Σ over seasons of draw at the season's peak × the season's price × its days;
 *   billedMW is the price-weighted mean obligation (cost ÷ (annual-average price × 365));
 * - standby = max(0, contract − max(transmission MW, capacity MW)) × share × (transmission rate +
 *   capacity price × 365 / 1000) USD/kW-yr.
 * A tariff with no system load gives no lines (the caller labels the proxy it uses instead).
 */
export function gridTariffCharges(gridImportMW: Float64Array, contractMW: number, tariff: GridTariff, system: SystemLoadYear, year: number): GridChargeLine[] {
  const lines: GridChargeLine[] = [];
  const clock = system.mapped.clock.label;
  let transmissionRate = 0;
  let capacityRateUSDPerKWYear = 0;
  let billed = 0;
  if (tariff.transmission) {
    const { rule, rateUSDPerKWYear } = tariff.transmission;
    const hours = system.peaks[rule].map((p) => p.modelHour);
    const mw = meanAt(gridImportMW, hours);
    transmissionRate = rateUSDPerKWYear.value;
    billed = Math.max(billed, mw);
    lines.push({
      id: 'transmission',
      label: `Transmission on ${rule} demand`,
      billedMW: mw,
      rateUSDPerKWYear: transmissionRate,
      costUSDPerYear: mw * 1000 * transmissionRate,
      hours,
      basis: `mean grid draw in the ${hours.length} ${rule} hour(s) of ${system.mapped.description}`,
      source: rateUSDPerKWYear.source,
      estimate: rateUSDPerKWYear.estimate === true,
    });
  }
  const cap = tariff.capacity;
  if (cap) {
    if (cap.rule === 'seasonal') {
      const seasonal = system.peaks.seasonal;
      let costUSD = 0;
      let priceDays = 0;
      seasonal.forEach((p, i) => {
        const price = cap.seasonalUSDPerMWDay[i]?.value ?? 0;
        costUSD += (gridImportMW[p.modelHour] ?? 0) * price * (MISO_SEASON_DAYS[i] ?? 0);
        priceDays += price * (MISO_SEASON_DAYS[i] ?? 0);
      });
      const averagePrice = priceDays / 365;
      const mw = averagePrice > 0 ? costUSD / (averagePrice * 365) : 0;
      capacityRateUSDPerKWYear = (averagePrice * 365) / 1000;
      billed = Math.max(billed, mw);
      lines.push({
        id: 'capacity',
        label: `Capacity obligation (MISO PRA ${cap.planningYear}/${String((cap.planningYear + 1) % 100).padStart(2, '0')}, seasonal)`,
        billedMW: mw,
        rateUSDPerKWYear: capacityRateUSDPerKWYear,
        costUSDPerYear: costUSD,
        hours: seasonal.map((p) => p.modelHour),
        basis: `grid draw at the ${SEASONS.join(', ')} system peaks (${clock}) × each season's price × its days; billed MW is the price-weighted mean`,
        source: cap.seasonalUSDPerMWDay.map((f, i) => `${SEASONS[i]} ${f.value}: ${f.source}`).join('; '),
        estimate: cap.seasonalUSDPerMWDay.some((f) => f.estimate === true),
      });
    } else {
      const hours = system.peaks[cap.rule].map((p) => p.modelHour);
      const mw = meanAt(gridImportMW, hours);
      const price = deliveryYearPrice(cap.pricesByDeliveryYear, year);
      capacityRateUSDPerKWYear = (price.value * 365) / 1000;
      billed = Math.max(billed, mw);
      lines.push({
        id: 'capacity',
        label: `Capacity obligation (${cap.rule} peak-load contribution × BRA ${price.startYear}/${String((price.startYear + 1) % 100).padStart(2, '0')})`,
        billedMW: mw,
        rateUSDPerKWYear: capacityRateUSDPerKWYear,
        costUSDPerYear: mw * price.value * 365,
        hours,
        basis: `mean grid draw in the ${hours.length} ${cap.rule} hour(s) of ${system.mapped.description}`,
        source: price.source,
        estimate: price.estimate === true,
      });
    }
  }
  if (tariff.standby && contractMW > 0) {
    const backupMW = Math.max(0, contractMW - billed);
    const share = tariff.standby.shareOfFirmRate;
    const rate = share.value * (transmissionRate + capacityRateUSDPerKWYear);
    lines.push({
      id: 'standby',
      label: 'Standby on the backup part of the contract',
      billedMW: backupMW,
      rateUSDPerKWYear: rate,
      costUSDPerYear: backupMW * 1000 * rate,
      hours: [],
      basis: `contract ${round1(contractMW)} MW less the ${round1(billed)} MW billed at the peaks, × ${share.value} of the firm rate (transmission + capacity, ${round1(transmissionRate + capacityRateUSDPerKWYear)} USD/kW-yr)`,
      source: share.source,
      estimate: share.estimate === true,
    });
  }
  return lines;
}

/**
 * What one MW of firm grid capacity costs a year under the tariff, USD/MW-yr: the transmission
 * rate plus the capacity price of `year` (per kW-year × 1000). The sizing LP charges it on the
 * grid capacity it buys, since a firm MW is either drawn at the peaks (and billed there) or held
 * as backup (and billed as standby at a share of this rate, never more).
 */
export function firmGridRateUSDPerMWYear(tariff: GridTariff | undefined, year: number): number {
  if (!tariff) return 0;
  const transmission = tariff.transmission?.rateUSDPerKWYear.value ?? 0;
  const cap = tariff.capacity;
  let capacityPerKWYear = 0;
  if (cap?.rule === 'seasonal') {
    capacityPerKWYear = cap.seasonalUSDPerMWDay.reduce((s, f, i) => s + f.value * (MISO_SEASON_DAYS[i] ?? 0), 0) / 1000;
  } else if (cap) {
    capacityPerKWYear = (deliveryYearPrice(cap.pricesByDeliveryYear, year).value * 365) / 1000;
  }
  return (transmission + capacityPerKWYear) * 1000;
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
