import type { DesignYear } from './design-year';
import { SHORTFALL_TOLERANCE_MW, type BatterySettings } from './pass-fleet';

/*
 * Ride-through trials of the single pass (only with a grid): start hours drawn uniformly so that
 * the longest outage lies in the year (year-draws.ts); from each, the grid is removed while the
 * year's unit outages, solar and the battery's state at that hour carry on; an outage of n hours
 * is ridden through when none of its first n hours is short.
 */

/**
 * One hour of design `d`'s trials (`startsPerYear` of them, starting at `trialStart`), with its
 * margin without the grid `noGridMW`: a trial starting this hour takes the battery's state; a
 * running one serves the hour from the margin and the battery, or ends at its first short hour.
 */
export function stepTrials(year: DesignYear, d: number, designCount: number, h: number, noGridMW: number, battery: BatterySettings, trialStart: Int32Array, startsPerYear: number, longest: number): void {
  const trialSoc = year.trialSoc;
  const trialServed = year.trialServed;
  for (let t = 0; t < startsPerYear; t++) {
    const slot = t * designCount + d;
    const start = trialStart[t] ?? 0;
    if (start === h) {
      trialSoc[slot] = year.soc[d] ?? 0;
      trialServed[slot] = 0;
    }
    const served = trialServed[slot] ?? -1;
    if (served < 0 || served >= longest || h - start !== served) continue;
    let s = trialSoc[slot] ?? 0;
    if (noGridMW >= 0) {
      if (battery.has) s = Math.min(battery.socMaxMWh, s + Math.min(noGridMW, battery.powerMW) * battery.eta);
      trialSoc[slot] = s;
      trialServed[slot] = served + 1;
    } else {
      const dischargeMW = battery.has ? Math.max(0, Math.min(battery.powerMW, (s - battery.socMinMWh) * battery.eta)) : 0;
      if (-noGridMW - dischargeMW > SHORTFALL_TOLERANCE_MW) {
        // The trial ends at its first short hour: `served` hours were ridden through.
        trialServed[slot] = -2 - served;
      } else {
        trialSoc[slot] = s - -noGridMW / battery.eta;
        trialServed[slot] = served + 1;
      }
    }
  }
}

/** Trials still running (begun, not ended short, not yet `longest` hours long). */
export function activeTrials(year: DesignYear, slots: number, longest: number): number {
  let active = 0;
  for (let slot = 0; slot < slots; slot++) {
    const served = year.trialServed[slot] ?? -1;
    if (served >= 0 && served < longest) active++;
  }
  return active;
}

/** Whether a trial starts at hour `h` (the hourly pass never passes over such an hour). */
export function trialStartsAt(trialStart: Int32Array, startsPerYear: number, h: number): boolean {
  let startsHere = false;
  for (let t = 0; t < startsPerYear; t++) if (trialStart[t] === h) startsHere = true;
  return startsHere;
}
