import type { Highs } from 'highs';
import { priceBattery } from '../battery-pricing';
import { restrictToClass, type ReserveClass } from '../reserve-margin';
import { buildSizingModel, type SizingLayout } from '../sizing-model';
import type { SizingInput } from '../types';
import { solveByDecomposition } from './benders-sizing';
import { solveStorageByDecomposition } from './storage-benders';

/** A battery whose net cost at the no-battery duals is below −this (USD/yr per MW) is worth solving for. */
export const BATTERY_PRICING_TOLERANCE_USD_PER_YEAR_PER_MW = 1;

export type DecomposedClass = {
  layout: SizingLayout;
  colValue: Float64Array;
  objectiveUSD: number;
  lowerBoundUSD: number;
  classInput: SizingInput;
  largestUnitMW: number;
  /** True when the battery was sized by the storage decomposition (the layout then has battery columns). */
  withBattery: boolean;
};

/** How one class of largest unit ended. */
export type ClassOutcome =
  | { kind: 'solved'; solved: DecomposedClass; rounds: number; storageRounds: number; buildTimeMs: number; solveTimeMs: number }
  /** Its lower bound reached the cutoff: it cannot beat the answer already found. */
  | { kind: 'pruned'; largestUnitMW: number; lowerBoundUSD: number; rounds: number; storageRounds: number; buildTimeMs: number; solveTimeMs: number }
  | { kind: 'infeasible'; largestUnitMW: number; rounds: number; storageRounds: number; buildTimeMs: number; solveTimeMs: number }
  | { kind: 'solveWhole'; reason: string; buildTimeMs: number; solveTimeMs: number };

export type DecomposedClasses =
  | {
      kind: 'solved';
      /** The cheapest class (null if none has a feasible design). */
      best: DecomposedClass | null;
      /** Each class answered, by its largest unit (MW). */
      byClass: Map<number, DecomposedClass>;
      /** Largest unit (MW) of each class where the battery was sized by the storage decomposition. */
      batterySizedIn: number[];
      /** Largest unit (MW) of each class whose lower bound already exceeded the best answer: not solved to the end. */
      prunedIn: number[];
      /** Proven lower bound over every class, USD/yr (≤ best's cost). */
      lowerBoundUSD: number;
      buildTimeMs: number;
      solveTimeMs: number;
      rounds: number[];
      batteryPriced: boolean;
    }
  /** The decomposition cannot give the answer (a class did not converge): solve the LP whole. */
  | { kind: 'solveWhole'; reason: string; buildTimeMs: number; solveTimeMs: number };

/**
 * Solves one class of largest unit (`reserveClasses`) by decomposition. Without the battery:
 * Benders (`solveByDecomposition`). With a battery on offer, it is first priced at the class's
 * recovered hourly duals (`priceBattery`): when no battery pays, the no-battery optimum is the
 * class's optimum with the battery on offer (LP duality). When one pays — or no design without a
 * battery is feasible, since a battery can carry solar past a CO2 cap — the class is solved with
 * the battery by the storage decomposition (`solveStorageByDecomposition`), started from the
 * no-battery optimum. `cutoffUSD`, the best answer of another class, prunes the class as soon as
 * its proven lower bound reaches it. Pure: the caller may run classes in parallel (one `highs` per
 * thread) and combine them with `combineClassOutcomes`.
 */
export function solveClassByDecomposition(highs: Highs, input: SizingInput, reserveClass: ReserveClass, timeLimitSeconds: number, cutoffUSD = Infinity): ClassOutcome {
  const largestUnitMW = reserveClass.largestUnitMW;
  const classInput: SizingInput = { ...restrictToClass(input, reserveClass), battery: undefined };
  let buildStarted = Date.now();
  // No column splitting: the master reads the capacity columns and the dispatch fills the rest.
  const layout = buildSizingModel(classInput, false, { largestUnitMW, columnSplitting: false });
  let buildTimeMs = Date.now() - buildStarted;
  const solved = solveByDecomposition(highs, classInput, layout, timeLimitSeconds, cutoffUSD);
  let solveTimeMs = solved.solveTimeMs;
  const rounds = solved.iterations;
  const battery = input.battery;
  if (solved.status === 'pruned') return { kind: 'pruned', largestUnitMW, lowerBoundUSD: solved.lowerBoundUSD, rounds, storageRounds: 0, buildTimeMs, solveTimeMs };
  if (solved.status === 'infeasible' && battery === undefined) return { kind: 'infeasible', largestUnitMW, rounds, storageRounds: 0, buildTimeMs, solveTimeMs };
  if (solved.status !== 'optimal' && solved.status !== 'infeasible') {
    return { kind: 'solveWhole', reason: `class of largest unit ${largestUnitMW} MW: ${solved.reason}`, buildTimeMs, solveTimeMs };
  }
  const withoutBattery: DecomposedClass | null =
    solved.status === 'optimal' ? { layout, colValue: solved.colValue, objectiveUSD: solved.objectiveUSD, lowerBoundUSD: solved.lowerBoundUSD, classInput, largestUnitMW, withBattery: false } : null;
  if (battery === undefined || solved.status !== 'optimal') {
    if (withoutBattery !== null) return { kind: 'solved', solved: withoutBattery, rounds, storageRounds: 0, buildTimeMs, solveTimeMs };
  } else {
    const remainingSeconds = Math.max(1, timeLimitSeconds - solveTimeMs / 1000);
    const pricing = priceBattery(highs, layout, battery, input.discountRate, solved.balanceDual, remainingSeconds);
    solveTimeMs += pricing.solveTimeMs;
    if (pricing.netCostUSDPerYearPerMW !== null && pricing.netCostUSDPerYearPerMW >= -BATTERY_PRICING_TOLERANCE_USD_PER_YEAR_PER_MW && withoutBattery !== null) {
      return { kind: 'solved', solved: withoutBattery, rounds, storageRounds: 0, buildTimeMs, solveTimeMs };
    }
  }
  // The battery may pay here (or make a design feasible): size it.
  const storageInput: SizingInput = { ...classInput, battery };
  buildStarted = Date.now();
  const storageLayout = buildSizingModel(storageInput, false, { largestUnitMW, columnSplitting: false });
  buildTimeMs += Date.now() - buildStarted;
  const start =
    withoutBattery === null
      ? undefined
      : {
          capacities: {
            gridMW: at(withoutBattery.colValue, layout.gridMW),
            coincidentPeakMW: layout.coincidentPeakMW < 0 ? Infinity : at(withoutBattery.colValue, layout.coincidentPeakMW),
            thermalMW: layout.thermalMW.map((column) => at(withoutBattery.colValue, column)),
            solarMWac: at(withoutBattery.colValue, layout.solarMWac),
          },
          batteryMW: 0,
          batteryMWh: 0,
        };
  const storage = solveStorageByDecomposition(highs, storageInput, storageLayout, Math.max(1, timeLimitSeconds - solveTimeMs / 1000), {
    cutoffUSD,
    ...(start === undefined ? {} : { start }),
  });
  solveTimeMs += storage.solveTimeMs;
  const storageRounds = storage.iterations;
  switch (storage.status) {
    case 'optimal': {
      const withBattery: DecomposedClass = { layout: storageLayout, colValue: storage.colValue, objectiveUSD: storage.objectiveUSD, lowerBoundUSD: storage.lowerBoundUSD, classInput: storageInput, largestUnitMW, withBattery: true };
      // The no-battery design stays feasible; keep whichever the check priced lower.
      const chosen = withoutBattery !== null && withoutBattery.objectiveUSD <= withBattery.objectiveUSD ? { ...withoutBattery, lowerBoundUSD: withBattery.lowerBoundUSD } : withBattery;
      return { kind: 'solved', solved: chosen, rounds, storageRounds, buildTimeMs, solveTimeMs };
    }
    case 'pruned':
      return { kind: 'pruned', largestUnitMW, lowerBoundUSD: storage.lowerBoundUSD, rounds, storageRounds, buildTimeMs, solveTimeMs };
    case 'infeasible':
      return { kind: 'infeasible', largestUnitMW, rounds, storageRounds, buildTimeMs, solveTimeMs };
    case 'timeLimit':
    case 'error':
      return { kind: 'solveWhole', reason: `class of largest unit ${largestUnitMW} MW with the battery: ${storage.reason}`, buildTimeMs, solveTimeMs };
  }
}

/**
 * The full-year sizing over every class of largest unit built, each by `solveClassByDecomposition`,
 * one after another, the cheapest kept. Each class is told the best answer so far as its cutoff,
 * so a class whose lower bound already exceeds it stops there (pruned). A caller that runs the
 * classes elsewhere (worker threads) calls `solveClassByDecomposition` there and
 * `combineClassOutcomes` on what comes back.
 */
export function solveClassesByDecomposition(highs: Highs, input: SizingInput, classes: readonly ReserveClass[], timeLimitSeconds: number): DecomposedClasses {
  const outcomes: ClassOutcome[] = [];
  let cutoffUSD = Infinity;
  let spentMs = 0;
  for (const [k, reserveClass] of classes.entries()) {
    input.onProgress?.(k / classes.length, `full year, class ${k + 1} of ${classes.length} (largest unit ${reserveClass.largestUnitMW} MW): Benders decomposition`);
    const outcome = solveClassByDecomposition(highs, input, reserveClass, Math.max(1, timeLimitSeconds - spentMs / 1000), cutoffUSD);
    outcomes.push(outcome);
    spentMs += outcome.solveTimeMs;
    if (outcome.kind === 'solveWhole') break;
    if (outcome.kind === 'solved') cutoffUSD = Math.min(cutoffUSD, outcome.solved.objectiveUSD);
  }
  return combineClassOutcomes(input, outcomes);
}

/** The cheapest of the classes' outcomes, with the proven lower bound over all of them. */
export function combineClassOutcomes(input: SizingInput, outcomes: readonly ClassOutcome[]): DecomposedClasses {
  let best: DecomposedClass | null = null;
  let buildTimeMs = 0;
  let solveTimeMs = 0;
  let lowerBoundUSD = Infinity;
  const rounds: number[] = [];
  const byClass = new Map<number, DecomposedClass>();
  const batterySizedIn: number[] = [];
  const prunedIn: number[] = [];
  for (const outcome of outcomes) {
    buildTimeMs += outcome.buildTimeMs;
    solveTimeMs += outcome.solveTimeMs;
    switch (outcome.kind) {
      case 'solveWhole':
        return { kind: 'solveWhole', reason: outcome.reason, buildTimeMs, solveTimeMs };
      case 'infeasible':
        rounds.push(outcome.rounds + outcome.storageRounds);
        break;
      case 'pruned':
        rounds.push(outcome.rounds + outcome.storageRounds);
        prunedIn.push(outcome.largestUnitMW);
        lowerBoundUSD = Math.min(lowerBoundUSD, outcome.lowerBoundUSD);
        break;
      case 'solved': {
        rounds.push(outcome.rounds + outcome.storageRounds);
        const solved = outcome.solved;
        byClass.set(solved.largestUnitMW, solved);
        if (outcome.storageRounds > 0) batterySizedIn.push(solved.largestUnitMW);
        lowerBoundUSD = Math.min(lowerBoundUSD, solved.lowerBoundUSD);
        if (best === null || solved.objectiveUSD < best.objectiveUSD) best = solved;
        break;
      }
    }
  }
  if (best !== null) lowerBoundUSD = Math.min(lowerBoundUSD, best.objectiveUSD);
  return { kind: 'solved', best, byClass, batterySizedIn, prunedIn, lowerBoundUSD, buildTimeMs, solveTimeMs, rounds, batteryPriced: input.battery !== undefined };
}

function at(colValue: Float64Array, column: number): number {
  return column < 0 ? 0 : Math.max(0, colValue[column] ?? 0);
}
