import { useEffect, useRef, useState } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { useTheme } from '../../state/theme';
import { canvasSupported, cssVar } from '../../charts/canvas-env';

export type PlotColors = { text: string; grid: string; font: string };
export type PlotBuild = (colors: PlotColors) => { options: Omit<uPlot.Options, 'width' | 'height'>; data: uPlot.AlignedData };

/**
 * A uPlot chart built from `build` (the headroom charts need a log x axis and a mix of bands and
 * lines, which the shared ChartSpec does not carry); redrawn when `build` or the theme changes,
 * resized with its box. Without a canvas (a test DOM) it says so.
 */
export function PlotCanvas(props: { title: string; build: PlotBuild; height?: number; note?: string }) {
  const host = useRef<HTMLDivElement>(null);
  const theme = useTheme((s) => s.resolved);
  const [drawable] = useState(canvasSupported);
  const height = props.height ?? 340;

  useEffect(() => {
    const el = host.current;
    if (!el || !drawable) return undefined;
    const { options, data } = props.build({ text: cssVar('--text', '#1b2330'), grid: cssVar('--line', '#d9dee6'), font: '13px system-ui, sans-serif' });
    const u = new uPlot({ ...options, width: Math.max(320, el.clientWidth), height }, data, el);
    const observer = new ResizeObserver(() => u.setSize({ width: Math.max(320, el.clientWidth), height }));
    observer.observe(el);
    return () => {
      observer.disconnect();
      u.destroy();
    };
  }, [props.build, theme, height, drawable]);

  return (
    <figure className="chart" aria-label={props.title}>
      <figcaption>
        <span className="chart-title">{props.title}</span>
      </figcaption>
      {drawable ? <div ref={host} className="chart-canvas" /> : <p className="note">This window cannot draw charts (no canvas).</p>}
      {props.note ? <p className="note chart-note">{props.note}</p> : null}
    </figure>
  );
}
