import type { Highs } from 'highs';
import type { Site } from '../../../api/schemas/site';
import type { TechnologyFile } from '../../../api/schemas/technology';
import { dualFuelUSDPerMWYear } from '../../../power-model/optimize/families/worst-day';
import { optimizeSizing } from '../../../power-model/optimize/optimize-sizing';
import type { SizedMix, SizingInput } from '../../../power-model/optimize/types';
import { loadCommonModeEvents } from '../../data/load-common-mode';
import type { ModelRunner } from '../../model/runner';
import { JobCancelled, type JobContext } from '../types';
import type { ReliabilityInput } from '../../../power-model/reliability/types';
import type { EventFix } from './event-fix';
import type { MixRecheck, ScenarioLimits } from './recheck-mix';
import { commonModeFrom } from './reliability';
import { checkOnEvents, dualFuelUnitsMW, type EventCheck } from './worst-day-check';

import type { WorstDayOutcome } from '../../../api/worst-day-results';

export type { WorstDayOutcome };

/**
 * A re-checked answer and the LP's optimum it came from (continuous mix, dual fuel included), USD/yr;
 * for the worst-day answer, the Monte Carlo input its events loop stopped at (event-fix.ts).
 */
type Answer = { mix: SizedMix; recheck: MixRecheck; lpCostUSDPerYear: number; eventInput?: ReliabilityInput | null };

/**
 * The N+k sizing of the same input (the worst-day rows left out), re-checked as the optimizer's
 * answer is (`recheck`: whole units, units added for the availability target), then both answers
 * through the Monte Carlo with and without the common-mode events (`checkOnEvents`). Each answer
 * carries two costs: the LP's optimum (continuous mix, in the LP's cost model, where worst-day can
 * never cost less than N+k) and the engine's annual cost of its re-checked whole-unit mix (the
 * re-check's simulation, whose scenario carries the dual-fuel units, so their tanks and kits are in
 * it; only where the site has no distillate figures are they added as the LP prices them). The two
 * can rank the answers differently: the engine prices the grid and the whole units its own way.
 * The worst-day row of the events check runs on the input the re-check's events loop stopped at.
 */
export function compareWithNPlusK(
  highs: Highs,
  runner: ModelRunner,
  site: Site,
  technologies: TechnologyFile,
  input: SizingInput,
  worstDay: Answer,
  options: { year: number; years: number; seed: number; limits: ScenarioLimits; ctx: JobContext; recheck: (input: SizingInput, mix: SizedMix) => Omit<Answer, 'lpCostUSDPerYear'> },
): WorstDayOutcome {
  const { ctx } = options;
  ctx.progress(0.85, 'sizing the same site to N+k alone, to compare');
  const { reliabilityTarget: _target, worstDay: _events, ...nPlusKInput } = input;
  const nPlusK = optimizeSizing(highs, {
    ...nPlusKInput,
    onProgress: () => {
      if (ctx.shouldCancel()) throw new JobCancelled();
    },
  });
  const events = input.worstDay?.events.slice() ?? [];
  const cost = (answer: Answer): number => answer.recheck.simulation.annualCostUSD + (answer.recheck.dualFuelInScenario ? 0 : dualFuelCostUSDPerYear(input, answer.mix));
  const thermalMW = (mix: SizedMix): number => mix.thermal.reduce((sum, t) => sum + t.capacityMW, 0);
  if (nPlusK.status !== 'optimal' || nPlusK.mix === null) {
    const added = { thermalMW: 0, dualFuelMW: dualFuelUnitsMW(worstDay.mix), batteryMW: 0, batteryMWh: 0, costUSDPerYear: 0 };
    return { events, added, check: null, nPlusKStatus: nPlusK.status };
  }
  const nPlusKAnswer: Answer = { ...options.recheck(nPlusKInput, nPlusK.mix), lpCostUSDPerYear: nPlusK.objectiveUSDPerYear ?? 0 };
  const added = {
    thermalMW: thermalMW(worstDay.mix) - thermalMW(nPlusKAnswer.mix),
    dualFuelMW: dualFuelUnitsMW(worstDay.mix),
    batteryMW: worstDay.mix.batteryMW - nPlusKAnswer.mix.batteryMW,
    batteryMWh: worstDay.mix.batteryMWh - nPlusKAnswer.mix.batteryMWh,
    costUSDPerYear: cost(worstDay) - cost(nPlusKAnswer),
  };
  if (ctx.shouldCancel()) throw new JobCancelled();
  ctx.progress(0.93, `Monte Carlo of both mixes with and without common-mode events, ${options.years} years`);
  const file = loadCommonModeEvents();
  const check = checkOnEvents(
    runner,
    site,
    technologies,
    [
      { target: 'n-plus-k', mix: nPlusKAnswer.mix, costUSDPerYear: cost(nPlusKAnswer), lpCostUSDPerYear: nPlusKAnswer.lpCostUSDPerYear },
      { target: 'worst-day', mix: worstDay.mix, costUSDPerYear: cost(worstDay), lpCostUSDPerYear: worstDay.lpCostUSDPerYear, eventInput: worstDay.eventInput ?? null },
    ],
    { year: options.year, years: options.years, seed: options.seed, commonMode: (dryBulbC) => commonModeFrom(dryBulbC, file, undefined), limits: options.limits, shouldCancel: () => ctx.shouldCancel() },
  );
  if (ctx.shouldCancel()) throw new JobCancelled();
  return { events, added, check, nPlusKStatus: nPlusK.status };
}

/** Annualized dual-fuel cost of a mix's whole dual-fuel units, USD/yr. */
function dualFuelCostUSDPerYear(input: SizingInput, mix: SizedMix): number {
  return mix.thermal.reduce((sum, t) => {
    const technology = input.thermal.find((x) => x.technologyId === t.technologyId);
    return technology === undefined ? sum : sum + dualFuelUnitsMW({ ...mix, thermal: [t] }) * dualFuelUSDPerMWYear(input, technology);
  }, 0);
}

/** The events loop of the re-check (event-fix.ts) in the job's notes: where it started, each step, where it stopped. */
export function eventFixNotes(fix: EventFix): string[] {
  const h = (e: EventFix['before']) => `${e.lossOfLoadHoursPerYear.mean.toFixed(2)} h/yr (availability ${(e.availability.mean * 100).toFixed(4)}%)`;
  const head = `With the common-mode events (Monte Carlo ${fix.years} years, seed ${fix.seed}) the re-checked worst-day mix loses ${h(fix.before)} against the target's ${fix.lossOfLoadHoursTarget.toFixed(2)} h/yr (${(fix.target * 100).toFixed(4)}%).`;
  if (fix.steps.length === 0) return [`${head} No fix needed.`];
  const steps = fix.steps.map((s, i) => `Events fix ${i + 1}: ${s.detail}.`);
  const tail = fix.met
    ? `After ${fix.steps.length} step${fix.steps.length === 1 ? '' : 's'} (each the cheapest per hour of lost load removed, greedy, not proven optimal) it loses ${h(fix.after)}: the target is met with the events.`
    : `Stopped after ${fix.steps.length} step${fix.steps.length === 1 ? '' : 's'} at ${h(fix.after)} lost: ${fix.stoppedBecause ?? 'target not met'}; the target is NOT met with the events.`;
  return [head, ...steps, tail];
}

/** One line per answer for the job's notes. */
export function worstDayNotes(outcome: WorstDayOutcome): string[] {
  const check = outcome.check;
  if (check === null) return [`The N+k sizing to compare with ended "${outcome.nPlusKStatus}": no comparison.`];
  const line = (r: EventCheck['rows'][number]) =>
    `${r.target === 'n-plus-k' ? 'N+k ("N+1 on paper")' : 'worst day'} LP ${(r.lpCostUSDPerYear / 1e6).toFixed(1)} MUSD/yr, re-checked mix ${(r.costUSDPerYear / 1e6).toFixed(1)} MUSD/yr, ${r.lossOfLoadHoursPerYear.withoutEvents.mean.toFixed(2)} h/yr lost without events, ${r.lossOfLoadHoursPerYear.withEvents.mean.toFixed(2)} h/yr with them`;
  return [`Both answers re-checked, then in the Monte Carlo with and without common-mode events (${check.years} years, seed ${check.seed}, the same event draws): ${check.rows.map(line).join('; ')}.`];
}
