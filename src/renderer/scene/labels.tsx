import { useFrame, useThree } from '@react-three/fiber';
import { useLayoutEffect, useMemo, type ReactNode } from 'react';
import { Vector3 } from 'three';

/**
 * DOM labels over the canvas, kept apart from the 3D scene: the view renders them as ordinary
 * React elements in an overlay, and LabelProjector (inside the Canvas) moves them to their
 * anchors' screen positions in the frame loop by writing style.transform, without React state.
 */
export type LabelRegistry = { anchors: Map<string, Vector3>; elements: Map<string, HTMLElement>; invalidate: (() => void) | null };

/** A label; with `onClick` it is a button (the keyboard way to what a click in the scene does). */
export type SceneLabel = { id: string; anchor: readonly [number, number, number]; className: string; content: ReactNode; onClick?: () => void; title?: string };

export function useLabelRegistry(): LabelRegistry {
  return useMemo(() => ({ anchors: new Map(), elements: new Map(), invalidate: null }), []);
}

const v = new Vector3();

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

/** The overlay: one absolutely positioned element per label, placed by LabelProjector. */
export function SceneLabels(props: { registry: LabelRegistry; labels: SceneLabel[] }) {
  const { registry, labels } = props;
  useLayoutEffect(() => {
    registry.anchors.clear();
    for (const l of labels) registry.anchors.set(l.id, new Vector3(...l.anchor));
    registry.invalidate?.();
  }, [registry, labels]);
  return (
    <div className="scene-labels" aria-hidden={labels.length === 0}>
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
