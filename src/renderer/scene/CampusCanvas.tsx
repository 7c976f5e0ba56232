import { Canvas } from '@react-three/fiber';
import { useMemo, useState } from 'react';
import { CAMERA_FOV_DEG } from './camera-presets';
import { CameraRig, type CameraGoal, type CameraRequest } from './CameraRig';
import { CampusContent } from './CampusContent';
import { gridTagLabel } from './GridTag';
import type { HoverTarget } from './hover';
import { hoverLabel } from './HoverLabel';
import { LabelProjector, SceneLabels, useLabelRegistry, type SceneLabel } from './labels';
import type { CampusLayout } from './layout-types';
import { SceneBridge } from './SceneBridge';
import type { SceneHandle } from './scene-handle';
import type { TimeStore } from './time-store';
import type { CampusSceneInput } from './types';

/**
 * The campus in a WebGL canvas that renders on demand: the scene, the camera rig (presets,
 * tour, fly-in from above, depth range fitted to the view), the bridge for PNG export, and the
 * DOM labels over it (the grid tag and the hovered object).
 */
export function CampusCanvas(props: { input: CampusSceneInput; layout: CampusLayout; store: TimeStore; camera: CameraRequest; onHandle: (h: SceneHandle | null) => void }) {
  const { layout, input, store } = props;
  const [hover, setHover] = useState<HoverTarget | null>(null);
  const registry = useLabelRegistry();
  const from = useMemo<CameraGoal>(() => {
    const p = props.camera.goal.position;
    const t = props.camera.goal.target;
    return { position: [t[0] + (p[0] - t[0]) * 1.8, p[1] * 2.2, t[2] + (p[2] - t[2]) * 1.8], target: t };
    // Only the first goal of a campus matters for the fly-in, so this follows the layout alone.
  }, [layout]);
  const labels = useMemo(() => {
    const out: SceneLabel[] = [];
    const grid = gridTagLabel(layout, input.hourly, store);
    if (grid) out.push(grid);
    if (hover) out.push(hoverLabel(hover, layout, input, store));
    return out;
  }, [layout, input, store, hover]);
  return (
    <div className="scene-canvas-wrap">
      <Canvas
        className="scene-canvas"
        frameloop="demand"
        shadows
        dpr={[1, 2]}
        gl={{ preserveDrawingBuffer: true, antialias: true }}
        camera={{ fov: CAMERA_FOV_DEG, near: 10, far: 300_000, position: [...from.position] }}
        aria-label="3D campus view"
      >
        <CampusContent input={input} layout={layout} store={store} onHover={setHover} />
        <CameraRig request={props.camera} from={from} />
        <SceneBridge onHandle={props.onHandle} />
        <LabelProjector registry={registry} />
      </Canvas>
      <SceneLabels registry={registry} labels={labels} />
    </div>
  );
}
