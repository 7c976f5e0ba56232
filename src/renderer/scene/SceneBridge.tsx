import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { createSceneHandle, type SceneHandle } from './scene-handle';

/** Hands the canvas's renderer, scene and camera to the view (PNG export) and to diagnostics. */
export function SceneBridge(props: { onHandle: (handle: SceneHandle | null) => void }) {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const camera = useThree((s) => s.camera);
  const { onHandle } = props;
  useEffect(() => {
    const handle = createSceneHandle(gl, scene, camera);
    onHandle(handle);
    window.stargridScene = handle;
    return () => {
      onHandle(null);
      if (window.stargridScene === handle) delete window.stargridScene;
    };
  }, [gl, scene, camera, onHandle]);
  return null;
}
