/**
 * Colour stops of the heat map, light to dark (a sequential blue–purple ramp after ColorBrewer's
 * BuPu, Cynthia Brewer, colorbrewer2.org, less its palest stop so a single hour still shows): readable on the light and the dark theme, and in print.
 */
const STOPS: readonly [number, number, number][] = [
  [191, 211, 230],
  [158, 188, 218],
  [140, 150, 198],
  [136, 86, 167],
  [129, 15, 124],
];

/** Colour of a share `t` (0–1) of the largest count; a cell with no curtailed hour is drawn apart (see ZERO_COLOR). */
export function heatColor(t: number): string {
  const x = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0)) * (STOPS.length - 1);
  const i = Math.min(STOPS.length - 2, Math.floor(x));
  const f = x - i;
  const a = STOPS[i] ?? [0, 0, 0];
  const b = STOPS[i + 1] ?? a;
  const mix = (k: 0 | 1 | 2) => Math.round(a[k] + (b[k] - a[k]) * f);
  return `rgb(${mix(0)}, ${mix(1)}, ${mix(2)})`;
}

/** Cells without a curtailed hour: transparent, so the panel shows through and "none" reads as empty. */
export const ZERO_COLOR = 'transparent';

/** Largest cell of a month × hour table (0 when every cell is 0). */
export function maxCount(rows: readonly (readonly number[])[]): number {
  let max = 0;
  for (const row of rows) for (const v of row) if (v > max) max = v;
  return max;
}

/** Whole-number ticks for the legend, 0 to max: at most `count` + 1 of them, always including both ends. */
export function legendTicks(max: number, count = 4): number[] {
  if (max <= 0) return [0];
  const step = Math.max(1, Math.ceil(max / count));
  const ticks: number[] = [];
  // An inner tick closer than half a step to the top would print over the top one.
  for (let t = 0; t < max - step / 2; t += step) ticks.push(t);
  ticks.push(max);
  return ticks;
}

export const MONTH_LABELS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
