import { hourlyDerating } from './derating';
import { fullLoadMarginalCostUSDPerMWh, unitFuelLine, validateThermalTechnology, type ThermalTechnology } from './technology';

/**
 * Units of one technology at a site, ordered in `orderYear`; `dualFuelUnits` of them carry a
 * liquid-fuel kit (fuel/distillate.ts; absent = all, when the technology can burn distillate).
 */
export type ThermalBlockSpec = { technology: ThermalTechnology; units: number; orderYear: number; dualFuelUnits?: number };

/**
 * One block as dispatch sees it in a given year. `availableMW` = online units × unit size ×
 * (1 − forced-outage rate): the expected capacity, used for energy; the reliability model draws
 * the outages themselves.
 */
export type ThermalBlock = {
  technology: ThermalTechnology;
  units: number;
  capacityMW: number;
  onlineYear: number;
  onlineUnits: number;
  availableMW: number;
  minStableMW: number;
  noLoadMMBtuPerHour: number;
  incrementalMMBtuPerMWh: number;
  marginalCostUSDPerMWh: number;
  /**
   * Hourly output fraction of the rating (ambient × altitude, derating.ts) and heat-rate fraction
   * (ambient), 8760 values each; absent when the technology has no derating or no ambient was given.
   */
  outputFraction?: Float64Array;
  heatRateFraction?: Float64Array;
  /** Units with a liquid-fuel kit (the spec's `dualFuelUnits`); absent = all units, as before the field existed. */
  dualFuelUnits?: number;
};

/** The site's ambient every hour and its elevation, which derate each block (derating.ts). */
export type FleetAmbient = { dryBulbC: Float64Array; elevationM: number };

/**
 * Builds the fleet for `year`: a block is online from orderYear + ceil(leadTimeYears). Blocks
 * come back sorted by full-load marginal cost at ISO rating (cheapest first), the merit order: the
 * heat-rate corrections move every gas technology the same way within a few percent, so the order
 * is not re-sorted by hour. With `ambient`, each block carries its hourly derating fractions.
 */
export function buildThermalFleet(specs: ThermalBlockSpec[], year: number, gasPriceUSDPerMMBtu: number, ambient?: FleetAmbient): ThermalBlock[] {
  const byTechnology = new Map<string, ReturnType<typeof hourlyDerating>>();
  const blocks = specs.map((spec): ThermalBlock => {
    const tech = spec.technology;
    validateThermalTechnology(tech);
    if (!Number.isInteger(spec.units) || spec.units < 0) throw new Error(`thermal fleet "${tech.id}": units must be a whole number ≥ 0`);
    const onlineYear = thermalOnlineYear(spec);
    const onlineUnits = year >= onlineYear ? spec.units : 0;
    const line = unitFuelLine(tech);
    if (ambient !== undefined && !byTechnology.has(tech.id)) byTechnology.set(tech.id, hourlyDerating(tech.derating, ambient.dryBulbC, ambient.elevationM));
    const derating = byTechnology.get(tech.id);
    return {
      technology: tech,
      units: spec.units,
      capacityMW: spec.units * tech.unitSizeMW,
      onlineYear,
      onlineUnits,
      availableMW: onlineUnits * tech.unitSizeMW * (1 - tech.forcedOutageRate),
      minStableMW: tech.unitSizeMW * tech.minStableLoadFraction,
      noLoadMMBtuPerHour: line.noLoadMMBtuPerHour,
      incrementalMMBtuPerMWh: line.incrementalMMBtuPerMWh,
      marginalCostUSDPerMWh: fullLoadMarginalCostUSDPerMWh(tech, gasPriceUSDPerMMBtu),
      ...(derating === undefined ? {} : { outputFraction: derating.outputFraction, heatRateFraction: derating.heatRateFraction }),
      ...(spec.dualFuelUnits === undefined ? {} : { dualFuelUnits: spec.dualFuelUnits }),
    };
  });
  return blocks.sort((a, b) => a.marginalCostUSDPerMWh - b.marginalCostUSDPerMWh);
}

/** First year a block can run: order year plus the technology's lead time, rounded up to a whole year. */
export function thermalOnlineYear(spec: ThermalBlockSpec): number {
  return spec.orderYear + Math.ceil(spec.technology.leadTimeYears);
}

/** The block's available MW in `hour`: availableMW × that hour's output fraction (1 without derating). */
export function blockAvailableMW(block: ThermalBlock, hour: number): number {
  return block.outputFraction === undefined ? block.availableMW : block.availableMW * (block.outputFraction[hour] ?? 1);
}

/**
 * Fuel burned in one hour by a block delivering `outputMW`, MMBtu. Units committed
 * n = ceil(output ÷ available unit size); each runs at output ÷ n, but never below its minimum
 * stable load: a unit asked for less burns fuel as at minimum load (the difference is the cost of
 * keeping it on line; no energy is exported). Fuel = n × noLoad + incremental × max(output, n × Pmin).
 *
 * Derated (`hour` given and the block has fractions f for output and g for heat rate): the unit's
 * fuel line is the rated one shrunk to f of its output and raised by g, so
 * fuel = g × (n × f × noLoad + incremental × max(output, n × f × Pmin)); at full derated output
 * f × Pmax that is g × HRfull × f × Pmax, the corrected heat rate times the corrected output.
 */
export function blockFuelMMBtu(block: ThermalBlock, outputMW: number, hour?: number): number {
  if (outputMW <= 0) return 0;
  const f = hour === undefined || block.outputFraction === undefined ? 1 : (block.outputFraction[hour] ?? 1);
  const g = hour === undefined || block.heatRateFraction === undefined ? 1 : (block.heatRateFraction[hour] ?? 1);
  const unitAvailableMW = block.technology.unitSizeMW * (1 - block.technology.forcedOutageRate) * f;
  const committed = Math.min(block.onlineUnits, Math.ceil(outputMW / unitAvailableMW - 1e-9));
  const loadedMW = Math.max(outputMW, committed * block.minStableMW * f);
  return g * (committed * block.noLoadMMBtuPerHour * f + block.incrementalMMBtuPerMWh * loadedMW);
}

/**
 * The most a block can deliver in `hour` burning at most `fuelMMBtu`, MW: the inverse of
 * blockFuelMMBtu (which is non-decreasing in output). With u = one unit's available MW, a the
 * per-unit no-load term and c the incremental rate (both derated as in blockFuelMMBtu), n full
 * units burn n × (a + c·u); the best output is n·u for the largest n that fits, or, when one more
 * unit fits at its minimum stable load, P = (F − (n+1)·a) ÷ c up to (n+1)·u.
 */
export function maxOutputForFuelMW(block: ThermalBlock, fuelMMBtu: number, hour?: number): number {
  if (!(fuelMMBtu > 0) || block.onlineUnits <= 0) return 0;
  if (fuelMMBtu === Infinity) return blockAvailableMW(block, hour ?? 0);
  const f = hour === undefined || block.outputFraction === undefined ? 1 : (block.outputFraction[hour] ?? 1);
  const g = hour === undefined || block.heatRateFraction === undefined ? 1 : (block.heatRateFraction[hour] ?? 1);
  const unitMW = block.technology.unitSizeMW * (1 - block.technology.forcedOutageRate) * f;
  const perUnitMMBtu = g * block.noLoadMMBtuPerHour * f;
  const incremental = g * block.incrementalMMBtuPerMWh;
  const minMW = block.minStableMW * f;
  const fullUnitMMBtu = perUnitMMBtu + incremental * Math.max(unitMW, minMW);
  const full = Math.min(block.onlineUnits, Math.floor(fuelMMBtu / fullUnitMMBtu + 1e-12));
  let best = full * unitMW;
  if (full < block.onlineUnits && incremental > 0) {
    const n = full + 1;
    const room = fuelMMBtu - n * perUnitMMBtu;
    if (room >= incremental * n * minMW) best = Math.max(best, Math.min(n * unitMW, room / incremental));
  }
  return best;
}
