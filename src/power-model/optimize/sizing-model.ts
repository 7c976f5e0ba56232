import { HOURS_PER_YEAR } from '../hours';
import { capitalRecoveryFactor } from './capital-recovery';
import { LpBuilder } from './lp-builder';
import { selectRepresentativeDays, type RepresentativeDay } from './representative-days';
import type { Infeasibility, SizingInput } from './types';

/** A run of consecutive modelled hours with its own cyclic battery state: the year, or one day. */
type Period = { firstYearHour: number; hours: number; weight: number };

export type CapRow = {
  constraint: Infeasibility['constraint'];
  row: number;
  limit: number;
  /** +1 for a ≤ row, −1 for a ≥ row: the direction a slack relaxes it. */
  sense: 1 | -1;
  /** The slack column in elastic mode, else −1. */
  slackColumn: number;
};

export type FixedCapacity = { gridMW: number; thermalMW: readonly number[]; solarMWac: number; batteryMW: number; batteryMWh: number };

export type SizingModelOptions = {
  /** Chain per-hour copies of the capacity columns (see below); default true. */
  columnSplitting?: boolean;
  /** The reserve class: nameplate size of the largest unit allowed (reserveClasses); default the largest offered. */
  largestUnitMW?: number;
  /** Capacities held at these values (lower = upper bound): the model is then a dispatch LP. */
  fixedCapacity?: FixedCapacity;
};

/** Where every variable of the sizing LP sits, to read the solution back. */
export type SizingLayout = {
  builder: LpBuilder;
  periods: Period[];
  representativeDays: RepresentativeDay[] | null;
  /** Weight (days represented) and year hour of each modelled hour. */
  hourWeight: Float64Array;
  yearHourOf: Int32Array;
  gridMW: number;
  thermalMW: number[];
  solarMWac: number;
  batteryMW: number;
  batteryMWh: number;
  coincidentPeakMW: number;
  /** Hourly columns, [modelled hour] (−1 when absent); thermal as [technology][hour]. */
  gridHour: Int32Array;
  thermalHour: Int32Array[];
  chargeHour: Int32Array;
  dischargeHour: Int32Array;
  /** Stored energy above the reserve at the end of each modelled hour (−1 without a battery). */
  storedHour: Int32Array;
  unservedHour: Int32Array;
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
  annualCost: { gridPerMW: number; thermalPerMW: number[]; solarPerMWac: number; batteryPerMW: number; batteryPerMWh: number };
  /** Energy-side cost per MWh of each source. */
  thermalEnergyCostUSDPerMWh: number[];
  thermalCo2TonnesPerMWh: number[];
  gridCo2TonnesPerMWh: number;
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
 * and each cap given: CO2 Σ_i w_i (Σ_t ef_t p_{t,i} + ef_grid g_i) ≤ cap, with ef_t = HR_t/1000 ×
 * co2_t/1000 t/MWh; G ≤ gridMW; acres·S ≤ landAcres; bill coefficient × (P, or G) ≤ bill cap with
 * P ≥ g_i at the coincident-peak hours.
 *
 * `elastic`: the feasibility version used to explain infeasibility — every cost is zero, each
 * reserve/allowance/cap row gets a slack column, and the objective is Σ slack / max(|limit|, 1):
 * the smallest relative relaxation that makes the problem feasible.
 */
export function buildSizingModel(input: SizingInput, elastic: boolean, options: SizingModelOptions = {}): SizingLayout {
  const fixed = options.fixedCapacity;
  // Fixed capacity columns are removed by presolve; copies of them would only add rows.
  const columnSplitting = fixed === undefined && (options.columnSplitting ?? true);
  const load = input.facilityLoadMW;
  const builder = new LpBuilder();
  const cost = (value: number): number => (elastic ? 0 : value);

  let representativeDays: RepresentativeDay[] | null = null;
  let periods: Period[];
  let modelIndexOfYearHour: (hour: number) => number;
  if (input.timeResolution.kind === 'fullYear') {
    periods = [{ firstYearHour: 0, hours: HOURS_PER_YEAR, weight: 1 }];
    modelIndexOfYearHour = (hour) => hour;
  } else {
    const series = [load];
    if (input.solar !== undefined) series.push(input.solar.outputMWPerMWac);
    const price = input.grid?.energyPriceUSDPerMWh;
    if (price instanceof Float64Array) series.push(price);
    const selection = selectRepresentativeDays(series, input.timeResolution.days, input.timeResolution.seed ?? 1);
    representativeDays = selection.days;
    periods = selection.days.map((d) => ({ firstYearHour: d.day * 24, hours: 24, weight: d.weightDays }));
    modelIndexOfYearHour = (hour) => (selection.representativeOfDay[Math.floor(hour / 24)] ?? 0) * 24 + (hour % 24);
  }
  const modelledHours = periods.reduce((sum, p) => sum + p.hours, 0);
  const hourWeight = new Float64Array(modelledHours);
  const yearHourOf = new Int32Array(modelledHours);
  {
    let i = 0;
    for (const period of periods) {
      for (let k = 0; k < period.hours; k++, i++) {
        hourWeight[i] = period.weight;
        yearHourOf[i] = period.firstYearHour + k;
      }
    }
  }

  let peakLoadMW = 0;
  for (const value of load) if (value > peakLoadMW) peakLoadMW = value;

  // Capacity columns.
  const grid = input.grid;
  const gridPerMW = grid?.capacityChargeUSDPerMWYear ?? 0;
  const capacity = (costPerUnit: number, upper: number, fixedValue: number | undefined): number =>
    fixedValue === undefined ? builder.addColumn(cost(costPerUnit), 0, upper) : builder.addColumn(cost(costPerUnit), fixedValue, fixedValue);
  const gridMW = grid !== undefined && grid.importLimitMW > 0 ? capacity(gridPerMW, grid.importLimitMW, fixed?.gridMW) : -1;
  const thermalPerMW = input.thermal.map(
    (t) => 1000 * (t.capexUSDPerKW * capitalRecoveryFactor(input.discountRate, t.lifetimeYears) + t.fixedOMUSDPerKWYear),
  );
  const thermalMW = input.thermal.map((t, k) => capacity(thermalPerMW[k] ?? 0, t.maxMW ?? Infinity, fixed?.thermalMW[k]));
  const solar = input.solar;
  const solarPerMWac =
    solar === undefined ? 0 : 1000 * (solar.capexUSDPerKWac * capitalRecoveryFactor(input.discountRate, solar.lifetimeYears) + solar.fixedOMUSDPerKWacYear);
  const solarMWac = solar === undefined ? -1 : capacity(solarPerMWac, solar.maxMWac ?? Infinity, fixed?.solarMWac);
  const battery = input.battery;
  const batteryCrf = battery === undefined ? 0 : capitalRecoveryFactor(input.discountRate, battery.lifetimeYears);
  const batteryPerMW = battery === undefined ? 0 : 1000 * (battery.powerCapexUSDPerKW * batteryCrf + battery.fixedOMUSDPerKWYear);
  const batteryPerMWh = battery === undefined ? 0 : 1000 * battery.energyCapexUSDPerKWh * batteryCrf;
  const batteryMW = battery === undefined ? -1 : capacity(batteryPerMW, battery.maxMW ?? Infinity, fixed?.batteryMW);
  const batteryMWh = battery === undefined ? -1 : capacity(batteryPerMWh, battery.maxMWh ?? Infinity, fixed?.batteryMWh);
  const bill = input.residentialBill;
  const coincidentPeakMW = gridMW >= 0 && bill?.coincidentPeakHours !== undefined ? builder.addColumn(0) : -1;

  // Hourly columns.
  const price = grid?.energyPriceUSDPerMWh;
  const priceAt = (hour: number): number => (typeof price === 'number' ? price : (price?.[hour] ?? 0));
  const thermalEnergyCostUSDPerMWh = input.thermal.map((t) => t.variableOMUSDPerMWh + (t.heatRateBtuPerKWh / 1000) * t.fuelPriceUSDPerMMBtu);
  const thermalCo2TonnesPerMWh = input.thermal.map((t) => ((t.heatRateBtuPerKWh / 1000) * t.co2KgPerMMBtu) / 1000);
  const gridCo2TonnesPerMWh = (grid?.co2KgPerMWh ?? 0) / 1000;
  const valueOfLostLoad = input.unserved?.valueOfLostLoadUSDPerMWh ?? 0;
  const none = (): Int32Array => new Int32Array(modelledHours).fill(-1);
  const gridHour = none();
  const thermalHour = input.thermal.map(() => none());
  const chargeHour = none();
  const dischargeHour = none();
  const storedHour = none();
  const unservedHour = none();
  const balanceRow = none();
  for (let i = 0; i < modelledHours; i++) {
    const w = hourWeight[i] ?? 0;
    const hour = yearHourOf[i] ?? 0;
    if (gridMW >= 0) gridHour[i] = builder.addColumn(cost(w * priceAt(hour)));
    thermalHour.forEach((columns, k) => {
      columns[i] = builder.addColumn(cost(w * (thermalEnergyCostUSDPerMWh[k] ?? 0)));
    });
    if (battery !== undefined) {
      chargeHour[i] = builder.addColumn(0);
      dischargeHour[i] = builder.addColumn(0);
      storedHour[i] = builder.addColumn(0);
    }
    unservedHour[i] = builder.addColumn(cost(w * valueOfLostLoad));
  }

  // Hourly rows.
  const efficiency = battery === undefined ? 1 : Math.sqrt(battery.roundTripEfficiency);
  const usableFraction = battery === undefined ? 1 : 1 - battery.socMinPct / 100;
  const columns: number[] = [];
  const values: number[] = [];
  const term = (column: number, value: number): void => {
    if (column < 0) return;
    columns.push(column);
    values.push(value);
  };
  const row = (lower: number, upper: number): number => {
    const index = builder.addRow(lower, upper, columns, values);
    columns.length = 0;
    values.length = 0;
    return index;
  };
  // Capacity columns would each appear in every hour's rows: dense columns that make the normal
  // equations of an interior-point solve dense. Instead each hour uses a copy chained to the
  // previous hour's copy (copy_i − copy_{i−1} = 0), which keeps the matrix sparse ("column
  // splitting", Andersen & Andersen, "The MOSEK interior point optimizer", 2000, §4).
  const lastCopy = new Map<number, number>();
  const local = (column: number): number => {
    if (column < 0 || !columnSplitting) return column;
    const previous = lastCopy.get(column) ?? column;
    const copy = builder.addColumn(0);
    term(copy, 1);
    term(previous, -1);
    row(0, 0);
    lastCopy.set(column, copy);
    return copy;
  };
  let i = 0;
  for (const period of periods) {
    const first = i;
    for (let k = 0; k < period.hours; k++, i++) {
      const hour = yearHourOf[i] ?? 0;
      // Copies first: each adds its own linking row.
      const solarCopy = local(solarMWac);
      const gridCopy = local(gridMW);
      const thermalCopies = thermalMW.map(local);
      const powerCopy = local(batteryMW);
      const energyCopy = local(batteryMWh);
      term(gridHour[i] ?? -1, 1);
      for (const hours of thermalHour) term(hours[i] ?? -1, 1);
      if (solar !== undefined) term(solarCopy, solar.outputMWPerMWac[hour] ?? 0);
      term(dischargeHour[i] ?? -1, 1);
      term(chargeHour[i] ?? -1, -1);
      term(unservedHour[i] ?? -1, 1);
      balanceRow[i] = row(load[hour] ?? 0, Infinity);
      if (gridMW >= 0) {
        term(gridHour[i] ?? -1, 1);
        term(gridCopy, -1);
        row(-Infinity, 0);
      }
      thermalHour.forEach((hours, t) => {
        term(hours[i] ?? -1, 1);
        term(thermalCopies[t] ?? -1, -(input.thermal[t]?.outputFractionByHour?.[hour] ?? 1));
        row(-Infinity, 0);
      });
      if (battery !== undefined) {
        term(chargeHour[i] ?? -1, 1);
        term(dischargeHour[i] ?? -1, 1);
        term(powerCopy, -1);
        row(-Infinity, 0);
        term(storedHour[i] ?? -1, 1);
        term(energyCopy, -usableFraction);
        row(-Infinity, 0);
        const previous = k === 0 ? first + period.hours - 1 : i - 1;
        term(storedHour[i] ?? -1, 1);
        if (previous !== i) term(storedHour[previous] ?? -1, -1);
        term(chargeHour[i] ?? -1, -efficiency);
        term(dischargeHour[i] ?? -1, 1 / efficiency);
        row(0, 0);
      }
    }
  }
  const coincidentPeakModelHours: number[] = [];
  if (coincidentPeakMW >= 0) {
    const modelled = new Set((bill?.coincidentPeakHours ?? []).map(modelIndexOfYearHour));
    for (const index of modelled) {
      coincidentPeakModelHours.push(index);
      term(gridHour[index] ?? -1, 1);
      term(coincidentPeakMW, -1);
      row(-Infinity, 0);
    }
  }

  // Once-a-year rows, each elastic when explaining infeasibility.
  const capRows: CapRow[] = [];
  const capRow = (constraint: CapRow['constraint'], limit: number, sense: 1 | -1): void => {
    let slackColumn = -1;
    if (elastic) {
      slackColumn = builder.addColumn(1 / Math.max(Math.abs(limit), 1));
      term(slackColumn, -sense);
    }
    const index = sense === 1 ? row(-Infinity, limit) : row(limit, Infinity);
    capRows.push({ constraint, row: index, limit, sense, slackColumn });
  };

  const reserveUnits = input.reserveUnits ?? 1;
  const largestUnitMW = largestFirmUnitMW(input.thermal, options.largestUnitMW);
  term(gridMW, 1);
  thermalMW.forEach((column, k) => term(column, input.thermal[k]?.firmFraction ?? 1));
  capRow('reserveMargin', peakLoadMW + reserveUnits * largestUnitMW, -1);

  for (let h = 0; h < modelledHours; h++) term(unservedHour[h] ?? -1, hourWeight[h] ?? 0);
  capRow('unservedEnergy', input.unserved?.allowanceMWhPerYear ?? 0, 1);

  const caps = input.caps ?? {};
  if (caps.co2TonnesPerYear !== undefined) {
    for (let h = 0; h < modelledHours; h++) {
      const w = hourWeight[h] ?? 0;
      term(gridHour[h] ?? -1, w * gridCo2TonnesPerMWh);
      thermalHour.forEach((hours, t) => term(hours[h] ?? -1, w * (thermalCo2TonnesPerMWh[t] ?? 0)));
    }
    capRow('co2TonnesPerYear', caps.co2TonnesPerYear, 1);
  }
  if (caps.gridMW !== undefined) {
    term(gridMW, 1);
    capRow('gridMW', caps.gridMW, 1);
  }
  if (caps.landAcres !== undefined) {
    if (solar !== undefined) term(solarMWac, solar.acresPerMWac);
    capRow('landAcres', caps.landAcres, 1);
  }
  if (caps.residentialBillUSDPerMonth !== undefined && bill !== undefined) {
    term(coincidentPeakMW >= 0 ? coincidentPeakMW : gridMW, bill.usdPerMonthPerMW);
    capRow('residentialBillUSDPerMonth', caps.residentialBillUSDPerMonth, 1);
  }

  return {
    builder,
    periods,
    representativeDays,
    hourWeight,
    yearHourOf,
    gridMW,
    thermalMW,
    solarMWac,
    batteryMW,
    batteryMWh,
    coincidentPeakMW,
    gridHour,
    thermalHour,
    chargeHour,
    dischargeHour,
    storedHour,
    unservedHour,
    balanceRow,
    coincidentPeakModelHours,
    capRows,
    peakLoadMW,
    reserveUnits,
    largestUnitMW,
    annualCost: { gridPerMW, thermalPerMW, solarPerMWac, batteryPerMW, batteryPerMWh },
    thermalEnergyCostUSDPerMWh,
    thermalCo2TonnesPerMWh,
    gridCo2TonnesPerMWh,
  };
}

/**
 * The unit the N+k reserve counts out, MW at its hot-day rating: the largest unitMW × firmFraction
 * among the technologies whose nameplate unit is at most `classLargestUnitMW` (the reserve class;
 * every technology when it is not given). Conservative where a smaller machine derates less than
 * the class's largest, as `reserveClasses` is conservative for N+k.
 */
export function largestFirmUnitMW(thermal: readonly { unitMW: number; firmFraction?: number }[], classLargestUnitMW?: number): number {
  let largest = 0;
  for (const t of thermal) if (classLargestUnitMW === undefined || t.unitMW <= classLargestUnitMW) largest = Math.max(largest, t.unitMW * (t.firmFraction ?? 1));
  return largest;
}
