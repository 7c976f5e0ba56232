import { describe, expect, it } from 'vitest';
import { plusMinus, tornado, type TornadoInput } from '../../../src/power-model/sensitivity/tornado';

describe('tornado', () => {
  // A cost model worked by hand: cost = 2·a + 10·b, with a = 5 and b = 1 → cost 20.
  const inputs: TornadoInput[] = [
    { name: 'a', label: 'A', unit: '', baseValue: 5, ...plusMinus(5) },
    { name: 'b', label: 'B', unit: '', baseValue: 1, ...plusMinus(1) },
  ];
  const evaluate = (name: string | null, value: number) => {
    const a = name === 'a' ? value : 5;
    const b = name === 'b' ? value : 1;
    return { cost: 2 * a + 10 * b };
  };

  it('moves one input at a time and records each metric at the low and high values', () => {
    const result = tornado(inputs, evaluate);
    expect(result.base).toEqual({ cost: 20 });
    const a = result.bars.find((bar) => bar.name === 'a')!;
    // a: 5 ± 20% = 4 and 6 → cost 18 and 22
    expect(a.low.cost).toBeCloseTo(18, 12);
    expect(a.high.cost).toBeCloseTo(22, 12);
    // b: 1 ± 20% = 0.8 and 1.2 → cost 18 and 22 as well: equal swings of 2
    expect(result.bars.map((bar) => bar.swing)).toEqual([2, 2].map((x) => expect.closeTo(x, 12)));
  });

  it('sorts the widest swing first and calls back once per evaluation', () => {
    const steps: number[] = [];
    const wide: TornadoInput[] = [inputs[0]!, { ...inputs[1]!, lowValue: 0, highValue: 3 }];
    const result = tornado(wide, evaluate, (done) => steps.push(done));
    // b from 0 to 3 moves cost by −10 and +20 → swing 20, ahead of a's 2
    expect(result.bars.map((bar) => bar.name)).toEqual(['b', 'a']);
    expect(steps).toEqual([1, 2, 3, 4, 5]);
  });

  it('stops when the step callback throws (cancellation)', () => {
    let calls = 0;
    expect(() =>
      tornado(inputs, (n, v) => {
        calls++;
        return evaluate(n, v);
      }, (done) => {
        if (done === 2) throw new Error('cancelled');
      }),
    ).toThrow('cancelled');
    expect(calls).toBe(2);
  });
});
