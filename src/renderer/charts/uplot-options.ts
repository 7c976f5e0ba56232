import uPlot from 'uplot';
import { drawnRows, type ChartSpec } from './spec';

/** `scale` draws everything (lines, fonts, axis room) that many times larger, for a 2× export. */
export type ChartTheme = { text: string; grid: string; font: string; scale?: number };

function legendValue(v: number | null | undefined, unit: string): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  const a = Math.abs(v);
  return `${a >= 100 ? v.toFixed(0) : a >= 10 ? v.toFixed(1) : v.toFixed(2)} ${unit}`;
}

function translucent(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

/**
 * uPlot options and data for a spec. Stacks are drawn as cumulative lines with a band filled
 * between each line and the one below (uPlot has no stacking of its own); the legend shows each
 * layer's own value, not the running sum. Category axes put one tick on every category.
 */
export function toUPlot(spec: ChartSpec, theme: ChartTheme): { options: Omit<uPlot.Options, 'width' | 'height'>; data: uPlot.AlignedData } {
  const rows = drawnRows(spec);
  const k = theme.scale ?? 1;
  const stacked = spec.kind === 'stacked-area' || spec.kind === 'stacked-bars';
  const bars = spec.kind === 'stacked-bars' || spec.kind === 'bars';
  const categories = spec.xLabels;
  const barPaths = bars ? uPlot.paths.bars?.({ size: [0.6, 90] }) : undefined;

  const series: uPlot.Series[] = [
    { label: spec.xLabel, value: (_u, v) => (v === null ? '—' : spec.xTime ? new Date(v * 1000).toISOString().slice(0, 13).replace('T', ' ') + ':00' : (categories?.[v] ?? String(v))) },
    ...spec.series.map((s): uPlot.Series => ({
      label: s.label,
      stroke: s.color,
      // A stack's top line is the load, not its top layer, so stacked layers draw no outline.
      width: stacked || bars ? 0 : 2 * k,
      fill: stacked || bars ? translucent(s.color, bars ? 0.9 : 0.75) : undefined,
      points: { show: false },
      ...(barPaths ? { paths: barPaths } : {}),
      value: (_u, _v, _si, idx) => legendValue(idx === null ? null : s.values[idx], spec.yLabel),
    })),
  ];
  // Band i fills between layer i (upper) and layer i − 1 (lower); uPlot series 0 is x.
  const bands: uPlot.Band[] = stacked ? spec.series.slice(1).map((s, i) => ({ series: [i + 2, i + 1], fill: translucent(s.color, bars ? 0.9 : 0.75) })) : [];

  const axis = { stroke: theme.text, grid: { stroke: theme.grid, width: k }, ticks: { stroke: theme.grid, width: k, size: 10 * k }, font: theme.font, labelFont: theme.font, ...(k !== 1 ? { size: 50 * k, labelSize: 30 * k, gap: 5 * k } : {}) };
  const xAxis: uPlot.Axis = { ...axis, label: spec.xTime ? undefined : spec.xLabel };
  if (categories) {
    xAxis.splits = () => spec.x;
    xAxis.values = (_u, splits) => splits.map((v) => categories[v] ?? '');
    xAxis.grid = { show: false };
  } else if (!spec.xTime) {
    xAxis.values = (_u, splits) => splits.map((v) => (Number.isInteger(v) ? String(v) : ''));
  }
  const yAxis: uPlot.Axis = { ...axis, label: spec.yLabel, size: 70 * k, labelSize: 30 * k, values: (_u, splits) => splits.map((v) => v.toLocaleString('en-US')) };

  const scales: uPlot.Scales = {
    x: categories ? { time: false, range: () => [-0.5, spec.x.length - 0.5] } : { time: spec.xTime },
    y: { range: (_u, min, max) => [min < 0 ? min * 1.05 : 0, max > 0 ? max * 1.05 : min < 0 ? 0 : 1] },
  };
  return {
    options: { series, bands, axes: [xAxis, yAxis], scales, legend: { live: true }, cursor: { drag: { x: !categories, y: false } } },
    data: [spec.x, ...rows],
  };
}
