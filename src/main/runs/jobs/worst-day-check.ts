import type { Site } from '../../../api/schemas/site';
import type { TechnologyFile } from '../../../api/schemas/technology';
import type { ReliabilityTarget, SizedMix } from '../../../power-model/optimize/types';
import type { CommonModeEvents } from '../../../power-model/reliability/common-mode';
import { WITH_EVENTS, WITHOUT_EVENTS } from '../../../power-model/reliability/designs';
import type { EventCheck, EventCheckRow } from '../../../api/worst-day-results';
import { summarizeTally } from '../../../power-model/reliability/monte-carlo';
import { simulateSinglePass } from '../../../power-model/reliability/single-pass';
import type { ReliabilityInput } from '../../../power-model/reliability/types';
import { resolveScenario } from '../../../power-model/scenarios/resolve';
import type { ModelRunner } from '../../model/runner';
import { dualFuelUnitsMW, markDualFuelUnits, technologyOfUnit } from './mix-dual-fuel';
import { scenarioFromMix, type ScenarioLimits } from './recheck-mix';
import { reliabilityInputFrom } from './reliability';

/** Simulated years of the events check unless the run says otherwise: a few thousand, enough to see events of one in seven years. */
export const EVENT_CHECK_YEARS = 2000;

export type { EventCheck, EventCheckRow } from '../../../api/worst-day-results';


export { dualFuelUnitsMW, markDualFuelUnits } from './mix-dual-fuel';

/**
 * "N+1 on paper" against "firm on the worst day": each mix (its whole units, as the LP rounded
 * them) simulated in the model year for its load, solar and derating, then the reliability Monte
 * Carlo of it (single-pass engine, `years`, `seed`) without and with the common-mode events of
 * data/common-mode-events.json, dual-fuel units exempt from gas-supply interruptions. Every mix
 * uses the same seed, so the event draws (a stream of their own) are the same for each. A mix
 * given with its `eventInput` (the re-check's events loop, event-fix.ts: its units in the order the
 * loop added them, dual-fuel units marked) is checked on that input, so its row repeats the figures
 * the loop stopped at.
 */
export function checkOnEvents(
  runner: ModelRunner,
  site: Site,
  technologies: TechnologyFile,
  mixes: readonly { target: ReliabilityTarget; mix: SizedMix; costUSDPerYear: number; lpCostUSDPerYear: number; eventInput?: ReliabilityInput | null }[],
  options: { year: number; years: number; seed: number; commonMode: (dryBulbC: Float64Array) => CommonModeEvents | undefined; limits?: ScenarioLimits; shouldCancel?: () => boolean },
): EventCheck {
  const rows = mixes.map(({ target, mix, costUSDPerYear, lpCostUSDPerYear, eventInput }): EventCheckRow => {
    const { input, units } =
      eventInput !== undefined && eventInput !== null
        ? { input: { ...eventInput, years: options.years, seed: options.seed }, units: eventInput.units.filter((u) => u.gasFired === false && mix.thermal.some((t) => t.technologyId === technologyOfUnit(u) && (t.dualFuelMW ?? 0) > 0)).length }
        : markedInput(runner, site, technologies, mix, options);
    const pass = simulateSinglePass({ ...input, designs: [WITHOUT_EVENTS, WITH_EVENTS], ...(options.shouldCancel ? { shouldCancel: options.shouldCancel } : {}) });
    const [without, withEvents] = pass.tallies.map((tally) => summarizeTally(input, tally, pass.cancelled));
    if (without === undefined || withEvents === undefined) throw new Error('the events check returned no tally');
    const dualFuelMW = dualFuelUnitsMW(mix);
    return {
      target,
      costUSDPerYear,
      lpCostUSDPerYear,
      thermalMW: mix.thermal.reduce((sum, t) => sum + t.capacityMW, 0),
      dualFuelUnits: units,
      dualFuelMW,
      batteryMW: mix.batteryMW,
      batteryMWh: mix.batteryMWh,
      gridImportMW: mix.gridImportMW,
      lossOfLoadHoursPerYear: { withoutEvents: without.lossOfLoadHoursPerYear, withEvents: withEvents.lossOfLoadHoursPerYear },
      expectedUnservedEnergyMWhPerYear: { withoutEvents: without.expectedUnservedEnergyMWhPerYear, withEvents: withEvents.expectedUnservedEnergyMWhPerYear },
    };
  });
  return { years: options.years, seed: options.seed, rows };
}

/** The mix simulated in the model year, as a Monte Carlo input with the events and its dual-fuel units marked. */
function markedInput(
  runner: ModelRunner,
  site: Site,
  technologies: TechnologyFile,
  mix: SizedMix,
  options: { year: number; years: number; seed: number; commonMode: (dryBulbC: Float64Array) => CommonModeEvents | undefined; limits?: ScenarioLimits },
): { input: ReliabilityInput; units: number } {
  const result = runner.simulate(site, resolveScenario(scenarioFromMix(mix, options.limits)), { year: options.year });
  return markDualFuelUnits(reliabilityInputFrom(site, result, technologies, options.years, options.seed, options.commonMode(result.dryBulbC)), mix);
}
