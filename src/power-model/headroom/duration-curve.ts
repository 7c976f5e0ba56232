import type { PreparedHeadroom } from './analyse';
import { curtailedMW } from './curtailment';
import type { HourSpan } from './month-hour';

/**
 * A load duration curve with a constant new load stacked on it, cut into buckets of hours ranked by
 * system load (highest first). Bucket j holds the hours ranked [hoursAtOrAbove[j − 1],
 * hoursAtOrAbove[j]) (from 0 for the first); its values are means over those hours, so a bucket's
 * area (value × hours) is the true energy and a one-hour bucket is exact.
 */
export type DurationCurve = {
  /** Hours of the span whose system load is at or above the bucket's lowest: the bucket's right edge. */
  hoursAtOrAbove: number[];
  /** Mean system load of the bucket's hours, MW. */
  systemLoadMW: number[];
  /** Mean new load served in the bucket's hours (the constant new load less its curtailment), MW. */
  newLoadServedMW: number[];
  /** The constant new load, MW, and the span's length, hours. */
  newLoadMW: number;
  spanHours: number;
};

/**
 * Right edges of the buckets for `hours` ranked hours: a geometric sequence (one-hour buckets at
 * the top, where curtailment happens and a log axis shows each hour) merged with an even one (so
 * the flat middle is drawn with the same care), about `points` edges in all, strictly increasing,
 * ending at `hours`.
 */
export function bucketEdges(hours: number, points = 300): number[] {
  if (hours <= 0) return [];
  const half = Math.max(1, Math.floor(points / 2));
  const edges = new Set<number>([hours]);
  for (let k = 1; k <= half; k++) {
    edges.add(Math.min(hours, Math.max(1, Math.round(hours ** (k / half)))));
    edges.add(Math.max(1, Math.round((k * hours) / half)));
  }
  return [...edges].filter((e) => e >= 1 && e <= hours).sort((a, b) => a - b);
}

/** Each hour's load and the ranking of each span asked: they depend on the series alone, not the limit, so they are kept per prepared series (and freed with it). */
const rankings = new WeakMap<PreparedHeadroom, { load: Float64Array; orders: Map<string, Uint32Array> }>();

/**
 * The hours of `span` ranked by system load, highest first (ties in series order), and each hour's
 * load (servable level − room, so the prepared arrays suffice). The comparison sort of five years
 * takes ~15–35 ms, so a view changing the limit reuses it.
 */
function rankedHours(p: PreparedHeadroom, span: HourSpan): { order: Uint32Array; load: Float64Array } {
  let kept = rankings.get(p);
  if (!kept) {
    const levelOf = [p.servable.winterMW, p.servable.summerMW, p.servable.shoulderMW];
    const load = new Float64Array(p.roomMW.length);
    for (let i = 0; i < load.length; i++) load[i] = (levelOf[p.calendar.season[i] ?? 0] ?? 0) - (p.roomMW[i] ?? 0);
    kept = { load, orders: new Map() };
    rankings.set(p, kept);
  }
  const { load, orders } = kept;
  const key = `${span.start}:${span.end}`;
  let order = orders.get(key);
  if (!order) {
    const hours = Math.max(0, span.end - span.start);
    order = new Uint32Array(hours);
    for (let k = 0; k < hours; k++) order[k] = span.start + k;
    order.sort((x, y) => (load[y] ?? 0) - (load[x] ?? 0) || x - y);
    orders.set(key, order);
  }
  return { order, load };
}

/**
 * The duration curve of the system load over `span` with a constant new load of `newLoadMW`
 * stacked on it, in about `points` buckets (see `bucketEdges`). The hours are ranked by system
 * load, highest first (ties in series order); the new load served in an hour is L less its
 * curtailed MW (`curtailedMW`), so the stack's top stays at or under the servable level wherever
 * the new load is curtailed.
 */
export function durationCurve(p: PreparedHeadroom, span: HourSpan, newLoadMW: number, points = 300): DurationCurve {
  const hours = Math.max(0, span.end - span.start);
  const { order, load } = rankedHours(p, span);
  const curve: DurationCurve = { hoursAtOrAbove: [], systemLoadMW: [], newLoadServedMW: [], newLoadMW, spanHours: hours };
  let from = 0;
  for (const edge of bucketEdges(hours, points)) {
    let loadSum = 0;
    let servedSum = 0;
    for (let r = from; r < edge; r++) {
      const i = order[r] ?? 0;
      loadSum += load[i] ?? 0;
      servedSum += newLoadMW - curtailedMW(p.roomMW[i] ?? 0, newLoadMW);
    }
    const n = edge - from;
    curve.hoursAtOrAbove.push(edge);
    curve.systemLoadMW.push(loadSum / n);
    curve.newLoadServedMW.push(servedSum / n);
    from = edge;
  }
  return curve;
}
