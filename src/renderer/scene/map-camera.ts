import type { CameraGoal } from './CameraRig';
import { projectLonLat } from './us-map';

/** Vertical field of view of the map camera, degrees. */
export const MAP_FOV_DEG = 40;

/** Centre of the contiguous US in map km (geographic centre near Lebanon, KS, 39.83 N 98.58 W), shifted to frame the coasts. */
const CENTRE = projectLonLat(-96.5, 38.2);

/** The map's opening view: the lower 48 from the south, high enough to frame both coasts. */
export const MAP_OVERVIEW: CameraGoal = { position: [CENTRE.x, 1800, CENTRE.z + 2550], target: [CENTRE.x, 0, CENTRE.z - 200] };
