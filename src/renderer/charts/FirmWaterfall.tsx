import { useRef } from 'react';
import type { FirmCapacityResponse } from '../../api/schemas/firm-capacity';
import { downloadText, fileSlug } from '../export/download';
import { formatMW } from '../format';
import { waterfallBars, waterfallScale } from './firm-waterfall';

const WIDTH = 640;
const HEIGHT = 300;
const TOP = 40;
const BOTTOM = 250;
const LEFT = 20;
const TOTAL_COLOR = '#4a7bb7';
const LOSS_COLOR = '#d9822b';

/**
 * The firm-capacity waterfall (firm:capacity) as SVG, like the tornado: five bars at most, every
 * label kept as text, exported as is.
 */
export function FirmWaterfall(props: { firm: FirmCapacityResponse; fileName: string }) {
  const svg = useRef<SVGSVGElement>(null);
  const bars = waterfallBars(props.firm);
  const y = waterfallScale(props.firm.nameplateMW, TOP, BOTTOM);
  const slot = (WIDTH - 2 * LEFT) / bars.length;
  const title = `Firm on-site capacity on the hot day (N+${props.firm.reserveUnits})`;
  const m = props.firm.smallestMargin;
  const save = () => {
    const el = svg.current;
    if (el) downloadText(`${fileSlug(props.fileName)}.svg`, 'image/svg+xml', el.outerHTML);
  };
  return (
    <figure className="chart firm-waterfall" aria-label={title}>
      <figcaption>
        <span className="chart-title">{title}</span>
        <span className="chart-actions">
          <button type="button" onClick={save} aria-label={`Save ${title} as SVG`}>
            SVG
          </button>
        </span>
      </figcaption>
      <svg ref={svg} xmlns="http://www.w3.org/2000/svg" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-label={title} fontFamily="system-ui, sans-serif" fontSize="13" fill="currentColor">
        <line x1={LEFT} x2={WIDTH - LEFT} y1={BOTTOM} y2={BOTTOM} stroke="currentColor" strokeOpacity="0.4" />
        {bars.map((bar, i) => {
          const x = LEFT + i * slot + slot * 0.15;
          const w = slot * 0.7;
          const yTop = y(Math.max(bar.fromMW, bar.toMW));
          const h = Math.max(1, Math.abs(y(bar.fromMW) - y(bar.toMW)));
          const value = bar.kind === 'total' ? formatMW(bar.toMW) : `−${formatMW(bar.fromMW - bar.toMW)}`;
          return (
            <g key={bar.label}>
              <rect x={x} y={yTop} width={w} height={h} fill={bar.kind === 'total' ? TOTAL_COLOR : LOSS_COLOR} />
              <text x={x + w / 2} y={yTop - 6} textAnchor="middle">
                {value}
              </text>
              <text x={x + w / 2} y={BOTTOM + 18} textAnchor="middle">
                {bar.label}
              </text>
            </g>
          );
        })}
        <text x={LEFT} y={HEIGHT - 8} fontSize="12">
          Tightest hour {m.hour} ({m.dryBulbC.toFixed(1)} °C): firm supply with grid {formatMW(m.firmSupplyMW)} − load {formatMW(m.loadMW)} = {formatMW(m.marginMW)}
        </text>
      </svg>
      <p className="note">Not counted here: {props.firm.notCounted.join('; ')}.</p>
    </figure>
  );
}
