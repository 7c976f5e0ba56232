import { HOURS_PER_YEAR } from '../hours';
import { LOSS_CAUSES } from './common-mode';
import { extraCopies, simulateSinglePass, UNSERVED_HOURS_BIN_EDGES, type CaseTally } from './single-pass';
import { proportionEstimate, yearlyMeanEstimate } from './statistics';
import { compareWithTiers } from './tiers';
import type { LossByCause, ReliabilityInput, ReliabilityResult, ReliabilityUnit, RideThroughResult } from './types';
import { validateReliabilityInput } from './validate';

const DEFAULT_RIDE_THROUGH_HOURS: readonly number[] = [1, 4, 8, 24, 72];

/**
 * Reliability Monte Carlo over `years` independent simulated years of 8760 hours, for the design
 * as given: `simulateSinglePass` with no extra unit, summarized by `summarizeTally`.
 *
 * Each year: every thermal unit alternates up/down spells from its forced-outage rate and mean
 * time to repair; the grid loses its whole import limit during outage events; each hour the supply
 * available is solar + thermal units that are up + grid if up; a battery covers shortfalls and
 * recharges from surplus; what remains short is lost load. With a grid, random outages of the
 * requested durations test the ride-through.
 *
 * `onProgress(fraction)` and `shouldCancel()` are called between years; a cancelled run returns
 * the years done so far with `cancelled: true`. Same seed and inputs → identical result.
 */
export function simulateReliability(input: ReliabilityInput): ReliabilityResult {
  validateReliabilityInput(input);
  const pass = simulateSinglePass({ ...input, extraUnits: [0] });
  const tally = pass.tallies[0];
  if (tally === undefined) throw new Error('the Monte Carlo returned no tally');
  return summarizeTally(input, tally, pass.cancelled);
}

/**
 * The result of one design from its tally (years merged from any number of workers): means with
 * 95% intervals (see `yearlyMeanEstimate`, `proportionEstimate`), availability = 1 − LOLH/8760,
 * its nines, the Tier III/IV verdicts, the distribution of annual loss-of-load hours, and the
 * number of the largest units that can fail at once in the tightest hour of the year (grid up,
 * battery not counted) with the load still served.
 */
export function summarizeTally(input: ReliabilityInput, tally: CaseTally, cancelled: boolean): ReliabilityResult {
  const hours = HOURS_PER_YEAR;
  let peakLoadMW = 0;
  for (const mw of input.facilityLoadMW) if (mw > peakLoadMW) peakLoadMW = mw;
  const n = tally.years;
  const lossOfLoadHoursPerYear = yearlyMeanEstimate(tally.lossOfLoadHours, tally.lossOfLoadHoursSquared, n, 1);
  const expectedUnservedEnergyMWhPerYear = yearlyMeanEstimate(tally.unservedMWh, tally.unservedMWhSquared, n, peakLoadMW);
  // Availability is a linear map of loss-of-load hours, so its interval is the mapped interval.
  const availability = {
    mean: 1 - lossOfLoadHoursPerYear.mean / hours,
    low95: Math.max(0, 1 - lossOfLoadHoursPerYear.high95 / hours),
    high95: 1 - lossOfLoadHoursPerYear.low95 / hours,
  };
  const durations = input.gridImportLimitMW > 0 ? [...new Set(input.rideThroughHours ?? DEFAULT_RIDE_THROUGH_HOURS)].sort((a, b) => a - b) : [];
  const rideThrough: RideThroughResult[] =
    tally.rideThroughTrials === 0
      ? []
      : durations.map((outageHours, i) => ({ outageHours, probability: proportionEstimate(tally.rideThroughSuccesses[i] ?? 0, tally.rideThroughTrials), trials: tally.rideThroughTrials }));
  return {
    seed: input.seed,
    yearsRequested: input.years,
    yearsSimulated: n,
    cancelled,
    availability,
    nines: availability.mean < 1 ? -Math.log10(1 - availability.mean) : null,
    lossOfLoadHoursPerYear,
    expectedUnservedEnergyMWhPerYear,
    rideThrough,
    tiers: compareWithTiers(availability),
    unservedHoursHistogram: { binUpperEdgesHours: [...UNSERVED_HOURS_BIN_EDGES], years: [...tally.unservedHoursHistogram] },
    unitFailuresRiddenThrough: unitFailuresRiddenThrough(input, tally.extraUnits),
    lossByCause: lossByCause(tally),
    commonModeEventsPerYear: { gasSupply: n > 0 ? tally.gasSupplyEvents / n : 0, gridWeather: n > 0 ? tally.gridWeatherEvents / n : 0 },
    method:
      'Independent simulated years; 95% intervals are mean ± 1.96·s/√n over years (rule of three when no loss was seen); ride-through intervals are Wilson score intervals over random outage starts.',
  };
}

/** Lost load per cause per simulated year, the causes with any loss only, the largest unserved energy first. */
export function lossByCause(tally: CaseTally): LossByCause[] {
  const n = Math.max(1, tally.years);
  const total = tally.unservedMWh;
  return LOSS_CAUSES.map((cause, i) => ({
    cause,
    lossOfLoadHoursPerYear: (tally.lossOfLoadHoursByCause[i] ?? 0) / n,
    unservedMWhPerYear: (tally.unservedMWhByCause[i] ?? 0) / n,
    shareOfUnservedEnergy: total > 0 ? (tally.unservedMWhByCause[i] ?? 0) / total : 0,
  }))
    .filter((c) => c.lossOfLoadHoursPerYear > 0)
    .sort((a, b) => b.unservedMWhPerYear - a.unservedMWhPerYear);
}

/**
 * How many units can fail at the same time, the largest first, in the hour of the year with the
 * least spare capacity (solar + every unit at that hour's derated capacity + grid − load; the N+k
 * copies included), and the load still be served without the battery. −1 when that hour is short
 * with every unit up.
 */
export function unitFailuresRiddenThrough(input: ReliabilityInput, extraUnits: number): number {
  const extras = extraCopies(input.units, extraUnits);
  const units = [...input.units, ...extras];
  const unitMWAt = (u: ReliabilityInput['units'][number], h: number) => u.capacityMW * (u.hourlyCapacityFraction?.[h] ?? 1);
  const derated = units.some((u) => u.hourlyCapacityFraction !== undefined);
  const ratedTotalMW = units.reduce((s, u) => s + u.capacityMW, 0);
  // Derated: the fleet's MW each hour, summed unit by unit in the fleet's order then the copies' (as
  // a reduce over the units would), the fleet's part once per fleet.
  let totalByHour: Float64Array | null = null;
  if (derated) {
    totalByHour = Float64Array.from(fleetMWByHour(input.units));
    for (const u of extras) addUnitMW(totalByHour, u);
  }
  let leastSpareMW = Infinity;
  let tightestHour = 0;
  for (let h = 0; h < HOURS_PER_YEAR; h++) {
    const totalMW = totalByHour !== null ? (totalByHour[h] ?? 0) : ratedTotalMW;
    const spare = (input.solarAvailableMW?.[h] ?? 0) + totalMW + input.gridImportLimitMW - (input.facilityLoadMW[h] ?? 0);
    if (spare < leastSpareMW) {
      leastSpareMW = spare;
      tightestHour = h;
    }
  }
  if (leastSpareMW < -1e-6) return -1;
  const sizes = units.map((u) => unitMWAt(u, tightestHour)).sort((a, b) => b - a);
  let lost = 0;
  let count = 0;
  for (const mw of sizes) {
    if (lost + mw > leastSpareMW + 1e-6) break;
    lost += mw;
    count++;
  }
  return count;
}

/**
 * Each hour's MW of a fleet at its derated capacity, kept per units array: a result lists several
 * designs of one fleet (N, N+1, …), and the sum over 163 units and 8,760 hours took tens of
 * milliseconds each time — more than a thousand simulated years.
 */
const fleetMW = new WeakMap<readonly ReliabilityUnit[], Float64Array>();

function fleetMWByHour(units: readonly ReliabilityUnit[]): Float64Array {
  let total = fleetMW.get(units);
  if (total === undefined) {
    total = new Float64Array(HOURS_PER_YEAR);
    for (const u of units) addUnitMW(total, u);
    fleetMW.set(units, total);
  }
  return total;
}

function addUnitMW(total: Float64Array, u: ReliabilityUnit): void {
  const fraction = u.hourlyCapacityFraction;
  for (let h = 0; h < total.length; h++) total[h] = (total[h] ?? 0) + u.capacityMW * (fraction?.[h] ?? 1);
}
