import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import type { Vector3 } from 'three';
import { createSceneHandle, type SceneHandle } from './scene-handle';

/** Hands the canvas's renderer, scene and camera to the view (PNG export) and to diagnostics. */
export function SceneBridge(props: { onHandle: (handle: SceneHandle | null) => void }) {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const camera = useThree((s) => s.camera);
  const get = useThree((s) => s.get);
  const { onHandle } = props;
  useEffect(() => {
    // The orbit controls (made default by CameraRig) hold the point the camera looks at.
    const handle = createSceneHandle(gl, scene, camera, () => (get().controls as { target?: Vector3 } | null)?.target ?? null);
    onHandle(handle);
    window.stargridScene = handle;
    return () => {
      onHandle(null);
      if (window.stargridScene === handle) delete window.stargridScene;
    };
  }, [gl, scene, camera, onHandle, get]);
  return null;
}
