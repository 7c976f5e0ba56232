import { DAYS_PER_YEAR } from '../hours';
import { Random } from '../random';

export type RepresentativeDay = {
  /** Day of year (0..364) whose hours stand for the cluster. */
  day: number;
  /** Number of days of the year it stands for. */
  weightDays: number;
};

/** A group of days one of them stands for, kept out of the clustering (see selectRepresentativeDays). */
export type KeptDays = { day: number; members: readonly number[] };

export type RepresentativeDays = {
  days: RepresentativeDay[];
  /** For each day of the year, the index into `days` that represents it. */
  representativeOfDay: Int32Array;
};

/**
 * Picks `count` representative days of the year by k-means on daily shapes.
 *
 * Each day is a vector of its 24 hourly values from every series in `series` (each 8760 long),
 * every series divided by its own maximum so that they weigh alike. The day holding the annual
 * peak of `series[0]` (the load) is always kept as its own representative with weight 1, so that
 * the LP sees the hardest hours; the other 364 days are clustered into count − 1 clusters (all 365
 * into one when count = 1). Initialisation by k-means++ (Arthur & Vassilvitskii 2007) from a
 * seeded PRNG, then Lloyd iterations until no day moves (at most 100). Each cluster is represented
 * by its medoid, the member day nearest its centroid, so that the hours the LP sees are real hours;
 * its weight is the number of member days. Weights add up to 365.
 *
 * `keep`: groups of days taken out of the clustering, each represented by its `day` and weighted
 * by its `members` (the day included; a member that is the peak day or in an earlier group is left
 * out) — the sizing keeps the worst interruptible cut day of each season for that season's cut days
 * (families/time-structure.ts). In their order of importance; at most count − 2 groups, so one
 * cluster is left for the rest; the members of a group not kept are clustered with the others.
 */
export function selectRepresentativeDays(series: readonly Float64Array[], count: number, seed: number, keep: readonly KeptDays[] = []): RepresentativeDays {
  if (!Number.isInteger(count) || count < 1 || count > DAYS_PER_YEAR) {
    throw new RangeError(`representative days must be an integer 1..${DAYS_PER_YEAR}, got ${count}`);
  }
  const dims = 24 * series.length;
  const features = new Float64Array(DAYS_PER_YEAR * dims);
  series.forEach((values, s) => {
    let max = 0;
    for (const value of values) if (value > max) max = value;
    const scale = max > 0 ? 1 / max : 0;
    for (let day = 0; day < DAYS_PER_YEAR; day++) {
      for (let hour = 0; hour < 24; hour++) features[day * dims + s * 24 + hour] = (values[day * 24 + hour] ?? 0) * scale;
    }
  });

  const load = series[0];
  let peakDay = 0;
  if (load !== undefined && count > 1) {
    let peak = -Infinity;
    for (let h = 0; h < load.length; h++) {
      if ((load[h] ?? 0) > peak) {
        peak = load[h] ?? 0;
        peakDay = Math.floor(h / 24);
      }
    }
  }
  // groupOf[day]: the kept group (its index in `kept`) a day belongs to, −1 for the pool.
  const groupOf = new Int32Array(DAYS_PER_YEAR).fill(-1);
  const kept: number[] = [];
  if (count > 1) {
    kept.push(peakDay);
    groupOf[peakDay] = 0;
  }
  const inYear = (day: number): boolean => Number.isInteger(day) && day >= 0 && day < DAYS_PER_YEAR;
  for (const group of keep) {
    if (kept.length >= count - 1 || !inYear(group.day) || groupOf[group.day] !== -1) continue;
    const index = kept.length;
    kept.push(group.day);
    groupOf[group.day] = index;
    for (const day of group.members) if (inYear(day) && groupOf[day] === -1) groupOf[day] = index;
  }
  const pool: number[] = [];
  for (let day = 0; day < DAYS_PER_YEAR; day++) if (groupOf[day] === -1) pool.push(day);
  const clusters = count - kept.length;

  const distance = (day: number, centroid: Float64Array, c: number): number => {
    let sum = 0;
    for (let d = 0; d < dims; d++) {
      const diff = (features[day * dims + d] ?? 0) - (centroid[c * dims + d] ?? 0);
      sum += diff * diff;
    }
    return sum;
  };

  const random = new Random(seed);
  const centroids = new Float64Array(clusters * dims);
  const setCentroidToDay = (c: number, day: number): void => {
    centroids.set(features.subarray(day * dims, (day + 1) * dims), c * dims);
  };
  setCentroidToDay(0, pool[random.nextInt(pool.length)] ?? 0);
  const nearest = new Float64Array(pool.length).fill(Infinity);
  for (let c = 1; c < clusters; c++) {
    let total = 0;
    pool.forEach((day, i) => {
      nearest[i] = Math.min(nearest[i] ?? Infinity, distance(day, centroids, c - 1));
      total += nearest[i] ?? 0;
    });
    let target = random.nextFloat() * total;
    let chosen = pool.length - 1;
    for (let i = 0; i < pool.length; i++) {
      target -= nearest[i] ?? 0;
      if (target < 0) {
        chosen = i;
        break;
      }
    }
    setCentroidToDay(c, pool[chosen] ?? 0);
  }

  const assignment = new Int32Array(pool.length).fill(-1);
  for (let iteration = 0; iteration < 100; iteration++) {
    let moved = false;
    pool.forEach((day, i) => {
      let best = 0;
      let bestDistance = Infinity;
      for (let c = 0; c < clusters; c++) {
        const d = distance(day, centroids, c);
        if (d < bestDistance) {
          bestDistance = d;
          best = c;
        }
      }
      if (assignment[i] !== best) {
        assignment[i] = best;
        moved = true;
      }
    });
    if (!moved) break;
    const sizes = new Float64Array(clusters);
    const sums = new Float64Array(clusters * dims);
    pool.forEach((day, i) => {
      const c = assignment[i] ?? 0;
      sizes[c] = (sizes[c] ?? 0) + 1;
      for (let d = 0; d < dims; d++) sums[c * dims + d] = (sums[c * dims + d] ?? 0) + (features[day * dims + d] ?? 0);
    });
    for (let c = 0; c < clusters; c++) {
      const size = sizes[c] ?? 0;
      // An emptied cluster keeps its old centroid; it simply ends with weight 0 and is dropped.
      if (size > 0) for (let d = 0; d < dims; d++) centroids[c * dims + d] = (sums[c * dims + d] ?? 0) / size;
    }
  }

  const days: RepresentativeDay[] = [];
  const representativeOfDay = new Int32Array(DAYS_PER_YEAR).fill(-1);
  kept.forEach((day) => days.push({ day, weightDays: 0 }));
  for (let day = 0; day < DAYS_PER_YEAR; day++) {
    const index = groupOf[day] ?? -1;
    const group = days[index];
    if (group === undefined) continue;
    group.weightDays++;
    representativeOfDay[day] = index;
  }
  for (let c = 0; c < clusters; c++) {
    let medoid = -1;
    let medoidDistance = Infinity;
    let members = 0;
    pool.forEach((day, i) => {
      if (assignment[i] !== c) return;
      members++;
      const d = distance(day, centroids, c);
      if (d < medoidDistance) {
        medoidDistance = d;
        medoid = day;
      }
    });
    if (members === 0) continue;
    const index = days.length;
    days.push({ day: medoid, weightDays: members });
    pool.forEach((day, i) => {
      if (assignment[i] === c) representativeOfDay[day] = index;
    });
  }
  return { days, representativeOfDay };
}
