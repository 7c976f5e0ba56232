import { HOURS_PER_YEAR } from '../hours';
import { deriveSeed2, Random } from '../random';
import type { ReliabilityInput, ReliabilityUnit } from './types';

/** A shortfall below this is rounding, not lost load, MW. */
const SHORTFALL_TOLERANCE_MW = 1e-6;
const GRID_STREAM = 0;
const RIDE_THROUGH_STREAM = 1;
const FIRST_UNIT_STREAM = 2;
const DEFAULT_RIDE_THROUGH_HOURS: readonly number[] = [1, 4, 8, 24, 72];
const DEFAULT_RIDE_THROUGH_STARTS_PER_YEAR = 8;

/**
 * Upper edges (exclusive) of the bins of annual loss-of-load hours: 0, 1, 2–3, 4–7, … , 4096–8760.
 * Powers of two, so that a year or two of loss and a year of hundreds both show.
 */
export const UNSERVED_HOURS_BIN_EDGES: readonly number[] = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, HOURS_PER_YEAR + 1];

/** Sums over simulated years of one design (N+k), mergeable across workers by adding. */
export type CaseTally = {
  extraUnits: number;
  years: number;
  lossOfLoadHours: number;
  lossOfLoadHoursSquared: number;
  unservedMWh: number;
  unservedMWhSquared: number;
  /** Years whose loss-of-load hours fall in each bin of UNSERVED_HOURS_BIN_EDGES. */
  unservedHoursHistogram: number[];
  /** Ride-through successes per duration (same order as the durations). */
  rideThroughSuccesses: number[];
  rideThroughTrials: number;
};

export type SinglePassInput = ReliabilityInput & {
  /** k of each design compared: N+k = the units plus k copies of the largest; e.g. [0, 1, 2]. */
  extraUnits: readonly number[];
  /** Index of the first simulated year (a worker's share starts here); default 0. */
  firstYear?: number;
};

/**
 * The reliability Monte Carlo of N, N+1, … N+K from one set of draws, in one pass over each year.
 *
 * Draws (the same as separate runs of each design would make, so results are equal for a seed):
 * one sub-stream per (seed, year, stream): the grid's outage events, the ride-through start hours,
 * and each unit's up/down spells — unit i (the extra copies after the fleet, as `withExtraUnits`
 * lists them) on stream 2 + i, a two-state Markov chain stepped hourly (see `addUnitOutages`).
 *
 * Work per year is the draws plus one sweep of the hours that adds up the fleet's outages from a
 * difference array (a spell adds its MW at its first hour and removes it after its last). Because
 * every extra unit adds at most its own MW of outage and exactly its MW of capacity, a design with
 * more units never has a smaller margin than N in any hour; so an hour where N has no deficit (and
 * no battery is refilling, no ride-through trial is running) is skipped for every design at once.
 * Only the hours at risk are worked design by design: the battery covers shortfalls (power limit,
 * energy above its reserve, discharge efficiency √η) and recharges from any surplus (power limit,
 * charge efficiency √η), starting each year full; what remains short is lost load.
 *
 * Ride-through (only with a grid): start hours drawn uniformly so that the longest outage lies in
 * the year; from each, the grid is removed while the year's unit outages, solar and the battery's
 * state at that hour carry on; an outage of n hours is ridden through when none of its first n
 * hours is short.
 */
export function simulateSinglePass(input: SinglePassInput): { tallies: CaseTally[]; yearsSimulated: number; cancelled: boolean } {
  const hours = HOURS_PER_YEAR;
  const load = input.facilityLoadMW;
  const solar = input.solarAvailableMW;
  const gridMW = input.gridImportLimitMW;
  const baseUnits = input.units;
  const cases = [...input.extraUnits];
  const maxExtra = cases.reduce((max, k) => Math.max(max, k), 0);
  const extras = extraCopies(baseUnits, maxExtra);
  const extraCapacityPrefix = new Float64Array(maxExtra + 1);
  for (let j = 0; j < extras.length; j++) extraCapacityPrefix[j + 1] = (extraCapacityPrefix[j] ?? 0) + (extras[j]?.capacityMW ?? 0);
  // The extra units are copies of the largest, so they share its hourly derating.
  const extraFraction = extras[0]?.hourlyCapacityFraction;

  // Units grouped by their hourly capacity fraction (one group per derated technology, plus one
  // for units at their rating): outages are summed per group in nameplate MW and scaled each hour.
  const groups = unitGroups(baseUnits);
  const groupCount = groups.fractions.length;
  const groupOutMW = new Float64Array(groupCount);
  const singleFraction = groups.fractions[0];
  const baseMarginMW = new Float64Array(hours);
  for (let h = 0; h < hours; h++) {
    let thermalMW = 0;
    for (let g = 0; g < groupCount; g++) thermalMW += (groups.capacityMW[g] ?? 0) * fractionAt(groups.fractions[g], h);
    baseMarginMW[h] = (solar?.[h] ?? 0) + thermalMW + gridMW - (load[h] ?? 0);
  }

  const battery = input.battery;
  const batteryPowerMW = battery?.powerMW ?? 0;
  const socMaxMWh = battery?.energyMWh ?? 0;
  const socMinMWh = battery === undefined ? 0 : (battery.energyMWh * battery.socMinPct) / 100;
  const eta = battery === undefined ? 1 : Math.sqrt(battery.roundTripEfficiency);
  const hasBattery = batteryPowerMW > 0 && socMaxMWh > socMinMWh;

  const rideThroughHours = [...new Set(input.rideThroughHours ?? DEFAULT_RIDE_THROUGH_HOURS)].sort((a, b) => a - b);
  const longest = rideThroughHours.at(-1) ?? 0;
  const startsPerYear = gridMW > 0 && rideThroughHours.length > 0 ? (input.rideThroughStartsPerYear ?? DEFAULT_RIDE_THROUGH_STARTS_PER_YEAR) : 0;

  const caseCount = cases.length;
  const tallies: CaseTally[] = cases.map((k) => ({
    extraUnits: k,
    years: 0,
    lossOfLoadHours: 0,
    lossOfLoadHoursSquared: 0,
    unservedMWh: 0,
    unservedMWhSquared: 0,
    unservedHoursHistogram: UNSERVED_HOURS_BIN_EDGES.map(() => 0),
    rideThroughSuccesses: rideThroughHours.map(() => 0),
    rideThroughTrials: 0,
  }));

  // Per-year scratch, allocated once: outage MW of the fleet (difference array), grid-down count,
  // the extra units' down spells, per-design battery state and yearly totals, ride-through trials.
  const outDiff = new Float64Array((hours + 1) * groupCount);
  const gridDiff = new Int32Array(hours + 1);
  const extraSpells = extras.map(() => ({ start: [] as number[], end: [] as number[], next: 0 }));
  const soc = new Float64Array(caseCount);
  const yearLolh = new Float64Array(caseCount);
  const yearEue = new Float64Array(caseCount);
  const trialStart = new Int32Array(startsPerYear);
  const trialSoc = new Float64Array(startsPerYear * caseCount);
  const trialServed = new Int32Array(startsPerYear * caseCount);
  const random = new Random(1);

  const firstYear = input.firstYear ?? 0;
  let yearsSimulated = 0;
  let cancelled = false;
  for (let y = 0; y < input.years; y++) {
    if (input.shouldCancel?.() === true) {
      cancelled = true;
      break;
    }
    const year = firstYear + y;
    if (input.gridOutage !== undefined && gridMW > 0) {
      random.reseed(deriveSeed2(input.seed, year, GRID_STREAM));
      markGridOutageDiffs(random, input.gridOutage.eventsPerYear, input.gridOutage.meanDurationHours, hours, gridDiff);
    }
    for (let u = 0; u < baseUnits.length; u++) {
      const unit = baseUnits[u];
      if (unit === undefined || unit.forcedOutageRate <= 0 || unit.capacityMW <= 0) continue;
      random.reseed(deriveSeed2(input.seed, year, FIRST_UNIT_STREAM + u));
      addOutageDiffs(random, unit.capacityMW, unit.forcedOutageRate, unit.mttrHours, hours, outDiff, (groups.ofUnit[u] ?? 0) * (hours + 1));
    }
    for (let j = 0; j < extras.length; j++) {
      const unit = extras[j];
      const spells = extraSpells[j];
      if (unit === undefined || spells === undefined) continue;
      spells.start.length = 0;
      spells.end.length = 0;
      spells.next = 0;
      if (unit.forcedOutageRate <= 0 || unit.capacityMW <= 0) continue;
      random.reseed(deriveSeed2(input.seed, year, FIRST_UNIT_STREAM + baseUnits.length + j));
      collectSpells(random, unit.forcedOutageRate, unit.mttrHours, hours, spells.start, spells.end);
    }
    if (startsPerYear > 0) {
      random.reseed(deriveSeed2(input.seed, year, RIDE_THROUGH_STREAM));
      for (let t = 0; t < startsPerYear; t++) trialStart[t] = random.nextInt(hours - longest + 1);
      trialServed.fill(-1);
    }

    soc.fill(socMaxMWh);
    yearLolh.fill(0);
    yearEue.fill(0);
    let refilling = 0;
    let activeTrials = 0;
    let gridDown = 0;
    groupOutMW.fill(0);
    let singleGroupOutMW = 0;
    for (let h = 0; h < hours; h++) {
      let thermalOutMW = 0;
      if (groupCount === 1) {
        // The common case (one technology, or none derated) without the loop: measured 15% faster.
        singleGroupOutMW += outDiff[h] ?? 0;
        outDiff[h] = 0;
        thermalOutMW = singleFraction === undefined ? singleGroupOutMW : singleGroupOutMW * (singleFraction[h] ?? 1);
      } else {
        for (let g = 0; g < groupCount; g++) {
          const at = g * (hours + 1) + h;
          const out = (groupOutMW[g] ?? 0) + (outDiff[at] ?? 0);
          groupOutMW[g] = out;
          outDiff[at] = 0;
          if (out !== 0) thermalOutMW += out * fractionAt(groups.fractions[g], h);
        }
      }
      gridDown += gridDiff[h] ?? 0;
      gridDiff[h] = 0;
      const marginNoGridMW = (baseMarginMW[h] ?? 0) - thermalOutMW - gridMW;
      const marginMW = gridDown > 0 ? marginNoGridMW : marginNoGridMW + gridMW;
      let startsHere = false;
      if (startsPerYear > 0) for (let t = 0; t < startsPerYear; t++) if (trialStart[t] === h) startsHere = true;
      if (marginMW >= 0 && refilling === 0 && activeTrials === 0 && !startsHere) continue;

      refilling = 0;
      for (let c = 0; c < caseCount; c++) {
        const k = cases[c] ?? 0;
        let extraOutMW = 0;
        for (let j = 0; j < k; j++) extraOutMW += extraDownAt(extraSpells[j], h) ? (extras[j]?.capacityMW ?? 0) : 0;
        const extraUpMW = ((extraCapacityPrefix[k] ?? 0) - extraOutMW) * fractionAt(extraFraction, h);
        const caseMarginMW = marginMW + extraUpMW;
        // Ride-through trials: the battery's state at the start hour, carried on without the grid.
        if (startsPerYear > 0) {
          const rtMarginMW = marginNoGridMW + extraUpMW;
          for (let t = 0; t < startsPerYear; t++) {
            const slot = t * caseCount + c;
            const start = trialStart[t] ?? 0;
            if (start === h) {
              trialSoc[slot] = soc[c] ?? 0;
              trialServed[slot] = 0;
            }
            const served = trialServed[slot] ?? -1;
            if (served < 0 || served >= longest || h - start !== served) continue;
            let s = trialSoc[slot] ?? 0;
            if (rtMarginMW >= 0) {
              if (hasBattery) s = Math.min(socMaxMWh, s + Math.min(rtMarginMW, batteryPowerMW) * eta);
              trialSoc[slot] = s;
              trialServed[slot] = served + 1;
            } else {
              const dischargeMW = hasBattery ? Math.max(0, Math.min(batteryPowerMW, (s - socMinMWh) * eta)) : 0;
              if (-rtMarginMW - dischargeMW > SHORTFALL_TOLERANCE_MW) {
                // The trial ends at its first short hour: `served` hours were ridden through.
                trialServed[slot] = -2 - served;
              } else {
                trialSoc[slot] = s - -rtMarginMW / eta;
                trialServed[slot] = served + 1;
              }
            }
          }
        }
        let s = soc[c] ?? 0;
        if (caseMarginMW >= 0) {
          if (hasBattery && s < socMaxMWh) s = Math.min(socMaxMWh, s + Math.min(caseMarginMW, batteryPowerMW) * eta);
        } else {
          const deficitMW = -caseMarginMW;
          const dischargeMW = hasBattery ? Math.max(0, Math.min(batteryPowerMW, (s - socMinMWh) * eta)) : 0;
          if (deficitMW <= dischargeMW) {
            s -= deficitMW / eta;
          } else {
            s -= dischargeMW / eta;
            const shortMW = deficitMW - dischargeMW;
            if (shortMW > SHORTFALL_TOLERANCE_MW) {
              yearLolh[c] = (yearLolh[c] ?? 0) + 1;
              yearEue[c] = (yearEue[c] ?? 0) + shortMW;
            }
          }
        }
        soc[c] = s;
        if (hasBattery && s < socMaxMWh) refilling++;
      }
      if (startsPerYear > 0) {
        activeTrials = 0;
        for (let t = 0; t < startsPerYear; t++) {
          for (let c = 0; c < caseCount; c++) {
            const served = trialServed[t * caseCount + c] ?? -1;
            if (served >= 0 && served < longest) activeTrials++;
          }
        }
      }
    }
    for (let g = 0; g < groupCount; g++) outDiff[g * (hours + 1) + hours] = 0;
    gridDiff[hours] = 0;

    for (let c = 0; c < caseCount; c++) {
      const tally = tallies[c];
      if (tally === undefined) continue;
      const lolh = yearLolh[c] ?? 0;
      const eue = yearEue[c] ?? 0;
      tally.years++;
      tally.lossOfLoadHours += lolh;
      tally.lossOfLoadHoursSquared += lolh * lolh;
      tally.unservedMWh += eue;
      tally.unservedMWhSquared += eue * eue;
      let bin = 0;
      while (lolh >= (UNSERVED_HOURS_BIN_EDGES[bin] ?? Infinity)) bin++;
      tally.unservedHoursHistogram[bin] = (tally.unservedHoursHistogram[bin] ?? 0) + 1;
      if (startsPerYear > 0) {
        tally.rideThroughTrials += startsPerYear;
        for (let t = 0; t < startsPerYear; t++) {
          const raw = trialServed[t * caseCount + c] ?? -1;
          const served = raw >= 0 ? raw : -2 - raw;
          for (let i = 0; i < rideThroughHours.length; i++) {
            if (served >= (rideThroughHours[i] ?? Infinity)) tally.rideThroughSuccesses[i] = (tally.rideThroughSuccesses[i] ?? 0) + 1;
          }
        }
      }
    }
    yearsSimulated++;
    input.onProgress?.(yearsSimulated / input.years);
  }
  return { tallies, yearsSimulated, cancelled };
}

/** The k copies of the largest unit (by capacity; the first listed wins a tie) that N+k adds. */
export function extraCopies(units: readonly ReliabilityUnit[], k: number): ReliabilityUnit[] {
  const largest = units.reduce<ReliabilityUnit | undefined>((best, unit) => (best === undefined || unit.capacityMW > best.capacityMW ? unit : best), undefined);
  if (largest === undefined) return [];
  return Array.from({ length: k }, (_, i) => ({ ...largest, id: `${largest.id}+${i + 1}` }));
}

function extraDownAt(spells: { start: number[]; end: number[]; next: number } | undefined, hour: number): boolean {
  if (spells === undefined) return false;
  while (spells.next < spells.end.length && (spells.end[spells.next] ?? 0) <= hour) spells.next++;
  return spells.next < spells.start.length && (spells.start[spells.next] ?? Infinity) <= hour;
}

/**
 * One unit's forced outages as a two-state Markov chain stepped hourly: up spells geometric with
 * mean MTTF = MTTR·(1 − FOR)/FOR hours, down spells geometric with mean MTTR, so the long-run down
 * fraction is FOR exactly (Billinton & Allan, "Reliability Evaluation of Power Systems", 2nd ed.,
 * ch. 2); the first hour's state from the stationary distribution. Each down spell [a, b) calls
 * `down(a, b)`. One draw per spell.
 */
function drawSpells(random: Random, forcedOutageRate: number, mttrHours: number, hours: number, down: (start: number, end: number) => void): void {
  const repairPerHour = 1 / mttrHours;
  const failPerHour = forcedOutageRate / ((1 - forcedOutageRate) * mttrHours);
  // nextGeometricLn draws as nextGeometric does, with ln(1 − p) taken once per unit.
  const lnStayDown = repairPerHour >= 1 ? -Infinity : Math.log1p(-repairPerHour);
  const lnStayUp = failPerHour >= 1 ? -Infinity : Math.log1p(-failPerHour);
  let isDown = random.nextFloat() < forcedOutageRate;
  let hour = 0;
  while (hour < hours) {
    if (isDown) {
      const end = Math.min(hours, hour + random.nextGeometricLn(lnStayDown));
      down(hour, end);
      hour = end;
    } else {
      hour += random.nextGeometricLn(lnStayUp);
    }
    isDown = !isDown;
  }
}

/**
 * Units grouped by their hourly capacity fraction (by array identity; `undefined` = the rating):
 * each group's nameplate MW, and each unit's group.
 */
function unitGroups(units: readonly ReliabilityUnit[]): { fractions: (Float64Array | undefined)[]; capacityMW: number[]; ofUnit: number[] } {
  const fractions: (Float64Array | undefined)[] = [];
  const capacityMW: number[] = [];
  const ofUnit = units.map((unit) => {
    let g = fractions.indexOf(unit.hourlyCapacityFraction);
    if (g < 0) {
      g = fractions.length;
      fractions.push(unit.hourlyCapacityFraction);
      capacityMW.push(0);
    }
    capacityMW[g] = (capacityMW[g] ?? 0) + unit.capacityMW;
    return g;
  });
  if (fractions.length === 0) {
    fractions.push(undefined);
    capacityMW.push(0);
  }
  return { fractions, capacityMW, ofUnit };
}

function fractionAt(fraction: Float64Array | undefined, hour: number): number {
  return fraction === undefined ? 1 : (fraction[hour] ?? 1);
}

/** A unit's down spells as +MW at their first hour and −MW after their last, in `diff` from `offset`. */
function addOutageDiffs(random: Random, capacityMW: number, forcedOutageRate: number, mttrHours: number, hours: number, diff: Float64Array, offset: number): void {
  // drawSpells inlined: this is the innermost loop of the Monte Carlo (one call per unit-year).
  const repairPerHour = 1 / mttrHours;
  const failPerHour = forcedOutageRate / ((1 - forcedOutageRate) * mttrHours);
  const lnStayDown = repairPerHour >= 1 ? -Infinity : Math.log1p(-repairPerHour);
  const lnStayUp = failPerHour >= 1 ? -Infinity : Math.log1p(-failPerHour);
  let isDown = random.nextFloat() < forcedOutageRate;
  let hour = 0;
  while (hour < hours) {
    if (isDown) {
      const end = Math.min(hours, hour + random.nextGeometricLn(lnStayDown));
      diff[offset + hour] = (diff[offset + hour] ?? 0) + capacityMW;
      diff[offset + end] = (diff[offset + end] ?? 0) - capacityMW;
      hour = end;
    } else {
      hour += random.nextGeometricLn(lnStayUp);
    }
    isDown = !isDown;
  }
}

function collectSpells(random: Random, forcedOutageRate: number, mttrHours: number, hours: number, starts: number[], ends: number[]): void {
  drawSpells(random, forcedOutageRate, mttrHours, hours, (start, end) => {
    starts.push(start);
    ends.push(end);
  });
}

/**
 * Grid outage events as a difference array of "events in progress": starts as a Bernoulli process
 * with probability eventsPerYear/8760 per hour (the hourly form of Poisson arrivals), each lasting
 * a geometric number of whole hours with mean `meanDurationHours`; overlapping events merge.
 */
function markGridOutageDiffs(random: Random, eventsPerYear: number, meanDurationHours: number, hours: number, diff: Int32Array): void {
  if (eventsPerYear <= 0) return;
  const startPerHour = Math.min(1, eventsPerYear / 8760);
  const endPerHour = 1 / meanDurationHours;
  let coveredUntil = 0;
  // The first start is at hour (gap − 1), so an event can begin in hour 0.
  let start = random.nextGeometric(startPerHour) - 1;
  while (start < hours) {
    const end = Math.min(hours, start + random.nextGeometric(endPerHour));
    const from = Math.max(start, coveredUntil);
    if (end > from) {
      diff[from] = (diff[from] ?? 0) + 1;
      diff[end] = (diff[end] ?? 0) - 1;
      coveredUntil = end;
    }
    start += random.nextGeometric(startPerHour);
  }
}
