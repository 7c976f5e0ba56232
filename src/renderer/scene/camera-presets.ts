import { centre, isEmpty } from './bounds';
import type { Bounds, CameraPreset, CameraPresetId } from './layout-types';

/** Vertical field of view of the campus camera, degrees. */
export const CAMERA_FOV_DEG = 40;

const LABELS: Record<CameraPresetId, string> = {
  overview: 'Overview',
  substation: 'Substation',
  'power-block': 'Power block',
  'data-halls': 'Data halls',
};

/**
 * A camera that frames `bounds` from the south-east, `elevationDeg` above the horizon: distance
 * = fill × (half the larger side, at least 150 m) ÷ tan(fov / 2), so the box fills the view
 * (fill < 1 because the view is wider than it is tall).
 */
export function framePreset(id: CameraPresetId, bounds: Bounds, elevationDeg = 38, azimuthDeg = 35, fill = 0.85): CameraPreset {
  const c = centre(bounds);
  const half = Math.max(150, (bounds.maxX - bounds.minX) / 2, (bounds.maxZ - bounds.minZ) / 2);
  const distance = (fill * half) / Math.tan(((CAMERA_FOV_DEG / 2) * Math.PI) / 180);
  const el = (elevationDeg * Math.PI) / 180;
  const az = (azimuthDeg * Math.PI) / 180;
  const horizontal = distance * Math.cos(el);
  return {
    id,
    label: LABELS[id],
    target: [c.x, 0, c.z],
    position: [c.x + horizontal * Math.sin(az), distance * Math.sin(el), c.z + horizontal * Math.cos(az)],
  };
}

/** The presets whose equipment exists, in tour order; the overview is low enough that the sky shows above the horizon. */
export function cameraPresets(parts: Record<CameraPresetId, Bounds>): CameraPreset[] {
  const order: CameraPresetId[] = ['overview', 'data-halls', 'power-block', 'substation'];
  return order.filter((id) => !isEmpty(parts[id])).map((id) => (id === 'overview' ? framePreset(id, parts[id], 15, 20, 0.62) : framePreset(id, parts[id])));
}
