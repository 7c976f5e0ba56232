import type { ReliabilityInput, ReliabilityUnit } from './types';

/*
 * What the single pass (single-pass.ts) reads of the fleet before its hot loop: the battery's
 * settings, the N+k copies of the largest unit and their down spells, and units grouped by their
 * hourly capacity fraction and fuel.
 */

/** A shortfall below this is rounding, not lost load, MW. */
export const SHORTFALL_TOLERANCE_MW = 1e-6;

export type BatterySettings = { has: boolean; powerMW: number; socMaxMWh: number; socMinMWh: number; eta: number };
export const NO_BATTERY: BatterySettings = { has: false, powerMW: 0, socMaxMWh: 0, socMinMWh: 0, eta: 1 };

export function batterySettings(battery: ReliabilityInput['battery']): BatterySettings {
  if (battery === undefined) return NO_BATTERY;
  const socMinMWh = (battery.energyMWh * battery.socMinPct) / 100;
  return { has: battery.powerMW > 0 && battery.energyMWh > socMinMWh, powerMW: battery.powerMW, socMaxMWh: battery.energyMWh, socMinMWh, eta: Math.sqrt(battery.roundTripEfficiency) };
}

/** The k copies of the largest unit (by capacity; the first listed wins a tie) that N+k adds. */
export function extraCopies(units: readonly ReliabilityUnit[], k: number): ReliabilityUnit[] {
  const largest = units.reduce<ReliabilityUnit | undefined>((best, unit) => (best === undefined || unit.capacityMW > best.capacityMW ? unit : best), undefined);
  if (largest === undefined) return [];
  return Array.from({ length: k }, (_, i) => ({ ...largest, id: `${largest.id}+${i + 1}` }));
}

/** Whether an added unit (N+k) is down at `hour`, walking its down spells forward in time. */
export function extraDownAt(spells: { start: number[]; end: number[]; next: number } | undefined, hour: number): boolean {
  if (spells === undefined) return false;
  while (spells.next < spells.end.length && (spells.end[spells.next] ?? 0) <= hour) spells.next++;
  return spells.next < spells.start.length && (spells.start[spells.next] ?? Infinity) <= hour;
}

/**
 * Units grouped by their hourly capacity fraction (by array identity; `undefined` = the rating)
 * and whether they burn gas: each group's nameplate MW, fraction and fuel, and each unit's group.
 */
export function unitGroups(units: readonly ReliabilityUnit[]): { fractions: (Float64Array | undefined)[]; gasFired: boolean[]; capacityMW: number[]; ofUnit: number[] } {
  const fractions: (Float64Array | undefined)[] = [];
  const gasFired: boolean[] = [];
  const capacityMW: number[] = [];
  const ofUnit = units.map((unit) => {
    const gas = unit.gasFired === true;
    let g = fractions.findIndex((f, i) => f === unit.hourlyCapacityFraction && gasFired[i] === gas);
    if (g < 0) {
      g = fractions.length;
      fractions.push(unit.hourlyCapacityFraction);
      gasFired.push(gas);
      capacityMW.push(0);
    }
    capacityMW[g] = (capacityMW[g] ?? 0) + unit.capacityMW;
    return g;
  });
  if (fractions.length === 0) {
    fractions.push(undefined);
    gasFired.push(false);
    capacityMW.push(0);
  }
  return { fractions, gasFired, capacityMW, ofUnit };
}

/** A unit group's capacity fraction at `hour` (1: its rating). */
export function fractionAt(fraction: Float64Array | undefined, hour: number): number {
  return fraction === undefined ? 1 : (fraction[hour] ?? 1);
}
