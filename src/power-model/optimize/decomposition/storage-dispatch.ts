import { derivativesAt, hiOf, SegmentPool, valueAt, type PiecewiseRef } from './convex-piecewise';
import { argminSum, HourCurve } from './hour-curve';
import { availableAt, type DispatchCapacities, type HourlyDispatchProblem } from './hourly-dispatch';

/**
 * The sizing LP's dispatch at fixed capacities WITH the battery: each hour serves load − solar
 * + charge − discharge by merit order (`hourly-dispatch.ts`), and the hours are tied by the
 * battery's state of charge s_h = s_{h−1} + √η·c_h − d_h/√η, 0 ≤ s_h ≤ usable MWh,
 * c_h + d_h ≤ battery MW, cyclic within each period (the year, or each representative day).
 *
 * It is solved exactly by dynamic programming on the state of charge (Bellman): the cost to go
 * W_h(s) is convex and piecewise linear in s, and one hour's step is the infimal convolution of
 * W_{h+1} with the hour's cost of a change Δ in state, g_h(Δ) — the merit-order cost curve
 * f_h(load − solar + Δ/√η) when charging, f_h(load − solar + √η·Δ) when discharging — which is
 * the merge of their slope lists (Rockafellar, "Convex Analysis", 1970, §5 and §16), then the
 * clip to [0, usable MWh]. A forward pass from the period's start reads the optimal schedule off
 * the stored W_{h+1}. The hour's duals come with it: the value of stored energy γ_h is a common
 * subgradient of g_h at Δ*_h and of −W_{h+1} at s_h, chosen to stay constant while the battery is
 * neither empty nor full (complementary slackness), and the balance dual π_h follows from γ_h and
 * the hour's merit order. Those duals build the Lagrangian cut (`lagrangian-cut.ts`), which is
 * valid whatever they are, and exact when they are the LP's.
 *
 * An hour the capacities cannot serve is served by an artificial source dearer than every real one
 * (its energy is reported, and the design is then not feasible), so the pass always has a value.
 */
export type StorageProblem = HourlyDispatchProblem & {
  /** Cyclic runs of modelled hours, each with its own state-of-charge chain. */
  periods: readonly { first: number; hours: number }[];
  /** √(round-trip efficiency): the share kept on charge, and on discharge. */
  efficiency: number;
};

export type StorageCapacities = DispatchCapacities & { batteryMW: number; usableMWh: number };

/** Sources ranked by costWeight·cost + resourceWeight·(annual-row use per MWh). */
export type PricingKey = { costWeight: number; resourceWeight: number };

export type StorageDispatch = {
  /** Σ w·(effective cost)·output, the artificial source included. */
  valueUSD: number;
  /** Σ w·cost·output of the real sources. */
  costUSD: number;
  /** Σ w·(annual-row use)·output. */
  resource: number;
  /** Weighted energy from the artificial source, MWh: > 0 means the capacities cannot serve the load. */
  artificialMWh: number;
  gridMW: Float64Array;
  thermalMW: Float64Array[];
  unservedMW: Float64Array;
  /** Workload curtailed in a flexible offer's cut hours. */
  workloadMW: Float64Array;
  chargeMW: Float64Array;
  dischargeMW: Float64Array;
  storedMWh: Float64Array;
  /** π_h: dual of hour h's energy balance, USD/MWh (weight included). */
  balanceDual: Float64Array;
  /** γ_h: dual of hour h's state-of-charge row, USD per MWh stored. */
  storedDual: Float64Array;
};

/**
 * Where a long period's chain starts: `offset` hours into the period, with `storedMWh` stored.
 * Any start is feasible (the cyclic chain is rotated, the start state held at both ends); one
 * where the optimal schedule passes loses nothing. `startsFrom` reads it off a previous dispatch.
 */
export type PeriodStart = { offset: number; storedMWh: number };

/** W_{h+1} of each hour of a period, by position in the period. */
type ValueFunctions = { lo: Float64Array; v0: Float64Array; start: Int32Array; count: Int32Array };

/** Short periods (representative days, weeks) search their cyclic start state; longer ones start empty. */
const START_SEARCH_MAX_HOURS = 168;
const GOLDEN_STEPS = 40;

/** The artificial source's cost (USD/MWh) and annual-row use per MWh: above every real source under any key. */
export type ArtificialSource = { costUSDPerMWh: number; resourcePerMWh: number };

/**
 * The exact dispatch with storage at `capacities`, sources ranked by `key`. `workspace` holds the
 * value functions; passing the same one to every call of a run saves reallocating it.
 */
export function solveStorageDispatch(
  problem: StorageProblem,
  capacities: StorageCapacities,
  key: PricingKey,
  artificial: ArtificialSource,
  workspace: SegmentPool = new SegmentPool(),
  starts: readonly (PeriodStart | undefined)[] = [],
): StorageDispatch {
  const artificialUSDPerMWh = key.costWeight * artificial.costUSDPerMWh + key.resourceWeight * artificial.resourcePerMWh;
  const hours = problem.loadMW.length;
  const thermalCount = problem.thermalCostUSDPerMWh.length;
  const row = problem.annualRow;
  const gridSource = -1;
  const unservedSource = thermalCount;
  const artificialSource = thermalCount + 1;
  const workloadSource = thermalCount + 2;
  const flexible = problem.flexible ?? null;
  const flexibleMW = flexible === null ? 0 : Math.max(0, capacities.flexibleMW ?? 0);
  // Fixed sources (thermal, unserved) in effective-cost order; the grid is placed each hour.
  type Source = { source: number; cost: number; resource: number; capacityMW: number; effective: number };
  const fixed: Source[] = problem.thermalCostUSDPerMWh.map((cost, t) => ({
    source: t,
    cost,
    resource: row?.thermalPerMWh[t] ?? 0,
    capacityMW: Math.max(0, capacities.thermalMW[t] ?? 0),
    effective: 0,
  }));
  if (problem.unservedCostUSDPerMWh !== null) fixed.push({ source: unservedSource, cost: problem.unservedCostUSDPerMWh, resource: row?.unservedPerMWh ?? 0, capacityMW: Infinity, effective: 0 });
  // Workload curtailment under a flexible offer: F MW, placed only in cut hours (no annual-row use).
  if (flexible !== null) fixed.push({ source: workloadSource, cost: flexible.workloadCostUSDPerMWh, resource: 0, capacityMW: flexibleMW, effective: 0 });
  for (const s of fixed) s.effective = key.costWeight * s.cost + key.resourceWeight * s.resource;
  const order = fixed.filter((s) => s.capacityMW > 0).sort((a, b) => a.effective - b.effective);
  const curve = new HourCurve(order.length + 2);
  const costOf = new Float64Array(order.length + 2);
  const resourceOf = new Float64Array(order.length + 2);
  const gridMW = Math.max(0, capacities.gridMW);
  const peakMW = Math.max(0, capacities.coincidentPeakMW);
  const solarMWac = Math.max(0, capacities.solarMWac);
  const batteryMW = Math.max(0, capacities.batteryMW);
  const usableMWh = Math.max(0, capacities.usableMWh);
  const efficiency = problem.efficiency;
  const gridResource = row?.gridPerMWh ?? 0;

  let placed = 0;
  function place(source: number, capacityMW: number, slope: number, cost: number, resource: number): void {
    curve.source[placed] = source;
    curve.capacity[placed] = capacityMW;
    curve.slope[placed] = slope;
    costOf[placed] = cost;
    resourceOf[placed] = resource;
    placed++;
  }

  /** Merit order of hour i into `curve` (slopes weighted by w_i). */
  const prepare = (i: number): number => {
    const w = problem.weight[i] ?? 0;
    const price = problem.gridPriceUSDPerMWh;
    const onPeak = problem.coincidentPeak !== null && problem.coincidentPeak[i] === 1;
    // g_h ≤ G, + F where a flexible offer is not cut; at a coincident-peak hour also ≤ P.
    const cut = flexible !== null && flexible.curtailed[i] === 1;
    const gridHourMW = cut ? gridMW : gridMW + flexibleMW;
    const gridAvailableMW = price === null ? 0 : onPeak ? Math.min(gridHourMW, peakMW) : gridHourMW;
    const gridCost = price === null ? 0 : (price[i] ?? 0);
    const gridEffective = key.costWeight * gridCost + key.resourceWeight * gridResource;
    placed = 0;
    let gridPlaced = gridAvailableMW <= 0;
    for (const s of order) {
      if (s.source === workloadSource && !cut) continue;
      if (!gridPlaced && gridEffective <= s.effective) {
        place(gridSource, gridAvailableMW, w * gridEffective, gridCost, gridResource);
        gridPlaced = true;
      }
      // Thermal capacity is derated hour by hour (availableAt; unserved is not a technology).
      place(s.source, s.source < thermalCount ? s.capacityMW * availableAt(problem, s.source, i) : s.capacityMW, w * s.effective, s.cost, s.resource);
    }
    if (!gridPlaced) place(gridSource, gridAvailableMW, w * gridEffective, gridCost, gridResource);
    place(artificialSource, Infinity, w * artificialUSDPerMWh, 0, 0);
    curve.count = placed;
    return (problem.loadMW[i] ?? 0) - (problem.solarMWPerMWac?.[i] ?? 0) * solarMWac;
  };

  const result: StorageDispatch = {
    valueUSD: 0,
    costUSD: 0,
    resource: 0,
    artificialMWh: 0,
    gridMW: new Float64Array(hours),
    thermalMW: Array.from({ length: thermalCount }, () => new Float64Array(hours)),
    unservedMW: new Float64Array(hours),
    workloadMW: new Float64Array(hours),
    chargeMW: new Float64Array(hours),
    dischargeMW: new Float64Array(hours),
    storedMWh: new Float64Array(hours),
    balanceDual: new Float64Array(hours),
    storedDual: new Float64Array(hours),
  };

  const pool = workspace;
  const mergeLength = new Float64Array(4096);
  let mergeBuffer = { length: mergeLength, slope: new Float64Array(4096) };
  const stateTolerance = 1e-9 * Math.max(1, usableMWh);

  /** Backward pass over a period ending (and starting) at `startMWh`: its stored W_{h+1} and the cost. */
  const backward = (first: number, count: number, offset: number, startMWh: number, refs: ValueFunctions): number => {
    pool.reset();
    const current: PiecewiseRef = { lo: startMWh, v0: 0, start: pool.open(), count: 0 };
    for (let k = count - 1; k >= 0; k--) {
      refs.lo[k] = current.lo;
      refs.v0[k] = current.v0;
      refs.start[k] = current.start;
      refs.count[k] = current.count;
      const i = first + ((k + offset) % count);
      const demandMW = prepare(i);
      curve.buildChange(demandMW, batteryMW, efficiency);
      // ĝ(z) = g(−z): reversed segments, negated slopes; domain [−η·B, B/η].
      const gCount = curve.gCount;
      const gHi = curve.hi;
      const total = current.count + gCount;
      if (mergeBuffer.length.length < total) mergeBuffer = { length: new Float64Array(2 * total), slope: new Float64Array(2 * total) };
      // Merge ascending slopes of W_{h+1} and ĝ.
      let a = current.start;
      const aEnd = current.start + current.count;
      let b = gCount - 1;
      let m = 0;
      while (a < aEnd || b >= 0) {
        const slopeA = a < aEnd ? (pool.slope[a] ?? 0) : Infinity;
        const slopeB = b >= 0 ? -(curve.gSlope[b] ?? 0) : Infinity;
        if (slopeA <= slopeB) {
          mergeBuffer.length[m] = pool.length[a] ?? 0;
          mergeBuffer.slope[m++] = slopeA;
          a++;
        } else {
          mergeBuffer.length[m] = curve.length[b] ?? 0;
          mergeBuffer.slope[m++] = slopeB;
          b--;
        }
      }
      let lo = current.lo - gHi;
      let v0 = current.v0 + curve.value(demandMW + batteryMW);
      // Clip to [0, usable]: walk up to 0, then stop at usable.
      const start = pool.open();
      let j = 0;
      while (lo < 0 && j < m) {
        const length = mergeBuffer.length[j] ?? 0;
        const slope = mergeBuffer.slope[j] ?? 0;
        const step = Math.min(length, -lo);
        v0 += step * slope;
        lo += step;
        if (step < length) {
          mergeBuffer.length[j] = length - step;
          break;
        }
        j++;
      }
      if (lo < 0) lo = 0;
      let at = lo;
      for (; j < m && at < usableMWh; j++) {
        const length = Math.min(mergeBuffer.length[j] ?? 0, usableMWh - at);
        pool.push(length, mergeBuffer.slope[j] ?? 0);
        at += length;
      }
      current.lo = lo;
      current.v0 = v0;
      current.start = start;
      current.count = pool.size - start;
    }
    return valueAt(pool, current, startMWh);
  };

  for (const [p, period] of problem.periods.entries()) {
    const refs: ValueFunctions = { lo: new Float64Array(period.hours), v0: new Float64Array(period.hours), start: new Int32Array(period.hours), count: new Int32Array(period.hours) };
    const start = period.hours > START_SEARCH_MAX_HOURS ? starts[p] : undefined;
    const offset = start === undefined ? 0 : Math.min(period.hours - 1, Math.max(0, Math.round(start.offset)));
    let startMWh = start === undefined ? 0 : Math.min(usableMWh, Math.max(0, start.storedMWh));
    if (period.hours <= START_SEARCH_MAX_HOURS && usableMWh > 0 && batteryMW > 0) {
      // The cyclic cost is convex in the start state: golden-section search.
      const ratio = (Math.sqrt(5) - 1) / 2;
      let low = 0;
      let high = usableMWh;
      let x1 = high - ratio * (high - low);
      let x2 = low + ratio * (high - low);
      let f1 = backward(period.first, period.hours, 0, x1, refs);
      let f2 = backward(period.first, period.hours, 0, x2, refs);
      for (let step = 0; step < GOLDEN_STEPS && high - low > stateTolerance; step++) {
        if (f1 <= f2) {
          high = x2;
          x2 = x1;
          f2 = f1;
          x1 = high - ratio * (high - low);
          f1 = backward(period.first, period.hours, 0, x1, refs);
        } else {
          low = x1;
          x1 = x2;
          f1 = f2;
          x2 = low + ratio * (high - low);
          f2 = backward(period.first, period.hours, 0, x2, refs);
        }
      }
      const candidates = [0, (low + high) / 2];
      let best = Infinity;
      for (const c of candidates) {
        const value = backward(period.first, period.hours, 0, c, refs);
        if (value < best - 1e-12 * Math.abs(value)) {
          best = value;
          startMWh = c;
        }
      }
    }
    backward(period.first, period.hours, offset, startMWh, refs);
    forward(period.first, period.hours, offset, startMWh, refs);
  }
  return result;

  function forward(first: number, count: number, offset: number, startMWh: number, refs: ValueFunctions): void {
    let stored = startMWh;
    let previousDual = NaN;
    const w: PiecewiseRef = { lo: 0, v0: 0, start: 0, count: 0 };
    for (let k = 0; k < count; k++) {
      const i = first + ((k + offset) % count);
      w.lo = refs.lo[k] ?? 0;
      w.v0 = refs.v0[k] ?? 0;
      w.start = refs.start[k] ?? 0;
      w.count = refs.count[k] ?? 0;
      const demandMW = prepare(i);
      curve.buildChange(demandMW, batteryMW, efficiency);
      const wHi = hiOf(pool, w);
      const from = Math.max(curve.lo, w.lo - stored);
      const to = Math.max(from, Math.min(curve.hi, wHi - stored));
      const change = argminSum(curve, pool, w, stored, from, to);
      const tolerance = 1e-9 * Math.max(1, Math.abs(change), batteryMW);
      const dg = curve.gDerivatives(change, tolerance);
      const dw = derivativesAt(pool, w, stored + change, stateTolerance);
      // γ ∈ ∂g(Δ*) ∩ −∂W(s): kept from the previous hour when it still fits (constant while the state is interior).
      const low = Math.max(dg.left, -dw.right);
      const high = Math.min(dg.right, -dw.left);
      let dual: number;
      if (low <= high) dual = Number.isNaN(previousDual) ? (Number.isFinite(low) ? low : Number.isFinite(high) ? high : 0) : Math.min(high, Math.max(low, previousDual));
      else dual = (low + high) / 2;
      if (!Number.isFinite(dual)) dual = Number.isFinite(low) ? low : Number.isFinite(high) ? high : 0;
      dual = Math.max(0, dual);
      previousDual = dual;

      let chargeMW = change > 0 ? Math.min(batteryMW, change / efficiency) : 0;
      let dischargeMW = change < 0 ? Math.min(batteryMW, -change * efficiency) : 0;
      if (chargeMW < 1e-12) chargeMW = 0;
      if (dischargeMW < 1e-12) dischargeMW = 0;
      stored = Math.min(usableMWh, Math.max(0, stored + efficiency * chargeMW - dischargeMW / efficiency));
      const servedMW = demandMW + chargeMW - dischargeMW;
      const df = curve.derivatives(servedMW, 1e-9 * Math.max(1, Math.abs(servedMW)));
      let balance: number;
      const atLimit = chargeMW + dischargeMW >= batteryMW * (1 - 1e-9);
      if (chargeMW > 0) balance = atLimit ? Math.min(efficiency * dual, df.right) : efficiency * dual;
      else if (dischargeMW > 0) balance = atLimit ? Math.max(dual / efficiency, df.left) : dual / efficiency;
      else balance = Math.min(Math.max(efficiency * dual, df.left), dual / efficiency, df.right);
      balance = Math.min(Math.max(balance, df.left), df.right);
      result.balanceDual[i] = Math.max(0, balance);
      result.storedDual[i] = dual;
      result.chargeMW[i] = chargeMW;
      result.dischargeMW[i] = dischargeMW;
      result.storedMWh[i] = stored;
      // Merit-order fill of what the battery leaves.
      const weight = problem.weight[i] ?? 0;
      let rest = servedMW;
      for (let s = 0; s < curve.count && rest > 0; s++) {
        const take = Math.min(rest, curve.capacity[s] ?? 0);
        if (take <= 0) continue;
        rest -= take;
        const source = curve.source[s] ?? 0;
        result.valueUSD += take * (curve.slope[s] ?? 0);
        result.costUSD += weight * take * (costOf[s] ?? 0);
        result.resource += weight * take * (resourceOf[s] ?? 0);
        if (source === gridSource) result.gridMW[i] = take;
        else if (source === unservedSource) result.unservedMW[i] = take;
        else if (source === workloadSource) result.workloadMW[i] = take;
        else if (source === artificialSource) result.artificialMWh += weight * take;
        else (result.thermalMW[source] ?? new Float64Array(0))[i] = take;
      }
    }
  }
}

/**
 * For each long period, the start after an hour where `dispatch` stored least (an empty battery
 * as a rule): the next dispatch's chain begins where this schedule passed. The offset is counted
 * from the period's first hour, whatever start `dispatch` itself had.
 */
export function startsFrom(problem: StorageProblem, dispatch: StorageDispatch): (PeriodStart | undefined)[] {
  return problem.periods.map((period) => {
    if (period.hours <= START_SEARCH_MAX_HOURS) return undefined;
    // The least stored, nearest mid-period: the schedule's own start and end are held at the old
    // start state, so a low there says nothing about where the cyclic optimum is empty.
    let lowest = Infinity;
    for (let k = 0; k < period.hours; k++) lowest = Math.min(lowest, dispatch.storedMWh[period.first + k] ?? 0);
    const tolerance = 1e-9 * Math.max(1, lowest);
    let least = 0;
    let distance = Infinity;
    for (let k = 0; k < period.hours; k++) {
      if ((dispatch.storedMWh[period.first + k] ?? 0) > lowest + tolerance) continue;
      const fromMiddle = Math.abs(k - period.hours / 2);
      if (fromMiddle < distance) {
        distance = fromMiddle;
        least = k;
      }
    }
    return { offset: (least + 1) % period.hours, storedMWh: dispatch.storedMWh[period.first + least] ?? 0 };
  });
}
