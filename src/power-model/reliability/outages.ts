import type { Random } from '../random';

/**
 * Marks one unit's forced outages over `hours` hours by adding `capacityMW` to `outMW[h]` for
 * every hour h the unit is down.
 *
 * Model: a two-state Markov chain stepped hourly. Up spells are geometric with mean
 * MTTF = MTTR·(1 − FOR)/FOR hours, down spells geometric with mean MTTR, so the long-run
 * down fraction is MTTR/(MTTF + MTTR) = FOR exactly (the discrete-time form of the classic
 * two-state model, Billinton & Allan, "Reliability Evaluation of Power Systems", 2nd ed.,
 * ch. 2). The first hour's state is drawn from the stationary distribution, and because
 * geometric spells are memoryless the first spell needs no correction: each simulated year
 * is an independent sample of a unit in steady state.
 *
 * Cost: one draw per spell, work proportional to the down hours only.
 */
export function addUnitOutages(
  random: Random,
  capacityMW: number,
  forcedOutageRate: number,
  mttrHours: number,
  hours: number,
  outMW: Float64Array,
): void {
  if (forcedOutageRate <= 0 || capacityMW <= 0) return;
  const repairPerHour = 1 / mttrHours;
  const failPerHour = forcedOutageRate / ((1 - forcedOutageRate) * mttrHours);
  let down = random.nextFloat() < forcedOutageRate;
  let hour = 0;
  while (hour < hours) {
    if (down) {
      const end = Math.min(hours, hour + random.nextGeometric(repairPerHour));
      for (let h = hour; h < end; h++) outMW[h] = (outMW[h] ?? 0) + capacityMW;
      hour = end;
    } else {
      hour += random.nextGeometric(failPerHour);
    }
    down = !down;
  }
}

/**
 * Marks grid outage hours in `gridDown` (1 = grid unavailable). Events start as a Bernoulli
 * process with probability eventsPerYear/8760 per hour (the hourly form of Poisson arrivals);
 * each lasts a geometric number of whole hours with mean `meanDurationHours`. Overlapping events
 * merge. Clears `gridDown` first.
 */
export function markGridOutages(
  random: Random,
  eventsPerYear: number,
  meanDurationHours: number,
  hours: number,
  gridDown: Uint8Array,
): void {
  gridDown.fill(0);
  if (eventsPerYear <= 0) return;
  const startPerHour = Math.min(1, eventsPerYear / 8760);
  const endPerHour = 1 / meanDurationHours;
  // The first start is at hour (gap − 1), so an event can begin in hour 0.
  let start = random.nextGeometric(startPerHour) - 1;
  while (start < hours) {
    const end = Math.min(hours, start + random.nextGeometric(endPerHour));
    gridDown.fill(1, start, end);
    start += random.nextGeometric(startPerHour);
  }
}
