import { useRef } from 'react';
import { downloadText, fileSlug } from '../export/download';
import { sig3 } from '../format';
import { tornadoScale, type TornadoRow } from './tornado';

const LABEL_W = 330;
/** Room between the input labels and the plot for a bar's value text. */
const GAP = 110;
const ROW_H = 34;
const TOP = 56;
const WIDTH = 1100;
const RIGHT = 120;
const LOW_COLOR = '#5b7fb8';
const HIGH_COLOR = '#d97a2b';

/** Input values in a few characters: 1.35e8 → "135 M". */
function compact(v: number): string {
  const a = Math.abs(v);
  if (a >= 1e9) return `${sig3(v / 1e9)} B`;
  if (a >= 1e6) return `${sig3(v / 1e6)} M`;
  if (a >= 1e4) return `${sig3(v / 1e3)} k`;
  return sig3(v);
}

function rangeText(r: TornadoRow): string {
  return `${compact(r.inputLow)} – ${compact(r.inputHigh)} ${r.unit}`;
}

/**
 * A tornado chart drawn as SVG from the data. uPlot, which draws our 8760-hour series, has no
 * horizontal bars diverging from a base value; a tornado has a dozen bars at most, so plain SVG
 * is cheap, keeps every label as text (readable by tests and screen readers) and exports as is.
 */
export function Tornado(props: { title: string; unit: string; base: number; rows: readonly TornadoRow[]; format: (v: number) => string; fileName: string }) {
  const svg = useRef<SVGSVGElement>(null);
  const height = TOP + props.rows.length * ROW_H + 48;
  const x = tornadoScale(props.base, props.rows, LABEL_W + GAP, WIDTH - RIGHT);
  const baseX = x(props.base);
  const save = () => {
    const el = svg.current;
    if (el) downloadText(`${fileSlug(props.fileName)}.svg`, 'image/svg+xml', el.outerHTML);
  };
  return (
    <figure className="chart tornado" aria-label={props.title}>
      <figcaption>
        <span className="chart-title">{props.title}</span>
        <span className="chart-actions">
          <button type="button" onClick={save} aria-label={`Save ${props.title} as SVG`}>
            SVG
          </button>
        </span>
      </figcaption>
      <svg ref={svg} xmlns="http://www.w3.org/2000/svg" viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-label={props.title} fontFamily="system-ui, sans-serif" fontSize="14" fill="currentColor">
        <text x={baseX} y={20} textAnchor="middle" fontWeight="600">
          base {props.format(props.base)}
        </text>
        <rect x={LABEL_W} y={30} width="12" height="12" fill={LOW_COLOR} />
        <text x={LABEL_W + 18} y={41}>
          input at its low value
        </text>
        <rect x={LABEL_W + 190} y={30} width="12" height="12" fill={HIGH_COLOR} />
        <text x={LABEL_W + 208} y={41}>
          input at its high value
        </text>
        {props.rows.map((r, i) => {
          const y = TOP + i * ROW_H;
          // Both ends on one side of the base: one label at the far end names both, so they do not overprint.
          const sameSide = r.atLow >= props.base === r.atHigh >= props.base;
          const far = Math.abs(r.atLow - props.base) >= Math.abs(r.atHigh - props.base) ? 'low' : 'high';
          const bar = (value: number, color: string, end: 'low' | 'high') => {
            const vx = x(value);
            const left = Math.min(vx, baseX);
            const right = vx >= baseX;
            const label = !sameSide ? props.format(value) : end === far ? `${props.format(r.atLow)} (low), ${props.format(r.atHigh)} (high)` : null;
            return (
              <g data-end={end}>
                <rect x={left} y={y + 4} width={Math.max(1, Math.abs(vx - baseX))} height={ROW_H - 10} fill={color} />
                {label ? (
                  <text x={right ? vx + 4 : vx - 4} y={y + ROW_H / 2 + 4} textAnchor={right ? 'start' : 'end'} fontSize="12">
                    {label}
                  </text>
                ) : null}
              </g>
            );
          };
          return (
            <g key={r.name} data-bar={r.name}>
              <title>{`${r.label} (${rangeText(r)}, ${r.rangeSource}): ${props.format(r.atLow)} to ${props.format(r.atHigh)}`}</title>
              <text x={LABEL_W - 10} y={y + ROW_H / 2} textAnchor="end">
                {r.label}
              </text>
              <text x={LABEL_W - 10} y={y + ROW_H / 2 + 14} textAnchor="end" fontSize="11" opacity="0.7">
                {rangeText(r)}
              </text>
              {/* Both ends may fall on one side of the base: the longer bar first, so the shorter stays visible. */}
              {Math.abs(r.atLow - props.base) >= Math.abs(r.atHigh - props.base) ? (
                <>
                  {bar(r.atLow, LOW_COLOR, 'low')}
                  {bar(r.atHigh, HIGH_COLOR, 'high')}
                </>
              ) : (
                <>
                  {bar(r.atHigh, HIGH_COLOR, 'high')}
                  {bar(r.atLow, LOW_COLOR, 'low')}
                </>
              )}
            </g>
          );
        })}
        <line x1={baseX} x2={baseX} y1={TOP - 4} y2={TOP + props.rows.length * ROW_H} stroke="currentColor" strokeWidth="1.5" />
        <text x={LABEL_W} y={height - 12} fontSize="12" opacity="0.8">
          {props.unit}; each input moved alone, the others at their reference values
        </text>
      </svg>
    </figure>
  );
}
