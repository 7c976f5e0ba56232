import { describe, expect, it } from 'vitest';
import { legendRows } from '../../../src/renderer/charts/png';

describe('the exported chart legend', () => {
  it('wraps to a new row rather than cutting a label', () => {
    // Widths 300 + 24 gap + 300 = 624 fit in 700; the third item (300) would end at 948, so it starts row 2.
    const items = [300, 300, 300, 50].map((width, i) => ({ color: '#000', label: `series ${i}`, width }));
    const rows = legendRows(items, 700, 24);
    expect(rows.map((r) => r.map((it) => it.label))).toEqual([['series 0', 'series 1'], ['series 2', 'series 3']]);
  });

  it('keeps a label wider than the image on a row of its own', () => {
    const rows = legendRows([{ color: '#000', label: 'a', width: 900 }, { color: '#000', label: 'b', width: 10 }], 700, 24);
    expect(rows).toHaveLength(2);
  });
});
