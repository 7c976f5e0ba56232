import type { Highs } from 'highs';
import type { SizingLayout } from '../sizing-model';
import type { SizingInput } from '../types';
import { hourlyProblemOf } from './benders-sizing';
import type { DispatchCapacities } from './hourly-dispatch';
import { cutValueAt, lagrangianCut, type AffineCut } from './lagrangian-cut';
import { MasterProblem } from './master-problem';
import { SegmentPool } from './convex-piecewise';
import { checkPrimal } from './primal-check';
import { solveStorageDispatch, startsFrom, type ArtificialSource, type PeriodStart, type PricingKey, type StorageCapacities, type StorageDispatch, type StorageProblem } from './storage-dispatch';

/**
 * Stop when the best full-year design costs within this fraction of the proven lower bound. The
 * gap actually reached is returned and said in the notes.
 */
export const STORAGE_RELATIVE_GAP = 1e-5;
const MAX_ITERATIONS = 400;
/** The decomposed answer must satisfy every row of the full LP to this (relative). */
const PRIMAL_TOLERANCE = 1e-6;
/** Steps that widen the bracket of the annual row's multiplier at one design. */
const MULTIPLIER_STEPS = 12;
/** Bisection steps per round: the bracket narrows from round to round while designs settle. */
const BISECTION_STEPS_PER_ROUND = 2;
/** The multiplier search stops when its bracket is this narrow (relative). */
const MULTIPLIER_TOLERANCE = 1e-4;
/** Below this weighted artificial energy (MWh) a dispatch counts as serving the load. */
const SERVED_TOLERANCE_MWH = 1e-6;
/** Relative excess over the annual row's limit that still counts as keeping it. */
const ROW_TOLERANCE = 1e-9;
/** Dispatches tried again from a better start of the year's chain, at most. */
const START_ATTEMPTS = 2;
/** A round's best cut must raise the master's θ at its point by more than this (relative) to count as progress. */
const STALL_TOLERANCE = 1e-9;

export type StorageDecomposed =
  | {
      status: 'optimal';
      /** A column vector of the full sizing LP with battery (`layout`): the design and its hourly dispatch. */
      colValue: Float64Array;
      /** Its cost, read off the full LP's objective (the upper bound). */
      objectiveUSD: number;
      /** The master's proven lower bound on the class's optimum. */
      lowerBoundUSD: number;
      iterations: number;
      solveTimeMs: number;
    }
  /** The master's lower bound reached `cutoffUSD`: this class cannot beat the answer already found. */
  | { status: 'pruned'; lowerBoundUSD: number; iterations: number; solveTimeMs: number }
  | { status: 'infeasible' | 'timeLimit' | 'error'; reason: string; lowerBoundUSD: number; iterations: number; solveTimeMs: number };

export type StorageDecompositionOptions = {
  /** Stop (status 'pruned') once the lower bound reaches this, USD/yr. */
  cutoffUSD?: number;
  /** A design to evaluate first (for example the no-battery optimum): its cut and cost start the search. */
  start?: { capacities: DispatchCapacities; batteryMW: number; batteryMWh: number };
  /** Told after each round (for progress and the benchmark). */
  onRound?: (round: { iteration: number; lowerBoundUSD: number; upperBoundUSD: number; dispatches: number; batteryMW: number; batteryMWh: number; capacities: DispatchCapacities }) => void;
};

type Candidate = { capacities: DispatchCapacities; batteryMW: number; batteryMWh: number; dispatch: StorageDispatch; totalUSD: number };

/**
 * Solves the full sizing LP WITH the battery (`layout` built with battery columns, no column
 * splitting) by Benders decomposition over the capacities (grid, peak draw, thermal, solar,
 * battery power and energy): the master LP (`MasterProblem`) chooses them; the dispatch with
 * storage at those capacities is solved exactly by dynamic programming on the state of charge
 * (`solveStorageDispatch`), and its duals give a Lagrangian cut (`lagrangianCut`), valid for every
 * design whatever the duals, so the master's optimum is a proven lower bound. The one annual row
 * (CO2 cap or unserved allowance) is priced at a multiplier λ found by bisection at each design;
 * the cut at any λ is valid (weak duality). The best feasible design found — for a binding row,
 * the mix of the dispatches either side of λ* that meets the row exactly — is the upper bound.
 * It stops when the two are within `STORAGE_RELATIVE_GAP`, then writes the design and its
 * 8,760-hour dispatch, battery included, into the full LP's columns and checks them against every
 * row and bound (`checkPrimal`).
 */
export function solveStorageByDecomposition(highs: Highs, input: SizingInput, layout: SizingLayout, timeLimitSeconds: number, options: StorageDecompositionOptions = {}): StorageDecomposed {
  const battery = input.battery;
  if (battery === undefined || layout.batteryMW < 0) throw new Error('solveStorageByDecomposition: the layout has no battery; use solveByDecomposition');
  const started = Date.now();
  const usableFraction = 1 - battery.socMinPct / 100;
  const problem = storageProblemOf(input, layout);
  const master = new MasterProblem(layout);
  const row = problem.annualRow;
  const artificial = artificialSource(problem);
  const workspace = new SegmentPool();
  /** Where each long period's chain starts: after the emptiest hour of the last dispatch. */
  let starts: (PeriodStart | undefined)[] = [];
  let best: Candidate | null = null;
  let lowerBoundUSD = -Infinity;
  let iterations = 0;
  /** λ* lies in [low, high] at the last design where the row bound (low = 0: not yet known to bind). */
  let bracket = { low: 0, high: initialMultiplier(problem) };
  let dispatches = 0;
  const upper = (): number => (best as Candidate | null)?.totalUSD ?? Infinity;
  const elapsed = (): number => Date.now() - started;
  const stop = (status: 'infeasible' | 'timeLimit' | 'error', reason: string): StorageDecomposed => ({ status, reason, lowerBoundUSD, iterations, solveTimeMs: elapsed() });

  if (options.start !== undefined) {
    const start = options.start;
    evaluate(start.capacities, start.batteryMW, start.batteryMWh, capacityCost(layout, start.capacities, start.batteryMW, start.batteryMWh));
  }
  while (iterations < MAX_ITERATIONS) {
    iterations++;
    if (elapsed() / 1000 > timeLimitSeconds) return stop('timeLimit', `the storage decomposition ran past ${timeLimitSeconds} s`);
    const solved = master.solve(highs, Math.max(1, timeLimitSeconds - elapsed() / 1000));
    if (solved === 'infeasible') return stop('infeasible', 'no design meets the capacity rows and the dispatch cuts');
    if (solved === 'error') return stop('error', 'the master LP did not solve');
    lowerBoundUSD = Math.max(lowerBoundUSD, solved.objectiveUSD);
    if (options.cutoffUSD !== undefined && lowerBoundUSD >= options.cutoffUSD) return { status: 'pruned', lowerBoundUSD, iterations, solveTimeMs: elapsed() };
    if (converged(upper(), lowerBoundUSD)) return finish(best as unknown as Candidate);
    const added = evaluate(solved.capacities, solved.batteryMW, solved.batteryMWh, solved.capacityCostUSD);
    options.onRound?.({ iteration: iterations, lowerBoundUSD, upperBoundUSD: upper(), dispatches, batteryMW: solved.batteryMW, batteryMWh: solved.batteryMWh, capacities: solved.capacities });
    if (converged(upper(), lowerBoundUSD)) return finish(best as unknown as Candidate);
    // A round whose cuts do not cut off the master's point would repeat forever: stop there.
    const thetaUSD = solved.objectiveUSD - solved.capacityCostUSD;
    if (added <= thetaUSD + STALL_TOLERANCE * Math.max(1, Math.abs(solved.objectiveUSD))) {
      if (best !== null) return finish(best);
      return stop('error', 'the storage decomposition stalled before finding a feasible design');
    }
  }
  return stop('error', `the storage decomposition did not converge in ${MAX_ITERATIONS} rounds`);

  /**
   * The dispatch at one design: cuts into the master, and the design kept if it is the cheapest
   * feasible one. Returns the highest cut value at the design (+∞ when a feasibility row cuts it off).
   */
  function evaluate(capacities: DispatchCapacities, batteryMW: number, batteryMWh: number, capacityCostUSD: number): number {
    const at: StorageCapacities = { ...capacities, batteryMW, usableMWh: usableFraction * batteryMWh };
    // A long period's chain must start somewhere; started where the optimal schedule passes, the
    // dispatch is exact and its cut touches it. A cut below the dispatch's value says the start was
    // off: once more from after this schedule's emptiest hour, and the better of the two is kept.
    const dispatch = (key: PricingKey): StorageDispatch => {
      dispatches++;
      let d = solveStorageDispatch(problem, at, key, artificial, workspace, starts);
      for (let attempt = 0; attempt < START_ATTEMPTS; attempt++) {
        const cut = lagrangianCut(problem, at, key, d.balanceDual, d.storedDual, usableFraction);
        if (d.valueUSD - cutValueAt(cut, at, usableFraction) <= STORAGE_RELATIVE_GAP * 0.1 * Math.max(1, Math.abs(d.valueUSD))) break;
        const next = startsFrom(problem, d);
        if (next.every((start, p) => start === undefined || (start.offset === starts[p]?.offset && start.storedMWh === starts[p]?.storedMWh))) break;
        dispatches++;
        const retry = solveStorageDispatch(problem, at, key, artificial, workspace, next);
        if (retry.valueUSD > d.valueUSD) break;
        d = retry;
        starts = next;
      }
      return d;
    };
    let highest = -Infinity;
    const addCut = (key: PricingKey, d: StorageDispatch, limitTerm: number): void => {
      const cut = lagrangianCut(problem, at, key, d.balanceDual, d.storedDual, usableFraction);
      const shifted: AffineCut = { ...cut, constant: cut.constant - limitTerm };
      master.addAffineCut(shifted);
      highest = Math.max(highest, cutValueAt(shifted, at, usableFraction));
    };
    const keep = (d: StorageDispatch, costUSD: number): void => {
      const totalUSD = capacityCostUSD + costUSD;
      if (best === null || totalUSD < best.totalUSD) best = { capacities, batteryMW, batteryMWh, dispatch: d, totalUSD };
    };
    const limit = row?.limit ?? Infinity;
    // Within the full LP's row tolerance (the primal check's 1e-6 is far looser).
    const keeps = (d: StorageDispatch): boolean => served(d) && d.resource <= limit + ROW_TOLERANCE * Math.max(1, Math.abs(limit));
    // λ = 0 first unless the row bound at the last design (then the last bracket is checked first).
    // A design that cannot serve the load gets the λ = 0 cut (its artificial energy prices the shortfall).
    if (row === null || bracket.low === 0) {
      const free = dispatch({ costWeight: 1, resourceWeight: 0 });
      if (row === null || !served(free) || keeps(free)) {
        addCut({ costWeight: 1, resourceWeight: 0 }, free, 0);
        if (served(free)) keep(free, free.costUSD);
        return highest;
      }
    }
    // The bracket [low, high] of λ*, carried from the last design: resource use is non-increasing in λ.
    let high = bracket.high;
    let highDispatch = dispatch({ costWeight: 1, resourceWeight: high });
    if (!served(highDispatch)) {
      addCut({ costWeight: 1, resourceWeight: high }, highDispatch, high * limit);
      return highest;
    }
    let low = bracket.low;
    let lowDispatch: StorageDispatch | null = null;
    let steps = 0;
    if (!keeps(highDispatch)) {
      // Is the row reachable at all at this design? If not, a feasibility row.
      const least = dispatch({ costWeight: 0, resourceWeight: 1 });
      if (!keeps(least)) {
        const cut = lagrangianCut(problem, at, { costWeight: 0, resourceWeight: 1 }, least.balanceDual, least.storedDual, usableFraction);
        master.addAffineFeasibility(cut, limit);
        addCut({ costWeight: 1, resourceWeight: high }, highDispatch, high * limit);
        return cutValueAt(cut, at, usableFraction) > limit + ROW_TOLERANCE * Math.max(1, Math.abs(limit)) ? Infinity : highest;
      }
      while (!keeps(highDispatch) && steps < MULTIPLIER_STEPS) {
        low = high;
        lowDispatch = highDispatch;
        high *= 4;
        highDispatch = dispatch({ costWeight: 1, resourceWeight: high });
        steps++;
      }
      if (!keeps(highDispatch)) {
        addCut({ costWeight: 1, resourceWeight: high }, highDispatch, high * limit);
        return highest;
      }
    }
    if (lowDispatch === null) {
      lowDispatch = dispatch({ costWeight: 1, resourceWeight: low });
      while (keeps(lowDispatch) && low > 0 && steps < MULTIPLIER_STEPS) {
        high = low;
        highDispatch = lowDispatch;
        low = low / 4 < 1e-6 * high ? 0 : low / 4;
        lowDispatch = dispatch({ costWeight: 1, resourceWeight: low });
        steps++;
      }
      if (keeps(lowDispatch)) {
        addCut({ costWeight: 1, resourceWeight: low }, lowDispatch, low * limit);
        keep(lowDispatch, lowDispatch.costUSD);
        bracket = { low: 0, high };
        return highest;
      }
    }
    for (let k = 0; k < BISECTION_STEPS_PER_ROUND && high - low > MULTIPLIER_TOLERANCE * high; k++) {
      const middle = low === 0 ? high / 4 : Math.sqrt(low * high);
      const d = dispatch({ costWeight: 1, resourceWeight: middle });
      if (keeps(d)) {
        high = middle;
        highDispatch = d;
      } else {
        low = middle;
        lowDispatch = d;
      }
    }
    bracket = { low, high };
    return priced(low, lowDispatch, high, highDispatch);

    /** Cuts at both ends of the λ bracket, and the mix of their dispatches that meets the row exactly. */
    function priced(low: number, lowDispatch: StorageDispatch, high: number, highDispatch: StorageDispatch): number {
      // Both sides give valid cuts (weak duality at any λ).
      addCut({ costWeight: 1, resourceWeight: high }, highDispatch, high * limit);
      if (low > 0) addCut({ costWeight: 1, resourceWeight: low }, lowDispatch, low * limit);
      if (highDispatch.artificialMWh > SERVED_TOLERANCE_MWH) return highest;
      // The mix of the two dispatches that meets the row exactly (both serve the load; every other row is linear).
      if (lowDispatch.artificialMWh <= SERVED_TOLERANCE_MWH && lowDispatch.resource > limit && highDispatch.resource < limit) {
        const share = (limit - highDispatch.resource) / (lowDispatch.resource - highDispatch.resource);
        keep(blend(highDispatch, lowDispatch, share), (1 - share) * highDispatch.costUSD + share * lowDispatch.costUSD);
      } else {
        keep(highDispatch, highDispatch.costUSD);
      }
      return highest;
    }
  }

  function finish(design: Candidate): StorageDecomposed {
    const colValue = new Float64Array(layout.builder.columnCount);
    master.writeCapacities(design.capacities, colValue, design.batteryMW, design.batteryMWh);
    const d = design.dispatch;
    let peakDrawMW = 0;
    const put = (column: number, value: number): void => {
      if (column >= 0) colValue[column] = value;
    };
    for (let i = 0; i < problem.loadMW.length; i++) {
      put(layout.gridHour[i] ?? -1, d.gridMW[i] ?? 0);
      layout.thermalHour.forEach((columns, t) => put(columns[i] ?? -1, d.thermalMW[t]?.[i] ?? 0));
      put(layout.unservedHour[i] ?? -1, d.unservedMW[i] ?? 0);
      put(layout.flexible?.workloadHour[i] ?? -1, d.workloadMW[i] ?? 0);
      put(layout.chargeHour[i] ?? -1, d.chargeMW[i] ?? 0);
      put(layout.dischargeHour[i] ?? -1, d.dischargeMW[i] ?? 0);
      put(layout.storedHour[i] ?? -1, d.storedMWh[i] ?? 0);
      if (problem.coincidentPeak?.[i] === 1) peakDrawMW = Math.max(peakDrawMW, d.gridMW[i] ?? 0);
    }
    if (layout.coincidentPeakMW >= 0) colValue[layout.coincidentPeakMW] = peakDrawMW;
    const check = checkPrimal(layout.builder, colValue);
    if (check.worstViolation > PRIMAL_TOLERANCE) {
      return stop('error', `the decomposed design breaks row ${check.worstRow} of the full LP by ${check.worstViolation.toExponential(2)} (relative)`);
    }
    return { status: 'optimal', colValue, objectiveUSD: check.objective, lowerBoundUSD: Math.min(lowerBoundUSD, check.objective), iterations, solveTimeMs: elapsed() };
  }
}

function served(d: StorageDispatch): boolean {
  return d.artificialMWh <= SERVED_TOLERANCE_MWH;
}

function converged(upperUSD: number, lowerUSD: number): boolean {
  if (!Number.isFinite(upperUSD)) return false;
  return upperUSD - lowerUSD <= STORAGE_RELATIVE_GAP * Math.max(1, Math.abs(upperUSD));
}

/** The layout's modelled hours as a storage dispatch: the hourly problem, its cyclic periods, √η. */
export function storageProblemOf(input: SizingInput, layout: SizingLayout): StorageProblem {
  let first = 0;
  const periods = layout.periods.map((p) => {
    const period = { first, hours: p.hours };
    first += p.hours;
    return period;
  });
  return { ...hourlyProblemOf(input, layout), periods, efficiency: Math.sqrt(input.battery?.roundTripEfficiency ?? 1) };
}

/** Capacity-side cost of a design, USD/yr. */
function capacityCost(layout: SizingLayout, capacities: DispatchCapacities, batteryMW: number, batteryMWh: number): number {
  const cost = layout.builder.colCost;
  let total = 0;
  const add = (column: number, value: number): void => {
    if (column >= 0 && Number.isFinite(value)) total += (cost[column] ?? 0) * value;
  };
  add(layout.gridMW, capacities.gridMW);
  add(layout.coincidentPeakMW, capacities.coincidentPeakMW);
  layout.thermalMW.forEach((column, t) => add(column, capacities.thermalMW[t] ?? 0));
  add(layout.solarMWac, capacities.solarMWac);
  add(layout.batteryMW, batteryMW);
  add(layout.batteryMWh, batteryMWh);
  add(layout.flexible?.flexibleMW ?? -1, capacities.flexibleMW ?? 0);
  return total;
}

/**
 * The artificial source that keeps a short design's dispatch defined: 100 × dearer and dirtier
 * than any real source, so under every key an optimum uses it only where no real source can serve.
 */
function artificialSource(problem: StorageProblem): ArtificialSource {
  let highest = Math.max(0, ...problem.thermalCostUSDPerMWh, problem.unservedCostUSDPerMWh ?? 0, problem.flexible?.workloadCostUSDPerMWh ?? 0);
  for (const p of problem.gridPriceUSDPerMWh ?? []) highest = Math.max(highest, p);
  const row = problem.annualRow;
  const dirtiest = row === null ? 0 : Math.max(row.gridPerMWh, row.unservedPerMWh, ...row.thermalPerMWh);
  return { costUSDPerMWh: 100 * (highest + 100), resourcePerMWh: 100 * (dirtiest + 1) };
}

/** A first guess for λ: the smallest swap price of two sources (USD per unit of the row). */
function initialMultiplier(problem: StorageProblem): number {
  const row = problem.annualRow;
  if (row === null) return 1;
  const costs = [...problem.thermalCostUSDPerMWh];
  const uses = [...row.thermalPerMWh];
  const price = problem.gridPriceUSDPerMWh;
  if (price !== null) {
    costs.push(price.reduce((sum, p) => sum + p, 0) / Math.max(1, price.length));
    uses.push(row.gridPerMWh);
  }
  let guess = Infinity;
  for (let x = 0; x < costs.length; x++) {
    for (let y = 0; y < costs.length; y++) {
      const dUse = (uses[x] ?? 0) - (uses[y] ?? 0);
      const dCost = (costs[y] ?? 0) - (costs[x] ?? 0);
      if (dUse > 0 && dCost > 0) guess = Math.min(guess, dCost / dUse);
    }
  }
  return Number.isFinite(guess) ? guess : 10;
}

function blend(under: StorageDispatch, over: StorageDispatch, share: number): StorageDispatch {
  const mix = (a: Float64Array, b: Float64Array): Float64Array => a.map((value, i) => (1 - share) * value + share * (b[i] ?? 0));
  return {
    ...under,
    costUSD: (1 - share) * under.costUSD + share * over.costUSD,
    resource: (1 - share) * under.resource + share * over.resource,
    gridMW: mix(under.gridMW, over.gridMW),
    thermalMW: under.thermalMW.map((series, t) => mix(series, over.thermalMW[t] ?? new Float64Array(series.length))),
    unservedMW: mix(under.unservedMW, over.unservedMW),
    workloadMW: mix(under.workloadMW, over.workloadMW),
    chargeMW: mix(under.chargeMW, over.chargeMW),
    dischargeMW: mix(under.dischargeMW, over.dischargeMW),
    storedMWh: mix(under.storedMWh, over.storedMWh),
  };
}
