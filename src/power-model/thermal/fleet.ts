import { fullLoadMarginalCostUSDPerMWh, unitFuelLine, validateThermalTechnology, type ThermalTechnology } from './technology';

/** Units of one technology at a site, ordered in `orderYear`. */
export type ThermalBlockSpec = { technology: ThermalTechnology; units: number; orderYear: number };

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
};

/**
 * Builds the fleet for `year`: a block is online from orderYear + ceil(leadTimeYears). Blocks
 * come back sorted by full-load marginal cost (cheapest first), the merit order.
 */
export function buildThermalFleet(specs: ThermalBlockSpec[], year: number, gasPriceUSDPerMMBtu: number): ThermalBlock[] {
  const blocks = specs.map((spec): ThermalBlock => {
    const tech = spec.technology;
    validateThermalTechnology(tech);
    if (!Number.isInteger(spec.units) || spec.units < 0) throw new Error(`thermal fleet "${tech.id}": units must be a whole number ≥ 0`);
    const onlineYear = thermalOnlineYear(spec);
    const onlineUnits = year >= onlineYear ? spec.units : 0;
    const line = unitFuelLine(tech);
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
    };
  });
  return blocks.sort((a, b) => a.marginalCostUSDPerMWh - b.marginalCostUSDPerMWh);
}

/** First year a block can run: order year plus the technology's lead time, rounded up to a whole year. */
export function thermalOnlineYear(spec: ThermalBlockSpec): number {
  return spec.orderYear + Math.ceil(spec.technology.leadTimeYears);
}

/**
 * Fuel burned in one hour by a block delivering `outputMW`, MMBtu. Units committed
 * n = ceil(output ÷ available unit size); each runs at output ÷ n, but never below its minimum
 * stable load: a unit asked for less burns fuel as at minimum load (the difference is the cost of
 * keeping it on line; no energy is exported). Fuel = n × noLoad + incremental × max(output, n × Pmin).
 */
export function blockFuelMMBtu(block: ThermalBlock, outputMW: number): number {
  if (outputMW <= 0) return 0;
  const unitAvailableMW = block.technology.unitSizeMW * (1 - block.technology.forcedOutageRate);
  const committed = Math.min(block.onlineUnits, Math.ceil(outputMW / unitAvailableMW - 1e-9));
  const loadedMW = Math.max(outputMW, committed * block.minStableMW);
  return committed * block.noLoadMMBtuPerHour + block.incrementalMMBtuPerMWh * loadedMW;
}
