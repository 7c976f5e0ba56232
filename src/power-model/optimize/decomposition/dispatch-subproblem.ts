import { availableAt, dispatchPass, newRecord, type DispatchCapacities, type DispatchRecord, type HourlyDispatchProblem, type MeritKey } from './hourly-dispatch';

/**
 * The exact optimum of the hour-separable dispatch at fixed capacities (`HourlyDispatchProblem`),
 * its value as a function of the capacities (a Benders cut), or why there is none.
 *
 * - 'short': some hours cannot be served at these capacities (no unserved energy allowed).
 * - 'overLimit': even the least-resource dispatch breaks the annual row; `cut` is that least
 *   resource's linearization in the capacities (a feasibility cut: it must be ≤ the limit).
 * - 'solved': the optimum. With an annual row, its multiplier λ* is the smallest breakpoint at
 *   which the merit order keeps the row (the resource used is a non-increasing step function of
 *   λ, changing only where two sources swap rank, λ = Δc/−Δa); at λ* the two orders on either
 *   side of the tie are both optimal for the priced problem, and the mix of them that meets the
 *   limit exactly is optimal for the constrained one (complementary slackness). `cut` is the
 *   Lagrangian value at λ* linearized in the capacities: a valid lower bound on the dispatch cost
 *   everywhere (weak duality), exact here (strong duality).
 */
export type SubproblemResult =
  | { kind: 'short'; shortHours: number[]; capacityShortMW: Float64Array }
  | { kind: 'overLimit'; cut: Cut; minimumResource: number }
  | { kind: 'solved'; lambda: number; costUSD: number; cut: Cut; record: DispatchRecord };

/**
 * value + gradient·(x − at): a linear minorant of the cost (or the least resource) in the
 * capacities, with the hourly balance duals behind its gradient (the master spreads its row
 * duals back over the hours with them).
 */
export type Cut = { valueAt: number; gradient: DispatchCapacities; hourlyDual: Float64Array };

const lagrangianKey = (lambda: number, tieAscending: boolean): MeritKey => ({ costWeight: 1, resourceWeight: lambda, tieOn: 'resource', tieAscending });
const LEAST_RESOURCE_KEY: MeritKey = { costWeight: 0, resourceWeight: 1, tieOn: 'cost', tieAscending: true };

export function solveDispatchSubproblem(problem: HourlyDispatchProblem, capacities: DispatchCapacities): SubproblemResult {
  const hours = problem.loadMW.length;
  const thermalCount = problem.thermalCostUSDPerMWh.length;
  const row = problem.annualRow;
  const recordAt = (key: MeritKey): { pass: ReturnType<typeof dispatchPass>; record: DispatchRecord } => {
    const record = newRecord(hours, thermalCount);
    return { pass: dispatchPass(problem, capacities, key, record), record };
  };

  // λ = 0, ties to the least resource: the optimum when the row does not bind.
  const free = recordAt(lagrangianKey(0, true));
  if (free.pass.shortHours.length > 0) return { kind: 'short', shortHours: free.pass.shortHours, capacityShortMW: shortfall(problem, capacities, free.pass.shortHours) };
  if (row === null || free.pass.resource <= row.limit) {
    return { kind: 'solved', lambda: 0, costUSD: free.pass.costUSD, cut: { valueAt: free.pass.valueUSD, gradient: free.pass.gradient, hourlyDual: free.record.balanceDual }, record: free.record };
  }

  const least = recordAt(LEAST_RESOURCE_KEY);
  if (least.pass.resource > row.limit * (1 + 1e-9) + 1e-9) {
    return { kind: 'overLimit', cut: { valueAt: least.pass.resource, gradient: least.pass.gradient, hourlyDual: least.record.balanceDual }, minimumResource: least.pass.resource };
  }

  const candidates = breakpoints(problem);
  const resourceAt = (lambda: number): number => dispatchPass(problem, capacities, lagrangianKey(lambda, true), null).resource;
  // Smallest candidate whose least-resource order keeps the row (resource is non-increasing in λ).
  let low = 0;
  let high = candidates.length - 1;
  if (high < 0 || resourceAt(candidates[high] ?? 0) > row.limit) {
    // Past every breakpoint the order is the least-resource order, which keeps the row (checked above);
    // only rounding can land here: fall back on that order, exactly feasible.
    const lambda = candidates[high] ?? 0;
    const priced = recordAt(lagrangianKey(lambda, true));
    return { kind: 'solved', lambda, costUSD: least.pass.costUSD, cut: { valueAt: priced.pass.valueUSD - lambda * row.limit, gradient: priced.pass.gradient, hourlyDual: priced.record.balanceDual }, record: least.record };
  }
  while (low < high) {
    const middle = (low + high) >> 1;
    if (resourceAt(candidates[middle] ?? 0) <= row.limit) high = middle;
    else low = middle + 1;
  }
  const lambda = candidates[low] ?? 0;
  const under = recordAt(lagrangianKey(lambda, true));
  const over = recordAt(lagrangianKey(lambda, false));
  const span = over.pass.resource - under.pass.resource;
  const share = span > 0 ? Math.min(1, Math.max(0, (row.limit - under.pass.resource) / span)) : 0;
  const record = mix(under.record, over.record, share);
  const costUSD = (1 - share) * under.pass.costUSD + share * over.pass.costUSD;
  // Both orders minimize the priced problem; the smaller value is the safer minorant under rounding.
  const priced = under.pass.valueUSD <= over.pass.valueUSD ? under : over;
  return { kind: 'solved', lambda, costUSD, cut: { valueAt: priced.pass.valueUSD - lambda * row.limit, gradient: priced.pass.gradient, hourlyDual: priced.record.balanceDual }, record };
}

/** Every λ > 0 at which two sources swap rank in some hour: Δcost / −Δresource. */
function breakpoints(problem: HourlyDispatchProblem): Float64Array {
  const row = problem.annualRow;
  if (row === null) return new Float64Array(0);
  const fixed: Array<[number, number]> = problem.thermalCostUSDPerMWh.map((c, t) => [c, row.thermalPerMWh[t] ?? 0]);
  if (problem.unservedCostUSDPerMWh !== null) fixed.push([problem.unservedCostUSDPerMWh, row.unservedPerMWh]);
  if (problem.flexible) fixed.push([problem.flexible.workloadCostUSDPerMWh, 0]);
  const values: number[] = [];
  const swap = (cX: number, aX: number, cY: number, aY: number): void => {
    if (aX === aY) return;
    const lambda = (cY - cX) / (aX - aY);
    if (lambda > 0 && Number.isFinite(lambda)) values.push(lambda);
  };
  for (let x = 0; x < fixed.length; x++) {
    for (let y = x + 1; y < fixed.length; y++) swap(fixed[x]?.[0] ?? 0, fixed[x]?.[1] ?? 0, fixed[y]?.[0] ?? 0, fixed[y]?.[1] ?? 0);
  }
  const price = problem.gridPriceUSDPerMWh;
  if (price !== null) {
    const seen = new Set<number>();
    for (const p of price) {
      if (seen.has(p)) continue;
      seen.add(p);
      for (const [c, a] of fixed) swap(p, row.gridPerMWh, c, a);
    }
  }
  const sorted = Float64Array.from(values).sort();
  // Drop repeats so the search runs over distinct ranks.
  let n = 0;
  for (let k = 0; k < sorted.length; k++) if (k === 0 || (sorted[k] ?? 0) !== (sorted[n - 1] ?? 0)) sorted[n++] = sorted[k] ?? 0;
  return sorted.subarray(0, n);
}

function mix(under: DispatchRecord, over: DispatchRecord, share: number): DispatchRecord {
  if (share === 0) return under;
  const blend = (a: Float64Array, b: Float64Array): Float64Array => a.map((value, i) => (1 - share) * value + share * (b[i] ?? 0));
  return {
    gridMW: blend(under.gridMW, over.gridMW),
    thermalMW: under.thermalMW.map((series, t) => blend(series, over.thermalMW[t] ?? new Float64Array(series.length))),
    unservedMW: blend(under.unservedMW, over.unservedMW),
    workloadMW: blend(under.workloadMW, over.workloadMW),
    balanceDual: under.balanceDual,
  };
}

/** Load − solar − every capacity, MW, at each short hour (> 0). */
function shortfall(problem: HourlyDispatchProblem, capacities: DispatchCapacities, shortHours: readonly number[]): Float64Array {
  return Float64Array.from(shortHours, (i) => {
    const thermalMW = capacities.thermalMW.reduce((sum, mw, t) => sum + Math.max(0, mw) * availableAt(problem, t, i), 0);
    const onPeak = problem.coincidentPeak !== null && problem.coincidentPeak[i] === 1;
    // A flexible offer's F MW: on the grid in hours not cut, as workload curtailment in cut hours.
    const flexibleMW = problem.flexible ? Math.max(0, capacities.flexibleMW ?? 0) : 0;
    const cut = problem.flexible?.curtailed[i] === 1;
    const gridHourMW = capacities.gridMW + (cut ? 0 : flexibleMW);
    const gridMW = problem.gridPriceUSDPerMWh === null ? 0 : onPeak ? Math.min(gridHourMW, capacities.coincidentPeakMW) : gridHourMW;
    const solarMW = (problem.solarMWPerMWac?.[i] ?? 0) * capacities.solarMWac;
    return (problem.loadMW[i] ?? 0) - solarMW - gridMW - thermalMW - (cut ? flexibleMW : 0);
  });
}
