import type { Random } from '../random';

/**
 * The random draws of one simulated year, written as difference arrays (+x at an event's first
 * hour, −x after its last) so that one sweep of the hours adds them up: no per-hour trial.
 */

/**
 * One unit's forced outages as a two-state Markov chain stepped hourly: up spells geometric with
 * mean MTTF = MTTR·(1 − FOR)/FOR hours, down spells geometric with mean MTTR, so the long-run down
 * fraction is FOR exactly (Billinton & Allan, "Reliability Evaluation of Power Systems", 2nd ed.,
 * ch. 2); the first hour's state from the stationary distribution. One draw per spell. Each down
 * spell [a, b) adds `capacityMW` at `diff[offset + a]` and removes it at `diff[offset + b]`, and
 * the same at `total[a]`, `total[b]` when a fleet-wide total is kept beside the groups.
 */
export function addOutageDiffs(random: Random, capacityMW: number, forcedOutageRate: number, mttrHours: number, hours: number, diff: Float64Array, offset: number, total: Float64Array | null): void {
  // The innermost loop of the Monte Carlo (one call per unit-year): ln(1 − p) taken once per call.
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
      if (total !== null) {
        total[hour] = (total[hour] ?? 0) + capacityMW;
        total[end] = (total[end] ?? 0) - capacityMW;
      }
      hour = end;
    } else {
      hour += random.nextGeometricLn(lnStayUp);
    }
    isDown = !isDown;
  }
}

/**
 * `addOutageDiffs` for a unit whose stream is `new Random(seed)`, with the generator's state in
 * local variables: the same draws (xoshiro128** seeded by splitmix32, as random.ts), the same
 * spells, about twice as fast because the state never leaves registers. The Monte Carlo's hottest
 * loop (one call per unit-year); the tests check it against `addOutageDiffs`.
 */
export function addOutageDiffsFromSeed(seed: number, capacityMW: number, forcedOutageRate: number, mttrHours: number, hours: number, diff: Float64Array, offset: number, total: Float64Array | null): void {
  let state = seed >>> 0;
  state = (state + 0x9e3779b9) >>> 0;
  let s0 = splitmix32(state);
  state = (state + 0x9e3779b9) >>> 0;
  let s1 = splitmix32(state);
  state = (state + 0x9e3779b9) >>> 0;
  let s2 = splitmix32(state);
  state = (state + 0x9e3779b9) >>> 0;
  let s3 = splitmix32(state);
  if ((s0 | s1 | s2 | s3) === 0) s0 = 1;
  const repairPerHour = 1 / mttrHours;
  const failPerHour = forcedOutageRate / ((1 - forcedOutageRate) * mttrHours);
  const lnStayDown = repairPerHour >= 1 ? -Infinity : Math.log1p(-repairPerHour);
  const lnStayUp = failPerHour >= 1 ? -Infinity : Math.log1p(-failPerHour);
  // First draw: the stationary state of hour 0 (Random.nextFloat).
  let r = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
  let t = s1 << 9;
  s2 ^= s0;
  s3 ^= s1;
  s1 ^= s2;
  s0 ^= s3;
  s2 ^= t;
  s3 = rotl(s3, 11);
  let isDown = r / 4294967296 < forcedOutageRate;
  let hour = 0;
  while (hour < hours) {
    // Random.nextGeometricLn: ⌈ln U / ln(1 − p)⌉ with U = (r + 1)/2^32, at least 1.
    r = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotl(s3, 11);
    let spell = Math.ceil(Math.log((r + 1) / 4294967296) / (isDown ? lnStayDown : lnStayUp));
    if (!(spell >= 1)) spell = 1;
    if (isDown) {
      const end = hour + spell < hours ? hour + spell : hours;
      diff[offset + hour] = (diff[offset + hour] ?? 0) + capacityMW;
      diff[offset + end] = (diff[offset + end] ?? 0) - capacityMW;
      if (total !== null) {
        total[hour] = (total[hour] ?? 0) + capacityMW;
        total[end] = (total[end] ?? 0) - capacityMW;
      }
      hour = end;
    } else {
      hour += spell;
    }
    isDown = !isDown;
  }
}

/** splitmix32's output function (random.ts). */
function splitmix32(state: number): number {
  let z = state;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** `addOutageDiffs`' down spells of one unit as lists of starts and ends (the same draws). */
export function collectSpells(random: Random, forcedOutageRate: number, mttrHours: number, hours: number, starts: number[], ends: number[]): void {
  const repairPerHour = 1 / mttrHours;
  const failPerHour = forcedOutageRate / ((1 - forcedOutageRate) * mttrHours);
  const lnStayDown = repairPerHour >= 1 ? -Infinity : Math.log1p(-repairPerHour);
  const lnStayUp = failPerHour >= 1 ? -Infinity : Math.log1p(-failPerHour);
  let isDown = random.nextFloat() < forcedOutageRate;
  let hour = 0;
  while (hour < hours) {
    if (isDown) {
      const end = Math.min(hours, hour + random.nextGeometricLn(lnStayDown));
      starts.push(hour);
      ends.push(end);
      hour = end;
    } else {
      hour += random.nextGeometricLn(lnStayUp);
    }
    isDown = !isDown;
  }
}

/**
 * Grid outage events as a difference array of "events in progress": starts as a Bernoulli process
 * with probability eventsPerYear/8760 per hour (the hourly form of Poisson arrivals), each lasting
 * a geometric number of whole hours with mean `meanDurationHours`; overlapping events merge.
 * Returns the number of events.
 */
export function markGridOutageDiffs(random: Random, eventsPerYear: number, meanDurationHours: number, hours: number, diff: Int32Array): number {
  if (eventsPerYear <= 0) return 0;
  return markEventDiffs(random, hours, (index) => index, Math.min(1, eventsPerYear / 8760), meanDurationHours, hours, diff);
}

/**
 * Weather-triggered events (common-mode.ts) as a difference array of "events in progress": each
 * trigger hour starts an event with probability eventsPerYear / triggers.length (a Bernoulli
 * process over the trigger hours, drawn as geometric gaps between starting trigger hours), each
 * lasting a geometric number of whole hours with mean `meanDurationHours` from its start, whatever
 * the weather after; overlapping events merge. Returns the number of events.
 */
export function markTriggeredEventDiffs(random: Random, triggers: Int32Array, eventsPerYear: number, meanDurationHours: number, hours: number, diff: Int32Array): number {
  const count = triggers.length;
  if (eventsPerYear <= 0 || count === 0) return 0;
  return markEventDiffs(random, count, (index) => triggers[index] ?? hours, Math.min(1, eventsPerYear / count), meanDurationHours, hours, diff);
}

/**
 * Events over `count` candidate start hours (`hourAt(index)`, ascending): each candidate starts one
 * with probability `startProbability`, drawn as geometric gaps between starting candidates (the
 * first at gap − 1, so the first candidate can start one); each lasts a geometric number of whole
 * hours with mean `meanDurationHours`; overlapping events merge in `diff`. Returns the number of events.
 */
function markEventDiffs(random: Random, count: number, hourAt: (index: number) => number, startProbability: number, meanDurationHours: number, hours: number, diff: Int32Array): number {
  const endPerHour = 1 / meanDurationHours;
  let coveredUntil = 0;
  let events = 0;
  let index = random.nextGeometric(startProbability) - 1;
  while (index < count) {
    const start = hourAt(index);
    events++;
    const end = Math.min(hours, start + random.nextGeometric(endPerHour));
    const from = Math.max(start, coveredUntil);
    if (end > from) {
      diff[from] = (diff[from] ?? 0) + 1;
      diff[end] = (diff[end] ?? 0) - 1;
      coveredUntil = end;
    }
    index += random.nextGeometric(startProbability);
  }
  return events;
}
