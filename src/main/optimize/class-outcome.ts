import type { ClassOutcome, DecomposedClass } from '../../power-model/optimize/decomposition/decomposed-classes';
import type { ReserveClass } from '../../power-model/optimize/reserve-margin';
import { restrictToClass } from '../../power-model/optimize/reserve-margin';
import { buildSizingModel, type SizingLayout } from '../../power-model/optimize/sizing-model';
import type { SizingInput } from '../../power-model/optimize/types';

/** What a class thread is sent: the input without its progress callback (functions do not cross threads). */
export type ClassTask = { index: number; input: Omit<SizingInput, 'onProgress'>; reserveClass: ReserveClass; timeLimitSeconds: number; cutoffUSD: number };

/** A class's outcome as it crosses threads: the design's columns, not the 100,000-column layout. */
export type CompactOutcome =
  | (Exclude<ClassOutcome, { kind: 'solved' }>)
  | { kind: 'solved'; largestUnitMW: number; withBattery: boolean; colValue: Float64Array; objectiveUSD: number; lowerBoundUSD: number; rounds: number; storageRounds: number; buildTimeMs: number; solveTimeMs: number };

export function compactOutcome(outcome: ClassOutcome): CompactOutcome {
  if (outcome.kind !== 'solved') return outcome;
  const s = outcome.solved;
  return { kind: 'solved', largestUnitMW: s.largestUnitMW, withBattery: s.withBattery, colValue: s.colValue, objectiveUSD: s.objectiveUSD, lowerBoundUSD: s.lowerBoundUSD, rounds: outcome.rounds, storageRounds: outcome.storageRounds, buildTimeMs: outcome.buildTimeMs, solveTimeMs: outcome.solveTimeMs };
}

/**
 * The outcome back in the engine's shape. The class's layout is rebuilt from the same input the
 * thread used, and only when read (the caller reads the best class's alone).
 */
export function expandOutcome(input: SizingInput, reserveClass: ReserveClass, outcome: CompactOutcome): ClassOutcome {
  if (outcome.kind !== 'solved') return outcome;
  const restricted = restrictToClass(input, reserveClass);
  const classInput: SizingInput = outcome.withBattery ? restricted : { ...restricted, battery: undefined };
  let layout: SizingLayout | null = null;
  const solved: DecomposedClass = {
    get layout(): SizingLayout {
      layout ??= buildSizingModel(classInput, false, { largestUnitMW: reserveClass.largestUnitMW, columnSplitting: false });
      return layout;
    },
    colValue: outcome.colValue,
    objectiveUSD: outcome.objectiveUSD,
    lowerBoundUSD: outcome.lowerBoundUSD,
    classInput,
    largestUnitMW: outcome.largestUnitMW,
    withBattery: outcome.withBattery,
  };
  return { kind: 'solved', solved, rounds: outcome.rounds, storageRounds: outcome.storageRounds, buildTimeMs: outcome.buildTimeMs, solveTimeMs: outcome.solveTimeMs };
}
