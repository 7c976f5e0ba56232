/** What the exported image says about itself: a title, the time shown, a legend and where the figures come from. */
export type PngCaption = { title: string; subtitle: string; time: string; legend: { color: string; label: string }[]; note: string; source: string };

/**
 * The exported scene with its caption drawn on: the title and time in a band at the top left, the
 * legend in a panel at the bottom left and the source line along the bottom edge, sized for
 * the image (a 3840 × 2160 export gets type about 2.5 × the screen's).
 */
export async function captionedPng(scene: Blob, caption: PngCaption): Promise<Blob> {
  const bitmap = await createImageBitmap(scene);
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('this window cannot draw a PNG (no 2D canvas)');
  ctx.drawImage(bitmap, 0, 0);
  const u = bitmap.height / 1080;
  const pad = 24 * u;
  const font = (px: number, weight = 400) => `${weight} ${px * u}px system-ui, "DejaVu Sans", sans-serif`;

  // Title band.
  ctx.font = font(34, 700);
  const titleW = ctx.measureText(caption.title).width;
  ctx.font = font(22);
  const subW = Math.max(ctx.measureText(caption.subtitle).width, ctx.measureText(caption.time).width);
  const bandW = Math.max(titleW, subW) + 2 * pad;
  ctx.fillStyle = 'rgba(16, 24, 40, 0.84)';
  roundRect(ctx, pad, pad, bandW, 120 * u, 12 * u);
  ctx.fillStyle = '#ffffff';
  ctx.font = font(34, 700);
  ctx.fillText(caption.title, 2 * pad, pad + 44 * u);
  ctx.fillStyle = '#c3cad5';
  ctx.font = font(22);
  ctx.fillText(caption.subtitle, 2 * pad, pad + 76 * u);
  ctx.fillStyle = '#ffffff';
  ctx.font = font(22, 600);
  ctx.fillText(caption.time, 2 * pad, pad + 106 * u);

  // Legend panel.
  const line = 30 * u;
  ctx.font = font(19);
  const legendW = Math.max(...caption.legend.map((l) => ctx.measureText(l.label).width + 36 * u), ctx.measureText(caption.note).width) + 2 * pad;
  const legendH = (caption.legend.length + 1) * line + pad;
  const sourceH = 44 * u;
  const top = bitmap.height - sourceH - legendH - pad;
  ctx.fillStyle = 'rgba(255, 255, 255, 0.9)';
  roundRect(ctx, pad, top, legendW, legendH, 12 * u);
  caption.legend.forEach((l, i) => {
    const y = top + pad + i * line;
    ctx.fillStyle = l.color;
    ctx.fillRect(2 * pad, y, 20 * u, 20 * u);
    ctx.strokeStyle = 'rgba(0,0,0,0.3)';
    ctx.strokeRect(2 * pad, y, 20 * u, 20 * u);
    ctx.fillStyle = '#1b2330';
    ctx.fillText(l.label, 2 * pad + 32 * u, y + 17 * u);
  });
  ctx.fillStyle = '#5b6576';
  ctx.fillText(caption.note, 2 * pad, top + pad + caption.legend.length * line + 17 * u);

  // Source line.
  ctx.fillStyle = 'rgba(16, 24, 40, 0.84)';
  ctx.fillRect(0, bitmap.height - sourceH, bitmap.width, sourceH);
  ctx.fillStyle = '#e6e9ee';
  ctx.font = font(18);
  ctx.fillText(caption.source, pad, bitmap.height - 15 * u, bitmap.width - 2 * pad);

  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the PNG could not be encoded'))), 'image/png'));
}

function roundRect(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, r: number): void {
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, r);
  ctx.fill();
}
