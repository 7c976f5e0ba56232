import { triggerHours, type CommonModeEvents, type WeatherTrigger } from '../reliability/common-mode';
import type { WorstDayEvent } from './types';

export type WorstDayEventsInput = {
  /** Hourly facility load, MW, 8760 values (the sizing LP's). */
  facilityLoadMW: Float64Array;
  /** The Monte Carlo's common-mode settings and the site's hourly dry-bulb (reliability/common-mode.ts). */
  commonMode: CommonModeEvents;
  /** Whether the design may have a grid: without one a grid outage changes nothing. */
  hasGrid: boolean;
  /** The technologies offered and each one's output fraction (ambient × altitude) at a dry-bulb, °C. */
  technologyIds: readonly string[];
  outputFractionAt: (technologyId: string, dryBulbC: number) => number;
};

/**
 * The design events of the worst-day target, one per kind of common-mode event and weather that
 * triggers it (the same trigger hours the Monte Carlo starts events in, `triggerHours`):
 * - the gas-supply interruption of the cold snap: the share of gas MW it takes, its mean duration;
 * - a grid outage in the cold and one in the heat, each for its mean duration (with a grid only).
 * Each at its design dry-bulb — the warmest trigger hour of a cold event (the 99.6% heating design
 * condition for the default coldest 0.4%), the coolest of a hot one (the 0.4% cooling design
 * dry-bulb, the N+k reserve's) — and the campus's largest load in those trigger hours.
 * A kind whose weather never comes (no trigger hour) or which takes nothing is left out.
 */
export function worstDayEvents(input: WorstDayEventsInput): WorstDayEvent[] {
  const { dryBulbC, gasSupply, gridWeather } = input.commonMode;
  const events: WorstDayEvent[] = [];
  const design = (trigger: WeatherTrigger, side: 'cold' | 'hot') => {
    const hours = triggerHours(dryBulbC, side === 'cold' ? coldSide(trigger) : hotSide(trigger));
    if (hours.length === 0) return null;
    let loadMW = 0;
    let dryBulb = side === 'cold' ? -Infinity : Infinity;
    for (const h of hours) {
      loadMW = Math.max(loadMW, input.facilityLoadMW[h] ?? 0);
      const t = dryBulbC[h] ?? 0;
      dryBulb = side === 'cold' ? Math.max(dryBulb, t) : Math.min(dryBulb, t);
    }
    const thermalOutputFraction = Object.fromEntries(input.technologyIds.map((id) => [id, input.outputFractionAt(id, dryBulb)]));
    return { loadMW, dryBulbC: dryBulb, thermalOutputFraction };
  };
  if (gasSupply !== undefined && gasSupply.eventsPerYear > 0 && gasSupply.shareOfGasUnitsAffected > 0) {
    const at = design(gasSupply, 'cold');
    if (at !== null) events.push({ kind: 'gasSupply', label: `gas-supply interruption in the cold snap (${at.dryBulbC.toFixed(1)} °C)`, durationHours: gasSupply.meanDurationHours, shareOfGasLost: gasSupply.shareOfGasUnitsAffected, ...at });
  }
  if (input.hasGrid && gridWeather !== undefined && gridWeather.eventsPerYear > 0) {
    for (const side of ['cold', 'hot'] as const) {
      const at = design(gridWeather, side);
      if (at !== null) events.push({ kind: 'gridOutage', label: `grid outage in the ${side === 'cold' ? 'cold' : 'heat'} (${at.dryBulbC.toFixed(1)} °C)`, durationHours: gridWeather.meanDurationHours, shareOfGasLost: 0, ...at });
    }
  }
  return events;
}

function coldSide(trigger: WeatherTrigger): WeatherTrigger {
  return { ...(trigger.startAtOrBelowDryBulbC === undefined ? {} : { startAtOrBelowDryBulbC: trigger.startAtOrBelowDryBulbC }), coldestHoursFraction: trigger.coldestHoursFraction ?? 0, hottestHoursFraction: 0 };
}

function hotSide(trigger: WeatherTrigger): WeatherTrigger {
  return { ...(trigger.startAtOrAboveDryBulbC === undefined ? {} : { startAtOrAboveDryBulbC: trigger.startAtOrAboveDryBulbC }), hottestHoursFraction: trigger.hottestHoursFraction ?? 0, coldestHoursFraction: 0 };
}
