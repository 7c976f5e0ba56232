import type { DesignYear } from './design-year';
import { serveDesigns, type FleetHour } from './design-hour';
import { BLOCK_SHIFT } from './draws';
import { fractionAt } from './pass-fleet';
import type { PassPlan } from './pass-plan';
import { activeTrials, serveTrialsFromSurplus, TRIAL_SURPLUS_MW, trialStartsAt } from './ride-through';
import type { YearDraws } from './year-draws';

const BLOCK_HOURS = 1 << BLOCK_SHIFT;

/**
 * One simulated year, hour by hour: the fleet's outage summed from the draws' difference arrays
 * (zeroing each entry read), the events in progress, and every design served (design-hour.ts)
 * where one can be short.
 *
 * Work: every added unit, mitigation or absent event only raises a margin, so an hour where the
 * worst design (N with every event) has no deficit — and no battery is refilling, no ride-through
 * trial running or starting — is skipped for all designs at once; where trials run and the worst
 * design covers the hour without the grid, only the trials advance (ride-through.ts). With one
 * unit group, a whole
 * block of 2^BLOCK_SHIFT hours is passed over when no event touches it and no ride-through trial
 * starts in it or runs into it, every battery is full, and the fleet outage at its start plus the
 * spells starting in it stays within what its hours absorb with the grid up (as the quiet-year
 * check, quiet-year.ts): no hour of it would reach the designs. Its outage is carried over by the
 * block's net change (equal to the hourly sum to rounding).
 */
export function passHours(plan: PassPlan, draws: YearDraws, year: DesignYear): void {
  const hours = plan.hours;
  const gridMW = plan.gridMW;
  const gasShare = plan.gasShare;
  const startsPerYear = plan.startsPerYear;
  const longest = plan.longest;
  const designCount = plan.designs.length;
  const groups = plan.groups;
  const groupCount = groups.fractions.length;
  const singleFraction = groups.fractions[0];
  const singleGas = groups.gasFired[0] === true;
  const { baseMarginNoGridMW, gasCapacityMW, blockAbsorbableOutMW } = plan.bounds;
  const { outDiff, totalDiff, gridDiff, gasDiff, weatherDiff, eventBlocks, groupOutMW, trialStart } = draws;
  const growthMW = draws.sink.blockGrowthMW;
  const netMW = draws.sink.blockNetMW;
  const skipBlocks = groupCount === 1;
  const fleet: FleetHour = { marginNoGridMW: 0, gasUpMW: 0, gridDown: 0, gasInProgress: 0, weatherDown: 0 };

  let refilling = 0;
  let active = 0;
  let gridDown = 0;
  let gasInProgress = 0;
  let weatherDown = 0;
  groupOutMW.fill(0);
  let singleGroupOutMW = 0;
  for (let h = 0; h < hours; h++) {
    if (skipBlocks && (h & (BLOCK_HOURS - 1)) === 0 && refilling === 0 && active === 0) {
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
    const startsHere = startsPerYear > 0 && trialStartsAt(trialStart, startsPerYear, h);
    if (worstMarginMW >= 0 && refilling === 0 && !startsHere) {
      if (active === 0) continue;
      // Only trials run, and every design covers the hour without the grid: they serve it.
      if (marginNoGridMW - gasTakenMW >= TRIAL_SURPLUS_MW && serveTrialsFromSurplus(year, h, trialStart, designCount, longest, plan.batteries)) {
        active = activeTrials(year, h, trialStart, designCount, longest);
        continue;
      }
    }

    fleet.marginNoGridMW = marginNoGridMW;
    fleet.gasUpMW = gasUpMW;
    fleet.gridDown = gridDown;
    fleet.gasInProgress = gasInProgress;
    fleet.weatherDown = weatherDown;
    refilling = serveDesigns(plan, draws, year, h, fleet);
    if (startsPerYear > 0) active = activeTrials(year, h, trialStart, designCount, longest);
  }
}
