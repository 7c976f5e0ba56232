import type uPlot from 'uplot';
import type { ChartSpec } from './spec';

/**
 * The chart as a PNG: uPlot's canvas (plot and axes) under the title, with the legend drawn
 * below it, on the theme's panel colour, at the canvas's device-pixel resolution.
 */
export function chartToPng(u: uPlot, spec: ChartSpec, colors: { background: string; text: string }): Promise<Blob> {
  const source = u.ctx.canvas;
  const ratio = source.width / Math.max(1, u.width);
  const titleH = 40 * ratio;
  const legendH = 36 * ratio;
  const canvas = document.createElement('canvas');
  canvas.width = source.width;
  canvas.height = source.height + titleH + legendH;
  const ctx = canvas.getContext('2d');
  if (!ctx) return Promise.reject(new Error('this window cannot draw a PNG (no 2D canvas)'));
  ctx.fillStyle = colors.background;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = colors.text;
  ctx.font = `600 ${18 * ratio}px system-ui, sans-serif`;
  ctx.fillText(spec.title, 12 * ratio, 26 * ratio);
  ctx.drawImage(source, 0, titleH);
  ctx.font = `${14 * ratio}px system-ui, sans-serif`;
  let x = 12 * ratio;
  const y = titleH + source.height + 12 * ratio;
  for (const s of spec.series) {
    ctx.fillStyle = s.color;
    ctx.fillRect(x, y, 14 * ratio, 14 * ratio);
    ctx.fillStyle = colors.text;
    ctx.fillText(`${s.label} (${spec.yLabel})`, x + 20 * ratio, y + 12 * ratio);
    x += ctx.measureText(`${s.label} (${spec.yLabel})`).width + 44 * ratio;
  }
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be encoded'))), 'image/png'));
}
