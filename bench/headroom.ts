import { cpus, loadavg } from 'node:os';
import { bundledSystemLoad } from '../src/main/data/load-grid-tariffs';
import { allYearsHeadroom, headroomCurve, prepareHeadroom, yearlyHeadroom } from '../src/power-model/headroom/analyse';
import { durationCurve } from '../src/power-model/headroom/duration-curve';
import { curtailedHoursByMonthHour } from '../src/power-model/headroom/month-hour';
import { timeIt } from './stats';

/** The baseline the exact solve replaces: bisection on the curtailed share, one pass over the hours per step, to 1 kW. */
function bisectionMW(roomMW: Float64Array, curtailmentPct: number): number {
  const budget = (curtailmentPct / 100) * roomMW.length;
  let lo = 0;
  let hi = 0;
  for (const r of roomMW) if (r > hi) hi = r;
  hi = hi / (1 - curtailmentPct / 100) + 1;
  while (hi - lo > 1e-3) {
    const mid = (lo + hi) / 2;
    let e = 0;
    for (const r of roomMW) e += r < 0 ? mid : Math.max(0, mid - r);
    if (e <= budget * mid) lo = mid;
    else hi = mid;
  }
  return lo;
}

/**
 * Issue 16's targets: the headroom of a five-year system series at one limit under 50 ms (from
 * the parsed series: calendar, servable levels, room, sort, all-years and year-by-year figures),
 * and the curve over 100 limits under 1 s.
 */
export async function run(): Promise<void> {
  const series = bundledSystemLoad('PJM');
  if (!series) throw new Error('bench: data/system-load/PJM.csv.gz is missing');
  const limits = Array.from({ length: 100 }, (_, i) => 0.05 * (i + 1));
  let sink = 0;
  // Warm the JIT once.
  sink += allYearsHeadroom(prepareHeadroom(series), 0.5).headroomMW;
  const oneMs = timeIt(15, () => {
    const p = prepareHeadroom(series);
    sink += allYearsHeadroom(p, 0.5).headroomMW + (yearlyHeadroom(p, 0.5)[0]?.headroomMW ?? 0);
  });
  const curveMs = timeIt(7, () => {
    sink += headroomCurve(prepareHeadroom(series), limits).length;
  });
  const p = prepareHeadroom(series);
  const exactMs = timeIt(15, () => {
    sink += allYearsHeadroom(p, 0.5).headroomMW;
  });
  const bisectMs = timeIt(5, () => {
    sink += bisectionMW(p.roomMW, 0.5);
  });
  // What the grid-headroom view asks beyond the figures: the month × hour counts and the duration curve of all hours.
  const whole = { start: 0, end: p.roomMW.length };
  const newLoadMW = allYearsHeadroom(p, 0.5).headroomMW;
  const monthHourMs = timeIt(15, () => {
    sink += curtailedHoursByMonthHour(p, whole, newLoadMW)[7]?.[16] ?? 0;
  });
  const coldMs = timeIt(9, () => {
    // A fresh prepared series each time: the ranking of the hours is worked again.
    const fresh = prepareHeadroom(series);
    sink += durationCurve(fresh, whole, newLoadMW).hoursAtOrAbove.length;
  });
  const durationMs = timeIt(15, () => {
    sink += durationCurve(p, whole, newLoadMW).hoursAtOrAbove.length;
  });
  const load1 = loadavg()[0] ?? 0;
  console.log(`headroom bench (medians; PJM, ${series.loadMW.length} hours; ${cpus().length} cores, load average ${load1.toFixed(1)}):`);
  console.log(`  one limit, from the series (calendar, levels, sort, all years + year by year): ${oneMs.toFixed(2)} ms (goal < 50 ms)`);
  console.log(`  curve over ${limits.length} limits, from the series: ${curveMs.toFixed(2)} ms (goal < 1000 ms)`);
  console.log(`  one limit on a prepared series (exact solve + one pass for the figures): ${exactMs.toFixed(3)} ms`);
  console.log(`  view detail on a prepared series: month × hour counts ${monthHourMs.toFixed(2)} ms, duration curve (~300 buckets) ${durationMs.toFixed(2)} ms once its ${p.roomMW.length} hours are ranked; prepare + rank + curve ${coldMs.toFixed(2)} ms (prepare alone: the first line)`);
  console.log(`  bisection to 1 kW (one pass per step), for comparison: ${bisectMs.toFixed(2)} ms; ratio bisection / exact: ${(bisectMs / exactMs).toFixed(1)}×${sink === 0 ? ' ' : ''}`);
}
