import { HOURS_PER_YEAR } from '../hours';
import { deriveSeed2, Random } from '../random';
import { triggerHours } from './common-mode';
import { redundancyDesigns, type Design } from './designs';
import { addOutageDiffsFromSeed, BLOCK_SHIFT, collectSpells, markGridOutageDiffs, markTriggeredEventDiffs, spellScales, type OutageSink } from './draws';
import { batterySettings, extraCopies, extraDownAt, fractionAt, NO_BATTERY, unitGroups } from './pass-fleet';
import { addYear, emptyTally, type CaseTally } from './tally';
import type { ReliabilityInput } from './types';

export { UNSERVED_HOURS_BIN_EDGES, type CaseTally } from './tally';
export { extraCopies } from './pass-fleet';

/** A shortfall below this is rounding, not lost load, MW. */
const SHORTFALL_TOLERANCE_MW = 1e-6;
/**
 * The quiet-year check calls a year at risk this close to the outage an hour absorbs, MW: its sums
 * run in another order than the hourly pass's, and a year wrongly called at risk only costs time.
 */
const QUIET_CHECK_SLACK_MW = 1e-6;
const BLOCK_HOURS = 1 << BLOCK_SHIFT;
const GRID_STREAM = 0;
const RIDE_THROUGH_STREAM = 1;
const FIRST_UNIT_STREAM = 2;
/** The common-mode streams sit at the top of the 32-bit range, clear of any unit's. */
const GAS_SUPPLY_STREAM = -1;
const GRID_WEATHER_STREAM = -2;
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
 * The reliability Monte Carlo of several designs (N, N+1, …, with and without the common-mode
 * events, dual fuel, a battery, a grid backup) from one set of draws, in one pass over each year.
 *
 * Draws (the same as separate runs of each design would make, so results are equal for a seed):
 * one sub-stream per (seed, year, stream): the grid's outage events, the ride-through start hours,
 * the gas supply and weather grid-outage events (common-mode.ts), and each unit's up/down spells —
 * unit i (the extra copies after the fleet, as `withExtraUnits` lists them) on stream 2 + i, a
 * two-state Markov chain (draws.ts: one draw per spell, not one per hour).
 *
 * Each hour, a design's margin is solar + its units that are up (at the hour's derated capacity)
 * − the share of its up gas-fired MW that a gas supply event in progress takes (not with dual fuel;
 * only with the common-mode events applied) + its grid import unless a grid outage (or, with the
 * common-mode events, a weather grid outage) is in progress − load. The battery covers a negative
 * margin (power limit, energy above its reserve, discharge efficiency √η) and recharges from a
 * positive one (power limit, charge efficiency √η), starting each year full; what remains short is
 * lost load, attributed to the common-mode events that took something from the design that hour.
 *
 * Work: every added unit, mitigation or absent event only raises a margin, so an hour where the
 * worst design (N with every event) has no deficit — and no battery is refilling, no ride-through
 * trial running — is skipped for all designs at once; and a year with no gas event and no
 * ride-through trial is first scanned with one add and one compare per hour against the fleet
 * outage each hour can absorb, and skipped whole when it never exceeds it.
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
  const designs = input.designs ?? redundancyDesigns(input.extraUnits ?? [0]);
  const designCount = designs.length;
  const maxExtra = designs.reduce((max, d) => Math.max(max, d.extraUnits), 0);
  const extras = extraCopies(baseUnits, maxExtra);
  const extraCapacityPrefix = new Float64Array(maxExtra + 1);
  for (let j = 0; j < extras.length; j++) extraCapacityPrefix[j + 1] = (extraCapacityPrefix[j] ?? 0) + (extras[j]?.capacityMW ?? 0);
  // The extra units are copies of the largest, so they share its hourly derating and its fuel.
  const extraFraction = extras[0]?.hourlyCapacityFraction;
  const extrasGasFired = extras[0]?.gasFired === true;

  // Units grouped by hourly capacity fraction and fuel: outages summed per group in nameplate MW.
  const groups = unitGroups(baseUnits);
  const groupCount = groups.fractions.length;
  const groupOutMW = new Float64Array(groupCount);
  const singleFraction = groups.fractions[0];
  const singleGas = groups.gasFired[0] === true;
  const baseMarginNoGridMW = new Float64Array(hours);
  const gasCapacityMW = new Float64Array(hours);
  // The fleet outage (nameplate MW) each hour absorbs with no gas event, the grid up and down:
  // the quiet-year scan's bound.
  const absorbableOutMW = new Float64Array(hours);
  const absorbableNoGridOutMW = new Float64Array(hours);
  for (let h = 0; h < hours; h++) {
    let thermalMW = 0;
    let gasMW = 0;
    let maxFraction = 0;
    for (let g = 0; g < groupCount; g++) {
      const f = fractionAt(groups.fractions[g], h);
      thermalMW += (groups.capacityMW[g] ?? 0) * f;
      if (groups.gasFired[g] === true) gasMW += (groups.capacityMW[g] ?? 0) * f;
      if (f > maxFraction) maxFraction = f;
    }
    const margin = (solar?.[h] ?? 0) + thermalMW - (load[h] ?? 0);
    baseMarginNoGridMW[h] = margin;
    gasCapacityMW[h] = gasMW;
    absorbableOutMW[h] = margin + gridMW < 0 ? -1 : maxFraction > 0 ? (margin + gridMW) / maxFraction : Infinity;
    absorbableNoGridOutMW[h] = margin < 0 ? -1 : maxFraction > 0 ? margin / maxFraction : Infinity;
  }
  // The same bounds per block of 2^BLOCK_SHIFT hours (the least of its hours), less the slack.
  const blocks = (hours >> BLOCK_SHIFT) + 1;
  const blockAbsorbableOutMW = blockMinima(absorbableOutMW, blocks);
  const blockAbsorbableNoGridOutMW = blockMinima(absorbableNoGridOutMW, blocks);
  // Each unit's spell scales, once (draws.ts).
  const unitScales = baseUnits.map((unit) => spellScales(unit.forcedOutageRate, Math.max(1, unit.mttrHours)));

  // Per-design settings as typed arrays: the hot loop reads them per hour at risk.
  const designK = Int32Array.from(designs, (d) => d.extraUnits);
  const designCommonMode = Uint8Array.from(designs, (d) => (d.commonMode ? 1 : 0));
  const designDualFuel = Uint8Array.from(designs, (d) => (d.dualFuel ? 1 : 0));
  const designGridMW = Float64Array.from(designs, (d) => gridMW + d.addedGridMW);
  const batteries = designs.map((d) => batterySettings(d.battery ?? input.battery));
  const anyGrid = designGridMW.some((mw) => mw > 0);

  const commonMode = input.commonMode;
  const gas = commonMode?.gasSupply;
  const gasTriggers = gas !== undefined && commonMode !== undefined ? triggerHours(commonMode.dryBulbC, gas) : new Int32Array(0);
  const gasShare = gas?.shareOfGasUnitsAffected ?? 0;
  const gridWeather = commonMode?.gridWeather;
  const gridWeatherTriggers = gridWeather !== undefined && commonMode !== undefined ? triggerHours(commonMode.dryBulbC, gridWeather) : new Int32Array(0);

  const rideThroughHours = [...new Set(input.rideThroughHours ?? DEFAULT_RIDE_THROUGH_HOURS)].sort((a, b) => a - b);
  const longest = rideThroughHours.at(-1) ?? 0;
  const startsPerYear = gridMW > 0 && rideThroughHours.length > 0 ? (input.rideThroughStartsPerYear ?? DEFAULT_RIDE_THROUGH_STARTS_PER_YEAR) : 0;

  const tallies: CaseTally[] = designs.map((d) => emptyTally(d, rideThroughHours.length));

  // Per-year scratch, allocated once: outage MW per group (difference arrays) and for the fleet,
  // grid and event counts in progress, the extra units' down spells, per-design battery state and
  // yearly totals, ride-through trials.
  const outDiff = new Float64Array((hours + 1) * groupCount);
  const totalDiff = groupCount === 1 ? outDiff : new Float64Array(hours + 1);
  // Blocks that an event (grid, gas, weather) touches this year: the hourly pass never skips them.
  const eventBlocks = new Uint8Array(blocks);
  const sink: OutageSink = { diff: outDiff, total: groupCount === 1 ? null : totalDiff, blockGrowthMW: new Float64Array(blocks), blockNetMW: new Float64Array(blocks) };
  const growthMW = sink.blockGrowthMW;
  const netMW = sink.blockNetMW;
  const skipBlocks = groupCount === 1 && startsPerYear === 0;
  const gridDiff = new Int32Array(hours + 1);
  const gasDiff = new Int32Array(hours + 1);
  const weatherDiff = new Int32Array(hours + 1);
  const extraSpells = extras.map(() => ({ start: [] as number[], end: [] as number[], next: 0 }));
  const soc = new Float64Array(designCount);
  const yearLolh = new Float64Array(designCount);
  const yearEue = new Float64Array(designCount);
  const yearLolhByCause = new Float64Array(designCount * 4);
  const yearEueByCause = new Float64Array(designCount * 4);
  const trialStart = new Int32Array(startsPerYear);
  const trialSoc = new Float64Array(startsPerYear * designCount);
  const trialServed = new Int32Array(startsPerYear * designCount);
  const random = new Random(1);

  // Everything the year loop reads of the input, read once: inputs of other shapes (with or without
  // common-mode events, derating, a battery) then do not send the optimized loop back to the
  // interpreter when the next run passes one.
  const firstYear = input.firstYear ?? 0;
  const seed = input.seed;
  const yearsWanted = input.years;
  const onProgress = input.onProgress;
  const shouldCancel = input.shouldCancel;
  const gridOutage = input.gridOutage;
  const unitCount = baseUnits.length;
  const unitCapacityMW = Float64Array.from(baseUnits, (u) => u.capacityMW);
  const unitForcedOutageRate = Float64Array.from(baseUnits, (u) => u.forcedOutageRate);
  const unitUpScale = Float64Array.from(unitScales, (x) => x.upScale);
  const unitDownScale = Float64Array.from(unitScales, (x) => x.downScale);
  const unitOffset = Int32Array.from(baseUnits, (_, u) => (groups.ofUnit[u] ?? 0) * (hours + 1));
  let yearsSimulated = 0;
  let cancelled = false;
  for (let y = 0; y < yearsWanted; y++) {
    if (shouldCancel?.() === true) {
      cancelled = true;
      break;
    }
    const year = firstYear + y;
    let gridEvents = 0;
    if (gridOutage !== undefined && anyGrid) {
      random.reseed(deriveSeed2(seed, year, GRID_STREAM));
      gridEvents = markGridOutageDiffs(random, gridOutage.eventsPerYear, gridOutage.meanDurationHours, hours, gridDiff, eventBlocks);
    }
    let gasEvents = 0;
    if (gas !== undefined) {
      random.reseed(deriveSeed2(seed, year, GAS_SUPPLY_STREAM));
      gasEvents = markTriggeredEventDiffs(random, gasTriggers, gas.eventsPerYear, gas.meanDurationHours, hours, gasDiff, eventBlocks);
    }
    let weatherEvents = 0;
    if (gridWeather !== undefined) {
      random.reseed(deriveSeed2(seed, year, GRID_WEATHER_STREAM));
      weatherEvents = markTriggeredEventDiffs(random, gridWeatherTriggers, gridWeather.eventsPerYear, gridWeather.meanDurationHours, hours, weatherDiff, eventBlocks);
    }
    for (let u = 0; u < unitCount; u++) {
      const capacityMW = unitCapacityMW[u] ?? 0;
      const forcedOutageRate = unitForcedOutageRate[u] ?? 0;
      if (forcedOutageRate <= 0 || capacityMW <= 0) continue;
      addOutageDiffsFromSeed(deriveSeed2(seed, year, FIRST_UNIT_STREAM + u), capacityMW, forcedOutageRate, unitUpScale[u] ?? 0, unitDownScale[u] ?? 0, hours, unitOffset[u] ?? 0, sink);
    }
    for (const tally of tallies) {
      tally.gasSupplyEvents += gasEvents;
      tally.gridWeatherEvents += weatherEvents;
    }

    // A quiet year (no gas event, no ride-through trial): check the fleet outage against what each
    // hour absorbs in the worst design (N; without the grid all year if a grid or weather outage
    // was drawn, which costs nothing where there is no grid); if it never exceeds it, no design is
    // short and every battery stays full, so the year is done. Block by block: the outage at a
    // block's start plus the spells starting in it bounds the block, and only a block whose bound
    // reaches its least absorbable hour is checked hour by hour.
    let quiet = false;
    if ((gasEvents === 0 || gasShare === 0) && startsPerYear === 0) {
      const noGrid = gridEvents > 0 || weatherEvents > 0;
      quiet = isQuietYear(totalDiff, sink, noGrid ? absorbableNoGridOutMW : absorbableOutMW, noGrid ? blockAbsorbableNoGridOutMW : blockAbsorbableOutMW, hours);
    }
    if (quiet) {
      growthMW.fill(0);
      netMW.fill(0);
      eventBlocks.fill(0);
      outDiff.fill(0);
      if (totalDiff !== outDiff) totalDiff.fill(0);
      if (gridEvents > 0) gridDiff.fill(0);
      if (gasEvents > 0) gasDiff.fill(0);
      if (weatherEvents > 0) weatherDiff.fill(0);
      for (const tally of tallies) addYear(tally, 0, 0);
      yearsSimulated++;
      onProgress?.(yearsSimulated / yearsWanted);
      continue;
    }

    for (let j = 0; j < extras.length; j++) {
      const unit = extras[j];
      const spells = extraSpells[j];
      if (unit === undefined || spells === undefined) continue;
      spells.start.length = 0;
      spells.end.length = 0;
      spells.next = 0;
      if (unit.forcedOutageRate <= 0 || unit.capacityMW <= 0) continue;
      random.reseed(deriveSeed2(seed, year, FIRST_UNIT_STREAM + baseUnits.length + j));
      collectSpells(random, unit.forcedOutageRate, unit.mttrHours, hours, spells.start, spells.end);
    }
    if (startsPerYear > 0) {
      random.reseed(deriveSeed2(seed, year, RIDE_THROUGH_STREAM));
      for (let t = 0; t < startsPerYear; t++) trialStart[t] = random.nextInt(hours - longest + 1);
      trialServed.fill(-1);
    }

    for (let d = 0; d < designCount; d++) soc[d] = batteries[d]?.socMaxMWh ?? 0;
    yearLolh.fill(0);
    yearEue.fill(0);
    yearLolhByCause.fill(0);
    yearEueByCause.fill(0);
    let refilling = 0;
    let activeTrials = 0;
    let gridDown = 0;
    let gasInProgress = 0;
    let weatherDown = 0;
    groupOutMW.fill(0);
    let singleGroupOutMW = 0;
    for (let h = 0; h < hours; h++) {
      // A whole block where no design can be short is passed over: no event touches it, every
      // battery is full, no ride-through trial runs, and the fleet outage at its start plus the
      // spells starting in it stays within what its hours absorb with the grid up (as the quiet-year
      // check). Its outage is carried over by the block's net change: one group only.
      if (skipBlocks && (h & (BLOCK_HOURS - 1)) === 0 && refilling === 0) {
        const b = h >> BLOCK_SHIFT;
        if (eventBlocks[b] === 0 && singleGroupOutMW + (growthMW[b] ?? 0) <= (blockAbsorbableOutMW[b] ?? 0)) {
          const next = Math.min(hours, h + BLOCK_HOURS);
          singleGroupOutMW += netMW[b] ?? 0;
          outDiff.fill(0, h, next);
          h = next - 1;
          continue;
        }
      }
      let thermalOutMW = 0;
      let gasOutMW = 0;
      if (groupCount === 1) {
        // The common case (one technology, or none derated) without the group loop.
        singleGroupOutMW += outDiff[h] ?? 0;
        outDiff[h] = 0;
        thermalOutMW = singleFraction === undefined ? singleGroupOutMW : singleGroupOutMW * (singleFraction[h] ?? 1);
        if (singleGas) gasOutMW = thermalOutMW;
      } else {
        for (let g = 0; g < groupCount; g++) {
          const at = g * (hours + 1) + h;
          const out = (groupOutMW[g] ?? 0) + (outDiff[at] ?? 0);
          groupOutMW[g] = out;
          outDiff[at] = 0;
          if (out !== 0) {
            const mw = out * fractionAt(groups.fractions[g], h);
            thermalOutMW += mw;
            if (groups.gasFired[g] === true) gasOutMW += mw;
          }
        }
        totalDiff[h] = 0;
      }
      gridDown += gridDiff[h] ?? 0;
      gridDiff[h] = 0;
      gasInProgress += gasDiff[h] ?? 0;
      gasDiff[h] = 0;
      weatherDown += weatherDiff[h] ?? 0;
      weatherDiff[h] = 0;
      const marginNoGridMW = (baseMarginNoGridMW[h] ?? 0) - thermalOutMW;
      const gasUpMW = (gasCapacityMW[h] ?? 0) - gasOutMW;
      const gasTakenMW = gasInProgress > 0 ? gasShare * gasUpMW : 0;
      const worstMarginMW = marginNoGridMW - gasTakenMW + (gridDown > 0 || weatherDown > 0 ? 0 : gridMW);
      let startsHere = false;
      if (startsPerYear > 0) for (let t = 0; t < startsPerYear; t++) if (trialStart[t] === h) startsHere = true;
      if (worstMarginMW >= 0 && refilling === 0 && activeTrials === 0 && !startsHere) continue;

      refilling = 0;
      for (let d = 0; d < designCount; d++) {
        const k = designK[d] ?? 0;
        let extraOutMW = 0;
        for (let j = 0; j < k; j++) extraOutMW += extraDownAt(extraSpells[j], h) ? (extras[j]?.capacityMW ?? 0) : 0;
        const extraUpMW = ((extraCapacityPrefix[k] ?? 0) - extraOutMW) * fractionAt(extraFraction, h);
        const withEvents = designCommonMode[d] === 1;
        const gasHit = withEvents && gasInProgress > 0 && designDualFuel[d] === 0 && gasShare > 0;
        const designGrid = designGridMW[d] ?? 0;
        const weatherHit = withEvents && weatherDown > 0 && designGrid > 0;
        const noGridMW = marginNoGridMW + extraUpMW - (gasHit ? gasShare * (gasUpMW + (extrasGasFired ? extraUpMW : 0)) : 0);
        const designMarginMW = gridDown > 0 || weatherHit ? noGridMW : noGridMW + designGrid;
        const battery = batteries[d] ?? NO_BATTERY;
        // Ride-through trials: the battery's state at the start hour, carried on without the grid.
        if (startsPerYear > 0) {
          for (let t = 0; t < startsPerYear; t++) {
            const slot = t * designCount + d;
            const start = trialStart[t] ?? 0;
            if (start === h) {
              trialSoc[slot] = soc[d] ?? 0;
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
        let s = soc[d] ?? 0;
        if (designMarginMW >= 0) {
          if (battery.has && s < battery.socMaxMWh) s = Math.min(battery.socMaxMWh, s + Math.min(designMarginMW, battery.powerMW) * battery.eta);
        } else {
          const deficitMW = -designMarginMW;
          const dischargeMW = battery.has ? Math.max(0, Math.min(battery.powerMW, (s - battery.socMinMWh) * battery.eta)) : 0;
          if (deficitMW <= dischargeMW) {
            s -= deficitMW / battery.eta;
          } else {
            s -= dischargeMW / battery.eta;
            const shortMW = deficitMW - dischargeMW;
            if (shortMW > SHORTFALL_TOLERANCE_MW) {
              const cause = d * 4 + (gasHit ? 1 : 0) + (weatherHit ? 2 : 0);
              yearLolh[d] = (yearLolh[d] ?? 0) + 1;
              yearEue[d] = (yearEue[d] ?? 0) + shortMW;
              yearLolhByCause[cause] = (yearLolhByCause[cause] ?? 0) + 1;
              yearEueByCause[cause] = (yearEueByCause[cause] ?? 0) + shortMW;
            }
          }
        }
        soc[d] = s;
        if (battery.has && s < battery.socMaxMWh) refilling++;
      }
      if (startsPerYear > 0) {
        activeTrials = 0;
        for (let slot = 0; slot < startsPerYear * designCount; slot++) {
          const served = trialServed[slot] ?? -1;
          if (served >= 0 && served < longest) activeTrials++;
        }
      }
    }
    for (let g = 0; g < groupCount; g++) outDiff[g * (hours + 1) + hours] = 0;
    growthMW.fill(0);
    netMW.fill(0);
    eventBlocks.fill(0);
    totalDiff[hours] = 0;
    gridDiff[hours] = 0;
    gasDiff[hours] = 0;
    weatherDiff[hours] = 0;

    for (let d = 0; d < designCount; d++) {
      const tally = tallies[d];
      if (tally === undefined) continue;
      addYear(tally, yearLolh[d] ?? 0, yearEue[d] ?? 0);
      for (let c = 0; c < 4; c++) {
        tally.lossOfLoadHoursByCause[c] = (tally.lossOfLoadHoursByCause[c] ?? 0) + (yearLolhByCause[d * 4 + c] ?? 0);
        tally.unservedMWhByCause[c] = (tally.unservedMWhByCause[c] ?? 0) + (yearEueByCause[d * 4 + c] ?? 0);
      }
      if (startsPerYear > 0) {
        tally.rideThroughTrials += startsPerYear;
        for (let t = 0; t < startsPerYear; t++) {
          const raw = trialServed[t * designCount + d] ?? -1;
          const served = raw >= 0 ? raw : -2 - raw;
          for (let i = 0; i < rideThroughHours.length; i++) {
            if (served >= (rideThroughHours[i] ?? Infinity)) tally.rideThroughSuccesses[i] = (tally.rideThroughSuccesses[i] ?? 0) + 1;
          }
        }
      }
    }
    yearsSimulated++;
    onProgress?.(yearsSimulated / yearsWanted);
  }
  return { tallies, yearsSimulated, cancelled };
}

/** The least of `values` over each block of 2^BLOCK_SHIFT hours, less QUIET_CHECK_SLACK_MW. */
function blockMinima(values: Float64Array, blocks: number): Float64Array {
  const minima = new Float64Array(blocks).fill(Infinity);
  for (let h = 0; h < values.length; h++) {
    const b = h >> BLOCK_SHIFT;
    const v = (values[h] ?? 0) - QUIET_CHECK_SLACK_MW;
    if (v < (minima[b] ?? Infinity)) minima[b] = v;
  }
  return minima;
}

/**
 * Whether the fleet outage (`totalDiff`, a difference array in nameplate MW) stays within what
 * every hour absorbs, checked per block from the sink's block sums and hour by hour only in blocks
 * whose bound (outage at the block's start + MW of spells starting in it) exceeds the block's least.
 */
function isQuietYear(totalDiff: Float64Array, sink: OutageSink, absorbable: Float64Array, blockAbsorbable: Float64Array, hours: number): boolean {
  const growth = sink.blockGrowthMW;
  const net = sink.blockNetMW;
  const blocks = blockAbsorbable.length;
  let atStartMW = 0;
  for (let b = 0; b < blocks; b++) {
    if (atStartMW + (growth[b] ?? 0) > (blockAbsorbable[b] ?? 0)) {
      let outMW = atStartMW;
      const last = Math.min(hours, (b + 1) << BLOCK_SHIFT);
      for (let h = b << BLOCK_SHIFT; h < last; h++) {
        outMW += totalDiff[h] ?? 0;
        if (outMW > (absorbable[h] ?? 0) - QUIET_CHECK_SLACK_MW) return false;
      }
    }
    atStartMW += net[b] ?? 0;
  }
  return true;
}
