import { OrbitControls } from '@react-three/drei';
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef, type ComponentRef } from 'react';
import { Vector3, type Camera, type PerspectiveCamera } from 'three';

/** Where the camera should go: a position and the point it looks at, metres. */
export type CameraGoal = { position: readonly [number, number, number]; target: readonly [number, number, number] };

/** A request to fly to `goal`; a new `seq` flies again even to the same goal. */
export type CameraRequest = { goal: CameraGoal; seq: number; seconds?: number; onArrive?: () => void };

function isPerspective(camera: Camera): camera is PerspectiveCamera {
  return (camera as PerspectiveCamera).isPerspectiveCamera === true;
}

const ease = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

/**
 * Orbit controls plus animated flights between camera goals. While a flight runs it asks for
 * frames itself; once it lands the scene goes back to rendering on demand. The first request
 * starts from `from` (e.g. high above) so a campus opens with a short fly-in.
 */
export function CameraRig(props: { request: CameraRequest; from?: CameraGoal }) {
  const camera = useThree((s) => s.camera);
  const invalidate = useThree((s) => s.invalidate);
  const controls = useRef<ComponentRef<typeof OrbitControls>>(null);
  const flight = useRef({ active: false, t: 0, seconds: 1.5, fromPos: new Vector3(), fromTarget: new Vector3(), toPos: new Vector3(), toTarget: new Vector3(), onArrive: undefined as (() => void) | undefined, first: true });

  // Near and far planes follow the distance to the orbit target: a true-scale campus spans metres
  // to tens of kilometres, more than a fixed 24-bit depth range resolves without z-fighting.
  const fitDepthRange = () => {
    if (!isPerspective(camera)) return;
    const target = controls.current?.target;
    const distance = target ? camera.position.distanceTo(target) : camera.position.length();
    const near = Math.min(500, Math.max(1, distance / 150));
    if (Math.abs(near - camera.near) / camera.near < 0.05) return;
    camera.near = near;
    camera.far = Math.max(near * 20_000, distance * 30);
    camera.updateProjectionMatrix();
  };

  useEffect(() => {
    const f = flight.current;
    const c = controls.current;
    if (f.first && props.from) {
      camera.position.set(...props.from.position);
      c?.target.set(...props.from.target);
    }
    f.first = false;
    f.fromPos.copy(camera.position);
    f.fromTarget.copy(c ? c.target : new Vector3(...props.request.goal.target));
    f.toPos.set(...props.request.goal.position);
    f.toTarget.set(...props.request.goal.target);
    f.seconds = props.request.seconds ?? 1.5;
    f.onArrive = props.request.onArrive;
    f.t = 0;
    f.active = true;
    invalidate();
  }, [props.request, camera, invalidate]);

  useFrame((_, delta) => {
    fitDepthRange();
    const f = flight.current;
    if (!f.active) return;
    // Clamp the step so a slow first frame does not skip the flight.
    f.t = Math.min(1, f.t + Math.min(delta, 0.25) / f.seconds);
    const k = ease(f.t);
    camera.position.lerpVectors(f.fromPos, f.toPos, k);
    const c = controls.current;
    if (c) {
      c.target.lerpVectors(f.fromTarget, f.toTarget, k);
      c.update();
    } else camera.lookAt(f.toTarget);
    if (f.t >= 1) {
      f.active = false;
      f.onArrive?.();
    } else invalidate();
  });

  return <OrbitControls ref={controls} makeDefault enableDamping={false} maxPolarAngle={Math.PI / 2.05} />;
}
