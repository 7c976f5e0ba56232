import uPlot from 'uplot';
import type { ChartSpec } from './spec';
import { toUPlot } from './uplot-options';

/** Exported charts are drawn at twice the size they have on screen. */
export const EXPORT_SCALE = 2;

type Item = { color: string; label: string; width: number };

/** Legend items in rows that fit `maxWidth`: every label whole, wrapping to a new row instead of running off the edge. */
export function legendRows(items: readonly Item[], maxWidth: number, gap: number): Item[][] {
  const rows: Item[][] = [[]];
  let x = 0;
  for (const it of items) {
    const row = rows[rows.length - 1] ?? [];
    if (row.length > 0 && x + it.width > maxWidth) {
      rows.push([it]);
      x = it.width + gap;
    } else {
      row.push(it);
      x += it.width + gap;
    }
  }
  return rows;
}

/**
 * The chart as a PNG at EXPORT_SCALE × its on-screen size: the plot is drawn again by uPlot at
 * that size (fonts, lines and axis room scaled, so it is sharp, not an enlarged screenshot), under
 * the title, with the legend below in as many rows as it needs so no label is cut.
 */
export async function chartToPng(u: uPlot, spec: ChartSpec, colors: { background: string; text: string; grid: string }): Promise<Blob> {
  const k = EXPORT_SCALE;
  const width = Math.round(u.width * k);
  const height = Math.round(u.height * k);
  const host = document.createElement('div');
  host.style.cssText = 'position:fixed;left:-100000px;top:0;';
  document.body.append(host);
  const { options, data } = toUPlot(spec, { text: colors.text, grid: colors.grid, font: `${14 * k}px system-ui, sans-serif`, scale: k });
  const big = new uPlot({ ...options, width, height, legend: { show: false } }, data, host);
  try {
    const source = big.ctx.canvas;
    const ratio = source.width / Math.max(1, big.width);
    const s = k * ratio;
    const probe = document.createElement('canvas').getContext('2d');
    if (!probe) throw new Error('this window cannot draw a PNG (no 2D canvas)');
    probe.font = `${14 * s}px system-ui, sans-serif`;
    const items = spec.series.map((x) => ({ color: x.color, label: x.label, width: 20 * s + probe.measureText(x.label).width }));
    const rows = legendRows(items, source.width - 24 * s, 24 * s);
    const titleH = 40 * s;
    const rowH = 24 * s;
    const legendH = rows.length * rowH + 16 * s;
    const canvas = document.createElement('canvas');
    canvas.width = source.width;
    canvas.height = source.height + titleH + legendH;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('this window cannot draw a PNG (no 2D canvas)');
    ctx.fillStyle = colors.background;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.fillStyle = colors.text;
    ctx.font = `600 ${18 * s}px system-ui, sans-serif`;
    ctx.fillText(spec.title, 12 * s, 26 * s, canvas.width - 24 * s);
    ctx.drawImage(source, 0, titleH);
    ctx.font = `${14 * s}px system-ui, sans-serif`;
    rows.forEach((row, r) => {
      let x = 12 * s;
      const y = titleH + source.height + 8 * s + r * rowH;
      for (const it of row) {
        ctx.fillStyle = it.color;
        ctx.fillRect(x, y, 14 * s, 14 * s);
        ctx.fillStyle = colors.text;
        ctx.fillText(it.label, x + 20 * s, y + 12 * s);
        x += it.width + 24 * s;
      }
    });
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be encoded'))), 'image/png'));
  } finally {
    big.destroy();
    host.remove();
  }
}
