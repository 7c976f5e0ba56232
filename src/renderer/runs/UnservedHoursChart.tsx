import type { RedundancyCase } from '../../power-model/reliability/redundancy';

const COLORS = ['#c0504d', '#d97a2b', '#5b7fb8', '#4f9a6b'];
const WIDTH = 760;
const TOP = 40;
const BOTTOM = 56;
const LEFT = 56;
const PLOT_H = 180;

/** "0", "1", "2–3", … "4096–8760": the bin's hours. */
function binLabel(edges: readonly number[], i: number): string {
  const low = i === 0 ? 0 : (edges[i - 1] ?? 0);
  const high = (edges[i] ?? 0) - 1;
  return low === high ? `${low}` : `${low}–${Math.min(high, 8760)}`;
}

/**
 * The distribution of annual loss-of-load hours of each design (N, N+1, N+2): for each bin of
 * hours, the share of simulated years that fell in it, as grouped bars on a log-free share axis.
 * Plain SVG (a dozen bins at most), every label as text.
 */
export function UnservedHoursChart(props: { cases: readonly RedundancyCase[] }) {
  const first = props.cases[0]?.result.unservedHoursHistogram;
  if (first === undefined) return null;
  const edges = first.binUpperEdgesHours;
  // Bins up to the last one any design reached, at least "0" and "1".
  let lastBin = 1;
  for (const c of props.cases) c.result.unservedHoursHistogram.years.forEach((n, i) => (n > 0 ? (lastBin = Math.max(lastBin, i)) : undefined));
  const bins = Array.from({ length: lastBin + 1 }, (_, i) => i);
  const groupW = (WIDTH - LEFT - 16) / bins.length;
  const barW = Math.min(22, (groupW - 8) / props.cases.length);
  const y = (share: number) => TOP + PLOT_H * (1 - share);
  // Legend entries side by side, right-aligned, each as wide as its label (about 7 px a character at 12 px).
  const entryW = props.cases.map((c) => 16 + c.label.length * 7 + 14);
  const legendX: number[] = [];
  let at = WIDTH - 16 - entryW.reduce((a, b) => a + b, 0);
  for (const w of entryW) {
    legendX.push(at);
    at += w;
  }
  return (
    <figure className="chart-figure">
      <svg viewBox={`0 0 ${WIDTH} ${TOP + PLOT_H + BOTTOM}`} width="100%" role="img" aria-label="Distribution of annual loss-of-load hours">
        <text x={LEFT} y={18} fontSize="14" fontWeight="600">Share of simulated years by hours of lost load in the year</text>
        {[0, 0.25, 0.5, 0.75, 1].map((t) => (
          <g key={t}>
            <line x1={LEFT} x2={WIDTH - 16} y1={y(t)} y2={y(t)} stroke="#ddd" />
            <text x={LEFT - 6} y={y(t) + 4} fontSize="11" textAnchor="end">{`${Math.round(t * 100)}%`}</text>
          </g>
        ))}
        {bins.map((bin) => (
          <g key={bin}>
            {props.cases.map((c, k) => {
              const h = c.result.unservedHoursHistogram;
              const total = h.years.reduce((a, b) => a + b, 0) || 1;
              const share = (h.years[bin] ?? 0) / total;
              const x = LEFT + bin * groupW + 4 + k * barW;
              return (
                <rect key={c.label} x={x} y={y(share)} width={barW - 2} height={PLOT_H * share} fill={COLORS[k % COLORS.length]} data-case={c.label} data-bin={bin}>
                  <title>{`${c.label}: ${(share * 100).toFixed(2)}% of years with ${binLabel(edges, bin)} h`}</title>
                </rect>
              );
            })}
            <text x={LEFT + bin * groupW + groupW / 2} y={TOP + PLOT_H + 16} fontSize="11" textAnchor="middle">{binLabel(edges, bin)}</text>
          </g>
        ))}
        <text x={LEFT + (WIDTH - LEFT) / 2} y={TOP + PLOT_H + 34} fontSize="12" textAnchor="middle">hours of lost load in the year</text>
        {props.cases.map((c, k) => (
          <g key={c.label}>
            <rect x={legendX[k] ?? 0} y={TOP + PLOT_H + 42} width={12} height={12} fill={COLORS[k % COLORS.length]} />
            <text x={(legendX[k] ?? 0) + 16} y={TOP + PLOT_H + 52} fontSize="12">{c.label}</text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
