/**
 * One-at-a-time sensitivity ("tornado"): each input moves to its low and its high value while
 * every other input stays at its reference, and the change of each output metric is recorded.
 * Bars are sorted by their swing, the widest first, which is how a tornado chart is read
 * (e.g. Saltelli et al., Global Sensitivity Analysis: The Primer, 2008, §1.2.1 on OAT designs).
 */
export type TornadoInput = {
  /** Stable id, e.g. 'gasPriceUSDPerMMBtu'. */
  name: string;
  label: string;
  unit: string;
  baseValue: number;
  lowValue: number;
  highValue: number;
  /** Where the low/high range comes from: '±20%' or a reference with its source. */
  rangeSource: string;
};

export type TornadoBar = TornadoInput & {
  /** Metric name → value with this input at its low, at its high value. */
  low: Record<string, number>;
  high: Record<string, number>;
  /** max |metric(low or high) − metric(base)| of the first metric, for sorting. */
  swing: number;
};

export type TornadoResult = { metrics: string[]; base: Record<string, number>; bars: TornadoBar[] };

/**
 * `evaluate(name, value)` returns the metrics with input `name` set to `value` (the others at
 * base); `evaluate(null, 0)` returns the reference. `onStep` is called after each evaluation and
 * may throw to stop (cancellation). Evaluations: 1 + 2 × inputs.
 */
export function tornado(
  inputs: readonly TornadoInput[],
  evaluate: (name: string | null, value: number) => Record<string, number>,
  onStep: (done: number, total: number, label: string) => void = () => undefined,
): TornadoResult {
  const total = 1 + 2 * inputs.length;
  const base = evaluate(null, 0);
  const metrics = Object.keys(base);
  const first = metrics[0];
  onStep(1, total, 'reference');
  const bars: TornadoBar[] = [];
  inputs.forEach((input, i) => {
    const low = evaluate(input.name, input.lowValue);
    onStep(2 + 2 * i, total, `${input.label} low`);
    const high = evaluate(input.name, input.highValue);
    onStep(3 + 2 * i, total, `${input.label} high`);
    const ref = first === undefined ? 0 : (base[first] ?? 0);
    const swing = first === undefined ? 0 : Math.max(Math.abs((low[first] ?? ref) - ref), Math.abs((high[first] ?? ref) - ref));
    bars.push({ ...input, low, high, swing });
  });
  bars.sort((a, b) => b.swing - a.swing);
  return { metrics, base, bars };
}

/** A ±fraction range around a reference value (default ±20%, the reference band). */
export function plusMinus(baseValue: number, fraction = 0.2): { lowValue: number; highValue: number; rangeSource: string } {
  return { lowValue: baseValue * (1 - fraction), highValue: baseValue * (1 + fraction), rangeSource: `±${Math.round(fraction * 100)}%` };
}
