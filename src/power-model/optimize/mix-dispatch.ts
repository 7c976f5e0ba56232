import type { Highs } from 'highs';
import type { DispatchSchedule } from '../dispatch/types';
import { HOURS_PER_YEAR } from '../hours';
import { readSolution } from './read-solution';
import { buildSizingModel } from './sizing-model';
import { solveLp } from './solve-lp';
import type { SizedMix, SizingInput, SizingResult, SizingStatus } from './types';

/**
 * Penalty on unserved energy in the dispatch of a fixed mix when the input sets none, USD/MWh:
 * far above the dearest source (~100 USD/MWh), so the LP serves every MWh it can within the caps
 * and what is left unserved is what the mix cannot serve without breaking one.
 */
export const MIX_DISPATCH_VALUE_OF_LOST_LOAD_USD_PER_MWH = 10_000;

export type MixDispatch = {
  status: SizingStatus;
  /** The hourly schedule the engine's simulation follows (`followSchedule`); null unless optimal. */
  schedule: DispatchSchedule | null;
  /** The LP's own annual figures of this dispatch (linear heat rates), null unless optimal. */
  annual: SizingResult['annual'];
  /**
   * Annual cost of the whole-unit mix in the LP's cost model (capacity + energy, no unserved
   * penalty), USD/yr: what the rounding costs over the LP optimum. Null unless optimal.
   */
  costUSDPerYear: number | null;
  /** Largest hourly unserved MW of this dispatch (0 unless optimal). */
  worstUnservedMW: number;
  solveTimeMs: number;
};

/**
 * The least-cost full-year dispatch (8760 h) of a whole-unit mix under the same caps as the sizing:
 * the sizing LP with every capacity column fixed, no reserve row (the reserve is a property of the
 * capacities, checked on them and in the Monte Carlo) and unserved energy allowed at
 * max(value of lost load, 10,000 USD/MWh). Thermal capacity is counted as the engine's dispatch
 * counts it, units × size × (1 − forced-outage rate), so the engine can follow the schedule hour
 * by hour. `co2TonnesPerYear` replaces the CO2 cap (a tightened cap, when the engine's part-load
 * fuel made the first schedule emit more than the LP's linear heat rates said).
 *
 * The battery's state at hour 0 is chosen inside the range the LP's cyclic schedule allows (the
 * middle of it), and returned as a fraction of energy capacity on the engine's scale (reserve
 * 5% + the LP's energy above its reserve).
 */
export function dispatchMix(highs: Highs, input: SizingInput, mix: SizedMix, options: { co2TonnesPerYear?: number; timeLimitSeconds?: number } = {}): MixDispatch {
  const caps = { ...input.caps, ...(options.co2TonnesPerYear === undefined ? {} : { co2TonnesPerYear: options.co2TonnesPerYear }) };
  // A flexible offer is held at the mix's flexible MW (0 when it took none): its cut hours are that MW's.
  const flexible = input.grid?.flexible;
  const grid = input.grid === undefined || flexible === undefined ? input.grid : { ...input.grid, flexible: { ...flexible, fixedMW: mix.flexibleGridMW ?? 0 } };
  const dispatchInput: SizingInput = {
    ...input,
    ...(grid === undefined ? {} : { grid }),
    timeResolution: { kind: 'fullYear' },
    reserveUnits: 0,
    caps,
    unserved: {
      allowanceMWhPerYear: Number.MAX_VALUE,
      valueOfLostLoadUSDPerMWh: Math.max(input.unserved?.valueOfLostLoadUSDPerMWh ?? 0, MIX_DISPATCH_VALUE_OF_LOST_LOAD_USD_PER_MWH),
    },
  };
  const thermalMW = input.thermal.map((t) => {
    const built = mix.thermal.find((m) => m.technologyId === t.technologyId);
    return built === undefined ? 0 : built.units * built.unitMW * (1 - (t.forcedOutageRate ?? 0));
  });
  const layout = buildSizingModel(dispatchInput, false, {
    largestUnitMW: 0,
    fixedCapacity: { gridMW: input.grid === undefined ? 0 : mix.gridImportMW, thermalMW, solarMWac: input.solar === undefined ? 0 : mix.solarMWac, batteryMW: mix.batteryMW, batteryMWh: mix.batteryMWh },
  });
  // The reserve is a property of the capacities (checked on them and in the Monte Carlo), not of
  // the dispatch; with thermal counted net of forced outages its row could not hold: lift it.
  for (const cap of layout.capRows) if (cap.constraint === 'reserveMargin') layout.builder.rowLower[cap.row] = -Infinity;
  const solution = solveLp(highs, layout.builder, options.timeLimitSeconds ?? 120, 'choose');
  const x = solution.colValue;
  if (solution.status !== 'optimal' || x === null) return { status: solution.status, schedule: null, annual: null, costUSDPerYear: null, worstUnservedMW: 0, solveTimeMs: solution.solveTimeMs };
  const at = (column: number): number => (column < 0 ? 0 : Math.max(0, x[column] ?? 0));
  const series = (columns: Int32Array): Float64Array => Float64Array.from({ length: HOURS_PER_YEAR }, (_, h) => at(columns[h] ?? -1));
  const thermalMWByTechnology: Record<string, Float64Array> = {};
  input.thermal.forEach((t, k) => {
    const columns = layout.thermalHour[k];
    if (columns !== undefined) thermalMWByTechnology[t.technologyId] = series(columns);
  });
  const batteryChargeMW = series(layout.chargeHour);
  const batteryDischargeMW = series(layout.dischargeHour);
  const read = readSolution({ ...dispatchInput, caps: input.caps ?? {} }, layout, x);
  const costs = read.costBreakdownUSDPerYear;
  const costUSDPerYear = costs === null ? null : Object.entries(costs).reduce((sum, [line, usd]) => (line === 'unservedPenaltyUSD' ? sum : sum + usd), 0);
  return {
    status: 'optimal',
    schedule: {
      gridImportMW: series(layout.gridHour),
      thermalMWByTechnology,
      batteryChargeMW,
      batteryDischargeMW,
      batteryInitialSocFraction: initialSocFraction(input, mix, batteryChargeMW, batteryDischargeMW),
      ...(layout.flexible === null ? {} : { workloadCurtailmentMW: series(layout.flexible.workloadHour) }),
    },
    annual: read.annual,
    costUSDPerYear,
    worstUnservedMW: series(layout.unservedHour).reduce((max, mw) => Math.max(max, mw), 0),
    solveTimeMs: solution.solveTimeMs,
  };
}

/** Engine reserve of the battery, fraction of energy (DEFAULT_BATTERY_LIMITS.minSocFraction). */
const ENGINE_SOC_MIN_FRACTION = 0.05;

/**
 * State of charge before hour 0 that keeps the LP's cyclic schedule within [0, usable]: with
 * Δ_i the running sum of √η·c − d/√η, any start s with −min Δ ≤ s ≤ usable − max Δ works; the
 * middle is taken, on the engine's scale.
 */
function initialSocFraction(input: SizingInput, mix: SizedMix, chargeMW: Float64Array, dischargeMW: Float64Array): number {
  const battery = input.battery;
  if (battery === undefined || mix.batteryMWh <= 0) return 0.5;
  const eta = Math.sqrt(battery.roundTripEfficiency);
  let delta = 0;
  let lowest = 0;
  let highest = 0;
  for (let h = 0; h < HOURS_PER_YEAR; h++) {
    delta += eta * (chargeMW[h] ?? 0) - (dischargeMW[h] ?? 0) / eta;
    if (delta < lowest) lowest = delta;
    if (delta > highest) highest = delta;
  }
  const usableMWh = (1 - battery.socMinPct / 100) * mix.batteryMWh;
  const startMWh = Math.min(usableMWh, Math.max(0, (-lowest + (usableMWh - highest)) / 2));
  return ENGINE_SOC_MIN_FRACTION + startMWh / mix.batteryMWh;
}
