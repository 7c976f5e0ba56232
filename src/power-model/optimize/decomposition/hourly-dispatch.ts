/**
 * The sizing LP's dispatch at fixed capacities, without a battery: every hour is its own small
 * problem (serve load − solar from grid, thermal and, where allowed, unserved energy and — in a
 * flexible offer's cut hours — workload curtailment, each up to its capacity), tied to the other hours only by at most one annual row (the CO2 cap or the
 * unserved-energy allowance). With that row priced at a multiplier λ, each hour is solved exactly
 * by merit order on the effective cost c + λ·a (Everett, "Generalized Lagrange multiplier method",
 * Operations Research 11, 1963): this module does that pass, with the hour's duals.
 */

/** One site's hour-separable dispatch data, per modelled hour i. */
export type HourlyDispatchProblem = {
  weight: Float64Array;
  loadMW: Float64Array;
  /** Solar output per MWac, MW/MWac; null when no solar is offered. */
  solarMWPerMWac: Float64Array | null;
  /** Grid energy price, USD/MWh; null when there is no grid. */
  gridPriceUSDPerMWh: Float64Array | null;
  /** 1 at the utility's coincident-peak hours, where the draw is also held to the peak column. */
  coincidentPeak: Uint8Array | null;
  thermalCostUSDPerMWh: readonly number[];
  /** Per technology, MW available per MW built in each modelled hour (derating); null = 1 every hour. */
  thermalAvailable: readonly (Float64Array | null)[];
  /** Penalty of unserved energy, USD/MWh; null when none may go unserved. */
  unservedCostUSDPerMWh: number | null;
  /** The one annual row Σ_i w_i Σ_s a_s·y_{s,i} ≤ limit, a_s per MWh of each source; null if none. */
  annualRow: AnnualRow | null;
  /**
   * A flexible grid offer (families/flexible-grid.ts) with its cut hours fixed: the grid may draw
   * G + F in hours not cut and G in cut hours (`curtailed` 1), where workload curtailment is one
   * more source at `workloadCostUSDPerMWh` (no annual-row use), up to F MW. F is the capacity
   * `flexibleMW`. Null without an offer.
   */
  flexible?: FlexibleDispatch | null;
};

export type FlexibleDispatch = { curtailed: Uint8Array; workloadCostUSDPerMWh: number };

export type AnnualRow = { gridPerMWh: number; thermalPerMWh: readonly number[]; unservedPerMWh: number; limit: number };

/** The capacities the dispatch is solved at; `flexibleMW` (F) is 0 when absent. */
export type DispatchCapacities = { gridMW: number; coincidentPeakMW: number; thermalMW: readonly number[]; solarMWac: number; flexibleMW?: number };

/**
 * How sources are ranked: effective cost costWeight·c + resourceWeight·a, ties broken by the
 * other key (a for the Lagrangian passes, c for the least-resource pass), ascending or not.
 */
export type MeritKey = { costWeight: number; resourceWeight: number; tieOn: 'resource' | 'cost'; tieAscending: boolean };

/** Per-hour output of a pass, filled when asked for. */
export type DispatchRecord = {
  gridMW: Float64Array;
  thermalMW: Float64Array[];
  unservedMW: Float64Array;
  /** Workload curtailed in the flexible offer's cut hours (0 elsewhere, and without one). */
  workloadMW: Float64Array;
  /** Dual of the hour's energy balance at this key: w_i × the marginal source's effective cost. */
  balanceDual: Float64Array;
};

export type DispatchPass = {
  /** Σ_i w_i Σ_s (effective cost)·y: the pass's objective. */
  valueUSD: number;
  costUSD: number;
  resource: number;
  /** Subgradient of valueUSD with respect to each capacity (≤ 0: more capacity never costs more here). */
  gradient: DispatchCapacities;
  /** Hours whose load − solar exceeds every capacity together (no unserved energy allowed). */
  shortHours: number[];
};

const GRID = -1;
const TIE_TOLERANCE = 1e-9;
/** Relative shortfall below which an hour counts as served (HiGHS's primal feasibility tolerance is 1e-7). */
const SHORT_TOLERANCE = 1e-7;

export function newRecord(hours: number, thermalCount: number): DispatchRecord {
  return {
    gridMW: new Float64Array(hours),
    thermalMW: Array.from({ length: thermalCount }, () => new Float64Array(hours)),
    unservedMW: new Float64Array(hours),
    workloadMW: new Float64Array(hours),
    balanceDual: new Float64Array(hours),
  };
}

/**
 * One merit-order pass over every hour at capacities `capacities` and ranking `key`. Sources
 * filled in order up to capacity; the marginal source (the one that finishes the hour's demand)
 * sets the balance dual π_i = w_i·e_m, and each source ranked before it, full, earns
 * μ_s = w_i·(e_m − e_s), the hour's contribution to −∂value/∂capacity. Those are exact LP duals of
 * the hour's problem, so the gradient is a subgradient of the (convex) value in the capacities.
 */
export function dispatchPass(problem: HourlyDispatchProblem, capacities: DispatchCapacities, key: MeritKey, record: DispatchRecord | null): DispatchPass {
  const thermalCount = problem.thermalCostUSDPerMWh.length;
  const row = problem.annualRow;
  // Fixed sources: thermal t as t, unserved as thermalCount; their rank is the same every hour.
  const fixedCost: number[] = [...problem.thermalCostUSDPerMWh];
  const fixedResource: number[] = problem.thermalCostUSDPerMWh.map((_, t) => row?.thermalPerMWh[t] ?? 0);
  const fixedCapacity: number[] = capacities.thermalMW.map((mw) => Math.max(0, mw));
  const fixed: number[] = fixedCost.map((_, t) => t);
  if (problem.unservedCostUSDPerMWh !== null) {
    fixedCost.push(problem.unservedCostUSDPerMWh);
    fixedResource.push(row?.unservedPerMWh ?? 0);
    fixedCapacity.push(Infinity);
    fixed.push(thermalCount);
  }
  // Workload curtailment under a flexible offer: a fixed-rank source, available (F MW) only in cut hours.
  const flexible = problem.flexible ?? null;
  const flexibleMW = flexible === null ? 0 : Math.max(0, capacities.flexibleMW ?? 0);
  const workloadSource = flexible === null ? -2 : fixedCost.length;
  if (flexible !== null) {
    fixedCost.push(flexible.workloadCostUSDPerMWh);
    fixedResource.push(0);
    fixedCapacity.push(flexibleMW);
    fixed.push(workloadSource);
  }
  const effective = (cost: number, resource: number): number => key.costWeight * cost + key.resourceWeight * resource;
  const fixedEffective = fixed.map((s) => effective(fixedCost[s] ?? 0, fixedResource[s] ?? 0));
  const before = (eX: number, cX: number, aX: number, eY: number, cY: number, aY: number): boolean => {
    const tolerance = TIE_TOLERANCE * Math.max(1, Math.abs(eX), Math.abs(eY));
    if (eX < eY - tolerance) return true;
    if (eX > eY + tolerance) return false;
    const tieX = key.tieOn === 'resource' ? aX : cX;
    const tieY = key.tieOn === 'resource' ? aY : cY;
    return key.tieAscending ? tieX < tieY : tieX > tieY;
  };
  fixed.sort((x, y) => {
    if (before(fixedEffective[x] ?? 0, fixedCost[x] ?? 0, fixedResource[x] ?? 0, fixedEffective[y] ?? 0, fixedCost[y] ?? 0, fixedResource[y] ?? 0)) return -1;
    if (before(fixedEffective[y] ?? 0, fixedCost[y] ?? 0, fixedResource[y] ?? 0, fixedEffective[x] ?? 0, fixedCost[x] ?? 0, fixedResource[x] ?? 0)) return 1;
    return x - y;
  });
  const fixedCount = fixed.length;
  const orderCost = new Float64Array(fixedCount + 1);
  const orderResource = new Float64Array(fixedCount + 1);
  const orderEffective = new Float64Array(fixedCount + 1);
  const orderSource = new Int32Array(fixedCount + 1);
  let n = 0;
  const place = (source: number, e: number, c: number, a: number): void => {
    orderSource[n] = source;
    orderEffective[n] = e;
    orderCost[n] = c;
    orderResource[n++] = a;
  };

  const gridPrice = problem.gridPriceUSDPerMWh;
  const gridResource = row?.gridPerMWh ?? 0;
  const solar = problem.solarMWPerMWac;
  const peak = problem.coincidentPeak;
  const gridMW = Math.max(0, capacities.gridMW);
  const peakMW = Math.max(0, capacities.coincidentPeakMW);
  const solarMWac = Math.max(0, capacities.solarMWac);

  let valueUSD = 0;
  let costUSD = 0;
  let resource = 0;
  let gradGrid = 0;
  let gradPeak = 0;
  let gradSolar = 0;
  let gradFlexible = 0;
  const gradThermal = new Float64Array(thermalCount);
  const shortHours: number[] = [];
  const hours = problem.loadMW.length;
  for (let i = 0; i < hours; i++) {
    const w = problem.weight[i] ?? 0;
    const output = solar === null ? 0 : (solar[i] ?? 0);
    const demandMW = (problem.loadMW[i] ?? 0) - output * solarMWac;
    if (demandMW <= 0) continue; // solar covers the hour; the balance row is slack (π = 0)

    // This hour's order: the fixed order with the grid inserted by its own price.
    n = 0;
    let gridPlaced = gridPrice === null;
    const gridCost = gridPrice === null ? 0 : (gridPrice[i] ?? 0);
    const gridEffective = effective(gridCost, gridResource);
    for (let k = 0; k < fixedCount; k++) {
      const s = fixed[k] ?? 0;
      const e = fixedEffective[s] ?? 0;
      const c = fixedCost[s] ?? 0;
      const a = fixedResource[s] ?? 0;
      if (!gridPlaced && before(gridEffective, gridCost, gridResource, e, c, a)) {
        place(GRID, gridEffective, gridCost, gridResource);
        gridPlaced = true;
      }
      place(s, e, c, a);
    }
    if (!gridPlaced) place(GRID, gridEffective, gridCost, gridResource);
    const onPeak = peak !== null && peak[i] === 1;
    // g_i ≤ G (+ F where the flexible part is not cut); at a coincident-peak hour also ≤ P.
    const cut = flexible !== null && flexible.curtailed[i] === 1;
    const gridHourMW = flexible !== null && !cut ? gridMW + flexibleMW : gridMW;
    const peakBinds = onPeak && peakMW < gridHourMW;
    const gridAvailableMW = peakBinds ? peakMW : gridHourMW;

    let remainingMW = demandMW;
    let marginal = -1;
    for (let k = 0; k < n; k++) {
      const s = orderSource[k] ?? 0;
      const capacityMW = s === GRID ? gridAvailableMW : s === workloadSource ? (cut ? flexibleMW : 0) : (fixedCapacity[s] ?? 0) * availableAt(problem, s, i);
      const outputMW = remainingMW < capacityMW ? remainingMW : capacityMW;
      if (outputMW > 0) {
        remainingMW -= outputMW;
        valueUSD += w * (orderEffective[k] ?? 0) * outputMW;
        costUSD += w * (orderCost[k] ?? 0) * outputMW;
        resource += w * (orderResource[k] ?? 0) * outputMW;
        if (record !== null) {
          if (s === GRID) record.gridMW[i] = outputMW;
          else if (s === workloadSource) record.workloadMW[i] = outputMW;
          else if (s === thermalCount) record.unservedMW[i] = outputMW;
          else (record.thermalMW[s] ?? new Float64Array(hours))[i] = outputMW;
        }
      }
      if (remainingMW <= 0) {
        marginal = k;
        break;
      }
    }
    // A shortfall within the master LP's feasibility tolerance is rounding, not a short hour.
    if (marginal < 0 && remainingMW <= SHORT_TOLERANCE * Math.max(1, demandMW)) marginal = n - 1;
    if (marginal < 0) {
      shortHours.push(i);
      continue;
    }
    const marginalEffective = orderEffective[marginal] ?? 0;
    const dual = w * marginalEffective;
    if (record !== null) record.balanceDual[i] = dual;
    gradSolar -= dual * output;
    for (let k = 0; k < marginal; k++) {
      const rent = w * (marginalEffective - (orderEffective[k] ?? 0));
      if (rent <= 0) continue;
      const s = orderSource[k] ?? 0;
      if (s === GRID) {
        if (peakBinds) gradPeak -= rent;
        else {
          gradGrid -= rent;
          if (flexible !== null && !cut) gradFlexible -= rent;
        }
      } else if (s === workloadSource) {
        // w_i ≤ F exists only in cut hours (in the others the source has no capacity and no row).
        if (cut) gradFlexible -= rent;
      } else if (s < thermalCount) {
        // A MW built gives f_{s,i} MW this hour: its rent is scaled by that.
        gradThermal[s] = (gradThermal[s] ?? 0) - rent * availableAt(problem, s, i);
      }
    }
  }
  return {
    valueUSD,
    costUSD,
    resource,
    gradient: { gridMW: gradGrid, coincidentPeakMW: gradPeak, thermalMW: Array.from(gradThermal), solarMWac: gradSolar, flexibleMW: gradFlexible },
    shortHours,
  };
}

/** MW available per MW built of thermal technology `t` in modelled hour `i` (1 without derating; unserved and others: 1). */
export function availableAt(problem: HourlyDispatchProblem, t: number, i: number): number {
  const series = problem.thermalAvailable[t];
  return series === null || series === undefined ? 1 : (series[i] ?? 1);
}
