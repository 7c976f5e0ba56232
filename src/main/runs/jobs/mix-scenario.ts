import type { FlexibleGridInput } from '../../../power-model/grid/flexible';
import type { SizedMix } from '../../../power-model/optimize/types';
import type { ScenarioFuel, ScenarioPermits, ScenarioSpec } from '../../../power-model/scenarios/types';
import { dualFuelUnitCount } from './mix-dual-fuel';

// An optimizer's mix written as a scenario: what the re-check simulates and "Use this mix" saves.

/**
 * The mix in scenario shape: grid limit = the LP's contracted grid MW, whole thermal units, economic
 * dispatch; with the requested scenario's air permit and gas deliverability (`limits`), which bind
 * the site whatever mix it builds. A mix with dual-fuel units (the worst-day target) keeps them:
 * each thermal entry says how many of its units are dual fuel (`dualFuelUnits`, 0 for the others)
 * and the tanks hold `fuel.distillateHoursAtFullLoad` = the larger of the scenario's own and
 * `limits.dualFuelHours`, so the workbench's simulation burns and costs the tanks and kits. Without
 * tank hours (neither given) the dual fuel cannot be said and is left out.
 */
export function scenarioFromMix(mix: SizedMix, options: { id?: string; name?: string; description?: string } & ScenarioLimits = {}): ScenarioSpec {
  const built = mix.thermal.filter((t) => t.units > 0);
  const tankHours = Math.max(options.fuel?.distillateHoursAtFullLoad ?? 0, options.dualFuelHours ?? 0);
  const dual = tankHours > 0 && built.some((t) => dualFuelUnitCount(t) > 0);
  const fuel = dual ? { ...options.fuel, distillateHoursAtFullLoad: tankHours } : options.fuel;
  return {
    ...(options.permits === undefined ? {} : { permits: options.permits }),
    ...(fuel === undefined ? {} : { fuel }),
    id: options.id ?? 'optimized',
    name: options.name ?? 'Least-cost mix (optimizer)',
    ...(options.description === undefined ? {} : { description: options.description }),
    strategy: 'economic',
    // A flexible-only connection (0 MW firm, flexible MW taken) is still a grid.
    grid: mix.gridImportMW > 1e-6 || (mix.flexibleGridMW ?? 0) > 1e-6 ? { importLimitMW: Math.max(0, mix.gridImportMW), ...flexibleGridOf(mix, options.flexible) } : { importAllowed: false },
    btm: {
      thermal: built.map((t) => ({ technology: t.technologyId, units: t.units, ...(dual ? { dualFuelUnits: dualFuelUnitCount(t) } : {}) })),
      solarMWac: mix.solarMWac,
      solarMounting: 'single-axis',
      battery: { powerMW: mix.batteryMW, energyMWh: mix.batteryMWh },
    },
  };
}

/**
 * The requested scenario's air permit and gas deliverability, carried into the mix's scenario;
 * with a flexible offer, what its flexible part carries besides its MW (flexible-offer.ts); with
 * dual fuel in the mix, the hours its tanks hold at full load (mix-dual-fuel.ts `dualFuelTankHours`).
 */
export type ScenarioLimits = { permits?: ScenarioPermits; fuel?: ScenarioFuel; flexible?: Omit<FlexibleGridInput, 'flexibleMW'>; dualFuelHours?: number };

/** The mix's flexible grid MW as the scenario spells it (none when the mix took none). */
function flexibleGridOf(mix: SizedMix, flexible: ScenarioLimits['flexible']): FlexibleGridInput {
  const mw = mix.flexibleGridMW ?? 0;
  return flexible === undefined || mw <= 1e-6 ? {} : { ...flexible, flexibleMW: mw };
}
