import { BUILT_IN_SCENARIOS } from './built-in';
import { BUILT_IN_SCENARIO_IDS, type BuiltInScenarioId, type ResolvedScenario, type ScenarioSpec } from './types';

export function isBuiltInScenarioId(id: string): id is BuiltInScenarioId {
  return BUILT_IN_SCENARIO_IDS.some((b) => b === id);
}

/**
 * Merges a scenario over its base (a built-in): the scenario's own fields win; `grid` and
 * `btm.battery` merge field by field; `btm.thermal` replaces the base list when given; overrides
 * merge by name. A built-in id given as the scenario itself resolves to that built-in.
 */
export function resolveScenario(spec: ScenarioSpec): ResolvedScenario {
  const baseId = spec.base ?? (isBuiltInScenarioId(spec.id) && spec.strategy === undefined ? spec.id : undefined);
  const base: ScenarioSpec | undefined = baseId === undefined ? undefined : BUILT_IN_SCENARIOS[baseId];
  const strategy = spec.strategy ?? base?.strategy;
  if (strategy === undefined) throw new Error(`scenario "${spec.id}": strategy is required when no base scenario is given`);
  const baseBtm = base?.btm ?? {};
  const btm = spec.btm ?? {};
  const resolved: ResolvedScenario = {
    id: spec.id,
    name: spec.name,
    base: baseId,
    description: spec.description ?? base?.description ?? '',
    strategy,
    grid: { importAllowed: true, ...base?.grid, ...spec.grid },
    btm: {
      thermal: btm.thermal ?? baseBtm.thermal ?? [],
      solarMounting: btm.solarMounting ?? baseBtm.solarMounting ?? 'single-axis',
      battery: { ...baseBtm.battery, ...btm.battery },
    },
    overrides: { ...base?.overrides, ...spec.overrides },
  };
  // Permits and fuel merge field by field over the base's (no built-in sets any).
  const permits = { ...base?.permits, ...spec.permits };
  const fuel = { ...base?.fuel, ...spec.fuel };
  if (Object.keys(permits).length > 0) resolved.permits = permits;
  if (Object.keys(fuel).length > 0) resolved.fuel = fuel;
  // An absolute solar size in the scenario wins over a relative one from the base, and vice versa.
  if (btm.solarMWac !== undefined) resolved.btm.solarMWac = btm.solarMWac;
  else if (btm.solarPeakMultiple !== undefined) resolved.btm.solarPeakMultiple = btm.solarPeakMultiple;
  else if (baseBtm.solarMWac !== undefined) resolved.btm.solarMWac = baseBtm.solarMWac;
  else if (baseBtm.solarPeakMultiple !== undefined) resolved.btm.solarPeakMultiple = baseBtm.solarPeakMultiple;
  const battery = resolved.btm.battery;
  if (btm.battery?.powerMW !== undefined) delete battery.powerPeakMultiple;
  if (btm.battery?.powerPeakMultiple !== undefined) delete battery.powerMW;
  if (btm.battery?.energyMWh !== undefined) delete battery.durationHours;
  if (btm.battery?.durationHours !== undefined) delete battery.energyMWh;
  return resolved;
}

/** The built-in scenarios, resolved, in their fixed order. */
export function builtInScenarios(): ResolvedScenario[] {
  return BUILT_IN_SCENARIO_IDS.map((id) => resolveScenario(BUILT_IN_SCENARIOS[id]));
}
