import { HOURS_PER_YEAR } from '../hours';
import type { DispatchInput } from './types';
import { blockAvailableMW } from '../thermal/fleet';
import type { BatterySpec } from '../storage/battery';

/** Value of lost load used only to rank hours in which load would go unserved, USD/MWh. */
export const RANKING_VALUE_OF_LOST_LOAD_USD_PER_MWH = 10_000;

/**
 * Marginal cost of the last MW served each hour without the battery, USD/MWh: 0 when solar
 * covers the load, else the cost of the source at the margin of the merit stack {grid at its
 * hourly price up to its limit; thermal blocks at full-load marginal cost}, or the ranking value
 * of lost load when the stack falls short. Written into `out` (8760 values).
 */
export function marginalCostWithoutBattery(input: DispatchInput, out: Float64Array): Float64Array {
  for (let h = 0; h < HOURS_PER_YEAR; h++) out[h] = marginalCostAt(input, h);
  return out;
}

/** The marginal cost of hours day × 24 … day × 24 + 23 (see marginalCostWithoutBattery) into `out[0..23]`. */
export function marginalCostOfDay(input: DispatchInput, day: number, out: Float64Array): Float64Array {
  for (let i = 0; i < 24; i++) out[i] = marginalCostAt(input, day * 24 + i);
  return out;
}

function marginalCostAt(input: DispatchInput, h: number): number {
  const blocks = input.thermal;
  const netMW = (input.facilityMW[h] ?? 0) - (input.solarMW[h] ?? 0);
  if (netMW <= 0) return 0;
  const gridPrice = input.gridPriceUSDPerMWh[h] ?? 0;
  let servedMW = 0;
  const gridLimitMW = input.gridLimitByHourMW === undefined ? input.gridLimitMW : Math.min(input.gridLimitMW, input.gridLimitByHourMW[h] ?? 0);
  let gridUsed = gridLimitMW <= 0;
  for (let b = 0; b <= blocks.length; b++) {
    const block = blocks[b];
    if (!gridUsed && (block === undefined || gridPrice <= block.marginalCostUSDPerMWh)) {
      gridUsed = true;
      servedMW += gridLimitMW;
      if (servedMW >= netMW) return gridPrice;
    }
    if (block === undefined) break;
    const blockMW = blockAvailableMW(block, h);
    servedMW += blockMW;
    if (servedMW >= netMW && blockMW > 0) return block.marginalCostUSDPerMWh;
  }
  return RANKING_VALUE_OF_LOST_LOAD_USD_PER_MWH;
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
  const order = new Int32Array(24);
  for (let day = 0; day < HOURS_PER_YEAR / 24; day++) planBatteryDay(battery, marginalUSDPerMWh.subarray(day * 24, day * 24 + 24), planMW.subarray(day * 24, day * 24 + 24), order);
  return planMW;
}

/**
 * One day of planBatteryDaily: the day's 24 marginal costs in, its 24 targets out (`planMW`,
 * zeroed first); `order` is 24 values of scratch. Each day's plan reads that day alone, so a
 * dispatch can plan day by day as it goes (and a resumed one from its first day).
 */
export function planBatteryDay(battery: BatterySpec, marginalUSDPerMWh: Float64Array, planMW: Float64Array, order: Int32Array): void {
  planMW.fill(0);
  if (battery.powerMW <= 0 || battery.energyMWh <= 0) return;
  const usableMWh = battery.energyMWh * (battery.maxSocFraction - battery.minSocFraction);
  const hoursPerCycle = Math.min(12, Math.ceil(usableMWh / battery.powerMW));
  for (let i = 0; i < 24; i++) order[i] = i;
  // Insertion sort of 24 hours by marginal cost, cheapest first; no allocation per day.
  for (let i = 1; i < 24; i++) {
    const idx = order[i] ?? 0;
    const cost = marginalUSDPerMWh[idx] ?? 0;
    let j = i - 1;
    while (j >= 0 && (marginalUSDPerMWh[order[j] ?? 0] ?? 0) > cost) {
      order[j + 1] = order[j] ?? 0;
      j--;
    }
    order[j + 1] = idx;
  }
  for (let k = 0; k < hoursPerCycle; k++) {
    const cheapHour = order[k] ?? 0;
    const dearHour = order[23 - k] ?? 0;
    const cheap = marginalUSDPerMWh[cheapHour] ?? 0;
    const dear = marginalUSDPerMWh[dearHour] ?? 0;
    if (!(cheap / battery.roundTripEfficiency < dear)) break;
    planMW[cheapHour] = -battery.powerMW;
    planMW[dearHour] = battery.powerMW;
  }
}
