/**
 * Screen-space placement of map labels so that no two touch and none covers an obstacle (the
 * map's columns). Each label wants to sit centred on its anchor, bottom edge on it; where that
 * spot is taken, it tries beside the anchor (right, then left), then the same three one row
 * higher, and so on; a label displaced from its spot gets a leader line back to its anchor.
 * Labels are placed greedily in the order given (put the ones that matter most first), each
 * avoiding all placed before it, so the result is stable as the camera moves. Works on
 * preallocated objects: nothing is allocated per call.
 */

/** A label's anchor on screen, px from the top left, and its size, px. Hidden labels are skipped. */
export type LabelBox = { x: number; y: number; w: number; h: number; visible: boolean };

/** A rectangle on screen that labels must not cover (they may touch it), px. */
export type ScreenRect = { left: number; top: number; w: number; h: number; visible: boolean };

/** Where the label goes (top-left corner, px) and whether it left its own spot (draw a leader). */
export type LabelPlacement = { left: number; top: number; moved: boolean };

/** Least clear space between two labels, px. */
export const LABEL_GAP_PX = 4;
/** How far beside its anchor a label shifted sideways starts (or ends), px. */
export const LABEL_SIDE_PX = 12;

export function emptyPlacement(): LabelPlacement {
  return { left: 0, top: 0, moved: false };
}

function collides(boxes: readonly LabelBox[], out: readonly LabelPlacement[], upTo: number, obstacles: readonly ScreenRect[], left: number, top: number, w: number, h: number, gap: number): boolean {
  for (let j = 0; j < upTo; j++) {
    const b = boxes[j];
    const p = out[j];
    if (!b?.visible || !p) continue;
    if (left < p.left + b.w + gap && p.left < left + w + gap && top < p.top + b.h + gap && p.top < top + h + gap) return true;
  }
  for (let k = 0; k < obstacles.length; k++) {
    const o = obstacles[k];
    if (o?.visible && left < o.left + o.w && o.left < left + w && top < o.top + o.h && o.top < top + h) return true;
  }
  return false;
}

/**
 * Fills out[i] for every visible boxes[i]. Candidates for a label of size w × h anchored at
 * (x, y), rows r = 0, 1, … R (R = labels + obstacles): top = y − h − r (h + gap); in each row
 * left = x − w/2 (centred), x + side (right), x − side − w (left); the first that keeps `gap` px
 * from every label placed and does not overlap an obstacle wins. If none does, the label goes
 * centred one gap above the highest label or obstacle. out must have boxes.length entries.
 */
export function declutterLabels(boxes: readonly LabelBox[], out: LabelPlacement[], obstacles: readonly ScreenRect[] = [], gap = LABEL_GAP_PX, side = LABEL_SIDE_PX): void {
  if (out.length < boxes.length) throw new RangeError(`declutterLabels: out has ${out.length} placements for ${boxes.length} labels`);
  for (let i = 0; i < boxes.length; i++) {
    const b = boxes[i];
    const p = out[i];
    if (!b || !p || !b.visible) continue;
    let placed = false;
    for (let r = 0; r <= boxes.length + obstacles.length && !placed; r++) {
      const top = b.y - b.h - r * (b.h + gap);
      for (let c = 0; c < 3 && !placed; c++) {
        const left = c === 0 ? b.x - b.w / 2 : c === 1 ? b.x + side : b.x - side - b.w;
        if (collides(boxes, out, i, obstacles, left, top, b.w, b.h, gap)) continue;
        p.left = left;
        p.top = top;
        p.moved = r > 0 || c > 0;
        placed = true;
      }
    }
    if (placed) continue;
    let highest = b.y;
    for (let j = 0; j < i; j++) if (boxes[j]?.visible) highest = Math.min(highest, out[j]?.top ?? highest);
    for (let k = 0; k < obstacles.length; k++) if (obstacles[k]?.visible) highest = Math.min(highest, obstacles[k]?.top ?? highest);
    p.left = b.x - b.w / 2;
    p.top = highest - gap - b.h;
    p.moved = true;
  }
}

/** Writes into `end` the point of a placed label's bottom edge nearest its anchor: where its leader line ends. */
export function leaderEnd(b: LabelBox, p: LabelPlacement, end: { x: number; y: number }): void {
  end.x = Math.min(Math.max(b.x, p.left), p.left + b.w);
  end.y = Math.min(p.top + b.h, b.y);
}
