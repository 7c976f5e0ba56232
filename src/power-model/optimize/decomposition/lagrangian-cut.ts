import { availableAt } from './hourly-dispatch';
import type { PricingKey, StorageCapacities, StorageProblem } from './storage-dispatch';

/** Coefficients of a cut on the master's capacity columns, USD per MW (or per MWh). */
export type CapacityCoefficients = { gridMW: number; coincidentPeakMW: number; thermalMW: number[]; solarMWac: number; batteryMW: number; batteryMWh: number; flexibleMW?: number };

/** constant + Σ coefficient·capacity: a lower bound on the dispatch's priced value, for every design. */
export type AffineCut = { constant: number; coefficients: CapacityCoefficients };

/**
 * The Lagrangian lower bound of the dispatch LP with storage, as an affine function of the
 * capacities (Geoffrion, "Lagrangean relaxation for integer programming", Math. Programming
 * Study 2, 1974; for an LP it is the dual bound). With any balance duals π_h ≥ 0 and any
 * state-of-charge duals γ_h, every hourly column is priced out, and what remains is linear in the
 * capacities:
 *
 *   L(x) = Σ_h π_h·load_h − S·Σ_h π_h·out_h − Σ_t X_t·Σ_h f_{t,h}·(π_h − w_h·e_t)⁺ − G·Σ_h (π_h − w_h·e_grid,h)⁺
 *          − B·Σ_h max(0, √η·γ_h − π_h, π_h − γ_h/√η) − (1 − socMin)·E·Σ_h (γ_next(h) − γ_h)⁺
 *          − F·Σ_h [open_h·(π_h − w_h·e_grid,h)⁺ + cut_h·(π_h − w_h·e_workload)⁺],
 *
 * f_{t,h} the hour's derating of technology t (availableAt), e the sources' effective costs under `key` (cost + λ × annual-row use), next(h) the following
 * hour of the same cyclic period; at the coincident-peak hours the grid's rent goes to the peak
 * column P instead of G when P < G (+ F in an hour not cut) at `at` (either is valid). With a
 * flexible offer (F MW, its cut hours fixed) the grid may draw G + F where it is not cut
 * (open_h = 1) and G where it is (cut_h = 1), where workload curtailment (≤ F) is one more source. Hourly unserved energy, when
 * allowed, caps π_h at its own price (else the bound would be −∞). By weak duality
 * L(x) ≤ the dispatch's least priced value at x for EVERY x, whatever π and γ are: the cut is
 * valid on its own, and it touches the value at `at` when π and γ are the LP's duals there.
 */
export function lagrangianCut(
  problem: StorageProblem,
  at: StorageCapacities,
  key: PricingKey,
  balanceDual: Float64Array,
  storedDual: Float64Array,
  usableFraction: number,
): AffineCut {
  const hours = problem.loadMW.length;
  const row = problem.annualRow;
  const thermalEffective = problem.thermalCostUSDPerMWh.map((c, t) => key.costWeight * c + key.resourceWeight * (row?.thermalPerMWh[t] ?? 0));
  const unservedEffective = problem.unservedCostUSDPerMWh === null ? Infinity : key.costWeight * problem.unservedCostUSDPerMWh + key.resourceWeight * (row?.unservedPerMWh ?? 0);
  const gridResource = row?.gridPerMWh ?? 0;
  const price = problem.gridPriceUSDPerMWh;
  const flexible = problem.flexible ?? null;
  const flexibleAtMW = flexible === null ? 0 : Math.max(0, at.flexibleMW ?? 0);
  const workloadEffective = flexible === null ? Infinity : key.costWeight * flexible.workloadCostUSDPerMWh;
  const efficiency = problem.efficiency;
  let constant = 0;
  let solar = 0;
  let grid = 0;
  let peak = 0;
  let power = 0;
  let energy = 0;
  let flexibleMW = 0;
  const thermal = new Float64Array(thermalEffective.length);
  for (const period of problem.periods) {
    for (let k = 0; k < period.hours; k++) {
      const i = period.first + k;
      const next = period.first + ((k + 1) % period.hours);
      const w = problem.weight[i] ?? 0;
      const pi = Math.max(0, Math.min(balanceDual[i] ?? 0, w * unservedEffective));
      const gamma = storedDual[i] ?? 0;
      constant += pi * (problem.loadMW[i] ?? 0);
      solar -= pi * (problem.solarMWPerMWac?.[i] ?? 0);
      thermalEffective.forEach((e, t) => {
        const rent = pi - w * e;
        // p_{t,h} ≤ f_{t,h}·X_t: the bound's multiplier (the rent) weighs X_t by the hour's derating.
        if (rent > 0) thermal[t] = (thermal[t] ?? 0) - rent * availableAt(problem, t, i);
      });
      const cut = flexible !== null && flexible.curtailed[i] === 1;
      if (price !== null) {
        const rent = pi - w * (key.costWeight * (price[i] ?? 0) + key.resourceWeight * gridResource);
        if (rent > 0) {
          // g_h ≤ G + F·open_h (F the flexible MW, open_h = 1 where it is not cut) and, at the peak hours, g_h ≤ P.
          const gridHourMW = at.gridMW + (cut ? 0 : flexibleAtMW);
          if (at.coincidentPeakMW < gridHourMW && problem.coincidentPeak !== null && problem.coincidentPeak[i] === 1) peak -= rent;
          else {
            grid -= rent;
            if (flexible !== null && !cut) flexibleMW -= rent;
          }
        }
      }
      if (cut) {
        // Workload curtailment w_h ≤ F in a cut hour, at its own price.
        const rent = pi - w * workloadEffective;
        if (rent > 0) flexibleMW -= rent;
      }
      power -= Math.max(0, efficiency * gamma - pi, pi - gamma / efficiency);
      energy -= usableFraction * Math.max(0, (storedDual[next] ?? 0) - gamma);
    }
  }
  if (hours === 0) constant = 0;
  return { constant, coefficients: { gridMW: grid, coincidentPeakMW: peak, thermalMW: Array.from(thermal), solarMWac: solar, batteryMW: power, batteryMWh: energy, ...(flexible === null ? {} : { flexibleMW }) } };
}

/** The cut's value at a design. */
export function cutValueAt(cut: AffineCut, x: StorageCapacities, usableFraction: number): number {
  const c = cut.coefficients;
  let value = cut.constant + c.gridMW * x.gridMW + c.solarMWac * x.solarMWac + c.batteryMW * x.batteryMW + c.batteryMWh * (usableFraction > 0 ? x.usableMWh / usableFraction : 0) + (c.flexibleMW ?? 0) * (x.flexibleMW ?? 0);
  if (Number.isFinite(x.coincidentPeakMW)) value += c.coincidentPeakMW * x.coincidentPeakMW;
  c.thermalMW.forEach((coefficient, t) => {
    value += coefficient * (x.thermalMW[t] ?? 0);
  });
  return value;
}
