import { HOURS_PER_YEAR } from '../hours';
import { FLOW_NAMES, type DispatchFlows } from './types';

/** Twelve zeroed 8760-hour series; pass them back to dispatch to reuse the memory. */
export function allocateFlows(): DispatchFlows {
  const make = () => new Float64Array(HOURS_PER_YEAR);
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
