import { drawnRows, niceTicks, yExtent, type ChartSpec } from './spec';

const MARGIN = { left: 80, right: 20, top: 44, bottom: 90 };

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const n = (v: number) => (Math.round(v * 10) / 10).toString();

function xTickLabel(spec: ChartSpec, value: number): string {
  if (spec.xLabels) return spec.xLabels[value] ?? '';
  if (spec.xTime) return new Date(value * 1000).toISOString().slice(5, 10);
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/**
 * The chart as a standalone SVG document (vectors, not a picture of the canvas), drawn from the
 * same spec as the screen: title, y ticks with the unit, x ticks, the series and a legend.
 */
export function chartToSvg(spec: ChartSpec, width = 1200, height = 600): string {
  const plotW = width - MARGIN.left - MARGIN.right;
  const plotH = height - MARGIN.top - MARGIN.bottom;
  const categories = spec.xLabels !== undefined;
  const xMin = categories ? -0.5 : Math.min(...spec.x);
  const xMax = categories ? spec.x.length - 0.5 : Math.max(...spec.x);
  const ext = yExtent(spec);
  const yTicks = niceTicks(ext.min, ext.max);
  const yMax = Math.max(ext.max, yTicks.at(-1) ?? ext.max);
  const yMin = Math.min(ext.min, yTicks[0] ?? ext.min);
  const px = (x: number) => MARGIN.left + ((x - xMin) / (xMax - xMin || 1)) * plotW;
  const py = (y: number) => MARGIN.top + plotH - ((y - yMin) / (yMax - yMin || 1)) * plotH;

  const parts: string[] = [];
  parts.push(`<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`);
  parts.push(`<text x="${MARGIN.left}" y="28" font-size="20" font-weight="600">${escapeXml(spec.title)}</text>`);
  for (const t of yTicks) {
    parts.push(`<line x1="${MARGIN.left}" x2="${width - MARGIN.right}" y1="${n(py(t))}" y2="${n(py(t))}" stroke="#d9dee6"/>`);
    parts.push(`<text x="${MARGIN.left - 8}" y="${n(py(t) + 5)}" font-size="14" text-anchor="end">${escapeXml(t.toLocaleString('en-US'))}</text>`);
  }
  parts.push(`<text transform="translate(18 ${n(MARGIN.top + plotH / 2)}) rotate(-90)" font-size="14" text-anchor="middle">${escapeXml(spec.yLabel)}</text>`);
  const xTicks = categories ? spec.x : niceTicks(xMin, xMax, 8);
  for (const t of xTicks) {
    parts.push(`<text x="${n(px(t))}" y="${MARGIN.top + plotH + 20}" font-size="14" text-anchor="middle">${escapeXml(xTickLabel(spec, t))}</text>`);
  }
  parts.push(`<text x="${MARGIN.left + plotW / 2}" y="${MARGIN.top + plotH + 42}" font-size="14" text-anchor="middle">${escapeXml(spec.xLabel)}</text>`);

  const rows = drawnRows(spec);
  const barWidth = (plotW / Math.max(1, spec.x.length)) * 0.6;
  spec.series.forEach((s, i) => {
    const row = rows[i] ?? [];
    const below = spec.kind === 'stacked-area' || spec.kind === 'stacked-bars' ? rows[i - 1] : undefined;
    const label = `<title>${escapeXml(s.label)}</title>`;
    if (spec.kind === 'lines') {
      const points = row.map((y, k) => `${n(px(spec.x[k] ?? 0))},${n(py(y))}`).join(' ');
      parts.push(`<polyline fill="none" stroke="${s.color}" stroke-width="2" points="${points}">${label}</polyline>`);
    } else if (spec.kind === 'stacked-area') {
      const top = row.map((y, k) => `${n(px(spec.x[k] ?? 0))},${n(py(y))}`);
      const bottom = row.map((_, k) => `${n(px(spec.x[k] ?? 0))},${n(py(below?.[k] ?? 0))}`).reverse();
      parts.push(`<polygon fill="${s.color}" fill-opacity="0.8" stroke="none" points="${[...top, ...bottom].join(' ')}">${label}</polygon>`);
    } else {
      row.forEach((y, k) => {
        const y0 = below?.[k] ?? 0;
        const x = px(spec.x[k] ?? 0) - barWidth / 2;
        parts.push(`<rect x="${n(x)}" y="${n(py(Math.max(y, y0)))}" width="${n(barWidth)}" height="${n(Math.abs(py(y0) - py(y)))}" fill="${s.color}">${label}</rect>`);
      });
    }
  });

  let lx = MARGIN.left;
  for (const s of spec.series) {
    parts.push(`<rect x="${lx}" y="${height - 26}" width="14" height="14" fill="${s.color}"/>`);
    parts.push(`<text x="${lx + 20}" y="${height - 14}" font-size="14">${escapeXml(s.label)}</text>`);
    lx += 40 + s.label.length * 8;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" fill="#1b2330">${parts.join('')}</svg>`;
}
