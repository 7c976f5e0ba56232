import { describe, expect, it } from 'vitest';
import { chartToSvg } from '../../../src/renderer/charts/svg';
import type { ChartSpec } from '../../../src/renderer/charts/spec';

const bars: ChartSpec = {
  title: 'Cost <& more>',
  kind: 'stacked-bars',
  x: [0, 1],
  xTime: false,
  xLabels: ['Grid only', 'Hybrid'],
  xLabel: 'scenario',
  yLabel: 'USD M/yr',
  series: [
    { label: 'Fuel', color: '#d97a2b', values: [0, 100] },
    { label: 'Grid energy', color: '#5b7fb8', values: [300, 50] },
  ],
};

describe('SVG export', () => {
  it('writes a standalone SVG with the escaped title, the unit and a legend entry per series', () => {
    const svg = chartToSvg(bars, 800, 400);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="800" height="400"')).toBe(true);
    expect(svg).toContain('Cost &lt;&amp; more&gt;');
    expect(svg).toContain('USD M/yr');
    expect(svg).toContain('>Grid only<');
    expect(svg).toContain('>Grid energy<');
  });

  it('draws one bar per category and series with heights in proportion to the values', () => {
    const svg = chartToSvg(bars, 800, 400);
    const rects = [...svg.matchAll(/<rect x="[\d.]+" y="[\d.]+" width="[\d.]+" height="([\d.]+)" fill="#5b7fb8">/g)].map((m) => Number(m[1]));
    // Plot height = 400 − 44 − 90 = 266 px over 0..300 (the top tick): 300 → 266 px, 50 → 44.3 px.
    expect(rects).toHaveLength(2);
    expect(rects[0]).toBeCloseTo(266, 0);
    expect(rects[1]).toBeCloseTo(44.3, 0);
  });

  it('draws a stacked area as one polygon per layer and lines as polylines', () => {
    const area = chartToSvg({ title: 'a', kind: 'stacked-area', x: [0, 1], xTime: false, xLabel: 'h', yLabel: 'MW', series: bars.series });
    expect(area.match(/<polygon/g)).toHaveLength(2);
    const lines = chartToSvg({ ...bars, kind: 'lines' });
    expect(lines.match(/<polyline/g)).toHaveLength(2);
  });
});
