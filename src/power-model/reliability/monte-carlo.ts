import { HOURS_PER_YEAR } from '../hours';
import { deriveSeed, Random } from '../random';
import { addUnitOutages, markGridOutages } from './outages';
import { proportionEstimate, yearlyMeanEstimate } from './statistics';
import { compareWithTiers } from './tiers';
import type { ReliabilityInput, ReliabilityResult, RideThroughResult } from './types';
import { validateReliabilityInput } from './validate';

const DEFAULT_RIDE_THROUGH_HOURS: readonly number[] = [1, 4, 8, 24, 72];
const DEFAULT_RIDE_THROUGH_STARTS_PER_YEAR = 8;
/** A shortfall below this is rounding, not lost load, MW. */
const SHORTFALL_TOLERANCE_MW = 1e-6;
const GRID_STREAM = 0;
const RIDE_THROUGH_STREAM = 1;
const FIRST_UNIT_STREAM = 2;

/**
 * Reliability Monte Carlo over `years` independent simulated years of 8760 hours.
 *
 * Each year: every thermal unit alternates up/down spells from its forced-outage rate and mean
 * time to repair (`addUnitOutages`); the grid loses its whole import limit during outage events
 * (`markGridOutages`); each hour the supply available is solar + thermal units that are up +
 * grid if up. A shortfall is covered by the battery (power limit, energy above its reserve,
 * discharge efficiency √η); any surplus recharges it (power limit, charge efficiency √η). The
 * battery starts each year full. What remains short is lost load: the hour counts toward
 * loss-of-load hours and its MW toward unserved energy.
 *
 * Ride-through: each year, `rideThroughStartsPerYear` start hours are drawn at random; from each,
 * the grid is removed for the longest requested duration while the year's unit outages, solar
 * and the battery's state at that hour carry on. An outage of N hours is ridden through when no
 * hour among the first N is short.
 *
 * Outputs (per simulated year, means with 95% intervals; see `yearlyMeanEstimate` and
 * `proportionEstimate`): availability = 1 − LOLH/8760 (fraction of hours fully served), its
 * "nines" −log10(1 − availability), loss-of-load hours/yr, expected unserved energy MWh/yr, the
 * ride-through probabilities, and the verdict against Uptime Tier III/IV availability targets.
 *
 * `onProgress(fraction)` and `shouldCancel()` are called between years; a cancelled run returns
 * the years done so far with `cancelled: true`. Same seed and inputs → identical result.
 */
export function simulateReliability(input: ReliabilityInput): ReliabilityResult {
  validateReliabilityInput(input);
  const hours = HOURS_PER_YEAR;
  const load = input.facilityLoadMW;
  const solar = input.solarAvailableMW;
  const gridMW = input.gridImportLimitMW;
  const units = input.units;

  let thermalMW = 0;
  for (const unit of units) thermalMW += unit.capacityMW;
  // Margin with everything up; outages are subtracted hour by hour.
  const baseMarginMW = new Float64Array(hours);
  let peakLoadMW = 0;
  for (let h = 0; h < hours; h++) {
    const loadMW = load[h] ?? 0;
    if (loadMW > peakLoadMW) peakLoadMW = loadMW;
    baseMarginMW[h] = (solar?.[h] ?? 0) + thermalMW + gridMW - loadMW;
  }

  const battery = input.battery;
  const batteryPowerMW = battery?.powerMW ?? 0;
  const socMaxMWh = battery?.energyMWh ?? 0;
  const socMinMWh = battery === undefined ? 0 : (battery.energyMWh * battery.socMinPct) / 100;
  const oneWayEfficiency = battery === undefined ? 1 : Math.sqrt(battery.roundTripEfficiency);

  const rideThroughHours = [...new Set(input.rideThroughHours ?? DEFAULT_RIDE_THROUGH_HOURS)].sort((a, b) => a - b);
  const longestOutageHours = rideThroughHours.at(-1) ?? 0;
  const startsPerYear = rideThroughHours.length === 0 ? 0 : (input.rideThroughStartsPerYear ?? DEFAULT_RIDE_THROUGH_STARTS_PER_YEAR);
  const rideThroughSuccesses = new Float64Array(rideThroughHours.length);

  const thermalOutMW = new Float64Array(hours);
  const gridDown = new Uint8Array(hours);
  const socAtStartMWh = new Float64Array(hours);

  let yearsSimulated = 0;
  let cancelled = false;
  let lolhSum = 0;
  let lolhSumOfSquares = 0;
  let eueSum = 0;
  let eueSumOfSquares = 0;

  for (let year = 0; year < input.years; year++) {
    if (input.shouldCancel?.() === true) {
      cancelled = true;
      break;
    }
    // One sub-stream per (year, grid | unit | ride-through): a fleet with a unit appended (N+1)
    // sees the same grid events and the same outages of its other units for the same seed.
    if (input.gridOutage !== undefined) {
      const gridRandom = new Random(deriveSeed(input.seed, year, GRID_STREAM));
      markGridOutages(gridRandom, input.gridOutage.eventsPerYear, input.gridOutage.meanDurationHours, hours, gridDown);
    }
    thermalOutMW.fill(0);
    for (let u = 0; u < units.length; u++) {
      const unit = units[u];
      if (unit === undefined) continue;
      const unitRandom = new Random(deriveSeed(input.seed, year, FIRST_UNIT_STREAM + u));
      addUnitOutages(unitRandom, unit.capacityMW, unit.forcedOutageRate, unit.mttrHours, hours, thermalOutMW);
    }

    let socMWh = socMaxMWh;
    let lossOfLoadHours = 0;
    let unservedMWh = 0;
    for (let h = 0; h < hours; h++) {
      socAtStartMWh[h] = socMWh;
      const marginMW = (baseMarginMW[h] ?? 0) - (thermalOutMW[h] ?? 0) - (gridDown[h] === 1 ? gridMW : 0);
      if (marginMW >= 0) {
        if (socMWh < socMaxMWh) {
          socMWh = Math.min(socMaxMWh, socMWh + Math.min(marginMW, batteryPowerMW) * oneWayEfficiency);
        }
        continue;
      }
      const deficitMW = -marginMW;
      const dischargeMW = Math.max(0, Math.min(batteryPowerMW, (socMWh - socMinMWh) * oneWayEfficiency));
      if (deficitMW <= dischargeMW) {
        socMWh -= deficitMW / oneWayEfficiency;
        continue;
      }
      socMWh -= dischargeMW / oneWayEfficiency;
      const shortMW = deficitMW - dischargeMW;
      if (shortMW > SHORTFALL_TOLERANCE_MW) {
        lossOfLoadHours++;
        unservedMWh += shortMW;
      }
    }

    const startRandom = new Random(deriveSeed(input.seed, year, RIDE_THROUGH_STREAM));
    for (let trial = 0; trial < startsPerYear; trial++) {
      const start = startRandom.nextInt(hours);
      let socMWh = socAtStartMWh[start] ?? 0;
      let hoursServed = longestOutageHours;
      for (let k = 0; k < longestOutageHours; k++) {
        const h = (start + k) % hours;
        const marginMW = (baseMarginMW[h] ?? 0) - (thermalOutMW[h] ?? 0) - gridMW;
        if (marginMW >= 0) {
          socMWh = Math.min(socMaxMWh, socMWh + Math.min(marginMW, batteryPowerMW) * oneWayEfficiency);
          continue;
        }
        const dischargeMW = Math.max(0, Math.min(batteryPowerMW, (socMWh - socMinMWh) * oneWayEfficiency));
        if (-marginMW - dischargeMW > SHORTFALL_TOLERANCE_MW) {
          hoursServed = k;
          break;
        }
        socMWh -= -marginMW / oneWayEfficiency;
      }
      for (let i = 0; i < rideThroughHours.length; i++) {
        if (hoursServed >= (rideThroughHours[i] ?? Infinity)) rideThroughSuccesses[i] = (rideThroughSuccesses[i] ?? 0) + 1;
      }
    }

    lolhSum += lossOfLoadHours;
    lolhSumOfSquares += lossOfLoadHours * lossOfLoadHours;
    eueSum += unservedMWh;
    eueSumOfSquares += unservedMWh * unservedMWh;
    yearsSimulated++;
    input.onProgress?.(yearsSimulated / input.years);
  }

  const lossOfLoadHoursPerYear = yearlyMeanEstimate(lolhSum, lolhSumOfSquares, yearsSimulated, 1);
  const expectedUnservedEnergyMWhPerYear = yearlyMeanEstimate(eueSum, eueSumOfSquares, yearsSimulated, peakLoadMW);
  // Availability is a linear map of loss-of-load hours, so its interval is the mapped interval.
  const availability = {
    mean: 1 - lossOfLoadHoursPerYear.mean / hours,
    low95: Math.max(0, 1 - lossOfLoadHoursPerYear.high95 / hours),
    high95: 1 - lossOfLoadHoursPerYear.low95 / hours,
  };
  const trials = yearsSimulated * startsPerYear;
  const rideThrough: RideThroughResult[] = rideThroughHours.map((outageHours, i) => ({
    outageHours,
    probability: proportionEstimate(rideThroughSuccesses[i] ?? 0, trials),
    trials,
  }));

  return {
    seed: input.seed,
    yearsRequested: input.years,
    yearsSimulated,
    cancelled,
    availability,
    nines: availability.mean < 1 ? -Math.log10(1 - availability.mean) : null,
    lossOfLoadHoursPerYear,
    expectedUnservedEnergyMWhPerYear,
    rideThrough,
    tiers: compareWithTiers(availability),
    method:
      'Independent simulated years; 95% intervals are mean ± 1.96·s/√n over years (rule of three when no loss was seen); ride-through intervals are Wilson score intervals over random outage starts.',
  };
}
