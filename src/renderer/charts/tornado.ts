import type { TornadoResult } from '../../power-model/sensitivity/tornado';

/** One bar of a tornado for one metric: the metric at the input's low and high value, and its change from the base. */
export type TornadoRow = {
  name: string;
  label: string;
  unit: string;
  rangeSource: string;
  inputLow: number;
  inputHigh: number;
  atLow: number;
  atHigh: number;
  /** max |metric − base| over the two ends. */
  swing: number;
};

/**
 * The bars of `metric`, widest swing first; inputs that do not move the metric at all are left
 * out (and counted), so a metric that few inputs reach (the bill change) reads clearly.
 */
export function tornadoRows(result: TornadoResult, metric: string): { base: number; rows: TornadoRow[]; unmoved: number } {
  const base = result.base[metric] ?? Number.NaN;
  const all = result.bars.map((b) => {
    const atLow = b.low[metric] ?? Number.NaN;
    const atHigh = b.high[metric] ?? Number.NaN;
    const swing = Math.max(Math.abs(atLow - base), Math.abs(atHigh - base));
    return { name: b.name, label: b.label, unit: b.unit, rangeSource: b.rangeSource, inputLow: b.lowValue, inputHigh: b.highValue, atLow, atHigh, swing };
  });
  // Changes below a millionth of the base are float noise from re-running the same numbers.
  const tolerance = Math.abs(base) * 1e-6 + 1e-9;
  const rows = all.filter((r) => Number.isFinite(r.swing) && r.swing > tolerance).sort((a, b) => b.swing - a.swing);
  return { base, rows, unmoved: all.length - rows.length };
}

/** Linear map of [min, max] onto [left, right], the range always holding the base. */
export function tornadoScale(base: number, rows: readonly TornadoRow[], left: number, right: number): (v: number) => number {
  let min = base;
  let max = base;
  for (const r of rows) {
    min = Math.min(min, r.atLow, r.atHigh);
    max = Math.max(max, r.atLow, r.atHigh);
  }
  const pad = (max - min) * 0.05 || Math.abs(base) * 0.05 || 1;
  const lo = min - pad;
  const hi = max + pad;
  return (v) => left + ((v - lo) / (hi - lo)) * (right - left);
}
