import { HOURS_PER_YEAR } from '../hours';
import { FLOW_NAMES, type DispatchFlows, type DispatchInput, type ThermalBlockTotals } from './types';

/**
 * Twelve zeroed series of `hours` values (default the year's 8760); pass them back to dispatch to
 * reuse the memory. Fewer hours hold a span's flows (dispatch/span.ts).
 */
export function allocateFlows(hours: number = HOURS_PER_YEAR): DispatchFlows {
  const make = () => new Float64Array(hours);
  return {
    gridToLoadMW: make(),
    gridToBatteryMW: make(),
    solarToLoadMW: make(),
    solarToBatteryMW: make(),
    solarCurtailedMW: make(),
    thermalToLoadMW: make(),
    batteryToLoadMW: make(),
    unservedMW: make(),
    batterySocMWh: make(),
    thermalFuelMMBtu: make(),
    co2Tonnes: make(),
    variableCostUSD: make(),
  };
}

/** Sum of a series (MW over hours = MWh). */
export function sumSeries(series: Float64Array): number {
  let total = 0;
  for (let h = 0; h < series.length; h++) total += series[h] ?? 0;
  return total;
}

/** Largest value of a series (0 for an empty one). */
export function maxSeries(series: Float64Array): number {
  let peak = 0;
  for (let h = 0; h < series.length; h++) {
    const v = series[h] ?? 0;
    if (v > peak) peak = v;
  }
  return peak;
}

export { FLOW_NAMES };

/** Each thermal block's year totals from its hourly sums (one rule for the dispatch and the schedule follower). */
export function thermalBlockTotals(blocks: DispatchInput['thermal'], energyMWh: Float64Array, fuelMMBtu: Float64Array, runHours: Float64Array): ThermalBlockTotals[] {
  return blocks.map((block, b) => ({
    technologyId: block.technology.id,
    units: block.units,
    onlineUnits: block.onlineUnits,
    capacityMW: block.capacityMW,
    energyMWh: energyMWh[b] ?? 0,
    fuelMMBtu: fuelMMBtu[b] ?? 0,
    variableOMUSD: (energyMWh[b] ?? 0) * block.technology.variableOMUSDPerMWh,
    runHours: runHours[b] ?? 0,
  }));
}
