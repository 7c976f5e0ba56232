import type { Highs } from 'highs';
import { priceBattery } from './battery-pricing';
import { explainInfeasibility } from './explain-infeasibility';
import { reserveClasses, restrictToClass, type ReserveClass } from './reserve-margin';
import { readSolution } from './read-solution';
import { buildSizingModel, largestFirmUnitMW, type SizingLayout } from './sizing-model';
import { solveLp, type LpSolution } from './solve-lp';
import { optimizeTwoStage } from './two-stage';
import { flexibleOffer } from './families/flexible-grid';
import { optimizeFlexible } from './optimize-flexible';
import type { SizingInput, SizingResult } from './types';
import { validateSizingInput } from './validate';
import { canDecompose } from './decomposition/benders-sizing';
import { BATTERY_PRICING_TOLERANCE_USD_PER_YEAR_PER_MW, solveClassesByDecomposition, type DecomposedClass, type DecomposedClasses } from './decomposition/decomposed-classes';

/**
 * Solver time limit unless the input sets one. The full year gets longer: where the battery pays
 * it is solved as one LP with 131,000 columns, 76–87 s on the benchmark campus (the run shows
 * progress and can be cancelled).
 */
export const DEFAULT_TIME_LIMIT_SECONDS = { fullYear: 300, representativeDays: 60 } as const;
/** Representative days on which a full-year run picks the class of largest unit built. */
export const SCREENING_DAYS = 24;

type ClassSolve = { layout: SizingLayout; solution: LpSolution; classInput: SizingInput; largestUnitMW: number };

/**
 * Least-cost sizing of grid import, thermal units, solar and battery for one site, by the linear
 * program of `buildSizingModel`, solved with HiGHS (`highs`, the loaded WebAssembly module,
 * passed in by the caller), with the N+k reserve on the largest unit built: one LP per class of
 * largest unit (`reserveClasses`), the cheapest kept.
 *
 * Time resolution: 'representativeDays' solves every class on those days. 'fullYear' solves
 * every class by decomposition (`solveClassesByDecomposition`: seconds instead of minutes):
 * Benders without the battery, the battery priced at the recovered hourly duals (`priceBattery`),
 * and where one may pay (or nothing is feasible without one) the storage decomposition sizes it; a
 * class whose proven lower bound reaches the best answer so far is pruned. The answer's gap to the
 * proven lower bound over every class is said in the notes. Where the decomposition does not apply
 * (a CO2 cap and an unserved allowance together) or a class does not converge, the whole LP is
 * solved as before: the class picked on 24 representative days, the LP without the battery, the
 * battery priced, and the LP with it only if one pays. Each step is said
 * in the notes. 'twoStage' sizes on representative days and then dispatches the full year with the
 * rounded capacities fixed (`optimizeTwoStage`).
 *
 * Returns the status ('optimal', 'infeasible', 'timeLimit', 'unbounded', 'error'), the minimized
 * annualized cost (USD/yr) and its breakdown, the mix in scenario shape, annual energy, CO2, land
 * and bill figures, build and solve times. Thermal unit counts are the LP's MW rounded up to whole
 * units (the note says so); costs and energies are those of the continuous LP mix. When the LP is
 * infeasible, `infeasibilities` says in plain words which constraint cannot be met and by how much
 * (see `explainInfeasibility`).
 */
export function optimizeSizing(highs: Highs, input: SizingInput, prepared: { decomposed?: DecomposedClasses } = {}): SizingResult {
  validateSizingInput(input);
  // Flexible MW to decide: one solve per candidate flexible MW (optimize-flexible.ts), each a sizing as below.
  if (flexibleOffer(input) !== null && input.grid?.flexible?.fixedMW === undefined) return optimizeFlexible(highs, input, sizeAtFixedFlexible);
  return sizeAtFixedFlexible(highs, input, prepared);
}

/** The sizing with the flexible MW, if any, held (or free under a listed rule): every resolution. */
function sizeAtFixedFlexible(highs: Highs, input: SizingInput, prepared: { decomposed?: DecomposedClasses } = {}): SizingResult {
  const resolution = input.timeResolution;
  if (resolution.kind === 'twoStage') return optimizeTwoStage(highs, input, optimizeSizing);
  const timeLimitSeconds = input.timeLimitSeconds ?? DEFAULT_TIME_LIMIT_SECONDS[resolution.kind];
  const solver = input.solver ?? (resolution.kind === 'fullYear' ? 'ipm' : 'choose');
  const notes: string[] = [];
  const allClasses = reserveClasses(input.thermal, input.reserveUnits ?? 1);
  let classes = allClasses;
  let spentMs = 0;
  if (resolution.kind === 'fullYear' && canDecompose(input)) {
    // The decomposition reports 0..1 over its classes; it takes the first half of this run's bar.
    // `prepared.decomposed`: the same classes solved by the caller, on threads (solveClassesInParallel).
    const decomposed = prepared.decomposed ?? solveClassesByDecomposition(highs, { ...input, onProgress: (f, m) => input.onProgress?.(0.5 * f, m) }, classes, timeLimitSeconds);
    if (decomposed.kind === 'solved') {
      if (decomposed.best === null) {
        return infeasibleResult(highs, input, classes, 'infeasible', null, decomposed.solveTimeMs, decomposed.buildTimeMs, timeLimitSeconds, solver, notes, null);
      }
      notes.push(...decompositionNotes(classes.length, decomposed, decomposed.best));
      const bound = {
        lowerBoundUSDPerYear: decomposed.lowerBoundUSD,
        scope: 'the full-year LP over every class of largest unit (the least of the classes\' proven bounds, pruned classes included): no design costs less in the LP\'s cost model',
      };
      return decomposedResult(input, decomposed.best, classes.length, notes, decomposed.solveTimeMs, decomposed.buildTimeMs, bound);
    }
    spentMs = decomposed.solveTimeMs + decomposed.buildTimeMs;
    notes.push(`The full year was first tried by Benders decomposition (${Math.round(spentMs)} ms), but ${decomposed.reason}; it was then solved as one LP.`);
  }
  let screeningMs = spentMs;
  if (resolution.kind === 'fullYear' && classes.length > 1) {
    input.onProgress?.(0.55, `choosing the class of largest unit on ${SCREENING_DAYS} representative days`);
    const screening = solveClasses(highs, { ...input, timeResolution: { kind: 'representativeDays', days: SCREENING_DAYS } }, classes, timeLimitSeconds, 'choose', false);
    const thisScreeningMs = screening.buildTimeMs + screening.solveTimeMs;
    screeningMs += thisScreeningMs;
    if (screening.best !== null) {
      const largest = screening.best.largestUnitMW;
      classes = classes.filter((c) => c.largestUnitMW === largest);
      notes.push(
        `The class of largest unit built (${largest} MW) was chosen on ${SCREENING_DAYS} representative days (${classes.length === 1 ? 'the cheapest of' : 'among'} ${allClasses.length} classes, ${Math.round(thisScreeningMs)} ms); the full-year LP then sized every capacity and the hourly dispatch within that class. It is the full-year optimum within that class, not proven optimal over every class.`,
      );
    }
  }
  input.onProgress?.(0.6, resolution.kind === 'fullYear' ? `whole full-year LP (${classes.length === 1 ? 'one class' : `${classes.length} classes`}, up to a minute, more with a battery)` : `${classes.length} LP${classes.length === 1 ? '' : 's'}, one per class of largest unit`);
  const solved = solveClasses(highs, input, classes, timeLimitSeconds, solver, resolution.kind === 'fullYear');
  if (solved.batteryPricedOut) {
    notes.push(
      'The full-year LP was solved without the battery, then the battery was priced at that optimum\'s hourly energy duals (column generation\'s pricing step): no battery size pays for itself at those prices, so the no-battery optimum is also the optimum with the battery on offer (LP duality), and the full-year LP with battery columns was not needed.',
    );
  }
  const best = solved.best;
  const reference = best ?? solved.last;
  const lp = {
    columns: reference?.layout.builder.columnCount ?? 0,
    rows: reference?.layout.builder.rowCount ?? 0,
    modelledHours: reference?.layout.hourWeight.length ?? 0,
    representativeDays: reference?.layout.representativeDays ?? null,
    reserveClasses: classes.length,
  };
  if (lp.representativeDays !== null) {
    notes.unshift(
      `Dispatch modelled on ${lp.representativeDays.length} representative days (k-means on daily load and solar shapes, the peak-load day${input.fuel?.pipelineCutHours === undefined ? '' : ''} kept on its own${input.fuel?.pipelineCutHours === undefined ? '' : ', the worst interruptible cut day of each season for its cut days'}), each weighted by the days it stands for; the battery cycles within each day.`,
    );
  }
  if (best === null) {
    const status = solved.statuses.includes('timeLimit') ? 'timeLimit' : solved.statuses.includes('error') ? 'error' : solved.statuses.includes('unbounded') ? 'unbounded' : 'infeasible';
    return infeasibleResult(highs, input, classes, status, solved.last?.solution.highsStatus ?? null, solved.solveTimeMs + screeningMs, solved.buildTimeMs, timeLimitSeconds, solver, notes, lp);
  }
  const objective = best.solution.objective ?? 0;
  const bound =
    resolution.kind === 'representativeDays'
      ? { lowerBoundUSDPerYear: null, scope: `the optimum of the LP on ${resolution.days} representative days: not a bound on the full year` }
      : classes.length < allClasses.length
        ? NO_GLOBAL_BOUND_SCREENED
        : { lowerBoundUSDPerYear: objective, scope: 'the full-year LP optimum over every class of largest unit: no design, whole units or not, costs less in the LP\'s cost model' };
  return optimalResult(input, best.classInput, best.layout, best.solution.colValue ?? new Float64Array(0), objective, best.largestUnitMW, lp, notes, solved.solveTimeMs + screeningMs, solved.buildTimeMs, bound);
}

/** Where the full-year answer is the optimum of one class picked on representative days, there is no bound over the others. */
const NO_GLOBAL_BOUND_SCREENED: SizingResult['bound'] = {
  lowerBoundUSDPerYear: null,
  scope: 'the full-year optimum within the class of largest unit chosen on representative days; no bound is proven over the other classes',
};
/** The result of a class the decomposition answered; `lp` describes the full-year LP it stands for. */
function decomposedResult(input: SizingInput, best: DecomposedClass, classCount: number, notes: string[], solveTimeMs: number, buildTimeMs: number, bound: SizingResult['bound']): SizingResult {
  const lp = { columns: best.layout.builder.columnCount, rows: best.layout.builder.rowCount, modelledHours: best.layout.hourWeight.length, representativeDays: null, reserveClasses: classCount };
  return optimalResult(input, best.classInput, best.layout, best.colValue, best.objectiveUSD, best.largestUnitMW, lp, notes, solveTimeMs, buildTimeMs, bound);
}

function decompositionNotes(classCount: number, decomposed: Extract<DecomposedClasses, { kind: 'solved' }>, best: DecomposedClass): string[] {
  const notes = [
    `Full year solved by Benders decomposition for each of the ${classCount} class${classCount === 1 ? '' : 'es'} of largest unit built (${decomposed.rounds.join(', ')} rounds): a master LP sizes the capacities, the hourly dispatch at those capacities is solved exactly by merit order (the CO2 cap or unserved allowance priced at its exact multiplier) and returns a cut. The answer costs ${formatUSD(best.objectiveUSD)}/yr, proven within ${formatUSD(best.objectiveUSD - decomposed.lowerBoundUSD)}/yr (${formatShare(best.objectiveUSD, decomposed.lowerBoundUSD)}) of the optimum over every class; its design and 8,760-hour dispatch were checked against every row of the full-year LP.`,
  ];
  if (decomposed.batterySizedIn.length > 0) {
    notes.push(
      `A battery may pay in the class${decomposed.batterySizedIn.length === 1 ? '' : 'es'} of largest unit ${decomposed.batterySizedIn.join(', ')} MW: there it was sized by the storage decomposition (battery power and energy in the master; the dispatch with storage solved exactly by dynamic programming on the state of charge; Lagrangian cuts, each a proven lower bound).`,
    );
  }
  if (decomposed.prunedIn.length > 0) {
    notes.push(`The class${decomposed.prunedIn.length === 1 ? '' : 'es'} of largest unit ${decomposed.prunedIn.join(', ')} MW stopped once ${decomposed.prunedIn.length === 1 ? 'its' : 'their'} proven lower bound reached the best answer found: ${decomposed.prunedIn.length === 1 ? 'it' : 'they'} cannot beat it.`);
  }
  if (decomposed.batteryPriced && decomposed.batterySizedIn.length === 0) {
    notes.push(
      'The battery was priced at each class\'s hourly energy duals (column generation\'s pricing step): no battery size pays for itself at those prices, so the no-battery optimum is also the optimum with the battery on offer (LP duality).',
    );
  }
  return notes;
}

function formatShare(upperUSD: number, lowerUSD: number): string {
  return `${((Math.max(0, upperUSD - lowerUSD) / Math.max(1, Math.abs(upperUSD))) * 100).toPrecision(2)}%`;
}

function formatUSD(value: number): string {
  return `${Math.max(0, value).toLocaleString('en-US', { maximumFractionDigits: 0 })} USD`;
}

/** The result when no class solved: infeasibility explained, or the solver's status said. */
function infeasibleResult(
  highs: Highs,
  input: SizingInput,
  classes: readonly ReserveClass[],
  status: SizingResult['status'],
  highsStatus: number | null,
  solvedMs: number,
  buildTimeMs: number,
  timeLimitSeconds: number,
  solver: 'choose' | 'simplex' | 'ipm',
  notes: string[],
  lp: SizingResult['lp'] | null,
  explained?: SizingResult['infeasibilities'],
): SizingResult {
  let infeasibilities: SizingResult['infeasibilities'] = explained ?? [];
  let solveTimeMs = solvedMs;
  if (status === 'infeasible' && explained === undefined) {
    const explanation = explainInfeasibility(highs, input, classes, timeLimitSeconds, solver);
    infeasibilities = explanation.infeasibilities;
    solveTimeMs += explanation.solveTimeMs;
    if (infeasibilities.length === 0) notes.push('The problem is infeasible but relaxing the caps did not locate the conflict.');
  } else {
    notes.push(`HiGHS stopped with model status ${highsStatus ?? 'unknown'}.`);
  }
  const emptyLp = { columns: 0, rows: 0, modelledHours: 0, representativeDays: null, reserveClasses: classes.length };
  return { status, objectiveUSDPerYear: null, costBreakdownUSDPerYear: null, mix: null, annual: null, infeasibilities, solveTimeMs, buildTimeMs, lp: lp ?? emptyLp, bound: { lowerBoundUSDPerYear: null, scope: 'no solution' }, notes };
}

/** The result of an optimal design: mix in the offered technologies' order, figures, notes. */
function optimalResult(
  input: SizingInput,
  classInput: SizingInput,
  layout: SizingLayout,
  colValue: Float64Array,
  objectiveUSD: number,
  largestUnitMW: number,
  lp: SizingResult['lp'],
  notes: string[],
  solveTimeMs: number,
  buildTimeMs: number,
  bound: SizingResult['bound'],
): SizingResult {
  const k = input.reserveUnits ?? 1;
  if (k > 0 && input.thermal.length > 0) {
    notes.push(`N+${k} reserve on the largest unit built, thermal MW at their hot-day rating (0.4% design dry-bulb and elevation): grid + thermal MW ≥ peak + ${k} × ${Math.round(largestFirmUnitMW(classInput.thermal, largestUnitMW) * 100) / 100} MW (${lp.reserveClasses} class${lp.reserveClasses === 1 ? '' : 'es'} of largest unit solved, the cheapest kept); the grid counts as capacity, its outages are left to the Monte Carlo.`);
  }
  notes.push(
    'Thermal unit counts are the LP capacity rounded up to whole units; cost and energy figures are for the continuous LP mix. Re-check the rounded mix with the hourly simulation and the reliability Monte Carlo.',
  );
  const read = readSolution(classInput, layout, colValue);
  return {
    status: 'optimal',
    objectiveUSDPerYear: objectiveUSD,
    ...read,
    mix: read.mix === null ? null : { ...read.mix, thermal: input.thermal.map((t) => read.mix?.thermal.find((s) => s.technologyId === t.technologyId) ?? { technologyId: t.technologyId, units: 0, unitMW: t.unitMW, capacityMW: 0, lpCapacityMW: 0 }) },
    infeasibilities: [],
    solveTimeMs,
    buildTimeMs,
    lp,
    bound,
    notes,
  };
}

/** Solves the LP of every class and keeps the cheapest optimal one. */
function solveClasses(
  highs: Highs,
  input: SizingInput,
  classes: readonly ReserveClass[],
  timeLimitSeconds: number,
  solver: 'choose' | 'simplex' | 'ipm',
  priceBatteryFirst: boolean,
): { best: ClassSolve | null; last: ClassSolve | null; statuses: SizingResult['status'][]; buildTimeMs: number; solveTimeMs: number; batteryPricedOut: boolean } {
  let best: ClassSolve | null = null;
  let last: ClassSolve | null = null;
  let buildTimeMs = 0;
  let solveTimeMs = 0;
  let batteryPricedOut = false;
  const statuses: SizingResult['status'][] = [];
  for (const reserveClass of classes) {
    const classInput = restrictToClass(input, reserveClass);
    // The battery's state chain makes the full-year LP several times slower to solve; when the
    // optimum builds none, solving without it and pricing it (`priceBattery`) proves as much.
    // Pricing reads the battery's worth from the hourly balance duals only; under the worst-day
    // target it also counts in the event rows, so it is left in the LP there.
    const battery = classInput.battery;
    if (priceBatteryFirst && battery !== undefined && input.reliabilityTarget !== 'worst-day') {
      const withoutBattery: SizingInput = { ...classInput, battery: undefined };
      const buildStarted = Date.now();
      const layout = buildSizingModel(withoutBattery, false, { largestUnitMW: reserveClass.largestUnitMW });
      buildTimeMs += Date.now() - buildStarted;
      const solution = solveLp(highs, layout.builder, timeLimitSeconds, solver);
      solveTimeMs += solution.solveTimeMs;
      const rowDual = solution.rowDual;
      if (solution.status === 'optimal' && solution.objective !== null && solution.colValue !== null && rowDual !== null) {
        const balanceDual = Float64Array.from(layout.balanceRow, (row) => rowDual[row] ?? 0);
        const pricing = priceBattery(highs, layout, battery, input.discountRate, balanceDual, timeLimitSeconds);
        solveTimeMs += pricing.solveTimeMs;
        if (pricing.netCostUSDPerYearPerMW !== null && pricing.netCostUSDPerYearPerMW >= -BATTERY_PRICING_TOLERANCE_USD_PER_YEAR_PER_MW) {
          batteryPricedOut = true;
          statuses.push(solution.status);
          last = { layout, solution, classInput: withoutBattery, largestUnitMW: reserveClass.largestUnitMW };
          if (best === null || solution.objective < (best.solution.objective ?? Infinity)) best = last;
          continue;
        }
      }
    }
    const buildStarted = Date.now();
    const layout = buildSizingModel(classInput, false, { largestUnitMW: reserveClass.largestUnitMW });
    buildTimeMs += Date.now() - buildStarted;
    const solution = solveLp(highs, layout.builder, timeLimitSeconds, solver);
    solveTimeMs += solution.solveTimeMs;
    statuses.push(solution.status);
    last = { layout, solution, classInput, largestUnitMW: reserveClass.largestUnitMW };
    if (solution.status !== 'optimal' || solution.objective === null || solution.colValue === null) continue;
    if (best === null || solution.objective < (best.solution.objective ?? Infinity)) best = last;
  }
  return { best, last, statuses, buildTimeMs, solveTimeMs, batteryPricedOut };
}
