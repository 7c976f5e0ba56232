/**
 * What a chart shows, independent of how it is drawn: uPlot draws it on screen (uplot-options.ts)
 * and the SVG export draws the same spec as vectors (svg.ts), so the two never disagree.
 */
export type ChartKind = 'stacked-area' | 'lines' | 'stacked-bars' | 'bars';

/** `sheetRow`: the economics-sheet row a series is read from, so its legend can open the formula. */
export type ChartSeries = { label: string; color: string; values: number[]; sheetRow?: string };

export type ChartSpec = {
  title: string;
  kind: ChartKind;
  /** Unix seconds when `xTime`, else plain numbers (years, hours, category indexes). */
  x: number[];
  xTime: boolean;
  /** Category names for bar charts: x value i is labelled xLabels[i]. */
  xLabels?: readonly string[];
  xLabel: string;
  /** Axis title with its unit, e.g. "MW". */
  yLabel: string;
  series: ChartSeries[];
};

/** Running sums bottom to top: row i is series 0 + … + series i (how a stack is drawn). */
export function cumulative(rows: readonly (readonly number[])[]): number[][] {
  const out: number[][] = [];
  let below: number[] | null = null;
  for (const row of rows) {
    const next = row.map((v, i) => v + (below?.[i] ?? 0));
    out.push(next);
    below = next;
  }
  return out;
}

/** The y values as drawn: stacked kinds are cumulative. */
export function drawnRows(spec: ChartSpec): number[][] {
  const rows = spec.series.map((s) => s.values);
  return spec.kind === 'stacked-area' || spec.kind === 'stacked-bars' ? cumulative(rows) : rows;
}

/** Smallest and largest drawn y, always including 0 so areas and bars stand on the axis. */
export function yExtent(spec: ChartSpec): { min: number; max: number } {
  let min = 0;
  let max = 0;
  for (const row of drawnRows(spec)) {
    for (const v of row) {
      if (!Number.isFinite(v)) continue;
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  return { min, max: max === min ? min + 1 : max };
}

/** Round tick steps (1, 2, 2.5, 5 × 10^k) giving about `count` ticks over [min, max]. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!(max > min)) return [min];
  const rough = (max - min) / Math.max(1, count);
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * magnitude >= rough) ?? 10) * magnitude;
  const ticks: number[] = [];
  for (let t = Math.ceil(min / step) * step; t <= max + step * 1e-9; t += step) ticks.push(Math.abs(t) < step * 1e-9 ? 0 : t);
  return ticks;
}
