/**
 * Screen-space placement of map labels so that no two touch and none covers an obstacle (the
 * map's columns). Each label wants to sit centred on its anchor, bottom edge on it; where that
 * spot is taken it considers, row by row upward, the centred spot and the nearest free spots
 * sliding right and left past whatever blocks them, and takes the one with the shortest leader
 * line back to its anchor, a leader that crosses a column or a label counting extra. Labels are
 * placed greedily in the order given (put the ones that matter most first), each avoiding all
 * placed before it, so the result is stable as the camera moves. Works on preallocated
 * objects: nothing is allocated per call.
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
/** Farthest a label slides sideways from its anchor, px. */
export const LABEL_MAX_SLIDE_PX = 240;
/** What a leader crossing a column or another label costs, in px of extra leader length. */
export const LEADER_CROSSING_PX = 80;
/** Obstacles this close to a label's anchor (its own column) do not count as crossed, px. */
const OWN_OBSTACLE_PX = 8;

export function emptyPlacement(): LabelPlacement {
  return { left: 0, top: 0, moved: false };
}

/** The area labels must stay inside, px (the canvas), or null for no limit. */
export type LabelBounds = { widthPx: number; heightPx: number } | null;

/**
 * What blocks a label at (left, top) of size w × h: the index of the first placed label it comes
 * within `gap` of (0 … upTo − 1), upTo + k for obstacle k it overlaps, −2 if it leaves the
 * bounds, −1 if nothing.
 */
function blocker(boxes: readonly LabelBox[], out: readonly LabelPlacement[], upTo: number, obstacles: readonly ScreenRect[], bounds: LabelBounds, gap: number, left: number, top: number, w: number, h: number): number {
  if (bounds && (left < 0 || top < 0 || left + w > bounds.widthPx || top + h > bounds.heightPx)) return -2;
  for (let j = 0; j < upTo; j++) {
    const b = boxes[j];
    const p = out[j];
    if (!b?.visible || !p) continue;
    if (left < p.left + b.w + gap && p.left < left + w + gap && top < p.top + b.h + gap && p.top < top + h + gap) return j;
  }
  for (let k = 0; k < obstacles.length; k++) {
    const r = obstacles[k];
    if (r?.visible && left < r.left + r.w && r.left < left + w && top < r.top + r.h && r.top < top + h) return upTo + k;
  }
  return -1;
}

/**
 * Slides label i along the row at `top` from `start`, one way (dir +1 right, −1 left), to just
 * past each thing that blocks it (a gap from labels, touching obstacles), until it is clear
 * (returns its left edge) or is more than LABEL_MAX_SLIDE_PX from its anchor or out of bounds
 * (returns NaN).
 */
function slide(boxes: readonly LabelBox[], out: readonly LabelPlacement[], i: number, obstacles: readonly ScreenRect[], bounds: LabelBounds, gap: number, top: number, start: number, dir: 1 | -1): number {
  const b = boxes[i];
  if (!b) return Number.NaN;
  let left = start;
  for (let step = 0; step <= i + obstacles.length; step++) {
    const hit = blocker(boxes, out, i, obstacles, bounds, gap, left, top, b.w, b.h);
    if (hit === -1) return left;
    if (hit === -2) return Number.NaN;
    const label = hit < i;
    const hitLeft = label ? (out[hit]?.left ?? 0) - gap : (obstacles[hit - i]?.left ?? 0);
    const hitRight = label ? (out[hit]?.left ?? 0) + (boxes[hit]?.w ?? 0) + gap : (obstacles[hit - i]?.left ?? 0) + (obstacles[hit - i]?.w ?? 0);
    left = dir > 0 ? hitRight : hitLeft - b.w;
    if ((dir > 0 ? left - b.x : b.x - (left + b.w)) > LABEL_MAX_SLIDE_PX) return Number.NaN;
  }
  return Number.NaN;
}

/** Whether the segment (x0, y0)–(x1, y1) passes through the rectangle's inside (Liang–Barsky clipping). */
export function segmentCrossesRect(x0: number, y0: number, x1: number, y1: number, left: number, top: number, w: number, h: number): boolean {
  const dx = x1 - x0;
  const dy = y1 - y0;
  let t0 = 0;
  let t1 = 1;
  // Edges left, right, top, bottom: the segment is inside where p·t ≤ q for each.
  for (let e = 0; e < 4; e++) {
    const pe = e === 0 ? -dx : e === 1 ? dx : e === 2 ? -dy : dy;
    const qe = e === 0 ? x0 - left : e === 1 ? left + w - x0 : e === 2 ? y0 - top : top + h - y0;
    if (pe === 0) {
      if (qe <= 0) return false;
      continue;
    }
    const t = qe / pe;
    if (pe < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 >= t1) return false;
  }
  return true;
}

/** Leader length from label i's anchor to a spot, plus LEADER_CROSSING_PX for each column or placed label it crosses. */
function leaderCost(boxes: readonly LabelBox[], out: readonly LabelPlacement[], i: number, obstacles: readonly ScreenRect[], left: number, top: number): number {
  const b = boxes[i];
  if (!b) return Number.POSITIVE_INFINITY;
  const ex = Math.min(Math.max(b.x, left), left + b.w);
  const ey = Math.min(top + b.h, b.y);
  let cost = Math.hypot(ex - b.x, ey - b.y);
  if (cost === 0) return 0;
  for (let k = 0; k < obstacles.length; k++) {
    const r = obstacles[k];
    if (!r?.visible) continue;
    const own = b.x > r.left - OWN_OBSTACLE_PX && b.x < r.left + r.w + OWN_OBSTACLE_PX && b.y > r.top - OWN_OBSTACLE_PX && b.y < r.top + r.h + OWN_OBSTACLE_PX;
    if (!own && segmentCrossesRect(b.x, b.y, ex, ey, r.left, r.top, r.w, r.h)) cost += LEADER_CROSSING_PX;
  }
  for (let j = 0; j < i; j++) {
    const o = boxes[j];
    const p = out[j];
    if (o?.visible && p && segmentCrossesRect(b.x, b.y, ex, ey, p.left, p.top, o.w, o.h)) cost += LEADER_CROSSING_PX;
  }
  return cost;
}

/**
 * Fills out[i] for every visible boxes[i]. For a label of size w × h anchored at (x, y), rows
 * r = 0, 1, … (up to labels + obstacles, while inside the bounds): top = y − h − r (h + gap);
 * in each row the candidates are left = x − w/2 (centred) and the first free spots sliding
 * right from x + side and left from x − side − w. A spot must keep `gap` px from every label
 * placed, not overlap an obstacle and stay inside the bounds; of those, the lowest leaderCost
 * wins (rows stop once their height alone costs more). If there is none, the label goes
 * centred one gap above the highest label or obstacle. out must have boxes.length entries.
 */
export function declutterLabels(boxes: readonly LabelBox[], out: LabelPlacement[], obstacles: readonly ScreenRect[] = [], bounds: LabelBounds = null, gap = LABEL_GAP_PX): void {
  if (out.length < boxes.length) throw new RangeError(`declutterLabels: out has ${out.length} placements for ${boxes.length} labels`);
  for (let i = 0; i < boxes.length; i++) {
    const b = boxes[i];
    const p = out[i];
    if (!b || !p || !b.visible) continue;
    let best = Number.POSITIVE_INFINITY;
    let bestLeft = 0;
    let bestTop = 0;
    for (let r = 0; r <= boxes.length + obstacles.length; r++) {
      const top = b.y - b.h - r * (b.h + gap);
      if ((bounds && top < 0) || r * (b.h + gap) >= best) break;
      for (let c = 0; c < 3; c++) {
        const left =
          c === 0
            ? blocker(boxes, out, i, obstacles, bounds, gap, b.x - b.w / 2, top, b.w, b.h) === -1
              ? b.x - b.w / 2
              : Number.NaN
            : slide(boxes, out, i, obstacles, bounds, gap, top, c === 1 ? b.x + LABEL_SIDE_PX : b.x - LABEL_SIDE_PX - b.w, c === 1 ? 1 : -1);
        if (Number.isNaN(left)) continue;
        const cost = leaderCost(boxes, out, i, obstacles, left, top);
        if (cost < best) {
          best = cost;
          bestLeft = left;
          bestTop = top;
        }
      }
    }
    if (best < Number.POSITIVE_INFINITY) {
      p.left = bestLeft;
      p.top = bestTop;
      p.moved = best > 0;
      continue;
    }
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
