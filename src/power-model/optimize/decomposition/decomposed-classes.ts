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
      /** Largest unit (MW) of each class answered to the end. */
      answeredIn: number[];
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

/** A class after its no-battery Benders: done, or needing the battery sized (with its no-battery optimum, if any). */
export type WithoutBattery = ClassOutcome | { kind: 'sizeBattery'; withoutBattery: DecomposedClass | null; layout: SizingLayout; rounds: number; buildTimeMs: number; solveTimeMs: number };

/**
 * Solves one class of largest unit (`reserveClasses`) by decomposition: `solveClassWithoutBattery`,
 * then, where the battery may pay, `sizeClassBattery`. `cutoffUSD`, the best answer of another
 * class, prunes the class as soon as its proven lower bound reaches it. Pure: a caller may run
 * classes in parallel (one `highs` per thread) and combine them with `combineClassOutcomes`.
 */
export function solveClassByDecomposition(highs: Highs, input: SizingInput, reserveClass: ReserveClass, timeLimitSeconds: number, cutoffUSD = Infinity): ClassOutcome {
  const first = solveClassWithoutBattery(highs, input, reserveClass, timeLimitSeconds, cutoffUSD);
  if (first.kind !== 'sizeBattery') return first;
  return sizeClassBattery(highs, input, reserveClass, first, timeLimitSeconds, cutoffUSD);
}

/**
 * The class without the battery, by Benders (`solveByDecomposition`). With a battery on offer it is
 * then priced at the class's recovered hourly duals (`priceBattery`): when no battery pays, the
 * no-battery optimum is the class's optimum with the battery on offer (LP duality). When one pays —
 * or no design without a battery is feasible, since a battery can carry solar past a CO2 cap — the
 * answer is 'sizeBattery'. The cutoff applies only without a battery on offer (a no-battery bound
 * says nothing of the class with one).
 */
export function solveClassWithoutBattery(highs: Highs, input: SizingInput, reserveClass: ReserveClass, timeLimitSeconds: number, cutoffUSD = Infinity): WithoutBattery {
  const largestUnitMW = reserveClass.largestUnitMW;
  const classInput: SizingInput = { ...restrictToClass(input, reserveClass), battery: undefined };
  const battery = input.battery;
  const buildStarted = Date.now();
  // No column splitting: the master reads the capacity columns and the dispatch fills the rest.
  const layout = buildSizingModel(classInput, false, { largestUnitMW, columnSplitting: false });
  const buildTimeMs = Date.now() - buildStarted;
  const solved = solveByDecomposition(highs, classInput, layout, timeLimitSeconds, battery === undefined ? cutoffUSD : Infinity);
  let solveTimeMs = solved.solveTimeMs;
  const rounds = solved.iterations;
  if (solved.status === 'pruned') return { kind: 'pruned', largestUnitMW, lowerBoundUSD: solved.lowerBoundUSD, rounds, storageRounds: 0, buildTimeMs, solveTimeMs };
  if (solved.status !== 'optimal') {
    if (solved.status !== 'infeasible') return { kind: 'solveWhole', reason: `class of largest unit ${largestUnitMW} MW: ${solved.reason}`, buildTimeMs, solveTimeMs };
    // Infeasible without the battery says nothing about with it (it can shift solar past a CO2 cap).
    if (battery === undefined) return { kind: 'infeasible', largestUnitMW, rounds, storageRounds: 0, buildTimeMs, solveTimeMs };
    return { kind: 'sizeBattery', withoutBattery: null, layout, rounds, buildTimeMs, solveTimeMs };
  }
  const withoutBattery: DecomposedClass = { layout, colValue: solved.colValue, objectiveUSD: solved.objectiveUSD, lowerBoundUSD: solved.lowerBoundUSD, classInput, largestUnitMW, withBattery: false };
  if (battery === undefined) return { kind: 'solved', solved: withoutBattery, rounds, storageRounds: 0, buildTimeMs, solveTimeMs };
  const pricing = priceBattery(highs, layout, battery, input.discountRate, solved.balanceDual, Math.max(1, timeLimitSeconds - solveTimeMs / 1000));
  solveTimeMs += pricing.solveTimeMs;
  if (pricing.netCostUSDPerYearPerMW !== null && pricing.netCostUSDPerYearPerMW >= -BATTERY_PRICING_TOLERANCE_USD_PER_YEAR_PER_MW) {
    return { kind: 'solved', solved: withoutBattery, rounds, storageRounds: 0, buildTimeMs, solveTimeMs };
  }
  return { kind: 'sizeBattery', withoutBattery, layout, rounds, buildTimeMs, solveTimeMs };
}

/**
 * The class with the battery, by the storage decomposition (`solveStorageByDecomposition`), started
 * from the no-battery optimum; pruned once its lower bound reaches `cutoffUSD`.
 */
export function sizeClassBattery(
  highs: Highs,
  input: SizingInput,
  reserveClass: ReserveClass,
  first: Extract<WithoutBattery, { kind: 'sizeBattery' }>,
  timeLimitSeconds: number,
  cutoffUSD = Infinity,
): ClassOutcome {
  const largestUnitMW = reserveClass.largestUnitMW;
  const { withoutBattery, layout, rounds } = first;
  let { buildTimeMs, solveTimeMs } = first;
  const storageInput: SizingInput = { ...restrictToClass(input, reserveClass) };
  const buildStarted = Date.now();
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
            ...(layout.flexible === null ? {} : { flexibleMW: at(withoutBattery.colValue, layout.flexible.flexibleMW) }),
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
 * The full-year sizing over every class of largest unit built, the cheapest kept. First every
 * class without the battery (`solveClassWithoutBattery`, fast); the cheapest of those is a
 * feasible answer with the battery on offer too. Then the classes where the battery may pay, the
 * most promising first, each sized with the battery (`sizeClassBattery`) and told the best answer
 * so far as its cutoff, so a class whose proven lower bound reaches it stops there (pruned).
 * Without a battery on offer the cutoff prunes the Benders of each class directly.
 */
export function solveClassesByDecomposition(highs: Highs, input: SizingInput, classes: readonly ReserveClass[], timeLimitSeconds: number): DecomposedClasses {
  const outcomes: ClassOutcome[] = [];
  const pending: Array<{ reserveClass: ReserveClass; first: Extract<WithoutBattery, { kind: 'sizeBattery' }> }> = [];
  let cutoffUSD = Infinity;
  let spentMs = 0;
  const remaining = (): number => Math.max(1, timeLimitSeconds - spentMs / 1000);
  for (const [k, reserveClass] of classes.entries()) {
    input.onProgress?.(k / classes.length / 2, `full year, class ${k + 1} of ${classes.length} (largest unit ${reserveClass.largestUnitMW} MW): Benders decomposition`);
    const first = solveClassWithoutBattery(highs, input, reserveClass, remaining(), cutoffUSD);
    spentMs += first.solveTimeMs;
    if (first.kind === 'solveWhole') return combineClassOutcomes(input, [first]);
    if (first.kind === 'sizeBattery') {
      pending.push({ reserveClass, first });
      if (first.withoutBattery !== null) cutoffUSD = Math.min(cutoffUSD, first.withoutBattery.objectiveUSD);
      continue;
    }
    outcomes.push(first);
    if (first.kind === 'solved') cutoffUSD = Math.min(cutoffUSD, first.solved.objectiveUSD);
  }
  pending.sort((a, b) => (a.first.withoutBattery?.objectiveUSD ?? Infinity) - (b.first.withoutBattery?.objectiveUSD ?? Infinity));
  for (const [k, { reserveClass, first }] of pending.entries()) {
    input.onProgress?.(0.5 + k / pending.length / 2, `full year, class of largest unit ${reserveClass.largestUnitMW} MW: sizing the battery (storage decomposition)`);
    const outcome = sizeClassBattery(highs, input, reserveClass, first, remaining(), cutoffUSD);
    spentMs += outcome.solveTimeMs - first.solveTimeMs;
    outcomes.push(outcome);
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
  const answeredIn: number[] = [];
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
        answeredIn.push(solved.largestUnitMW);
        if (outcome.storageRounds > 0) batterySizedIn.push(solved.largestUnitMW);
        lowerBoundUSD = Math.min(lowerBoundUSD, solved.lowerBoundUSD);
        if (best === null || solved.objectiveUSD < best.objectiveUSD) best = solved;
        break;
      }
    }
  }
  if (best !== null) lowerBoundUSD = Math.min(lowerBoundUSD, best.objectiveUSD);
  return { kind: 'solved', best, answeredIn, batterySizedIn, prunedIn, lowerBoundUSD, buildTimeMs, solveTimeMs, rounds, batteryPriced: input.battery !== undefined };
}

function at(colValue: Float64Array, column: number): number {
  return column < 0 ? 0 : Math.max(0, colValue[column] ?? 0);
}
