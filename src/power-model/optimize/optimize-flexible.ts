import type { Highs } from 'highs';
import { curtailedYearHours, DEFAULT_ENERGIZE_RECOVERY_YEARS, energizeCreditPerMW, flexibleOffer, monthsEarlier } from './families/flexible-grid';
import type { FlexibleAnswer, FlexibleCandidate, SizingFlexibleGrid, SizingInput, SizingResult } from './types';

/** Flexible MW solved for under the system rule unless the input says: 0, the offer, and four breakpoints between. */
export const DEFAULT_FLEXIBLE_CANDIDATES = 6;
/** Costs within this fraction of each other are a tie (HiGHS's default optimality tolerance is 1e-7). */
const TIE_RELATIVE = 1e-7;

/**
 * The flexible MW to solve for. Under the system rule the cut hours are {h : host load + X >
 * servable level}: they grow with X and change only at X = servable − load of some hour (a
 * breakpoint); at a breakpoint X is the largest flexible MW with that set of cut hours. The
 * candidates are 0, the offer, and breakpoints nearest below evenly spaced targets (thinned to
 * `count`, every breakpoint when there are fewer). Under a listed rule the set does not depend on
 * X: 0 and the offer frame the frontier, and one LP with X free finds the exact optimum.
 */
export function flexibleCandidates(flexible: SizingFlexibleGrid, count = flexible.candidates ?? DEFAULT_FLEXIBLE_CANDIDATES): number[] {
  const offer = flexible.maxMW;
  const rule = flexible.curtailment;
  if (rule.kind === 'listed') return [0, offer];
  const breakpoints = new Set<number>();
  for (let h = 0; h < rule.hostLoadMW.length; h++) {
    const room = (rule.servableMW[h] ?? 0) - (rule.hostLoadMW[h] ?? 0);
    if (room > 0 && room < offer) breakpoints.add(room);
  }
  const sorted = [...breakpoints].sort((a, b) => a - b);
  const between = Math.max(0, count - 2);
  let picked: number[];
  if (sorted.length <= between) picked = sorted;
  else {
    picked = [];
    for (let k = 1; k <= between; k++) {
      const target = (offer * k) / (between + 1);
      let best: number | undefined;
      for (const value of sorted) if (value <= target) best = value;
      if (best !== undefined && !picked.includes(best)) picked.push(best);
    }
  }
  return [0, ...picked, offer];
}

/**
 * Flexible MW as a decision (issue 16). The cut hours depend on the flexible MW itself (hours where
 * host load + X passes the servable level), so cost is not convex in X and no single LP holds the
 * rule. Method: for each candidate X (`flexibleCandidates`) the LP is solved with X and its cut
 * hours fixed — exact for the simulation's rule at that X, so the re-check's simulation cuts the
 * same hours — and the cheapest is kept; every candidate is reported (the frontier: flexible MW,
 * on-site MW built, cost, months earlier). Between thinned breakpoints nothing is claimed: the
 * answer is the best of the candidates, not a proven optimum over every X. Under a listed rule the
 * set is fixed and the LP with X free in 0..offer is exact (convex), solved after the two ends.
 *
 * Each candidate, its cut hours fixed, is hour-separable: a full year goes to the decomposition
 * (benders-sizing.ts canDecompose) like any firm sizing — the grid's hourly cap G + X·open_i and
 * the workload source (≤ X, cut hours) in each hour's merit order, with or without the storage
 * chain, X one more (fixed) master column — and to the whole LP only where a firm sizing would go.
 */
export function optimizeFlexible(highs: Highs, input: SizingInput, solve: (highs: Highs, input: SizingInput) => SizingResult): SizingResult {
  const flexible = flexibleOffer(input);
  if (flexible === null || input.grid === undefined) return solve(highs, input);
  const grid = input.grid;
  const xs = flexibleCandidates(flexible);
  const listed = flexible.curtailment.kind === 'listed';
  const runs = xs.length + (listed ? 1 : 0);
  const frontier: FlexibleCandidate[] = [];
  let best: { result: SizingResult; x: number } | null = null;
  let first: SizingResult | null = null;
  const solveAt = (x: number | undefined, k: number): void => {
    const onProgress = input.onProgress;
    const label = x === undefined ? 'flexible MW free (listed hours)' : `flexible ${Math.round(x)} MW`;
    const result = solve(highs, {
      ...input,
      grid: { ...grid, flexible: { ...flexible, ...(x === undefined ? {} : { fixedMW: x }) } },
      ...(onProgress === undefined ? {} : { onProgress: (f: number, m: string) => onProgress((k + f) / runs, `${label} (${k + 1} of ${runs}): ${m}`) }),
    });
    first ??= result;
    const chosenX = x ?? result.mix?.flexibleGridMW ?? 0;
    frontier.push(candidateOf(flexible, result, chosenX));
    // A tie (within solver tolerance) keeps the smaller flexible MW: where the firm offer does not
    // bind, firm and flexible MW cost alike and the firm MW is the one to keep.
    const cost = result.objectiveUSDPerYear;
    if (result.status === 'optimal' && cost !== null && (best === null || cost < (best.result.objectiveUSDPerYear ?? Infinity) - TIE_RELATIVE * Math.max(1, Math.abs(cost)))) best = { result, x: chosenX };
  };
  xs.forEach((x, k) => solveAt(x, k));
  if (listed) solveAt(undefined, xs.length);
  frontier.sort((a, b) => a.flexibleMW - b.flexibleMW);
  const kept = best as { result: SizingResult; x: number } | null;
  if (kept === null) {
    const failed = first as SizingResult | null;
    if (failed === null) return solve(highs, input);
    return { ...failed, flexible: answerOf(flexible, input, failed, 0, frontier) };
  }
  const result = kept.result;
  const answer = answerOf(flexible, input, result, kept.x, frontier);
  const notes = [
    ...result.notes,
    listed
      ? `Flexible grid: the curtailed hours are the scenario's list, so the flexible MW was a free column of one LP (exact); 0 and the whole offer of ${fmt(flexible.maxMW)} MW were solved too, for the frontier.`
      : `Flexible grid: the hours it is cut depend on the flexible MW (host load + flexible MW over the servable level), so ${xs.length} flexible MW (0, the offer of ${fmt(flexible.maxMW)} MW and breakpoints where the cut hours change) were each solved with their cut hours fixed — exact for the simulation's rule at each — and the cheapest kept: ${fmt(kept.x)} MW. It is the best of these candidates, not proven optimal between them.`,
    `Energizing ${answer.monthsEarlier} months earlier is credited at ${fmt(flexible.energizeValueUSDPerMWMonth)} USD per MW-month × ${monthsEarlier(flexible)} months, annualized over ${flexible.energizeRecoveryYears ?? DEFAULT_ENERGIZE_RECOVERY_YEARS} years by the LP's capital recovery factor: ${fmt(energizeCreditPerMW(flexible, input.discountRate))} USD/yr per flexible MW. The N+k reserve counts the firm grid as grid capacity and the flexible MW as interruptible load (firm grid + thermal ≥ peak − flexible + k units): in the cut hours the campus rides through on its own supply or curtails workload at its price.`,
  ];
  const bound = listed ? result.bound : { lowerBoundUSDPerYear: null, scope: `the cheapest of ${xs.length} flexible MW, each with its cut hours fixed; no bound is proven between them` };
  return { ...result, notes, bound, flexible: answer };
}

/** On-site MW built: whole thermal units, solar MWac and battery power. */
function onsiteMW(result: SizingResult): number {
  const mix = result.mix;
  if (mix === null) return 0;
  return mix.thermal.reduce((sum, t) => sum + t.capacityMW, 0) + mix.solarMWac + mix.batteryMW;
}

function candidateOf(flexible: SizingFlexibleGrid, result: SizingResult, x: number): FlexibleCandidate {
  let curtailedHours = 0;
  for (const cut of curtailedYearHours(flexible, x)) curtailedHours += cut;
  return {
    flexibleMW: x,
    status: result.status,
    firmMW: result.mix?.gridImportMW ?? 0,
    onsiteMW: onsiteMW(result),
    costUSDPerYear: result.objectiveUSDPerYear,
    curtailedHours,
    workloadCurtailedMWh: result.annual?.workloadCurtailedMWh ?? 0,
    monthsEarlier: x > 0 ? monthsEarlier(flexible) : 0,
  };
}

function answerOf(flexible: SizingFlexibleGrid, input: SizingInput, result: SizingResult, x: number, frontier: FlexibleCandidate[]): FlexibleAnswer {
  const rule = flexible.curtailment;
  return {
    ...candidateOf(flexible, result, x),
    offerMW: flexible.maxMW,
    energizeCreditUSDPerYear: x * energizeCreditPerMW(flexible, input.discountRate),
    workloadCurtailmentUSD: result.costBreakdownUSDPerYear?.workloadCurtailmentUSD ?? 0,
    rule: rule.kind === 'listed' ? `${new Set(rule.hours).size} listed hour(s)` : `hours where the host system's load${rule.description === undefined ? '' : ` (${rule.description})`} plus the flexible MW passes its servable level`,
    frontier,
  };
}

function fmt(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}
