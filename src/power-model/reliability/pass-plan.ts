import { HOURS_PER_YEAR } from '../hours';
import { triggerHours } from './common-mode';
import { redundancyDesigns, type Design } from './designs';
import { spellScales } from './draws';
import { hourBounds, type HourBounds } from './hour-bounds';
import { batterySettings, extraCopies, unitGroups, type BatterySettings } from './pass-fleet';
import type { ReliabilityInput, ReliabilityUnit } from './types';

const DEFAULT_RIDE_THROUGH_HOURS: readonly number[] = [1, 4, 8, 24, 72];
const DEFAULT_RIDE_THROUGH_STARTS_PER_YEAR = 8;

export type SinglePassInput = ReliabilityInput & {
  /** The designs compared (designs.ts); absent = N+k for each k of `extraUnits`. */
  designs?: readonly Design[];
  /** k of each N+k design when `designs` is absent; default [0]. */
  extraUnits?: readonly number[];
  /** Index of the first simulated year (a worker's share starts here); default 0. */
  firstYear?: number;
};

/**
 * Everything the single pass (single-pass.ts) reads of its input, read once before the year loop,
 * in one object shape and typed arrays: inputs of other shapes (with or without common-mode
 * events, derating, a battery) then do not send the optimized loops back to the interpreter when
 * the next run passes one.
 */
export type PassPlan = {
  hours: number;
  gridMW: number;
  designs: readonly Design[];
  /** The fleet's units grouped by hourly capacity fraction and fuel (pass-fleet.ts). */
  groups: ReturnType<typeof unitGroups>;
  bounds: HourBounds;
  /** Per unit of the fleet: nameplate MW, forced-outage rate, spell scales (draws.ts), offset of its group's difference array. */
  unitCapacityMW: Float64Array;
  unitForcedOutageRate: Float64Array;
  unitUpScale: Float64Array;
  unitDownScale: Float64Array;
  unitOffset: Int32Array;
  /** The copies of the largest unit that N+k adds (the most any design asks for), and the sum of the first k, MW. */
  extras: ReliabilityUnit[];
  extraCapacityPrefix: Float64Array;
  /** Per design: k, whether the common-mode events apply, dual fuel, grid MW, battery. */
  designK: Int32Array;
  designCommonMode: Uint8Array;
  designDualFuel: Uint8Array;
  designGridMW: Float64Array;
  batteries: BatterySettings[];
  anyGrid: boolean;
  gridOutage: ReliabilityInput['gridOutage'];
  gas: NonNullable<ReliabilityInput['commonMode']>['gasSupply'];
  gasTriggers: Int32Array;
  gasShare: number;
  gridWeather: NonNullable<ReliabilityInput['commonMode']>['gridWeather'];
  gridWeatherTriggers: Int32Array;
  /** Ride-through durations (ascending, distinct), the longest, and trials per year (0 without a grid). */
  rideThroughHours: number[];
  longest: number;
  startsPerYear: number;
};

export function planPass(input: SinglePassInput): PassPlan {
  const hours = HOURS_PER_YEAR;
  const gridMW = input.gridImportLimitMW;
  const baseUnits = input.units;
  const designs = input.designs ?? redundancyDesigns(input.extraUnits ?? [0]);
  const maxExtra = designs.reduce((max, d) => Math.max(max, d.extraUnits), 0);
  const extras = extraCopies(baseUnits, maxExtra);
  const extraCapacityPrefix = new Float64Array(maxExtra + 1);
  for (let j = 0; j < extras.length; j++) extraCapacityPrefix[j + 1] = (extraCapacityPrefix[j] ?? 0) + (extras[j]?.capacityMW ?? 0);
  const groups = unitGroups(baseUnits);
  const unitScales = baseUnits.map((unit) => spellScales(unit.forcedOutageRate, Math.max(1, unit.mttrHours)));
  const designGridMW = Float64Array.from(designs, (d) => gridMW + d.addedGridMW);

  const commonMode = input.commonMode;
  const gas = commonMode?.gasSupply;
  const gridWeather = commonMode?.gridWeather;
  const rideThroughHours = [...new Set(input.rideThroughHours ?? DEFAULT_RIDE_THROUGH_HOURS)].sort((a, b) => a - b);
  return {
    hours,
    gridMW,
    designs,
    groups,
    bounds: hourBounds(input.facilityLoadMW, input.solarAvailableMW, gridMW, groups, hours),
    unitCapacityMW: Float64Array.from(baseUnits, (u) => u.capacityMW),
    unitForcedOutageRate: Float64Array.from(baseUnits, (u) => u.forcedOutageRate),
    unitUpScale: Float64Array.from(unitScales, (x) => x.upScale),
    unitDownScale: Float64Array.from(unitScales, (x) => x.downScale),
    unitOffset: Int32Array.from(baseUnits, (_, u) => (groups.ofUnit[u] ?? 0) * (hours + 1)),
    extras,
    extraCapacityPrefix,
    designK: Int32Array.from(designs, (d) => d.extraUnits),
    designCommonMode: Uint8Array.from(designs, (d) => (d.commonMode ? 1 : 0)),
    designDualFuel: Uint8Array.from(designs, (d) => (d.dualFuel ? 1 : 0)),
    designGridMW,
    batteries: designs.map((d) => batterySettings(d.battery ?? input.battery)),
    anyGrid: designGridMW.some((mw) => mw > 0),
    gridOutage: input.gridOutage,
    gas,
    gasTriggers: gas !== undefined && commonMode !== undefined ? triggerHours(commonMode.dryBulbC, gas) : new Int32Array(0),
    gasShare: gas?.shareOfGasUnitsAffected ?? 0,
    gridWeather,
    gridWeatherTriggers: gridWeather !== undefined && commonMode !== undefined ? triggerHours(commonMode.dryBulbC, gridWeather) : new Int32Array(0),
    rideThroughHours,
    longest: rideThroughHours.at(-1) ?? 0,
    startsPerYear: gridMW > 0 && rideThroughHours.length > 0 ? (input.rideThroughStartsPerYear ?? DEFAULT_RIDE_THROUGH_STARTS_PER_YEAR) : 0,
  };
}
