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

/**
 * Trials still running after hour `h` (begun, not ended short, not yet `longest` hours long). Only
 * a trial that started within the last `longest` hours can be: the others are looked at no further.
 */
export function activeTrials(year: DesignYear, h: number, trialStart: Int32Array, designCount: number, longest: number): number {
  let active = 0;
  for (let t = 0; t < trialStart.length; t++) {
    const since = h - (trialStart[t] ?? 0);
    if (since < 0 || since >= longest) continue;
    for (let slot = t * designCount; slot < (t + 1) * designCount; slot++) {
      const served = year.trialServed[slot] ?? -1;
      if (served >= 0 && served < longest) active++;
    }
  }
  return active;
}

/**
 * How far above 0 the worst design's margin without the grid must be for `serveTrialsFromSurplus`,
 * MW: far above the rounding by which another design's margin, summed in another order, could
 * fall below the worst's.
 */
export const TRIAL_SURPLUS_MW = 1e-6;

/**
 * An hour of the running trials when every design's margin without the grid is positive (the
 * caller checks the worst design's against TRIAL_SURPLUS_MW) and no trial starts: each running
 * trial whose turn it is serves the hour, and a battery that is full stays full — what `stepTrials`
 * does, without the designs' margins. Returns false, having changed nothing, when such a trial's
 * battery is below full (its charge would depend on its design's margin).
 */
export function serveTrialsFromSurplus(year: DesignYear, h: number, trialStart: Int32Array, designCount: number, longest: number, batteries: readonly BatterySettings[]): boolean {
  const trialServed = year.trialServed;
  for (let t = 0; t < trialStart.length; t++) {
    const since = h - (trialStart[t] ?? 0);
    if (since < 0 || since >= longest) continue;
    for (let d = 0; d < designCount; d++) {
      const slot = t * designCount + d;
      const battery = batteries[d];
      if (trialServed[slot] === since && battery !== undefined && battery.has && (year.trialSoc[slot] ?? 0) < battery.socMaxMWh) return false;
    }
  }
  for (let t = 0; t < trialStart.length; t++) {
    const since = h - (trialStart[t] ?? 0);
    if (since < 0 || since >= longest) continue;
    for (let slot = t * designCount; slot < (t + 1) * designCount; slot++) if (trialServed[slot] === since) trialServed[slot] = since + 1;
  }
  return true;
}

/** Whether a trial starts at hour `h` (the hourly pass never passes over such an hour). */
export function trialStartsAt(trialStart: Int32Array, startsPerYear: number, h: number): boolean {
  let startsHere = false;
  for (let t = 0; t < startsPerYear; t++) if (trialStart[t] === h) startsHere = true;
  return startsHere;
}
