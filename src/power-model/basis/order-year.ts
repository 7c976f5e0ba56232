import type { SizedFleet } from '../scenarios/size';
import { thermalOnlineYear } from '../thermal/fleet';

/** An asset whose earliest in-service year (planning year + lead time) is after the simulated year. */
export type LateAsset = { name: string; earliestYear: number; inService: boolean };

/**
 * The default order year of a thermal technology: in time for the first phase, not before the
 * planning year — but never so late that it misses the design year. So every scenario's fleet is
 * in service in the design year (the design basis on which scenarios are compared), and where
 * that means ordering before the planning year, `lateAssets` and time-to-power say so.
 */
export function defaultOrderYear(planningYear: number, firstPhaseYear: number, designYear: number, leadTimeYears: number): number {
  const lead = Math.ceil(leadTimeYears);
  return Math.min(Math.max(planningYear, firstPhaseYear - lead), designYear - lead);
}

/**
 * Assets of the scenario that cannot be in service in `year` if ordered no earlier than the
 * planning year: `earliestYear` is that planning-year + lead-time date; `inService` says whether
 * the simulated year's dispatch still counts them (the design basis assumes an order in time)
 * or not (a year before they are in service even then).
 */
export function lateAssets(
  fleet: SizedFleet,
  year: number,
  planningYear: number,
  others: { name: string; present: boolean; inServiceYear: number; earliestYear: number }[],
): LateAsset[] {
  const late: LateAsset[] = [];
  for (const spec of fleet.thermal) {
    const earliestYear = Math.max(spec.orderYear, planningYear) + Math.ceil(spec.technology.leadTimeYears);
    if (spec.units > 0 && earliestYear > year) late.push({ name: spec.technology.name, earliestYear, inService: thermalOnlineYear(spec) <= year });
  }
  for (const o of others) if (o.present && o.earliestYear > year) late.push({ name: o.name, earliestYear: o.earliestYear, inService: o.inServiceYear <= year });
  return late;
}

