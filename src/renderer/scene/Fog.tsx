import type { Bounds } from './layout-types';
import { PALETTE } from './palette';

/** Haze that starts past the campus and hides the ground plane's edge, scaled to the campus. */
export function Fog(props: { bounds: Bounds }) {
  const b = props.bounds;
  const size = Math.max(b.maxX - b.minX, b.maxZ - b.minZ, 2000);
  return <fog attach="fog" args={[PALETTE.sky, size * 2.5, size * 7]} />;
}
