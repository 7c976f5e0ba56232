import { describe, expect, it } from 'vitest';
import { tornadoRows, tornadoScale } from '../../../src/renderer/charts/tornado';
import type { TornadoBar, TornadoResult } from '../../../src/power-model/sensitivity/tornado';

function bar(name: string, low: Record<string, number>, high: Record<string, number>): TornadoBar {
  return { name, label: name, unit: 'u', baseValue: 1, lowValue: 0.8, highValue: 1.2, rangeSource: '±20%', low, high, swing: 0 };
}

// Hand-made: LCOE base 70; gas moves it 66–75 (swing 5), capex 68–73 (swing 3), PUE not at all.
const result: TornadoResult = {
  metrics: ['lcoeUSDPerMWh', 'residentialBillChangeUSDPerMonth'],
  base: { lcoeUSDPerMWh: 70, residentialBillChangeUSDPerMonth: -0.3 },
  bars: [
    bar('capex', { lcoeUSDPerMWh: 68, residentialBillChangeUSDPerMonth: -0.3 }, { lcoeUSDPerMWh: 73, residentialBillChangeUSDPerMonth: -0.3 }),
    bar('pue', { lcoeUSDPerMWh: 70, residentialBillChangeUSDPerMonth: -0.35 }, { lcoeUSDPerMWh: 70, residentialBillChangeUSDPerMonth: -0.26 }),
    bar('gas', { lcoeUSDPerMWh: 66, residentialBillChangeUSDPerMonth: -0.3 }, { lcoeUSDPerMWh: 75, residentialBillChangeUSDPerMonth: -0.3 }),
  ],
};

describe('tornado rows', () => {
  it('sorts the bars of a metric by their swing and leaves out inputs that do not move it', () => {
    const lcoe = tornadoRows(result, 'lcoeUSDPerMWh');
    expect(lcoe.base).toBe(70);
    expect(lcoe.rows.map((r) => [r.name, r.swing])).toEqual([
      ['gas', 5],
      ['capex', 3],
    ]);
    expect(lcoe.unmoved).toBe(1);
  });

  it('sorts each metric by its own swing: the bill change moves with PUE alone', () => {
    const bill = tornadoRows(result, 'residentialBillChangeUSDPerMonth');
    expect(bill.rows.map((r) => r.name)).toEqual(['pue']);
    // |−0.35 − (−0.3)| = 0.05 is the wider end.
    expect(bill.rows[0]?.swing).toBeCloseTo(0.05, 12);
    expect(bill.unmoved).toBe(2);
  });

  it('maps values onto the plot with 5% room either side of the widest bar', () => {
    const { base, rows } = tornadoRows(result, 'lcoeUSDPerMWh');
    // Values span 66–75 (width 9), padded by 0.45 to 65.55–75.45, mapped onto 100–1090.
    const x = tornadoScale(base, rows, 100, 1090);
    expect(x(65.55)).toBeCloseTo(100, 9);
    expect(x(75.45)).toBeCloseTo(1090, 9);
    expect(x(70.5)).toBeCloseTo(595, 9);
  });
});
