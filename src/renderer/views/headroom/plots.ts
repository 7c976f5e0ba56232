import type uPlot from 'uplot';
import type { DurationCurve } from '../../../power-model/headroom/duration-curve';
import type { HeadroomCurvePoint, ServableLevels } from '../../../power-model/headroom/types';
import type { PlotBuild, PlotColors } from './PlotCanvas';

export const COLORS = { system: '#5b6576', newLoad: '#1f6feb', winter: '#0e7490', summer: '#c2410c', chosen: '#b42318' } as const;

function rgba(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

const gw = (mw: number) => mw / 1000;
const gwValue = (v: number | null | undefined) => (v === null || v === undefined || !Number.isFinite(v) ? '—' : `${v.toFixed(v >= 10 ? 1 : 2)} GW`);

function axes(c: PlotColors, xLabel: string, yLabel: string, xValues: (v: number | null) => string): uPlot.Axis[] {
  const base = { stroke: c.text, grid: { stroke: c.grid, width: 1 }, ticks: { stroke: c.grid, width: 1, size: 8 }, font: c.font, labelFont: c.font };
  return [
    { ...base, label: xLabel, values: (_u, splits) => splits.map(xValues) },
    { ...base, label: yLabel, size: 60, values: (_u, splits) => splits.map((v) => v.toLocaleString('en-US')) },
  ];
}

/** Log-axis tick text: 1, 10, 100 … and 0.1, 0.01 … as plain numbers. */
function logTick(v: number | null): string {
  // uPlot passes null for a split it leaves unlabelled.
  if (v === null || !Number.isFinite(v)) return '';
  return v >= 1 ? v.toLocaleString('en-US', { maximumFractionDigits: 0 }) : String(Number(v.toPrecision(1)));
}

/**
 * The load duration curve (system load, highest first) with the served new load stacked on it as
 * a band, and the winter and summer servable levels as lines. x: hours a year at or above, on a log
 * scale, so the top hours where curtailment happens are as wide as the rest of the year.
 */
export function durationCurvePlot(curve: DurationCurve, servable: ServableLevels, spanYears: number): PlotBuild {
  const x = curve.hoursAtOrAbove.map((h) => h / spanYears);
  const load = curve.systemLoadMW.map(gw);
  const stacked = curve.systemLoadMW.map((mw, j) => gw(mw + (curve.newLoadServedMW[j] ?? 0)));
  const winter = x.map(() => gw(servable.winterMW));
  const summer = x.map(() => gw(servable.summerMW));
  return (c) => ({
    data: [x, load, stacked, winter, summer],
    options: {
      series: [
        { label: 'Hours a year at or above', value: (_u, v) => (v === null ? '—' : `${v.toFixed(v < 10 ? 1 : 0)} h`) },
        { label: 'System load', stroke: COLORS.system, width: 1.5, fill: rgba(COLORS.system, 0.25), points: { show: false }, value: (_u, v) => gwValue(v) },
        { label: `+ new load ${gw(curve.newLoadMW).toFixed(2)} GW (served)`, stroke: COLORS.newLoad, width: 1.5, points: { show: false }, value: (_u, v) => gwValue(v) },
        { label: 'Winter servable level', stroke: COLORS.winter, width: 1.5, dash: [6, 4], points: { show: false }, value: (_u, v) => gwValue(v) },
        { label: 'Summer servable level', stroke: COLORS.summer, width: 1.5, dash: [6, 4], points: { show: false }, value: (_u, v) => gwValue(v) },
      ],
      bands: [{ series: [2, 1], fill: rgba(COLORS.newLoad, 0.45) }],
      scales: { x: { time: false, distr: 3 }, y: { range: (_u, min, max) => [Math.max(0, min * 0.9), max * 1.03] } },
      axes: axes(c, 'Hours a year at or above this load (log scale)', 'GW', logTick),
      legend: { live: true },
      cursor: { drag: { x: true, y: false } },
    },
  });
}

/** Headroom, GW, against the curtailment limit, %, on a log x axis; the chosen limit marked. */
export function headroomCurvePlot(points: readonly HeadroomCurvePoint[], chosenPct: number): PlotBuild {
  const x = points.map((p) => p.curtailmentPct);
  const headroom = points.map((p) => gw(p.headroomMW));
  const chosen = points.map((p) => (p.curtailmentPct === chosenPct ? gw(p.headroomMW) : null));
  const hours = points.map((p) => p.curtailedHoursPerYear);
  return (c) => ({
    data: [x, headroom, chosen, hours],
    options: {
      series: [
        { label: 'Curtailment limit', value: (_u, v) => (v === null ? '—' : `${v} %`) },
        { label: 'Headroom', stroke: COLORS.newLoad, width: 2, points: { show: false }, value: (_u, v) => gwValue(v) },
        { label: `At ${chosenPct} %`, stroke: COLORS.chosen, width: 0, points: { show: true, size: 10, fill: COLORS.chosen }, value: (_u, v) => gwValue(v) },
        { label: 'Curtailed hours a year', stroke: COLORS.summer, width: 1.5, dash: [4, 4], scale: 'h', points: { show: false }, value: (_u, v) => (v === null ? '—' : `${Math.round(v)} h`) },
      ],
      scales: { x: { time: false, distr: 3 }, y: { range: (_u, _min, max) => [0, max * 1.05] }, h: { range: (_u, _min, max) => [0, max * 1.05] } },
      axes: [
        ...axes(c, 'Curtailment limit, % of the new load’s energy (log scale)', 'Headroom, GW', logTick),
        { stroke: COLORS.summer, side: 1, scale: 'h', label: 'Curtailed hours a year', grid: { show: false }, font: c.font, labelFont: c.font, size: 60, values: (_u, splits) => splits.map((v) => v.toLocaleString('en-US')) },
      ],
      legend: { live: true },
      cursor: { drag: { x: false, y: false } },
    },
  });
}
