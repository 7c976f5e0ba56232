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
  | {
      kind: 'solved';
      /** The cheapest class where no battery pays (null if none has a feasible design). */
      best: DecomposedClass | null;
      /** Each class where no battery pays, by its largest unit (MW). */
      byClass: Map<number, DecomposedClass>;
      /** Largest unit (MW) of each class where a battery pays at the recovered duals: the whole LP must size those. */
      batteryPaysIn: number[];
      /** Largest unit (MW) of each class with no feasible design without the battery on offer: a battery might make one. */
      infeasibleWithoutBatteryIn: number[];
      buildTimeMs: number;
      solveTimeMs: number;
      rounds: number[];
      batteryPriced: boolean;
    }
  /** The decomposition cannot give the answer (a class did not converge): solve the LP whole. */
  | { kind: 'solveWhole'; reason: string; buildTimeMs: number; solveTimeMs: number };

/**
 * The full-year sizing over every class of largest unit built (`reserveClasses`), each by Benders
 * decomposition without the battery (`solveByDecomposition`), the cheapest kept. With a battery on
 * offer, it is priced at each class's recovered hourly duals (`priceBattery`): a battery can only
 * lower a class's cost if it pays there, so when it pays in none, the cheapest no-battery design
 * is the optimum with the battery on offer. The classes where it pays are listed for the caller
 * (with degenerate duals "pays" can be a false alarm, so it is not taken as proof). When a class
 * does not solve, the answer is 'solveWhole'.
 */
export function solveClassesByDecomposition(highs: Highs, input: SizingInput, classes: readonly ReserveClass[], timeLimitSeconds: number): DecomposedClasses {
  let best: DecomposedClass | null = null;
  let buildTimeMs = 0;
  let solveTimeMs = 0;
  const rounds: number[] = [];
  const byClass = new Map<number, DecomposedClass>();
  const batteryPaysIn: number[] = [];
  const infeasibleWithoutBatteryIn: number[] = [];
  const battery = input.battery;
  for (const [k, reserveClass] of classes.entries()) {
    input.onProgress?.(k / classes.length, `full year, class ${k + 1} of ${classes.length} (largest unit ${reserveClass.largestUnitMW} MW): Benders decomposition`);
    const classInput: SizingInput = { ...restrictToClass(input, reserveClass), battery: undefined };
    const buildStarted = Date.now();
    // No column splitting: the master reads the capacity columns and the dispatch fills the rest.
    const layout = buildSizingModel(classInput, false, { largestUnitMW: reserveClass.largestUnitMW, columnSplitting: false });
    buildTimeMs += Date.now() - buildStarted;
    const remainingSeconds = Math.max(1, timeLimitSeconds - solveTimeMs / 1000);
    const solved = solveByDecomposition(highs, classInput, layout, remainingSeconds);
    solveTimeMs += solved.solveTimeMs;
    rounds.push(solved.iterations);
    if (solved.status === 'infeasible') {
      // Infeasible without the battery says nothing about with it (it can shift solar past a CO2 cap).
      if (battery !== undefined) infeasibleWithoutBatteryIn.push(reserveClass.largestUnitMW);
      continue;
    }
    if (solved.status !== 'optimal') {
      return { kind: 'solveWhole', reason: `class of largest unit ${reserveClass.largestUnitMW} MW: ${solved.reason}`, buildTimeMs, solveTimeMs };
    }
    if (battery !== undefined) {
      const pricing = priceBattery(highs, layout, battery, input.discountRate, solved.balanceDual, remainingSeconds);
      solveTimeMs += pricing.solveTimeMs;
      if (pricing.netCostUSDPerYearPerMW === null) {
        return { kind: 'solveWhole', reason: `the battery pricing LP did not solve (class of largest unit ${reserveClass.largestUnitMW} MW)`, buildTimeMs, solveTimeMs };
      }
      if (pricing.netCostUSDPerYearPerMW < -BATTERY_PRICING_TOLERANCE_USD_PER_YEAR_PER_MW) {
        batteryPaysIn.push(reserveClass.largestUnitMW);
        continue;
      }
    }
    const solvedClass: DecomposedClass = { layout, colValue: solved.colValue, objectiveUSD: solved.objectiveUSD, lowerBoundUSD: solved.lowerBoundUSD, classInput, largestUnitMW: reserveClass.largestUnitMW };
    byClass.set(reserveClass.largestUnitMW, solvedClass);
    if (best === null || solved.objectiveUSD < best.objectiveUSD) best = solvedClass;
  }
  return { kind: 'solved', best, byClass, batteryPaysIn, infeasibleWithoutBatteryIn, buildTimeMs, solveTimeMs, rounds, batteryPriced: battery !== undefined };
}
