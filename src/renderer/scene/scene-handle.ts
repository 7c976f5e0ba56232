import { Vector2, Vector3, type Camera, type PerspectiveCamera, type Scene, type WebGLRenderer } from 'three';

declare global {
  // Declaration merging with the DOM's Window needs an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    /** The mounted 3D view's handle: read by the benchmark and the end-to-end test. */
    stargridScene?: SceneHandle;
  }
}

/** Performance mark set when a campus layout starts; CampusContent measures from it to the committed scene graph. */
export const SCENE_BUILD_MARK = 'stargrid-scene-build-start';
export const SCENE_BUILD_MEASURE = 'stargrid-scene-build';

/** What a view can ask of a mounted canvas: a high-resolution PNG and render statistics. */
export type SceneHandle = {
  exportPng: (widthPx: number, heightPx: number) => Promise<Blob>;
  /** Renders `frames` frames back to back and returns the mean milliseconds per frame. */
  timeFrames: (frames: number) => number;
  info: () => { drawCalls: number; triangles: number; widthPx: number; heightPx: number };
  /** Where the camera is and what it looks at, metres (a story step saves it). */
  view: () => { position: [number, number, number]; target: [number, number, number] };
};

function isPerspective(camera: Camera): camera is PerspectiveCamera {
  return (camera as PerspectiveCamera).isPerspectiveCamera === true;
}

/**
 * PNG of the current view at widthPx × heightPx: the renderer is resized off-screen (pixel ratio
 * 1, canvas style untouched), one frame is rendered, read with toBlob (the context preserves its
 * drawing buffer), and size, ratio and aspect are put back.
 */
export async function renderPng(gl: WebGLRenderer, scene: Scene, camera: Camera, widthPx: number, heightPx: number): Promise<Blob> {
  const max = gl.capabilities.maxTextureSize;
  if (widthPx > max || heightPx > max) throw new Error(`export size ${widthPx}×${heightPx} exceeds this GPU's limit of ${max} px`);
  const size = gl.getSize(new Vector2());
  const ratio = gl.getPixelRatio();
  const aspect = isPerspective(camera) ? camera.aspect : 1;
  try {
    gl.setPixelRatio(1);
    gl.setSize(widthPx, heightPx, false);
    if (isPerspective(camera)) {
      camera.aspect = widthPx / heightPx;
      camera.updateProjectionMatrix();
    }
    gl.render(scene, camera);
    return await new Promise<Blob>((resolve, reject) => gl.domElement.toBlob((b) => (b ? resolve(b) : reject(new Error('the canvas gave no PNG'))), 'image/png'));
  } finally {
    gl.setPixelRatio(ratio);
    gl.setSize(size.x, size.y, false);
    if (isPerspective(camera)) {
      camera.aspect = aspect;
      camera.updateProjectionMatrix();
    }
    gl.render(scene, camera);
  }
}

export function createSceneHandle(gl: WebGLRenderer, scene: Scene, camera: Camera, target: () => Vector3 | null = () => null): SceneHandle {
  const round = (v: Vector3): [number, number, number] => [Math.round(v.x * 10) / 10, Math.round(v.y * 10) / 10, Math.round(v.z * 10) / 10];
  return {
    view: () => ({ position: round(camera.position), target: round(target() ?? new Vector3()) }),
    exportPng: (w, h) => renderPng(gl, scene, camera, w, h),
    timeFrames: (frames) => {
      const gl2 = gl.getContext();
      const pixel = new Uint8Array(4);
      const start = performance.now();
      for (let i = 0; i < frames; i++) {
        gl.render(scene, camera);
        // Read one pixel back: it waits for the GPU (SwiftShader) to finish the frame, or the
        // timing would only measure command submission.
        gl2.readPixels(0, 0, 1, 1, gl2.RGBA, gl2.UNSIGNED_BYTE, pixel);
      }
      return (performance.now() - start) / Math.max(1, frames);
    },
    info: () => {
      gl.render(scene, camera);
      const size = gl.getDrawingBufferSize(new Vector2());
      return { drawCalls: gl.info.render.calls, triangles: gl.info.render.triangles, widthPx: size.x, heightPx: size.y };
    },
  };
}

/** Downloads a blob through a temporary `<a download>` link. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
