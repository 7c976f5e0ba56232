import { memo } from 'react';
import { heatColor, legendTicks, maxCount, MONTH_LABELS, ZERO_COLOR } from './heat-map';

const CELL_W = 34;
const CELL_H = 22;
const LEFT = 44;
const TOP = 22;
const TOTAL_W = 56;
const LEGEND_W = 320;

/**
 * Curtailed hours by month (rows) and hour of day (columns) as an SVG heat map, with the row
 * totals at the right and a colour legend below; each cell names its count on hover.
 */
export const CurtailmentHeatMap = memo(function CurtailmentHeatMap(props: { counts: number[][]; spanText: string; clock: string }) {
  const max = maxCount(props.counts);
  const gridW = CELL_W * 24;
  const gridH = CELL_H * 12;
  const legendTop = TOP + gridH + 34;
  const width = LEFT + gridW + TOTAL_W;
  const height = legendTop + 44;
  const ticks = legendTicks(max);
  const title = `Curtailed hours by month and hour of day, ${props.spanText}`;
  return (
    <figure className="chart headroom-heat" aria-label={title}>
      <figcaption>
        <span className="chart-title">{title}</span>
      </figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-label={`${title}: the darker a cell, the more hours the new load is curtailed in it`} className="heat-svg" data-max={max}>
        <defs>
          <linearGradient id="heat-legend" x1="0" x2="1" y1="0" y2="0">
            {Array.from({ length: 11 }, (_, k) => (
              <stop key={k} offset={`${k * 10}%`} stopColor={heatColor(k / 10)} />
            ))}
          </linearGradient>
        </defs>
        {Array.from({ length: 24 }, (_, h) =>
          h % 2 === 0 ? (
            <text key={h} x={LEFT + h * CELL_W + CELL_W / 2} y={TOP - 7} textAnchor="middle" className="heat-label">
              {String(h).padStart(2, '0')}
            </text>
          ) : null,
        )}
        <text x={LEFT + gridW + TOTAL_W / 2} y={TOP - 7} textAnchor="middle" className="heat-label">
          total
        </text>
        {props.counts.map((row, m) => (
          <g key={m} data-month={m}>
            <text x={LEFT - 6} y={TOP + m * CELL_H + CELL_H / 2 + 4} textAnchor="end" className="heat-label">
              {MONTH_LABELS[m]}
            </text>
            {row.map((n, h) => (
              <rect key={h} x={LEFT + h * CELL_W} y={TOP + m * CELL_H} width={CELL_W - 1} height={CELL_H - 1} fill={n > 0 ? heatColor(n / max) : ZERO_COLOR} className="heat-cell" data-count={n}>
                <title>{`${MONTH_LABELS[m]}, ${String(h).padStart(2, '0')}:00–${String(h + 1).padStart(2, '0')}:00: ${n} curtailed hour${n === 1 ? '' : 's'}`}</title>
              </rect>
            ))}
            <text x={LEFT + gridW + TOTAL_W - 4} y={TOP + m * CELL_H + CELL_H / 2 + 4} textAnchor="end" className="heat-label heat-total">
              {row.reduce((a, b) => a + b, 0).toLocaleString('en-US')}
            </text>
          </g>
        ))}
        <rect x={LEFT} y={TOP} width={gridW} height={gridH} fill="none" className="heat-frame" />
        <text x={LEFT + gridW / 2} y={TOP + gridH + 18} textAnchor="middle" className="heat-label">
          Hour of day (starting hour, {props.clock})
        </text>
        <rect x={LEFT} y={legendTop} width={LEGEND_W} height={12} fill="url(#heat-legend)" className="heat-frame" />
        {ticks.map((t) => (
          <text key={t} x={LEFT + (max > 0 ? (t / max) * LEGEND_W : 0)} y={legendTop + 26} textAnchor="middle" className="heat-label">
            {t.toLocaleString('en-US')}
          </text>
        ))}
        <text x={LEFT + LEGEND_W + 12} y={legendTop + 11} className="heat-label">
          curtailed hours in the cell (empty: none)
        </text>
      </svg>
    </figure>
  );
});
