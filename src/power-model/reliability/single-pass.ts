import { DesignYear } from './design-year';
import { passHours } from './hourly-pass';
import { planPass, type PassPlan, type SinglePassInput } from './pass-plan';
import { isQuietYear } from './quiet-year';
import { addYear, emptyTally, type CaseTally } from './tally';
import { YearDraws } from './year-draws';

export { UNSERVED_HOURS_BIN_EDGES, type CaseTally } from './tally';
export { extraCopies } from './pass-fleet';
export type { SinglePassInput } from './pass-plan';

/**
 * What a pass reads of its input before the first year, and its scratch: made once per input and
 * reused for every chunk of years a thread runs (reliability-threads.ts), since the plan's hourly
 * bounds and trigger hours take milliseconds — several percent of a chunk of a few thousand years.
 * The scratch is clean between years, so it carries nothing from one pass to the next.
 */
export type PreparedPass = { plan: PassPlan; draws: YearDraws; designYear: DesignYear };

/** The plan and scratch of `input` (its years, first year, seed and callbacks aside: those are read by each pass). */
export function preparePass(input: SinglePassInput): PreparedPass {
  const plan = planPass(input);
  return { plan, draws: new YearDraws(plan), designYear: new DesignYear(plan) };
}

/**
 * The reliability Monte Carlo of several designs (N, N+1, …, with and without the common-mode
 * events, dual fuel, a battery, a grid backup) from one set of draws, in one pass over each year.
 *
 * Draws (year-draws.ts): the same as separate runs of each design would make, so results are equal
 * for a seed: one sub-stream per (seed, year, stream) for the grid's outage events, the ride-through
 * start hours, the gas supply and weather grid-outage events (common-mode.ts), and each unit's
 * up/down spells, a two-state Markov chain (draws.ts: one draw per spell, not one per hour).
 *
 * Each year: the events; then, in a year that can be quiet (no gas event, no ride-through trial),
 * the fleet outage is checked against what each hour absorbs in the worst design (N; without the
 * grid all year if a grid or weather outage was drawn, which costs nothing where there is no grid)
 * and the year is done when it never exceeds it (no design is short, every battery stays full):
 * first from the fleet's spells as a cover of 8-hour blocks (block-cover.ts, the cheap look that
 * settles most years), else from the same spells drawn again hour by hour (quiet-year.ts); else the hourly pass (hourly-pass.ts) serves every design (design-hour.ts: margins,
 * battery, lost load by cause; ride-through.ts) and the year's totals go to the tallies
 * (design-year.ts). Cancellation is checked and progress reported between years. `prepared`, when
 * given, must come from `preparePass` of the same input but for years, first year, seed and callbacks.
 */
export function simulateSinglePass(input: SinglePassInput, prepared: PreparedPass = preparePass(input)): { tallies: CaseTally[]; yearsSimulated: number; cancelled: boolean } {
  const { plan, draws, designYear } = prepared;
  const tallies: CaseTally[] = plan.designs.map((d) => emptyTally(d, plan.rideThroughHours.length));
  const bounds = plan.bounds;
  const canBeQuiet = plan.startsPerYear === 0;

  // Read once: the loop then sees one shape whatever the input's.
  const firstYear = input.firstYear ?? 0;
  const seed = input.seed;
  const yearsWanted = input.years;
  const onProgress = input.onProgress;
  const shouldCancel = input.shouldCancel;
  let yearsSimulated = 0;
  let cancelled = false;
  for (let y = 0; y < yearsWanted; y++) {
    if (shouldCancel?.() === true) {
      cancelled = true;
      break;
    }
    const year = firstYear + y;
    draws.drawEvents(seed, year);
    for (const tally of tallies) {
      tally.gasSupplyEvents += draws.gasEvents;
      tally.gridWeatherEvents += draws.weatherEvents;
    }

    if (canBeQuiet && (draws.gasEvents === 0 || plan.gasShare === 0)) {
      const noGrid = draws.gridEvents > 0 || draws.weatherEvents > 0;
      // First the cover of blocks (block-cover.ts), then, if it cannot tell, the same spells hour by hour.
      if (draws.fleetCoverIsQuiet(noGrid ? bounds.coverAbsorbableNoGridOutMW : bounds.coverAbsorbableOutMW)) {
        draws.clearEvents();
        for (const tally of tallies) addYear(tally, 0, 0);
        yearsSimulated++;
        onProgress?.(yearsSimulated / yearsWanted);
        continue;
      }
      draws.drawFleet();
      const absorbable = noGrid ? bounds.absorbableNoGridOutMW : bounds.absorbableOutMW;
      const blockAbsorbable = noGrid ? bounds.blockAbsorbableNoGridOutMW : bounds.blockAbsorbableOutMW;
      if (isQuietYear(draws.totalDiff, draws.sink, absorbable, blockAbsorbable, plan.hours)) {
        draws.clearSkippedYear();
        for (const tally of tallies) addYear(tally, 0, 0);
        yearsSimulated++;
        onProgress?.(yearsSimulated / yearsWanted);
        continue;
      }
    } else {
      draws.drawFleet();
    }

    draws.drawDesignExtras(seed, year);
    designYear.start();
    passHours(plan, draws, designYear);
    draws.clearAfterPass();
    designYear.addTo(tallies);
    yearsSimulated++;
    onProgress?.(yearsSimulated / yearsWanted);
  }
  return { tallies, yearsSimulated, cancelled };
}
