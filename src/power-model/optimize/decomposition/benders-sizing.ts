import type { Highs } from 'highs';
import { flexibleOffer } from '../families/flexible-grid';
import { hasDistillate } from '../families/distillate';
import { hasGasStorage } from '../families/gas-storage';
import { permitRates } from '../families/permits';
import type { SizingLayout } from '../sizing-model';
import type { SizingInput } from '../types';
import { solveDispatchSubproblem } from './dispatch-subproblem';
import { availableAt, type AnnualRow, type DispatchCapacities, type DispatchRecord, type HourlyDispatchProblem } from './hourly-dispatch';
import { MasterProblem, type MasterRowOrigin, type MasterSolution } from './master-problem';
import { checkPrimal } from './primal-check';

/** Stop when the best design's cost is within this fraction of the master's lower bound. */
export const BENDERS_RELATIVE_GAP = 1e-6;
const MAX_ITERATIONS = 2000;
/** Hours-covered rows added per round when the master's design leaves hours short. */
const SHORT_HOURS_PER_ROUND = 24;
/** The decomposed answer must satisfy every row of the full LP to this (relative). */
const PRIMAL_TOLERANCE = 1e-6;

export type DecomposedSizing =
  | {
      status: 'optimal';
      /** A column vector of the full sizing LP (`layout`): the design and its hourly dispatch. */
      colValue: Float64Array;
      objectiveUSD: number;
      lowerBoundUSD: number;
      /** Hourly energy-balance duals of the full LP, recovered from the master's duals. */
      balanceDual: Float64Array;
      iterations: number;
      solveTimeMs: number;
    }
  /** The master's lower bound reached the cutoff: this class cannot beat the answer already found. */
  | { status: 'pruned'; lowerBoundUSD: number; iterations: number; solveTimeMs: number }
  | { status: 'infeasible' | 'timeLimit' | 'error'; reason: string; iterations: number; solveTimeMs: number };

/**
 * Whether `solveByDecomposition` applies once the battery is set aside (it is priced separately):
 * at most one annual row with a fixed limit ties the hours — the CO2 cap, an unserved-energy
 * allowance, or one of the air permit's NOx, CO or fleet-CO2 limits — and nothing else does. Hours
 * per unit (a limit that grows with the capacity) and gas deliverability (a cap shared by the
 * technologies every hour and day) are the whole LP's, as is the worst-day target (its dual-fuel and
 * event-battery columns are not capacities the master knows). A flexible grid offer applies once
 * its cut hours are fixed (its MW held, or a listed rule): its hourly grid cap and workload source enter the merit order.
 */
export function canDecompose(input: SizingInput): boolean {
  // A flexible offer with its cut hours fixed is hour-separable: the grid's hourly cap G + F·open_i
  // and the workload source (≤ F, cut hours) enter each hour's merit order (hourly-dispatch.ts),
  // F is one more master column. Under the system rule with F not fixed the cut hours depend on F:
  // optimize-flexible.ts fixes F per candidate before the sizing comes here.
  if (flexibleOffer(input) !== null && input.grid?.flexible?.curtailment.kind === 'systemLoad' && input.grid.flexible.fixedMW === undefined) return false;
  // The worst-day rows add dual-fuel and event-battery columns the master does not carry.
  if (input.reliabilityTarget === 'worst-day') return false;
  if (input.permits?.hoursPerUnit !== undefined) return false;
  const fuel = input.fuel;
  if (fuel !== undefined && (fuel.pipelineMMBtuPerHour !== undefined || fuel.pipelineMMBtuPerDay !== undefined || fuel.pipelineCutHours !== undefined) && input.thermal.length > 0) return false;
  // The scenario's distillate puts its tank and kit on X_t (families/distillate.ts), which the master does not price.
  if (hasDistillate(input)) return false;
  // Likewise the scenario's backup-gas tank (families/gas-storage.ts).
  if (hasGasStorage(input)) return false;
  return annualRowsOf(input).length <= 1;
}

/** The annual rows with a fixed limit that tie the hours, as the hour-separable dispatch prices them. */
function annualRowsOf(input: SizingInput, layout?: SizingLayout): AnnualRow[] {
  const rows: AnnualRow[] = [];
  const thermalCount = input.thermal.length;
  const zero = (): number[] => new Array<number>(thermalCount).fill(0);
  const co2Cap = input.caps?.co2TonnesPerYear;
  if (co2Cap !== undefined) rows.push({ gridPerMWh: layout?.gridCo2TonnesPerMWh ?? 0, thermalPerMWh: layout?.thermalCo2TonnesPerMWh ?? zero(), unservedPerMWh: 0, limit: co2Cap });
  const allowanceMWh = input.unserved?.allowanceMWhPerYear ?? 0;
  if (allowanceMWh > 0) rows.push({ gridPerMWh: 0, thermalPerMWh: zero(), unservedPerMWh: 1, limit: allowanceMWh });
  const permits = input.permits;
  if (permits !== undefined) {
    const rates = permitRates(input.thermal);
    if (permits.noxTonsPerYear !== undefined) rows.push({ gridPerMWh: 0, thermalPerMWh: rates.noxTonsPerMWh, unservedPerMWh: 0, limit: permits.noxTonsPerYear });
    if (permits.coTonsPerYear !== undefined) rows.push({ gridPerMWh: 0, thermalPerMWh: rates.coTonsPerMWh, unservedPerMWh: 0, limit: permits.coTonsPerYear });
    if (permits.co2TonnesPerYear !== undefined) rows.push({ gridPerMWh: 0, thermalPerMWh: rates.co2TonnesPerMWh, unservedPerMWh: 0, limit: permits.co2TonnesPerYear });
  }
  return rows;
}

/**
 * Solves the sizing LP built in `layout` (without battery) by Benders decomposition (Benders,
 * "Partitioning procedures for solving mixed-variables programming problems", Numerische
 * Mathematik 4, 1962; Kelley's cutting planes on the few capacity columns): the master LP chooses
 * the capacities; the dispatch at those capacities is solved exactly by merit order hour by hour
 * (`solveDispatchSubproblem`) and returns a cut, hours it cannot cover, or a cut that keeps the
 * annual row reachable. It stops when the best design found is within `BENDERS_RELATIVE_GAP` of
 * the master's lower bound, then writes the design and its dispatch into the full LP's columns
 * and checks them against every row (`checkPrimal`): what it returns is a feasible point of the
 * full LP whose cost is proven within the gap of its optimum.
 *
 * The hourly balance duals of the full LP are the master's row duals spread back over the hours
 * (each cut's hourly duals weighted by its dual, plus the hours-covered and limit rows'), as
 * Dantzig–Wolfe recovers them; the battery is priced with them. A master lower bound at or above
 * `cutoffUSD` (the best answer of another class) stops it early: 'pruned'.
 */
export function solveByDecomposition(highs: Highs, input: SizingInput, layout: SizingLayout, timeLimitSeconds: number, cutoffUSD = Infinity): DecomposedSizing {
  if (layout.batteryMW >= 0 || layout.batteryMWh >= 0) throw new Error('solveByDecomposition: the layout has battery columns; price the battery instead');
  const started = Date.now();
  const problem = hourlyProblemOf(input, layout);
  const master = new MasterProblem(layout);
  let best: { capacities: DispatchCapacities; record: DispatchRecord; totalUSD: number } | null = null;
  let iterations = 0;
  const stop = (status: 'infeasible' | 'timeLimit' | 'error', reason: string): DecomposedSizing => ({ status, reason, iterations, solveTimeMs: Date.now() - started });
  while (iterations < MAX_ITERATIONS) {
    iterations++;
    const elapsedSeconds = (Date.now() - started) / 1000;
    if (elapsedSeconds > timeLimitSeconds) return stop('timeLimit', `the decomposition ran past ${timeLimitSeconds} s`);
    const origins = master.rowOrigins;
    const solved = master.solve(highs, Math.max(1, timeLimitSeconds - elapsedSeconds));
    if (solved === 'infeasible') return stop('infeasible', 'no design meets the capacity rows and the dispatch cuts');
    if (solved === 'error') return stop('error', 'the master LP did not solve');
    if (solved.objectiveUSD >= cutoffUSD) return { status: 'pruned', lowerBoundUSD: solved.objectiveUSD, iterations, solveTimeMs: Date.now() - started };
    if (best !== null && converged(best.totalUSD, solved.objectiveUSD)) return finish(best, solved, origins);

    const sub = solveDispatchSubproblem(problem, solved.capacities);
    if (sub.kind === 'short') {
      const worst = sub.shortHours.map((hour, k) => ({ hour, shortMW: sub.capacityShortMW[k] ?? 0 })).sort((a, b) => b.shortMW - a.shortMW);
      for (const { hour } of worst.slice(0, SHORT_HOURS_PER_ROUND)) {
        master.addHourCovered(hour, problem.loadMW[hour] ?? 0, problem.solarMWPerMWac?.[hour] ?? 0, problem.coincidentPeak?.[hour] === 1, problem.thermalAvailable.map((_, t) => availableAt(problem, t, hour)), problem.flexible?.curtailed[hour] === 1);
      }
      continue;
    }
    const limit = problem.annualRow?.limit ?? Infinity;
    if (sub.kind === 'overLimit') {
      master.addLimitFeasibility(sub.minimumResource, sub.cut.gradient, solved.capacities, limit, sub.cut.hourlyDual);
      continue;
    }
    const totalUSD = solved.capacityCostUSD + sub.costUSD;
    if (best === null || totalUSD < best.totalUSD) best = { capacities: solved.capacities, record: sub.record, totalUSD };
    if (converged(best.totalUSD, solved.objectiveUSD)) return finish(best, solved, origins);
    master.addCostCut(sub.cut.valueAt, sub.cut.gradient, solved.capacities, sub.cut.hourlyDual);
  }
  return stop('error', `the decomposition did not converge in ${MAX_ITERATIONS} rounds`);

  function finish(design: NonNullable<typeof best>, last: MasterSolution, origins: MasterRowOrigin[]): DecomposedSizing {
    const colValue = new Float64Array(layout.builder.columnCount);
    master.writeCapacities(design.capacities, colValue);
    const record = design.record;
    let peakDrawMW = 0;
    for (let i = 0; i < problem.loadMW.length; i++) {
      const gridColumn = layout.gridHour[i] ?? -1;
      if (gridColumn >= 0) colValue[gridColumn] = record.gridMW[i] ?? 0;
      layout.thermalHour.forEach((columns, t) => {
        const column = columns[i] ?? -1;
        if (column >= 0) colValue[column] = record.thermalMW[t]?.[i] ?? 0;
      });
      const unservedColumn = layout.unservedHour[i] ?? -1;
      if (unservedColumn >= 0) colValue[unservedColumn] = record.unservedMW[i] ?? 0;
      const workloadColumn = layout.flexible?.workloadHour[i] ?? -1;
      if (workloadColumn >= 0) colValue[workloadColumn] = record.workloadMW[i] ?? 0;
      if (problem.coincidentPeak?.[i] === 1) peakDrawMW = Math.max(peakDrawMW, record.gridMW[i] ?? 0);
    }
    // The peak column has no cost of its own: report the draw it actually has to cover.
    if (layout.coincidentPeakMW >= 0) colValue[layout.coincidentPeakMW] = peakDrawMW;
    const check = checkPrimal(layout.builder, colValue);
    if (check.worstViolation > PRIMAL_TOLERANCE) {
      return stop('error', `the decomposed design breaks row ${check.worstRow} of the full LP by ${check.worstViolation.toExponential(2)} (relative)`);
    }
    return {
      status: 'optimal',
      colValue,
      objectiveUSD: check.objective,
      lowerBoundUSD: last.objectiveUSD,
      balanceDual: balanceDuals(problem.loadMW.length, origins, last.rowDual),
      iterations,
      solveTimeMs: Date.now() - started,
    };
  }
}

function converged(upperUSD: number, lowerUSD: number): boolean {
  return upperUSD - lowerUSD <= BENDERS_RELATIVE_GAP * Math.max(1, Math.abs(upperUSD));
}

function balanceDuals(hours: number, origins: MasterRowOrigin[], rowDual: Float64Array): Float64Array {
  const dual = new Float64Array(hours);
  origins.forEach((origin, r) => {
    const weight = Math.max(0, rowDual[r] ?? 0);
    if (weight === 0) return;
    switch (origin.kind) {
      case 'static':
      case 'affine':
        return;
      case 'hourCovered':
        dual[origin.hour] = (dual[origin.hour] ?? 0) + weight;
        return;
      case 'limitFeasibility':
        for (let i = 0; i < hours; i++) dual[i] = (dual[i] ?? 0) + weight * (origin.resourceDual[i] ?? 0);
        return;
      case 'costCut':
        for (let i = 0; i < hours; i++) dual[i] = (dual[i] ?? 0) + weight * (origin.balanceDual[i] ?? 0);
        return;
    }
  });
  return dual;
}

/** The hour-separable dispatch of the layout's modelled hours. */
export function hourlyProblemOf(input: SizingInput, layout: SizingLayout): HourlyDispatchProblem {
  const hours = layout.hourWeight.length;
  const at = (series: Float64Array, i: number): number => series[layout.yearHourOf[i] ?? 0] ?? 0;
  const load = input.facilityLoadMW;
  const solar = input.solar;
  const grid = layout.gridMW >= 0 ? input.grid : undefined;
  const price = grid?.energyPriceUSDPerMWh;
  let coincidentPeak: Uint8Array | null = null;
  if (layout.coincidentPeakMW >= 0) {
    coincidentPeak = new Uint8Array(hours);
    for (const i of layout.coincidentPeakModelHours) coincidentPeak[i] = 1;
  }
  const allowanceMWh = input.unserved?.allowanceMWhPerYear ?? 0;
  const annualRow: HourlyDispatchProblem['annualRow'] = annualRowsOf(input, layout)[0] ?? null;
  const offer = input.grid?.flexible;
  const flexible = layout.flexible === null || offer === undefined ? null : { curtailed: layout.flexible.curtailedModelHour, workloadCostUSDPerMWh: offer.workloadCurtailmentUSDPerMWh };
  return {
    weight: layout.hourWeight,
    loadMW: Float64Array.from({ length: hours }, (_, i) => at(load, i)),
    solarMWPerMWac: solar === undefined || layout.solarMWac < 0 ? null : Float64Array.from({ length: hours }, (_, i) => at(solar.outputMWPerMWac, i)),
    gridPriceUSDPerMWh:
      grid === undefined ? null : Float64Array.from({ length: hours }, (_, i) => (typeof price === 'number' ? price : at(price ?? new Float64Array(0), i))),
    coincidentPeak,
    thermalCostUSDPerMWh: layout.thermalEnergyCostUSDPerMWh,
    thermalAvailable: input.thermal.map((t) => {
      const fraction = t.outputFractionByHour;
      return fraction === undefined ? null : Float64Array.from({ length: hours }, (_, i) => at(fraction, i));
    }),
    unservedCostUSDPerMWh: allowanceMWh > 0 ? (input.unserved?.valueOfLostLoadUSDPerMWh ?? 0) : null,
    annualRow,
    flexible,
  };
}
