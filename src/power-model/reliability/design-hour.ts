import { CAUSES, type DesignYear } from './design-year';
import { extraDownAt, fractionAt, NO_BATTERY, SHORTFALL_TOLERANCE_MW } from './pass-fleet';
import type { PassPlan } from './pass-plan';
import { stepTrials } from './ride-through';
import type { YearDraws } from './year-draws';

/**
 * The fleet at one hour, as the hourly pass (hourly-pass.ts) has summed it: the margin without the
 * grid with the fleet's outages taken out (MW), the gas-fired MW up, and the grid, gas supply and
 * weather grid-outage events in progress.
 */
export type FleetHour = { marginNoGridMW: number; gasUpMW: number; gridDown: number; gasInProgress: number; weatherDown: number };

/**
 * Every design at hour `h`; returns how many batteries are below full after it.
 *
 * A design's margin is the fleet's (`fleet.marginNoGridMW`) + its added units that are up (at the
 * hour's derated capacity) − the share of its up gas-fired MW that a gas supply event in progress
 * takes (not with dual fuel; only with the common-mode events applied) + its grid import unless a
 * grid outage (or, with the common-mode events, a weather grid outage) is in progress. The battery
 * covers a negative margin (power limit, energy above its reserve, discharge efficiency √η) and
 * recharges from a positive one (power limit, charge efficiency √η); what remains short is lost
 * load, attributed to the common-mode events that took something from the design that hour.
 */
export function serveDesigns(plan: PassPlan, draws: YearDraws, year: DesignYear, h: number, fleet: FleetHour): number {
  const designCount = plan.designs.length;
  const extras = plan.extras;
  const extraFraction = extras[0]?.hourlyCapacityFraction;
  // The extra units are copies of the largest, so they share its hourly derating and its fuel.
  const extrasGasFired = extras[0]?.gasFired === true;
  const gasShare = plan.gasShare;
  const startsPerYear = plan.startsPerYear;
  const soc = year.soc;
  const { marginNoGridMW, gasUpMW, gridDown, gasInProgress, weatherDown } = fleet;
  let refilling = 0;
  for (let d = 0; d < designCount; d++) {
    const k = plan.designK[d] ?? 0;
    let extraOutMW = 0;
    for (let j = 0; j < k; j++) extraOutMW += extraDownAt(draws.extraSpells[j], h) ? (extras[j]?.capacityMW ?? 0) : 0;
    const extraUpMW = ((plan.extraCapacityPrefix[k] ?? 0) - extraOutMW) * fractionAt(extraFraction, h);
    const withEvents = plan.designCommonMode[d] === 1;
    const gasHit = withEvents && gasInProgress > 0 && plan.designDualFuel[d] === 0 && gasShare > 0;
    const designGrid = plan.designGridMW[d] ?? 0;
    const weatherHit = withEvents && weatherDown > 0 && designGrid > 0;
    const noGridMW = marginNoGridMW + extraUpMW - (gasHit ? gasShare * (gasUpMW + (extrasGasFired ? extraUpMW : 0)) : 0);
    const designMarginMW = gridDown > 0 || weatherHit ? noGridMW : noGridMW + designGrid;
    const battery = plan.batteries[d] ?? NO_BATTERY;
    // Ride-through trials: the battery's state at the start hour, carried on without the grid.
    if (startsPerYear > 0) stepTrials(year, d, designCount, h, noGridMW, battery, draws.trialStart, startsPerYear, plan.longest);
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
          const cause = d * CAUSES + (gasHit ? 1 : 0) + (weatherHit ? 2 : 0);
          year.lossOfLoadHours[d] = (year.lossOfLoadHours[d] ?? 0) + 1;
          year.unservedMWh[d] = (year.unservedMWh[d] ?? 0) + shortMW;
          year.lossOfLoadHoursByCause[cause] = (year.lossOfLoadHoursByCause[cause] ?? 0) + 1;
          year.unservedMWhByCause[cause] = (year.unservedMWhByCause[cause] ?? 0) + shortMW;
        }
      }
    }
    soc[d] = s;
    if (battery.has && s < battery.socMaxMWh) refilling++;
  }
  return refilling;
}
