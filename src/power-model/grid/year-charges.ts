import { coincidentPeakHours as temperatureProxyHours } from './bill';
import { hourlyPriceUSDPerMWh, type GridSpec } from './supply';
import { gridTariffCharges, systemLoadYear, systemShapedPrice, type GridChargeLine, type SystemLoadYear } from './tariff';

/** Where the coincident-peak hours of a result come from, said in the output. */
export const TEMPERATURE_PROXY_LABEL = 'temperature proxy (no system load given): the hottest hour of 15:00–19:00 in each of June–September';

/** The grid of one simulated year: prices, the hours the load's coincident peak is read in, and where they come from. */
export type GridYear = {
  priceUSDPerMWh: Float64Array;
  priceSource: string;
  /** Hours of the capacity obligation (or the transmission rule where the market has no capacity price). */
  peakHours: number[];
  peakSource: string;
  system: SystemLoadYear | null;
};

const shapedPrices = new WeakMap<SystemLoadYear, Map<string, Float64Array>>();

/**
 * The grid's year for the simulation: with a system load, its hours laid on `year`
 * (`systemYear` overrides the site's choice) and, where the tariff shapes the energy price and
 * the site's price is a flat default, that shaped price; without one, the flat or given price and
 * the temperature proxy for the peaks, labelled as such.
 */
export function gridYear(grid: GridSpec, year: number, dryBulbC: Float64Array, systemYear?: number): GridYear {
  const host = grid.systemLoad;
  if (!host) {
    return { priceUSDPerMWh: hourlyPriceUSDPerMWh(grid.price), priceSource: 'site tariff', peakHours: temperatureProxyHours(dryBulbC), peakSource: TEMPERATURE_PROXY_LABEL, system: null };
  }
  const system = systemLoadYear(systemYear === undefined ? host : { ...host, systemYear }, year);
  const rule = grid.tariff?.capacity?.rule ?? grid.tariff?.transmission?.rule ?? '4CP';
  const peakHours = system.peaks[rule].map((p) => p.modelHour);
  const shape = grid.tariff?.energyShape;
  if (!shape || grid.price.kind !== 'flat') {
    return { priceUSDPerMWh: hourlyPriceUSDPerMWh(grid.price), priceSource: 'site tariff', peakHours, peakSource: `${rule} hours of ${system.mapped.description}`, system };
  }
  const key = `${shape.meanUSDPerMWh.value}:${shape.exponent.value}`;
  let byKey = shapedPrices.get(system);
  if (!byKey) shapedPrices.set(system, (byKey = new Map()));
  let price = byKey.get(key);
  if (!price) byKey.set(key, (price = systemShapedPrice(system.mapped.loadMW, shape.meanUSDPerMWh.value, shape.exponent.value)));
  return {
    priceUSDPerMWh: price,
    priceSource: `estimate: mean ${shape.meanUSDPerMWh.value} USD/MWh (${shape.meanUSDPerMWh.source}) shaped by the system load to the power ${shape.exponent.value} (${shape.exponent.source})`,
    peakHours,
    peakSource: `${rule} hours of ${system.mapped.description}`,
    system,
  };
}

/** The economics-sheet inputs that carry the grid's charges, with their sources by input name. */
export type GridChargeSheetInputs = {
  lines: GridChargeLine[];
  coincidentPeakMW: number;
  capacityPriceUSDPerMWDay: number;
  transmissionDemandMW: number;
  transmissionRateUSDPerKWYr: number;
  standbyMW: number;
  standbyRateUSDPerKWYr: number;
  sources: Record<string, string>;
};

/**
 * The year's charge lines (tariff.ts) as sheet inputs: the capacity line becomes the sheet's
 * coincident peak × capacity price (USD/MW-day = rate per kW-yr × 1000 / 365); transmission and
 * standby their own MW × USD/kW-yr. Without a tariff or system load: the bill's coincident peak
 * (temperature proxy) at the site's capacity price, and no transmission or standby line.
 */
export function gridChargeSheetInputs(gridImportMW: Float64Array, contractMW: number, grid: GridSpec, year: GridYear, simulatedYear: number, proxyCoincidentPeakMW: number): GridChargeSheetInputs {
  const lines = grid.tariff && year.system && grid.importAllowed ? gridTariffCharges(gridImportMW, contractMW, grid.tariff, year.system, simulatedYear) : [];
  const line = (id: GridChargeLine['id']) => lines.find((l) => l.id === id);
  const mark = (l: GridChargeLine) => `${l.estimate ? 'estimate: ' : ''}${l.source}`;
  const capacity = line('capacity');
  const transmission = line('transmission');
  const standby = line('standby');
  const sources: Record<string, string> = { coincidentPeakMW: capacity ? `${capacity.basis}` : `hourly dispatch at the ${year.peakSource}` };
  if (capacity) sources.capacityPriceUSDPerMWDay = mark(capacity);
  if (transmission) {
    sources.transmissionDemandMW = transmission.basis;
    sources.transmissionRateUSDPerKWYr = mark(transmission);
  }
  if (standby) {
    sources.standbyMW = standby.basis;
    sources.standbyRateUSDPerKWYr = mark(standby);
  }
  return {
    lines,
    coincidentPeakMW: capacity ? capacity.billedMW : proxyCoincidentPeakMW,
    capacityPriceUSDPerMWDay: capacity ? (capacity.rateUSDPerKWYear * 1000) / 365 : grid.capacityPriceUSDPerMWDay,
    transmissionDemandMW: transmission?.billedMW ?? 0,
    transmissionRateUSDPerKWYr: transmission?.rateUSDPerKWYear ?? 0,
    standbyMW: standby?.billedMW ?? 0,
    standbyRateUSDPerKWYr: standby?.rateUSDPerKWYear ?? 0,
    sources,
  };
}
