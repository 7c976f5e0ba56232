import type { Highs } from 'highs';
import { priceBattery } from '../battery-pricing';
import { restrictToClass, type ReserveClass } from '../reserve-margin';
import { buildSizingModel, type SizingLayout } from '../sizing-model';
import type { SizingInput } from '../types';
import { solveByDecomposition } from './benders-sizing';

/** A battery whose net cost at the no-battery duals is below −this (USD/yr per MW) is worth solving for. */
export const BATTERY_PRICING_TOLERANCE_USD_PER_YEAR_PER_MW = 1;

export type DecomposedClass = { layout: SizingLayout; colValue: Float64Array; objectiveUSD: number; lowerBoundUSD: number; classInput: SizingInput; largestUnitMW: number };

export type DecomposedClasses =
  | { kind: 'solved'; best: DecomposedClass | null; buildTimeMs: number; solveTimeMs: number; rounds: number[]; batteryPriced: boolean }
  /** The decomposition cannot give the answer (a battery pays, or a class did not converge): solve the LP whole. */
  | { kind: 'solveWhole'; reason: string; batteryPays: boolean; buildTimeMs: number; solveTimeMs: number };

/**
 * The full-year sizing over every class of largest unit built (`reserveClasses`), each by Benders
 * decomposition without the battery (`solveByDecomposition`), the cheapest kept. With a battery on
 * offer, it is priced at each class's recovered hourly duals (`priceBattery`): a battery can only
 * lower a class's cost if it pays there, so when it pays in none, the cheapest no-battery design
 * is the optimum with the battery on offer. When it pays in some class, or a class does not solve,
 * the answer is 'solveWhole'.
 */
export function solveClassesByDecomposition(highs: Highs, input: SizingInput, classes: readonly ReserveClass[], timeLimitSeconds: number): DecomposedClasses {
  let best: DecomposedClass | null = null;
  let buildTimeMs = 0;
  let solveTimeMs = 0;
  const rounds: number[] = [];
  const battery = input.battery;
  for (const reserveClass of classes) {
    const classInput: SizingInput = { ...restrictToClass(input, reserveClass), battery: undefined };
    const buildStarted = Date.now();
    // No column splitting: the master reads the capacity columns and the dispatch fills the rest.
    const layout = buildSizingModel(classInput, false, { largestUnitMW: reserveClass.largestUnitMW, columnSplitting: false });
    buildTimeMs += Date.now() - buildStarted;
    const remainingSeconds = Math.max(1, timeLimitSeconds - solveTimeMs / 1000);
    const solved = solveByDecomposition(highs, classInput, layout, remainingSeconds);
    solveTimeMs += solved.solveTimeMs;
    rounds.push(solved.iterations);
    if (solved.status === 'infeasible') continue;
    if (solved.status !== 'optimal') {
      return { kind: 'solveWhole', reason: `class of largest unit ${reserveClass.largestUnitMW} MW: ${solved.reason}`, batteryPays: false, buildTimeMs, solveTimeMs };
    }
    if (battery !== undefined) {
      const pricing = priceBattery(highs, layout, battery, input.discountRate, solved.balanceDual, remainingSeconds);
      solveTimeMs += pricing.solveTimeMs;
      if (pricing.netCostUSDPerYearPerMW === null) {
        return { kind: 'solveWhole', reason: `the battery pricing LP did not solve (class of largest unit ${reserveClass.largestUnitMW} MW)`, batteryPays: false, buildTimeMs, solveTimeMs };
      }
      if (pricing.netCostUSDPerYearPerMW < -BATTERY_PRICING_TOLERANCE_USD_PER_YEAR_PER_MW) {
        return { kind: 'solveWhole', reason: `a battery pays at the hourly duals of the class of largest unit ${reserveClass.largestUnitMW} MW`, batteryPays: true, buildTimeMs, solveTimeMs };
      }
    }
    if (best === null || solved.objectiveUSD < best.objectiveUSD) {
      best = { layout, colValue: solved.colValue, objectiveUSD: solved.objectiveUSD, lowerBoundUSD: solved.lowerBoundUSD, classInput, largestUnitMW: reserveClass.largestUnitMW };
    }
  }
  return { kind: 'solved', best, buildTimeMs, solveTimeMs, rounds, batteryPriced: battery !== undefined };
}
