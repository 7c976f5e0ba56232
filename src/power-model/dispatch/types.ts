import type { LimiterTotals, ThermalLimits } from '../permits/limiter';
import type { DispatchStrategy } from '../scenarios/types';
import type { BatterySpec } from '../storage/battery';
import type { ThermalBlock } from '../thermal/fleet';
import type { DispatchState } from './span';

/**
 * Inputs of one year's dispatch. Hourly series hold 8760 values.
 * - `facilityMW`: load to serve each hour.
 * - `solarMW`: AC solar available each hour.
 * - `gridLimitMW`: import limit at the point of interconnection (0: no grid).
 * - `gridLimitByHourMW`: optional hourly import limit (8760 values, each ≤ gridLimitMW) that
 *   replaces `gridLimitMW` hour by hour: a flexible connection's firm MW in its curtailed hours
 *   (grid/flexible.ts).
 * - `peakShaveCapMW`: grid draw the `peak-shave` strategy tries to stay under.
 * - `thermal`: blocks in merit order (see buildThermalFleet).
 * - `limits`: permit budgets and gas deliverability the blocks must keep (permits/limiter.ts);
 *   absent = none.
 */
export type DispatchInput = {
  strategy: DispatchStrategy;
  facilityMW: Float64Array;
  solarMW: Float64Array;
  gridLimitMW: number;
  gridLimitByHourMW?: Float64Array;
  gridPriceUSDPerMWh: Float64Array;
  gridCarbonKgPerMWh: number;
  peakShaveCapMW: number;
  thermal: ThermalBlock[];
  battery: BatterySpec;
  gasPriceUSDPerMMBtu: number;
  limits?: ThermalLimits;
};

/**
 * Hourly results. Sign convention (the one place it is written): every flow is ≥ 0 MW and named
 * source→sink; supply to load is gridToLoad + solarToLoad + thermalToLoad + batteryToLoad, and
 * supply + unservedMW = facility load every hour. Solar available = solarToLoad + solarToBattery
 * + solarCurtailed. Grid import = gridToLoad + gridToBattery. `batterySocMWh` is the state of
 * charge at the end of the hour. Per-hour totals: thermal fuel (MMBtu), CO2 from fuel and grid
 * energy (tonnes), and variable cost (grid energy, fuel, VOM; USD).
 */
export type DispatchFlows = {
  gridToLoadMW: Float64Array;
  gridToBatteryMW: Float64Array;
  solarToLoadMW: Float64Array;
  solarToBatteryMW: Float64Array;
  solarCurtailedMW: Float64Array;
  thermalToLoadMW: Float64Array;
  batteryToLoadMW: Float64Array;
  unservedMW: Float64Array;
  batterySocMWh: Float64Array;
  thermalFuelMMBtu: Float64Array;
  co2Tonnes: Float64Array;
  variableCostUSD: Float64Array;
};

export const FLOW_NAMES = [
  'gridToLoadMW',
  'gridToBatteryMW',
  'solarToLoadMW',
  'solarToBatteryMW',
  'solarCurtailedMW',
  'thermalToLoadMW',
  'batteryToLoadMW',
  'unservedMW',
  'batterySocMWh',
  'thermalFuelMMBtu',
  'co2Tonnes',
  'variableCostUSD',
] as const satisfies readonly (keyof DispatchFlows)[];

/** Annual totals of one thermal block. */
export type ThermalBlockTotals = {
  technologyId: string;
  units: number;
  onlineUnits: number;
  capacityMW: number;
  energyMWh: number;
  fuelMMBtu: number;
  variableOMUSD: number;
  runHours: number;
};

/**
 * `limits`: what the permit and gas limits counted, when the input had any. With a span
 * (dispatch/span.ts): `checkpoint`, the state captured at the span's `checkpointHour`; `toHour`,
 * the hour after the last one dispatched when the run started at `from` or stopped early
 * (`stopWhenSame`); totals cover the hours dispatched (from a `from` state's totals on).
 */
export type DispatchResult = { flows: DispatchFlows; thermalBlocks: ThermalBlockTotals[]; limits?: LimiterTotals; checkpoint?: DispatchState; toHour?: number };

/**
 * An hourly schedule to follow instead of a strategy's serve order (the optimizer's dispatch of
 * its mix, see `followSchedule`). Series hold 8760 values, all ≥ 0 MW.
 * - `gridImportMW`: grid draw, to load and to the battery together.
 * - `thermalMWByTechnology`: output per thermal technology id; a technology left out runs 0 MW.
 * - `batteryChargeMW` / `batteryDischargeMW`: battery flows at its terminals.
 * - `batteryInitialSocFraction`: state of charge at hour 0 as a fraction of energy capacity.
 */
export type DispatchSchedule = {
  gridImportMW: Float64Array;
  thermalMWByTechnology: Readonly<Record<string, Float64Array>>;
  batteryChargeMW: Float64Array;
  batteryDischargeMW: Float64Array;
  batteryInitialSocFraction: number;
  /**
   * Load the schedule leaves unserved because a flexible grid connection is cut that hour
   * (workload curtailment), MW; the grid may serve it where the hour's limit allows — it does in
   * the flexible readout's counterfactual with the full connection, which is what makes it
   * workload curtailment there, not unserved load. Absent: none.
   */
  workloadCurtailmentMW?: Float64Array;
};
