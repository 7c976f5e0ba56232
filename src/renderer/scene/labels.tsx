import { useFrame, useThree } from '@react-three/fiber';
import { useLayoutEffect, useMemo, type ReactNode } from 'react';
import { Vector3, type Camera } from 'three';
import { declutterLabels, emptyPlacement, leaderEnd, type LabelBox, type LabelPlacement, type ScreenRect } from './label-declutter';

/**
 * DOM labels over the canvas, kept apart from the 3D scene: the view renders them as ordinary
 * React elements in an overlay, and LabelProjector (inside the Canvas) moves them to their
 * anchors' screen positions in the frame loop by writing style.transform, without React state.
 * A decluttering registry (the map) also keeps the labels from touching one another
 * (label-declutter.ts) and draws a leader line from each displaced label to its anchor.
 */
export type LabelRegistry = {
  anchors: Map<string, Vector3>;
  elements: Map<string, HTMLElement>;
  invalidate: (() => void) | null;
  declutter: boolean;
  /** Label ids in placement order, and per-label buffers reused every frame (declutter only). */
  order: string[];
  boxes: LabelBox[];
  placements: LabelPlacement[];
  leaders: Map<string, SVGLineElement>;
  /** What the labels keep off, in placement order: the objects' vertical extents and their screen rectangles. */
  avoid: { base: Vector3; top: Vector3; side: Vector3 }[];
  obstacles: ScreenRect[];
  /** The canvas size labels stay inside, updated every frame. */
  bounds: { widthPx: number; heightPx: number };
};

type Point = readonly [number, number, number];

/**
 * A label; with `onClick` it is a button (the keyboard way to what a click in the scene does).
 * `avoid`: an upright object (a map column, base to top, of that radius) that decluttered labels
 * must not cover.
 */
export type SceneLabel = { id: string; anchor: Point; className: string; content: ReactNode; onClick?: () => void; title?: string; avoid?: { base: Point; top: Point; radius: number } };

export function useLabelRegistry(options: { declutter?: boolean } = {}): LabelRegistry {
  const declutter = options.declutter ?? false;
  return useMemo(() => ({ anchors: new Map(), elements: new Map(), invalidate: null, declutter, order: [], boxes: [], placements: [], leaders: new Map(), avoid: [], obstacles: [], bounds: { widthPx: 0, heightPx: 0 } }), [declutter]);
}

const v = new Vector3();
const w = new Vector3();
const end = { x: 0, y: 0 };

/** Inside the Canvas, mounted after the camera rig so it reads this frame's camera. */
export function LabelProjector(props: { registry: LabelRegistry }) {
  const camera = useThree((s) => s.camera);
  const size = useThree((s) => s.size);
  const invalidate = useThree((s) => s.invalidate);
  const { registry } = props;
  useLayoutEffect(() => {
    registry.invalidate = invalidate;
    invalidate();
    return () => {
      registry.invalidate = null;
    };
  }, [registry, invalidate]);
  useFrame(() => {
    if (registry.declutter) {
      placeDecluttered(registry, camera, size.width, size.height);
      return;
    }
    for (const [id, el] of registry.elements) {
      const anchor = registry.anchors.get(id);
      if (!anchor) continue;
      v.copy(anchor).project(camera);
      if (v.z > 1 || v.z < -1) {
        el.style.visibility = 'hidden';
        continue;
      }
      el.style.visibility = 'visible';
      el.style.transform = `translate(${((v.x + 1) / 2) * size.width}px, ${((1 - v.y) / 2) * size.height}px) translate(-50%, -100%)`;
    }
  });
  return null;
}

/** Projects every anchor, measures every label, places them apart, then writes the DOM once. */
function placeDecluttered(registry: LabelRegistry, camera: Camera, widthPx: number, heightPx: number): void {
  const { order, boxes, placements } = registry;
  for (let i = 0; i < order.length; i++) {
    const id = order[i] ?? '';
    const box = boxes[i];
    const anchor = registry.anchors.get(id);
    const el = registry.elements.get(id);
    if (!box) continue;
    box.visible = false;
    if (!anchor || !el) continue;
    v.copy(anchor).project(camera);
    if (v.z > 1 || v.z < -1) continue;
    box.visible = true;
    box.x = ((v.x + 1) / 2) * widthPx;
    box.y = ((1 - v.y) / 2) * heightPx;
    box.w = el.offsetWidth;
    box.h = el.offsetHeight;
  }
  for (let i = 0; i < registry.avoid.length; i++) {
    const a = registry.avoid[i];
    const o = registry.obstacles[i];
    if (!a || !o) continue;
    v.copy(a.base).project(camera);
    w.copy(a.top).project(camera);
    o.visible = Math.abs(v.z) <= 1 && Math.abs(w.z) <= 1;
    const x0 = ((v.x + 1) / 2) * widthPx;
    const y0 = ((1 - v.y) / 2) * heightPx;
    const x1 = ((w.x + 1) / 2) * widthPx;
    const y1 = ((1 - w.y) / 2) * heightPx;
    // Half the column's width on screen, from a point one radius beside its base.
    v.copy(a.side).project(camera);
    const halfPx = Math.max(3, Math.abs(((v.x + 1) / 2) * widthPx - x0));
    o.left = Math.min(x0, x1) - halfPx;
    o.w = Math.abs(x1 - x0) + 2 * halfPx;
    o.top = Math.min(y0, y1);
    o.h = Math.abs(y1 - y0);
  }
  registry.bounds.widthPx = widthPx;
  registry.bounds.heightPx = heightPx;
  declutterLabels(boxes, placements, registry.obstacles, registry.bounds);
  for (let i = 0; i < order.length; i++) {
    const id = order[i] ?? '';
    const box = boxes[i];
    const p = placements[i];
    const el = registry.elements.get(id);
    const leader = registry.leaders.get(id);
    if (!box || !p) continue;
    if (el) {
      el.style.visibility = box.visible ? 'visible' : 'hidden';
      if (box.visible) el.style.transform = `translate(${p.left}px, ${p.top}px)`;
    }
    if (!leader) continue;
    if (!box.visible || !p.moved) {
      leader.setAttribute('visibility', 'hidden');
      continue;
    }
    leaderEnd(box, p, end);
    leader.setAttribute('visibility', 'visible');
    leader.setAttribute('x1', String(box.x));
    leader.setAttribute('y1', String(box.y));
    leader.setAttribute('x2', String(end.x));
    leader.setAttribute('y2', String(end.y));
  }
}

/** The overlay: one absolutely positioned element per label, placed by LabelProjector. */
export function SceneLabels(props: { registry: LabelRegistry; labels: SceneLabel[] }) {
  const { registry, labels } = props;
  useLayoutEffect(() => {
    registry.anchors.clear();
    for (const l of labels) registry.anchors.set(l.id, new Vector3(...l.anchor));
    registry.order = labels.map((l) => l.id);
    registry.boxes = labels.map(() => ({ x: 0, y: 0, w: 0, h: 0, visible: false }));
    registry.placements = labels.map(emptyPlacement);
    registry.avoid = labels.flatMap((l) => (l.avoid ? [{ base: new Vector3(...l.avoid.base), top: new Vector3(...l.avoid.top), side: new Vector3(...l.avoid.base).add(new Vector3(l.avoid.radius, 0, 0)) }] : []));
    registry.obstacles = registry.avoid.map(() => ({ left: 0, top: 0, w: 0, h: 0, visible: false }));
    registry.invalidate?.();
  }, [registry, labels]);
  return (
    <div className="scene-labels" aria-hidden={labels.length === 0}>
      {registry.declutter ? (
        <svg className="scene-leaders" aria-hidden="true">
          {labels.map((l) => (
            <line
              key={l.id}
              visibility="hidden"
              ref={(el) => {
                if (el) registry.leaders.set(l.id, el);
                else registry.leaders.delete(l.id);
              }}
            />
          ))}
        </svg>
      ) : null}
      {labels.map((l) => (
        <div
          key={l.id}
          className={l.className}
          style={{ visibility: 'hidden' }}
          ref={(el) => {
            if (el) registry.elements.set(l.id, el);
            else registry.elements.delete(l.id);
          }}
        >
          {l.onClick ? (
            <button type="button" className="label-button" onClick={l.onClick} title={l.title}>
              {l.content}
            </button>
          ) : (
            l.content
          )}
        </div>
      ))}
    </div>
  );
}
