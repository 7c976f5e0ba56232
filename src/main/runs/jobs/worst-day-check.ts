import type { Site } from '../../../api/schemas/site';
import type { TechnologyFile } from '../../../api/schemas/technology';
import type { ReliabilityTarget, SizedMix } from '../../../power-model/optimize/types';
import type { CommonModeEvents } from '../../../power-model/reliability/common-mode';
import type { Design } from '../../../power-model/reliability/designs';
import { summarizeTally } from '../../../power-model/reliability/monte-carlo';
import { simulateSinglePass } from '../../../power-model/reliability/single-pass';
import type { Estimate, ReliabilityInput } from '../../../power-model/reliability/types';
import { resolveScenario } from '../../../power-model/scenarios/resolve';
import type { ModelRunner } from '../../model/runner';
import { scenarioFromMix, type ScenarioLimits } from './recheck-mix';
import { reliabilityInputFrom } from './reliability';

/** Simulated years of the events check unless the run says otherwise: a few thousand, enough to see events of one in seven years. */
export const EVENT_CHECK_YEARS = 2000;

/** One answer in the "N+1 on paper" against "firm on the worst day" table. */
export type EventCheckRow = {
  target: ReliabilityTarget;
  /** The engine's annual cost of the re-checked whole-unit mix plus its dual fuel, USD/yr. */
  costUSDPerYear: number;
  /** The LP's optimum of the design (continuous mix, dual fuel included), USD/yr. */
  lpCostUSDPerYear: number;
  thermalMW: number;
  /** Whole units able to run on stored fuel, and their MW. */
  dualFuelUnits: number;
  dualFuelMW: number;
  batteryMW: number;
  batteryMWh: number;
  gridImportMW: number;
  /** Loss-of-load hours a year: independent failures only, and with the common-mode events. */
  lossOfLoadHoursPerYear: { withoutEvents: Estimate; withEvents: Estimate };
  expectedUnservedEnergyMWhPerYear: { withoutEvents: Estimate; withEvents: Estimate };
};

/** The Monte Carlo check of the sized mixes with and without common-mode events, from one seed. */
export type EventCheck = { years: number; seed: number; rows: EventCheckRow[] };

const WITHOUT: Design = { label: 'without common-mode events', extraUnits: 0, commonMode: false, dualFuel: false, addedGridMW: 0 };
const WITH: Design = { label: 'with common-mode events', extraUnits: 0, commonMode: true, dualFuel: false, addedGridMW: 0 };

/** MW of whole dual-fuel units in a mix: of each technology ⌈dualFuelMW / unitMW⌉ units, at most those built. */
export function dualFuelUnitsMW(mix: SizedMix): number {
  return mix.thermal.reduce((sum, t) => sum + dualFuelUnitCount(t) * t.unitMW, 0);
}

function dualFuelUnitCount(t: SizedMix['thermal'][number]): number {
  return Math.min(t.units, Math.max(0, Math.ceil((t.dualFuelMW ?? 0) / t.unitMW - 1e-6)));
}

/**
 * Marks the dual-fuel units of a mix in its Monte Carlo fleet: of each technology, the first
 * ⌈dualFuelMW / unitMW⌉ units (whole units, rounded up as the LP's MW are) burn stored fuel in a
 * gas-supply interruption, so the event does not take them. Returns how many units that is.
 */
export function markDualFuelUnits(input: ReliabilityInput, mix: SizedMix): { input: ReliabilityInput; units: number } {
  let marked = 0;
  const remaining = new Map(mix.thermal.map((t) => [t.technologyId, dualFuelUnitCount(t)]));
  const units = input.units.map((unit) => {
    const technologyId = unit.id.replace(/-\d+$/, '');
    const left = remaining.get(technologyId) ?? 0;
    if (left <= 0 || unit.gasFired !== true) return unit;
    remaining.set(technologyId, left - 1);
    marked++;
    return { ...unit, gasFired: false };
  });
  return { input: { ...input, units }, units: marked };
}

/**
 * "N+1 on paper" against "firm on the worst day": each mix (its whole units, as the LP rounded
 * them) simulated in the model year for its load, solar and derating, then the reliability Monte
 * Carlo of it (single-pass engine, `years`, `seed`) without and with the common-mode events of
 * data/common-mode-events.json, dual-fuel units exempt from gas-supply interruptions. Every mix
 * uses the same seed, so the event draws (a stream of their own) are the same for each.
 */
export function checkOnEvents(
  runner: ModelRunner,
  site: Site,
  technologies: TechnologyFile,
  mixes: readonly { target: ReliabilityTarget; mix: SizedMix; costUSDPerYear: number; lpCostUSDPerYear: number }[],
  options: { year: number; years: number; seed: number; commonMode: (dryBulbC: Float64Array) => CommonModeEvents | undefined; limits?: ScenarioLimits; shouldCancel?: () => boolean },
): EventCheck {
  const rows = mixes.map(({ target, mix, costUSDPerYear, lpCostUSDPerYear }): EventCheckRow => {
    const result = runner.simulate(site, resolveScenario(scenarioFromMix(mix, options.limits)), { year: options.year });
    const commonMode = options.commonMode(result.dryBulbC);
    const base = reliabilityInputFrom(site, result, technologies, options.years, options.seed, commonMode);
    const { input, units } = markDualFuelUnits(base, mix);
    const pass = simulateSinglePass({ ...input, designs: [WITHOUT, WITH], ...(options.shouldCancel ? { shouldCancel: options.shouldCancel } : {}) });
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
