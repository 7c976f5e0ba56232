import highsLoader from 'highs';
import { availableParallelism } from 'node:os';
import { canDecompose } from '../../../power-model/optimize/decomposition/benders-sizing';
import type { DecomposedClasses } from '../../../power-model/optimize/decomposition/decomposed-classes';
import { DEFAULT_TIME_LIMIT_SECONDS, optimizeSizing } from '../../../power-model/optimize/optimize-sizing';
import { reserveClasses } from '../../../power-model/optimize/reserve-margin';
import { validateSizingInput } from '../../../power-model/optimize/validate';
import { parallelClassesAvailable, solveClassesInParallel } from '../../optimize/parallel-classes';
import type { ReliabilityTarget, SizingCaps, SizingInput, SizingResult, SizingTimeResolution } from '../../../power-model/optimize/types';
import { TIER_AVAILABILITY } from '../../../power-model/reliability/tiers';
import { resolveScenario } from '../../../power-model/scenarios/resolve';
import { loadTechnologies } from '../../data/load-technologies';
import { jobRunner } from '../job-runner';
import { JobCancelled, type JobContext, type JobFunction } from '../types';
import { recheckMix, type MixRecheck, type ScenarioLimits } from './recheck-mix';
import { sizingInputWithNotes, type ScenarioStructure } from './sizing-input';
import { EVENT_CHECK_YEARS } from './worst-day-check';
import { compareWithNPlusK, eventFixNotes, worstDayNotes, type WorstDayOutcome } from './optimize-worst-day';
import { loadCommonModeEvents } from '../../data/load-common-mode';
import { commonModeFrom } from './reliability';
import { recheckFlexibleFields, type FlexibleOfferParams } from './flexible-offer';

const optionalFlexible = <T>(flexible: T | undefined): { flexible?: T } => (flexible === undefined ? {} : { flexible });

export { BATTERY_ENERGY_SHARE, SOLAR_ACRES_PER_MWAC, sizingInputFrom } from './sizing-input';

/** Simulated years of the Monte Carlo re-check of the optimized mix; seeded, so reproducible. */
const RECHECK_YEARS = 200;
const RECHECK_SEED = 1;
/** Availability the rounded mix must reach in the Monte Carlo unless the run says otherwise: Tier III. */
export const DEFAULT_AVAILABILITY_TARGET = TIER_AVAILABILITY['Tier III'];

/** What the optimize job returns: the LP's answer, the year and structure it kept, and the re-check of its whole-unit mix. */
export type OptimizeJobResult = SizingResult & {
  siteId: string;
  year: number;
  structure: ScenarioStructure;
  recheck: MixRecheck | null;
  reliabilityTarget: ReliabilityTarget;
  /** With the 'worst-day' target (and a mix), the comparison with 'n-plus-k'; else null. */
  worstDay: WorstDayOutcome | null;
};

/**
 * Least-cost supply mix of one site by linear programming (HiGHS), in the year the workbench
 * simulates the requested scenario (or the year asked for), keeping that scenario's structure (no
 * grid for a scenario without one, nothing behind the meter for grid-only). The whole-unit mix is
 * then re-checked (`recheckMix`): its full-year dispatch under the same caps, simulated by the
 * engine on that schedule, and a Monte Carlo with units added until the availability target is
 * met. The status is 'optimal' only when every promise holds; otherwise 'notMet', with each
 * broken promise and by how much in `recheck.checks`.
 */
export const optimizeJob: JobFunction = async (request, ctx) => {
  const p = request.params;
  const days = typeof p.representativeDays === 'number' ? p.representativeDays : null;
  const time: SizingTimeResolution = days === null ? { kind: 'fullYear' } : p.twoStage === true ? { kind: 'twoStage', days } : { kind: 'representativeDays', days };
  ctx.progress(0.05, 'building the hourly problem');
  const technologies = loadTechnologies();
  const runner = jobRunner(request);
  const scenario = resolveScenario(request.scenario);
  const reliabilityTarget: ReliabilityTarget = p.reliabilityTarget === 'worst-day' ? 'worst-day' : 'n-plus-k';
  const worstDayTarget = reliabilityTarget === 'worst-day';
  const { input, year, structure, notes: offerNotes } = sizingInputWithNotes(
    request.site,
    technologies,
    {
      ...(typeof p.year === 'number' ? { year: p.year } : {}),
      ...(typeof p.caps === 'object' && p.caps !== null ? { caps: p.caps as SizingCaps } : {}),
      ...(typeof p.reserveUnits === 'number' ? { reserveUnits: p.reserveUnits } : {}),
      ...(typeof p.flexible === 'object' && p.flexible !== null ? { flexible: p.flexible as FlexibleOfferParams } : {}),
      time,
      scenario,
      reliabilityTarget,
    },
    runner,
  );
  if (ctx.shouldCancel()) throw new JobCancelled();
  ctx.progress(0.2, 'solving with HiGHS');
  const highs = await highsLoader();
  const onThreads = await classesOnThreads(input, typeof p.threads === 'number' ? p.threads : availableParallelism(), ctx);
  const result: SizingResult = optimizeSizing(highs, {
    ...input,
    onProgress: (fraction, message) => {
      if (ctx.shouldCancel()) throw new JobCancelled();
      ctx.progress(0.2 + 0.5 * fraction, message);
    },
  }, onThreads === null ? {} : { decomposed: onThreads.decomposed });
  if (onThreads !== null && onThreads.decomposed.kind === 'solved') result.notes.push(onThreads.note);
  const base = { siteId: request.site.id, year, structure, reliabilityTarget };
  if (result.status !== 'optimal' || result.mix === null) {
    ctx.progress(1, result.status);
    return { ...base, ...result, notes: [...offerNotes, ...result.notes], recheck: null, worstDay: null } satisfies OptimizeJobResult;
  }
  // The worst-day answer's comparison takes the last quarter of the bar.
  const recheckSpan = worstDayTarget ? 0.15 : 0.3;
  if (ctx.shouldCancel()) throw new JobCancelled();
  const recheckYears = typeof p.recheckYears === 'number' ? p.recheckYears : RECHECK_YEARS;
  const availabilityTarget = typeof p.availabilityTarget === 'number' ? p.availabilityTarget : DEFAULT_AVAILABILITY_TARGET;
  const limits: ScenarioLimits = { ...(scenario.permits === undefined ? {} : { permits: scenario.permits }), ...(scenario.fuel === undefined ? {} : { fuel: scenario.fuel }) };
  const eventYears = typeof p.eventCheckYears === 'number' ? p.eventCheckYears : EVENT_CHECK_YEARS;
  // The worst-day answer meets the availability target with the common-mode events too (recheckMix step 4), on the events check's years and seed.
  const commonModeFile = worstDayTarget ? loadCommonModeEvents() : null;
  const events = commonModeFile === null ? undefined : { years: eventYears, commonMode: (dryBulbC: Float64Array) => commonModeFrom(dryBulbC, commonModeFile, undefined), shouldCancel: () => ctx.shouldCancel() };
  const recheckOf = (sizing: SizingInput, lp: NonNullable<SizingResult['mix']>, from: number, span: number) =>
    recheckMix(highs, runner, request.site, technologies, sizing, lp, {
      year,
      years: recheckYears,
      seed: RECHECK_SEED,
      availabilityTarget,
      structure,
      limits: { ...limits, ...optionalFlexible(recheckFlexibleFields(sizing.grid?.flexible, scenario)) },
      ...(events === undefined ? {} : { events }),
      onProgress: (fraction, message) => {
        if (ctx.shouldCancel()) throw new JobCancelled();
        ctx.progress(from + span * fraction, message);
      },
    });
  const { mix, recheck, eventInput } = recheckOf(input, result.mix, 0.7, recheckSpan);
  if (ctx.shouldCancel()) throw new JobCancelled();
  const sim = recheck.simulation;
  const availability = recheck.monteCarlo.availability;
  const notes = [...offerNotes, ...result.notes.filter((n) => !n.startsWith('Thermal unit counts'))];
  notes.push(
    `Reported figures are the re-check's: the whole-unit mix (LP MW rounded up) dispatched over the full year of ${sim.year} under the same caps, then simulated hour by hour following that schedule: ${sim.unservedEnergyMWh.toFixed(1)} MWh unserved, ${Math.round(sim.co2Tonnes).toLocaleString('en-US')} t CO2, ${(sim.annualCostUSD / 1e6).toFixed(1)} MUSD/yr (LCOE ${sim.lcoeUSDPerMWh === null ? 'undefined: nothing served' : `${sim.lcoeUSDPerMWh.toFixed(1)} USD/MWh`}); ` +
      `Monte Carlo (${recheckYears} years, seed ${RECHECK_SEED}) availability ${(availability.mean * 100).toFixed(4)}% [95%: ${(availability.low95 * 100).toFixed(4)}–${(availability.high95 * 100).toFixed(4)}%]. The LP figures (objective, cost breakdown, annual) are those of the continuous LP mix.`,
  );
  if (sim.tightenedCo2CapTonnes !== null) {
    notes.push(`The engine's part-load fuel made the first schedule emit more than the LP's linear heat rates; the schedule was made again under a CO2 cap of ${Math.round(sim.tightenedCo2CapTonnes).toLocaleString('en-US')} t.`);
  }
  if (recheck.tank !== null) notes.push(`Tank sized up: ${recheck.tank.detail}.`);
  for (const a of recheck.added) notes.push(`Added ${a.units} × ${a.technologyId}: ${a.detail}.`);
  if (recheck.events !== null) notes.push(...eventFixNotes(recheck.events));
  const economic = recheck.economicDispatch;
  if (Math.abs(economic.co2Tonnes - sim.co2Tonnes) > 1e-6 * Math.max(1, sim.co2Tonnes) || economic.unservedEnergyMWh > sim.unservedEnergyMWh + 1e-3) {
    notes.push(
      `Saved as a scenario, the mix runs under the workbench's economic dispatch, which does not follow this schedule: there it emits ${Math.round(economic.co2Tonnes).toLocaleString('en-US')} t CO2 and leaves ${economic.unservedEnergyMWh.toFixed(1)} MWh unserved (${(economic.annualCostUSD / 1e6).toFixed(1)} MUSD/yr).`,
    );
  }
  const broken = recheck.checks.filter((c) => c.met !== true);
  const status: SizingResult['status'] = broken.length === 0 ? 'optimal' : 'notMet';
  const worstDay = worstDayTarget
    ? compareWithNPlusK(highs, runner, request.site, technologies, input, { mix, recheck, eventInput, lpCostUSDPerYear: result.objectiveUSDPerYear ?? 0 }, {
        year,
        years: eventYears,
        seed: RECHECK_SEED,
        limits,
        ctx,
        recheck: (sizing, lp) => recheckOf(sizing, lp, 0.87, 0.05),
      })
    : null;
  if (worstDay !== null) notes.push(...worstDayNotes(worstDay));
  ctx.progress(1, status);
  return { ...base, ...result, status, mix, recheck, notes, worstDay } satisfies OptimizeJobResult;
};

/**
 * A full-year sizing's classes of largest unit solved on `threads` worker threads at once
 * (solveClassesInParallel), for optimizeSizing to take instead of solving them one after another:
 * each class is an independent LP, so on two cores the K-class sizing takes about half the time.
 * Null (optimizeSizing solves them in this thread) for one class, one thread, a case the
 * decomposition does not take, or where no class worker exists.
 */
async function classesOnThreads(input: SizingInput, requestedThreads: number, ctx: JobContext): Promise<{ decomposed: DecomposedClasses; note: string } | null> {
  if (input.timeResolution.kind !== 'fullYear' || requestedThreads < 2 || !canDecompose(input) || !parallelClassesAvailable()) return null;
  validateSizingInput(input);
  const classes = reserveClasses(input.thermal, input.reserveUnits ?? 1);
  if (classes.length < 2) return null;
  const threads = Math.min(requestedThreads, classes.length);
  const timeLimitSeconds = input.timeLimitSeconds ?? DEFAULT_TIME_LIMIT_SECONDS.fullYear;
  const onProgress = (fraction: number, message?: string): void => ctx.progress(0.2 + 0.25 * fraction, message);
  const decomposed = await solveClassesInParallel({ ...input, onProgress }, classes, timeLimitSeconds, threads, ctx.shouldCancel);
  if (ctx.shouldCancel()) throw new JobCancelled();
  return { decomposed, note: `The ${classes.length} classes of largest unit were solved on ${threads} threads at once, each told the best answer known when it started (pruning is weaker than one after another).` };
}
