import { useEffect, useRef, useState } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { downloadBlob, downloadText, fileSlug } from '../export/download';
import { useTheme } from '../state/theme';
import { chartToPng } from './png';
import type { ChartSpec } from './spec';
import { chartToSvg } from './svg';
import { toUPlot } from './uplot-options';
import { TraceValue } from '../trace/TraceValue';
import { canvasSupported, cssVar } from './canvas-env';

/**
 * One chart drawn by uPlot, which renders 8760-point series on a canvas in milliseconds, zooms
 * by dragging and shows live values in its legend; with PNG and SVG export of what it shows.
 */
export function Chart(props: { spec: ChartSpec; height?: number; fileName: string; traceAt?: { siteId: string; scenarioId: string } | undefined; legend?: 'live' | 'static' }) {
  const host = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const theme = useTheme((s) => s.resolved);
  const [drawable] = useState(canvasSupported);
  const [error, setError] = useState<string | null>(null);
  const height = props.height ?? 320;
  const traced = props.spec.series.filter((s) => s.sheetRow !== undefined);

  useEffect(() => {
    const el = host.current;
    if (!el || !drawable) return undefined;
    const { options, data } = toUPlot(props.spec, { text: cssVar('--text', '#1b2330'), grid: cssVar('--line', '#d9dee6'), font: '14px system-ui, sans-serif' });
    // A static legend (the printed report) lists the series without hover values, which print as placeholders.
    const legend = props.legend === 'static' ? { ...options.legend, live: false } : options.legend;
    const u = new uPlot({ ...options, legend, width: Math.max(320, el.clientWidth), height }, data, el);
    plot.current = u;
    const observer = new ResizeObserver(() => u.setSize({ width: Math.max(320, el.clientWidth), height }));
    observer.observe(el);
    return () => {
      observer.disconnect();
      u.destroy();
      plot.current = null;
    };
  }, [props.spec, theme, height, drawable, props.legend]);

  const savePng = () => {
    const u = plot.current;
    if (!u) return;
    chartToPng(u, props.spec, { background: cssVar('--panel', '#ffffff'), text: cssVar('--text', '#1b2330'), grid: cssVar('--line', '#d9dee6') }).then(
      (blob) => downloadBlob(`${fileSlug(props.fileName)}.png`, blob),
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  };

  return (
    <figure className="chart" aria-label={props.spec.title}>
      <figcaption>
        <span className="chart-title">{props.spec.title}</span>
        <span className="chart-actions">
          <button type="button" onClick={savePng} disabled={!drawable} aria-label={`Save ${props.spec.title} as PNG`}>
            PNG
          </button>
          <button type="button" onClick={() => downloadText(`${fileSlug(props.fileName)}.svg`, 'image/svg+xml', chartToSvg(props.spec))} aria-label={`Save ${props.spec.title} as SVG`}>
            SVG
          </button>
        </span>
      </figcaption>
      {drawable ? <div ref={host} className="chart-canvas" /> : <p className="note">This window cannot draw charts (no canvas); the SVG export still works.</p>}
      {error ? <div className="field-error" role="alert">{error}</div> : null}
      {props.traceAt && traced.length > 0 ? (
        <p className="chart-formulas">
          Formulas:{' '}
          {traced.map((s) => (
            <TraceValue key={s.label} target={props.traceAt && s.sheetRow ? { ...props.traceAt, row: s.sheetRow } : null}>
              <span className="swatch" style={{ background: s.color }} />
              {s.label}
            </TraceValue>
          ))}
        </p>
      ) : null}
    </figure>
  );
}
