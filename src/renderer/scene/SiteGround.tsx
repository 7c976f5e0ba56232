import { useLayoutEffect, useMemo } from 'react';
import { BufferGeometry, Float32BufferAttribute, LineBasicMaterial, MeshStandardMaterial, PlaneGeometry } from 'three';
import type { Site } from '../../api/schemas/site';
import { monthOfHour } from '../../power-model/hours';
import { groundColour } from './ground-colour';
import type { Bounds, CampusLayout } from './layout-types';
import { PALETTE } from './palette';
import { useOnHour, useSceneClock } from './scene-clock';

/**
 * The ground at true scale: a plane reaching well past the equipment (so the horizon is never
 * bare) coloured by the site's climate in the scrubbed month (ground-colour.ts), the graded
 * campus land in a lighter tone and the boundary as a line loop; the campus land takes the sun's shadows (the wide plane does not: shadow lookups over the whole screen cost too much in software WebGL).
 */
export function SiteGround(props: { boundary: CampusLayout['boundary']; bounds: Bounds; climate?: Site['climate'] }) {
  const clock = useSceneClock();
  const { boundary, bounds } = props;
  const extent = Math.max(bounds.maxX - bounds.minX, bounds.maxZ - bounds.minZ);
  const groundSize = Math.max(20_000, extent * 6);
  const parts = useMemo(() => {
    const half = boundary.sideM / 2;
    const fence = new BufferGeometry();
    const corners = [[-half, -half], [half, -half], [half, half], [-half, half], [-half, -half]];
    fence.setAttribute('position', new Float32BufferAttribute(corners.flatMap(([x, z]) => [boundary.x + (x ?? 0), 0.6, boundary.z + (z ?? 0)]), 3));
    return {
      ground: new PlaneGeometry(groundSize, groundSize).rotateX(-Math.PI / 2),
      campus: new PlaneGeometry(boundary.sideM, boundary.sideM).rotateX(-Math.PI / 2),
      fence,
      groundMaterial: new MeshStandardMaterial({ color: PALETTE.ground, roughness: 1, metalness: 0 }),
      campusMaterial: new MeshStandardMaterial({ color: PALETTE.campusGround, roughness: 1, polygonOffset: true, polygonOffsetFactor: -1, polygonOffsetUnits: -1 }),
      fenceMaterial: new LineBasicMaterial({ color: PALETTE.fence }),
    };
  }, [boundary, groundSize]);
  useLayoutEffect(
    () => () => {
      parts.ground.dispose();
      parts.campus.dispose();
      parts.fence.dispose();
    },
    [parts],
  );
  const climate = props.climate;
  useOnHour(() => {
    parts.groundMaterial.color.set(groundColour(climate, monthOfHour(clock.store.getState().hour)));
  });
  const c = { x: (bounds.minX + bounds.maxX) / 2, z: (bounds.minZ + bounds.maxZ) / 2 };
  return (
    <group name="ground">
      <mesh name="ground-plane" geometry={parts.ground} material={parts.groundMaterial} position={[c.x, -0.05, c.z]} dispose={null} />
      <mesh name="campus-land" geometry={parts.campus} material={parts.campusMaterial} position={[boundary.x, 0, boundary.z]} receiveShadow dispose={null} />
      <lineLoop name="boundary" geometry={parts.fence} material={parts.fenceMaterial} dispose={null} />
    </group>
  );
}
