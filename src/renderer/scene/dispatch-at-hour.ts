import type { SceneFleet, SceneHourly } from './types';

export const HOURS_PER_YEAR = 8760;

/** The dispatch of one hour, as the scene and the readout show it. All flows in MW. */
export type HourDispatch = {
  hour: number;
  facilityMW: number;
  gridToLoadMW: number;
  gridToBatteryMW: number;
  solarToLoadMW: number;
  solarToBatteryMW: number;
  solarAvailableMW: number;
  thermalToLoadMW: number;
  batteryToLoadMW: number;
  batterySocMWh: number;
  unservedMW: number;
  /** Running units per thermal block, fleet order. */
  runningUnits: number[];
  /** (solarToLoad + solarToBattery) ÷ MWac, 0–1: how bright the field is drawn. */
  solarOutputFraction: number;
  /** State of charge ÷ energy capacity, 0–1. */
  batterySocFraction: number;
  /** (gridToLoad + gridToBattery) ÷ import limit, 0–1. */
  gridFlowFraction: number;
  /** The flexible part of the grid connection is curtailed this hour: the campus is on its firm MW and its own supply. */
  gridCurtailed: boolean;
};

/**
 * Units running to produce `thermalToLoadMW`, filled block by block in fleet (merit) order:
 * each block runs n = min(units, ceil(remaining ÷ unitMW)) and leaves remaining − n × unitMW.
 * E.g. 100 MW on ten 34 MW turbines → ceil(2.94) = 3 running.
 */
export function runningUnits(thermalToLoadMW: number, thermal: SceneFleet['thermal'], out: number[] = []): number[] {
  let remaining = Math.max(0, thermalToLoadMW);
  out.length = thermal.length;
  for (let i = 0; i < thermal.length; i++) {
    const block = thermal[i];
    let n = 0;
    if (block && block.units > 0 && remaining > 1e-6) {
      n = Math.min(block.units, Math.ceil(remaining / block.unitMW - 1e-9));
      remaining = Math.max(0, remaining - n * block.unitMW);
    }
    out[i] = n;
  }
  return out;
}

function at(series: ArrayLike<number>, hour: number): number {
  const v = series[hour];
  return v === undefined || !Number.isFinite(v) ? 0 : v;
}

const clamp01 = (v: number) => (v > 1 ? 1 : v > 0 ? v : 0);

/**
 * Reads hour `hour` (0–8759, wrapped into range) of the hourly series. With `out`, writes into
 * it and returns it (the frame loop reuses one object instead of allocating).
 */
export function dispatchAtHour(hourly: SceneHourly, fleet: SceneFleet, hour: number, out?: HourDispatch): HourDispatch {
  const h = ((Math.floor(hour) % HOURS_PER_YEAR) + HOURS_PER_YEAR) % HOURS_PER_YEAR;
  const r: HourDispatch = out ?? emptyDispatch();
  r.hour = h;
  r.facilityMW = at(hourly.facilityMW, h);
  r.gridToLoadMW = at(hourly.gridToLoadMW, h);
  r.gridToBatteryMW = at(hourly.gridToBatteryMW, h);
  r.solarToLoadMW = at(hourly.solarToLoadMW, h);
  r.solarToBatteryMW = at(hourly.solarToBatteryMW, h);
  r.solarAvailableMW = at(hourly.solarAvailableMW, h);
  r.thermalToLoadMW = at(hourly.thermalToLoadMW, h);
  r.batteryToLoadMW = at(hourly.batteryToLoadMW, h);
  r.batterySocMWh = at(hourly.batterySocMWh, h);
  r.unservedMW = at(hourly.unservedMW, h);
  runningUnits(r.thermalToLoadMW, fleet.thermal, r.runningUnits);
  r.solarOutputFraction = fleet.solarMWac > 0 ? clamp01((r.solarToLoadMW + r.solarToBatteryMW) / fleet.solarMWac) : 0;
  r.batterySocFraction = fleet.batteryEnergyMWh > 0 ? clamp01(r.batterySocMWh / fleet.batteryEnergyMWh) : 0;
  r.gridFlowFraction = fleet.gridImportLimitMW > 0 ? clamp01((r.gridToLoadMW + r.gridToBatteryMW) / fleet.gridImportLimitMW) : 0;
  r.gridCurtailed = hourly.gridCurtailed !== undefined && hourly.gridCurtailed[h] === 1;
  return r;
}

function emptyDispatch(): HourDispatch {
  return {
    hour: 0, facilityMW: 0, gridToLoadMW: 0, gridToBatteryMW: 0, solarToLoadMW: 0, solarToBatteryMW: 0, solarAvailableMW: 0, thermalToLoadMW: 0,
    batteryToLoadMW: 0, batterySocMWh: 0, unservedMW: 0, runningUnits: [], solarOutputFraction: 0, batterySocFraction: 0, gridFlowFraction: 0, gridCurtailed: false,
  };
}

/** "Aug 15, 18:00" for an hour of a non-leap year (hour 0 = Jan 1, 00:00). */
export function hourLabel(hour: number): string {
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const days = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  let day = Math.floor(hour / 24);
  let m = 0;
  while (m < 11 && day >= (days[m] ?? 31)) day -= days[m++] ?? 31;
  return `${months[m] ?? 'Dec'} ${day + 1}, ${String(hour % 24).padStart(2, '0')}:00`;
}

/** A year's hour list as a mask (1 in the listed hours), for `SceneHourly.gridCurtailed`. */
export function hourMask(hours: readonly number[]): Uint8Array {
  const mask = new Uint8Array(HOURS_PER_YEAR);
  for (const h of hours) if (h >= 0 && h < HOURS_PER_YEAR) mask[h] = 1;
  return mask;
}
