import { LpBuilder } from './lp-builder';
import type { CapRow } from './families/annual-rows';
import { addCapacityColumns, type AnnualCapacityCost, type CapacityColumns, type FixedCapacity } from './families/capacity-columns';
import { capacityLimitRows } from './families/capacity-limits';
import { capRows, coincidentPeakRows } from './families/caps';
import { energyBalanceRow } from './families/energy-balance';
import { addFlexibleColumns, flexibleGridRows, type FlexibleColumns } from './families/flexible-grid';
import { addDistillateColumns, distillateRows, type DistillateColumns } from './families/distillate';
import { addGasStorageColumns, gasStorageRows, type GasStorageColumns } from './families/gas-storage';
import { fuelRows } from './families/fuel';
import { addHourlyColumns, energyRates, type EnergyRates, type HourlyColumns } from './families/hourly-columns';
import { permitRows } from './families/permits';
import { largestFirmUnitMW, reserveRow } from './families/reserve';
import { CapacityCopies, RowWriter } from './families/row-writer';
import { storageRows } from './families/storage';
import { timeStructure, type TimeStructure } from './families/time-structure';
import { addWorstDayColumns, worstDayRows, type WorstDayColumns } from './families/worst-day';
import type { SizingInput } from './types';

export type { CapRow } from './families/annual-rows';
export type { FixedCapacity } from './families/capacity-columns';
export { largestFirmUnitMW } from './families/reserve';

export type SizingModelOptions = {
  /** Chain per-hour copies of the capacity columns (families/row-writer.ts CapacityCopies); default true. */
  columnSplitting?: boolean;
  /** The reserve class: nameplate size of the largest unit allowed (reserveClasses); default the largest offered. */
  largestUnitMW?: number;
  /** Capacities held at these values (lower = upper bound): the model is then a dispatch LP. */
  fixedCapacity?: FixedCapacity;
};

/** Where every variable of the sizing LP sits, to read the solution back. */
export type SizingLayout = Omit<TimeStructure, 'modelIndexOfYearHour'> &
  Omit<CapacityColumns, 'annualCost'> &
  HourlyColumns &
  EnergyRates & {
  builder: LpBuilder;
  /** The worst-day target's dual-fuel and event-battery columns (empty for 'n-plus-k'). */
  worstDay: WorstDayColumns;
  /** The scenario's distillate burn, tank and level columns (families/distillate.ts; empty without dual fuel). */
  distillate: DistillateColumns;
  /** The scenario's backup-gas draw, tank and level columns (families/gas-storage.ts; empty without storage). */
  gasStorage: GasStorageColumns;
  /** The energy-balance row of each modelled hour (its dual is the hour's marginal energy value). */
  balanceRow: Int32Array;
  /** Modelled hours whose grid draw is held to the coincident-peak column (empty without one). */
  coincidentPeakModelHours: number[];
  capRows: CapRow[];
  peakLoadMW: number;
  /**
   * k of N+k, and the unit L whose loss the reserve covers, at its hot-day rating
   * (largestFirmUnitMW): G + Σ firmFraction·X ≥ peak + k·L.
   */
  reserveUnits: number;
  largestUnitMW: number;
  /** Capacity-side annual cost of each capacity column, USD/yr per MW (or per MWh). */
  annualCost: AnnualCapacityCost;
  /** The flexible grid's columns (families/flexible-grid.ts); null without a flexible offer. */
  flexible: FlexibleColumns | null;
};

/**
 * Builds the least-cost sizing LP.
 *
 * Variables (all ≥ 0): grid capacity G (MW, ≤ import limit), thermal capacity X_t (MW) per
 * technology, solar S (MWac), battery power B (MW) and energy E (MWh); per modelled hour i:
 * grid draw g_i, thermal output p_{t,i}, battery charge c_i and discharge d_i, stored energy above
 * the reserve s_i, unserved u_i. With a coincident-peak bill relation, also its peak draw P.
 *
 * Minimize, USD/yr: G·(capacity charge) + Σ_t X_t·1000·(capex·CRF_t + fixed O&M)
 *   + S·1000·(capex·CRF + fixed O&M) + B·1000·(capex·CRF + fixed O&M) + E·1000·capex_kWh·CRF
 *   + Σ_i w_i·(price_i·g_i + Σ_t (VOM_t + HR_t/1000·fuel_t)·p_{t,i} + VOLL·u_i),
 * w_i = days represented by hour i (1 for the full year).
 *
 * Subject to, each hour i: g_i + Σ_t p_{t,i} + out_i·S + d_i − c_i + u_i ≥ load_i (surplus solar is
 * curtailed, which is why prices must be ≥ 0); g_i ≤ G; p_{t,i} ≤ f_{t,i}·X_t, f the hour's derating
 * (outputFractionByHour, 1 when absent); c_i + d_i ≤ B (one inverter);
 * s_i ≤ (1 − socMin)·E; s_i = s_{i−1} + √η·c_i − d_i/√η, cyclic within each period (the year, or
 * each representative day).
 * Once: the N+k reserve G + Σ_t X_t ≥ peak load + k × L, L = `options.largestUnitMW` (default the
 * largest unit offered; `optimizeSizing` solves one LP per class of largest unit built, see
 * `reserveClasses`); Σ_i w_i·u_i ≤ allowance;
 * with the 'worst-day' target, each design common-mode event ridden through (families/worst-day.ts);
 * with a pipeline limit, the gas burned ≤ its hourly and gas-day quantities (families/fuel.ts), and
 * with the scenario's distillate, burn q_{t,i} in place of gas from a tank sized on X_t
 * (families/distillate.ts), and with its backup gas, draws g_i in place of pipeline gas from a
 * tank sized on X_t (families/gas-storage.ts);
 * and each cap given: CO2 Σ_i w_i (Σ_t ef_t p_{t,i} + ef_grid g_i) ≤ cap, with ef_t = HR_t/1000 ×
 * co2_t/1000 t/MWh; G ≤ gridMW; acres·S ≤ landAcres; bill coefficient × (P, or G) ≤ bill cap with
 * P ≥ g_i at the coincident-peak hours.
 * With a flexible offer (families/flexible-grid.ts): flexible MW F and, in the hours it is cut,
 * workload curtailment w_i; g_i ≤ G + F in hours not cut, ≤ G in cut hours; w_i ≤ F; the reserve
 * counts the firm grid G as grid capacity and F as interruptible load: G + Σ ff·X ≥ peak − F + k·L.
 *
 * Each family of rows is its own module in `families/` (time structure, capacity and hourly
 * columns, energy balance, capacity limits, storage, reserve, caps, permits, fuel), read and
 * tested on its own;
 * this function composes them in a fixed order, so the LP's column and row order never changes.
 *
 * `elastic`: the feasibility version used to explain infeasibility — every cost is zero, each
 * reserve/allowance/cap row gets a slack column, and the objective is Σ slack / max(|limit|, 1):
 * the smallest relative relaxation that makes the problem feasible.
 */
export function buildSizingModel(input: SizingInput, elastic: boolean, options: SizingModelOptions = {}): SizingLayout {
  const fixed = options.fixedCapacity;
  const builder = new LpBuilder();
  const writer = new RowWriter(builder);
  const cost = (value: number): number => (elastic ? 0 : value);
  const time = timeStructure(input);
  let peakLoadMW = 0;
  for (const value of input.facilityLoadMW) if (value > peakLoadMW) peakLoadMW = value;

  const capacity = addCapacityColumns(builder, input, cost, fixed);
  const rates = energyRates(input);
  const hourly = addHourlyColumns(builder, input, time, capacity, rates, cost);
  const flexible = addFlexibleColumns(builder, input, time, cost);
  const worstDay = addWorstDayColumns(writer, input, cost, fixed !== undefined);
  const distillate = addDistillateColumns(builder, input, time, cost);
  const gasStorage = addGasStorageColumns(builder, input, time);

  // Hourly rows, hour by hour; fixed capacity columns are removed by presolve, so copies of them would only add rows.
  const copies = new CapacityCopies(writer, fixed === undefined && (options.columnSplitting ?? true));
  const balanceRow = new Int32Array(time.hourWeight.length).fill(-1);
  const battery = input.battery;
  let i = 0;
  for (const period of time.periods) {
    const first = i;
    for (let k = 0; k < period.hours; k++, i++) {
      const hour = time.yearHourOf[i] ?? 0;
      // Copies first: each adds its own linking row.
      const solarCopy = copies.copy(capacity.solarMWac);
      const gridCopy = copies.copy(capacity.gridMW);
      const thermalCopies = capacity.thermalMW.map((column) => copies.copy(column));
      const powerCopy = copies.copy(capacity.batteryMW);
      const energyCopy = copies.copy(capacity.batteryMWh);
      const flexibleCopy = flexible === null ? -1 : copies.copy(flexible.flexibleMW);
      balanceRow[i] = energyBalanceRow(writer, input, hourly, i, hour, solarCopy, flexible?.workloadHour[i] ?? -1);
      // With a flexible offer its family writes the grid's hourly limit (G, or G + F).
      capacityLimitRows(writer, input, hourly, i, hour, flexible === null ? gridCopy : -1, thermalCopies);
      if (flexible !== null) flexibleGridRows(writer, flexible, hourly, i, gridCopy, flexibleCopy);
      if (battery !== undefined) storageRows(writer, battery, hourly, i, k === 0 ? first + period.hours - 1 : i - 1, powerCopy, energyCopy);
    }
  }
  const coincidentPeakModelHours = coincidentPeakRows(writer, capacity, hourly, input.residentialBill?.coincidentPeakHours ?? [], time.modelIndexOfYearHour);

  // Once-a-year rows, each elastic when explaining infeasibility.
  const rows: CapRow[] = [];
  const reserveUnits = input.reserveUnits ?? 1;
  const largestUnitMW = largestFirmUnitMW(input.thermal, options.largestUnitMW);
  reserveRow(writer, elastic, rows, input.thermal, capacity, peakLoadMW, reserveUnits, largestUnitMW, flexible?.flexibleMW ?? -1);
  worstDayRows(writer, elastic, rows, input, capacity, worstDay, options.largestUnitMW);
  capRows(writer, elastic, rows, input, capacity, hourly, rates, time.hourWeight, distillate);
  permitRows(writer, elastic, rows, input, capacity, hourly, time.hourWeight, distillate);
  fuelRows(writer, input, hourly, time.periods, distillate, gasStorage);
  distillateRows(writer, input, capacity, hourly, distillate, time);
  gasStorageRows(writer, input, capacity, hourly, gasStorage, time, distillate.burnHour);

  const { annualCost, ...columns } = capacity;
  const { modelIndexOfYearHour: _index, ...structure } = time;
  return { builder, worstDay, distillate, gasStorage, ...structure, ...columns, ...hourly, balanceRow, coincidentPeakModelHours, capRows: rows, peakLoadMW, reserveUnits, largestUnitMW, annualCost, flexible, ...rates };
}
