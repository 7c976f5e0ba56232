import type { Highs } from 'highs';
import { capitalRecoveryFactor } from './capital-recovery';
import { LpBuilder } from './lp-builder';
import type { SizingLayout } from './sizing-model';
import { solveLp } from './solve-lp';
import type { SizingBattery } from './types';

export type BatteryPricing = {
  /**
   * Least value of (battery annual cost − its energy value at the given hourly prices) per MW of
   * battery power, USD/yr per MW; negative means a battery would pay. null when the pricing LP
   * did not solve.
   */
  netCostUSDPerYearPerMW: number | null;
  solveTimeMs: number;
};

/**
 * Prices the battery against a sizing LP solved WITHOUT it (column generation's pricing step,
 * Dantzig & Wolfe 1960; Chvátal, "Linear Programming", 1983, ch. 26).
 *
 * Inputs: the no-battery layout (its periods and modelled hours), the battery on offer, the
 * discount rate, and `balanceDualUSDPerMWh[i]`, the dual of hour i's energy-balance row in the
 * no-battery optimum (USD per MWh, already carrying the hour's weight w_i).
 *
 * The battery's columns (B, E, and per hour c_i, d_i, s_i) touch the rest of the sizing LP only
 * through the balance rows (+d_i − c_i); its own rows (c_i + d_i ≤ B, s_i ≤ (1 − socMin)·E, the
 * cyclic state chain s_i = s_{i−1} + √η·c_i − d_i/√η) involve nothing else. So the no-battery
 * optimum is also optimal with the battery on offer iff, at those duals π, no battery has a
 * negative reduced cost:
 *   min  costB·B + costE·E + Σ_i π_i (c_i − d_i)  over the battery's rows, 0 ≤ B ≤ 1,
 * is 0 (the set is a cone, so B ≤ 1 only normalizes it). costB and costE are the USD/yr per MW
 * and per MWh of `buildSizingModel`. A negative minimum means some battery pays at those prices;
 * the caller must then solve the LP with the battery.
 */
export function priceBattery(
  highs: Highs,
  layout: SizingLayout,
  battery: SizingBattery,
  discountRate: number,
  balanceDualUSDPerMWh: Float64Array,
  timeLimitSeconds: number,
): BatteryPricing {
  const crf = capitalRecoveryFactor(discountRate, battery.lifetimeYears);
  const powerCostUSDPerYearPerMW = 1000 * (battery.powerCapexUSDPerKW * crf + battery.fixedOMUSDPerKWYear);
  // The LP is only needed when the bound leaves room for a battery to pay.
  if (powerCostUSDPerYearPerMW >= arbitrageBoundUSDPerYearPerMW(balanceDualUSDPerMWh, battery.roundTripEfficiency)) {
    return { netCostUSDPerYearPerMW: 0, solveTimeMs: 0 };
  }
  const builder = new LpBuilder();
  const powerMW = builder.addColumn(powerCostUSDPerYearPerMW, 0, (battery.maxMW ?? Infinity) > 0 ? 1 : 0);
  const energyMWh = builder.addColumn(1000 * battery.energyCapexUSDPerKWh * crf, 0, (battery.maxMWh ?? Infinity) > 0 ? Infinity : 0);
  const efficiency = Math.sqrt(battery.roundTripEfficiency);
  const usableFraction = 1 - battery.socMinPct / 100;
  const hours = layout.hourWeight.length;
  const charge = new Int32Array(hours);
  const discharge = new Int32Array(hours);
  const stored = new Int32Array(hours);
  for (let i = 0; i < hours; i++) {
    const value = balanceDualUSDPerMWh[i] ?? 0;
    charge[i] = builder.addColumn(value);
    discharge[i] = builder.addColumn(-value);
    stored[i] = builder.addColumn(0);
  }
  let i = 0;
  for (const period of layout.periods) {
    const first = i;
    for (let k = 0; k < period.hours; k++, i++) {
      const c = charge[i] ?? 0;
      const d = discharge[i] ?? 0;
      const s = stored[i] ?? 0;
      builder.addRow(-Infinity, 0, [c, d, powerMW], [1, 1, -1]);
      builder.addRow(-Infinity, 0, [s, energyMWh], [1, -usableFraction]);
      const previous = k === 0 ? first + period.hours - 1 : i - 1;
      if (previous === i) builder.addRow(0, 0, [c, d], [-efficiency, 1 / efficiency]);
      else builder.addRow(0, 0, [s, stored[previous] ?? 0, c, d], [1, -1, -efficiency, 1 / efficiency]);
    }
  }
  const solution = solveLp(highs, builder, timeLimitSeconds, 'choose');
  return { netCostUSDPerYearPerMW: solution.status === 'optimal' ? solution.objective : null, solveTimeMs: solution.solveTimeMs };
}

/**
 * An upper bound on what 1 MW of battery can earn at hourly energy values `valueUSDPerMWh`, with
 * any storage for free: the pricing LP without its energy cost and state-of-charge limits, and
 * with the per-period cyclic state replaced by the whole-year balance Σ d = η·Σ c. That
 * relaxation is solved by greedy: charge at full power in the cheapest hours and discharge in the
 * dearest while η × dearest > cheapest. When the power cost alone exceeds it, no battery pays and
 * the pricing LP's minimum is 0 (the empty battery).
 */
export function arbitrageBoundUSDPerYearPerMW(valueUSDPerMWh: Float64Array, roundTripEfficiency: number): number {
  const sorted = Float64Array.from(valueUSDPerMWh).sort();
  let low = 0;
  let high = sorted.length - 1;
  let chargeRoomMW = 1;
  let dischargeRoomMW = 1;
  let profitUSD = 0;
  while (low < high) {
    const buy = sorted[low] ?? 0;
    const sell = sorted[high] ?? 0;
    if (roundTripEfficiency * sell <= buy) break;
    const chargeMWh = Math.min(chargeRoomMW, dischargeRoomMW / roundTripEfficiency);
    profitUSD += roundTripEfficiency * chargeMWh * sell - chargeMWh * buy;
    chargeRoomMW -= chargeMWh;
    dischargeRoomMW -= roundTripEfficiency * chargeMWh;
    if (chargeRoomMW <= 1e-12) {
      low++;
      chargeRoomMW = 1;
    }
    if (dischargeRoomMW <= 1e-12) {
      high--;
      dischargeRoomMW = 1;
    }
  }
  return profitUSD;
}
