import { HOURS_PER_YEAR } from '../hours';
import type { DispatchInput } from './types';
import { blockAvailableMW } from '../thermal/fleet';

/** Value of lost load used only to rank hours in which load would go unserved, USD/MWh. */
export const RANKING_VALUE_OF_LOST_LOAD_USD_PER_MWH = 10_000;

/**
 * Marginal cost of the last MW served each hour without the battery, USD/MWh: 0 when solar
 * covers the load, else the cost of the source at the margin of the merit stack {grid at its
 * hourly price up to its limit; thermal blocks at full-load marginal cost}, or the ranking value
 * of lost load when the stack falls short. Written into `out` (8760 values).
 */
export function marginalCostWithoutBattery(input: DispatchInput, out: Float64Array): Float64Array {
  const blocks = input.thermal;
  for (let h = 0; h < HOURS_PER_YEAR; h++) {
    const netMW = (input.facilityMW[h] ?? 0) - (input.solarMW[h] ?? 0);
    if (netMW <= 0) {
      out[h] = 0;
      continue;
    }
    const gridPrice = input.gridPriceUSDPerMWh[h] ?? 0;
    let servedMW = 0;
    let marginal = RANKING_VALUE_OF_LOST_LOAD_USD_PER_MWH;
    const gridLimitMW = input.gridLimitByHourMW === undefined ? input.gridLimitMW : Math.min(input.gridLimitMW, input.gridLimitByHourMW[h] ?? 0);
    let gridUsed = gridLimitMW <= 0;
    for (let b = 0; b <= blocks.length; b++) {
      const block = blocks[b];
      if (!gridUsed && (block === undefined || gridPrice <= block.marginalCostUSDPerMWh)) {
        gridUsed = true;
        servedMW += gridLimitMW;
        if (servedMW >= netMW) {
          marginal = gridPrice;
          break;
        }
      }
      if (block === undefined) break;
      const blockMW = blockAvailableMW(block, h);
      servedMW += blockMW;
      if (servedMW >= netMW && blockMW > 0) {
        marginal = block.marginalCostUSDPerMWh;
        break;
      }
    }
    out[h] = marginal;
  }
  return out;
}

/**
 * Daily look-ahead battery plan for the `economic` strategy. For each day, hours are ranked by
 * marginal cost; the k dearest get a discharge target and the k cheapest a charge target,
 * pairing i-th cheapest with i-th dearest only while cheap ÷ RTE < dear (the round trip pays),
 * with k = ceil(usable energy ÷ power), at most 12. Targets are MW (+discharge, −charge) in
 * `planMW`; the hourly pass still enforces power, energy and source limits.
 */
export function planBatteryDaily(input: DispatchInput, marginalUSDPerMWh: Float64Array, planMW: Float64Array): Float64Array {
  planMW.fill(0);
  const battery = input.battery;
  if (battery.powerMW <= 0 || battery.energyMWh <= 0) return planMW;
  const usableMWh = battery.energyMWh * (battery.maxSocFraction - battery.minSocFraction);
  const hoursPerCycle = Math.min(12, Math.ceil(usableMWh / battery.powerMW));
  const order = new Int32Array(24);
  for (let day = 0; day < HOURS_PER_YEAR / 24; day++) {
    const start = day * 24;
    for (let i = 0; i < 24; i++) order[i] = i;
    // Insertion sort of 24 hours by marginal cost, cheapest first; no allocation per day.
    for (let i = 1; i < 24; i++) {
      const idx = order[i] ?? 0;
      const cost = marginalUSDPerMWh[start + idx] ?? 0;
      let j = i - 1;
      while (j >= 0 && (marginalUSDPerMWh[start + (order[j] ?? 0)] ?? 0) > cost) {
        order[j + 1] = order[j] ?? 0;
        j--;
      }
      order[j + 1] = idx;
    }
    for (let k = 0; k < hoursPerCycle; k++) {
      const cheapHour = start + (order[k] ?? 0);
      const dearHour = start + (order[23 - k] ?? 0);
      const cheap = marginalUSDPerMWh[cheapHour] ?? 0;
      const dear = marginalUSDPerMWh[dearHour] ?? 0;
      if (!(cheap / battery.roundTripEfficiency < dear)) break;
      planMW[cheapHour] = -battery.powerMW;
      planMW[dearHour] = battery.powerMW;
    }
  }
  return planMW;
}
