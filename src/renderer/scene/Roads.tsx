import { useMemo, useRef } from 'react';
import { MeshBasicMaterial, MeshStandardMaterial, type InstancedMesh } from 'three';
import { ROADS } from './equipment';
import { InstancedBoxes } from './InstancedBoxes';
import type { CampusDetails } from './layout-types';
import { currentSun, useOnHour, useSceneClock } from './scene-clock';
import { daylight } from './sun';
import { UNIT_CYLINDER } from './palette';

/**
 * Roads, the fence and the site lights: asphalt roads and a chain-link fence (each one instanced
 * mesh), light poles along the ring road, and their lamps, which light up from dusk to dawn.
 */
export function Roads(props: { roads: CampusDetails['roads']; fence: CampusDetails['fence']; lights: CampusDetails['lights'] }) {
  const clock = useSceneClock();
  const materials = useMemo(
    () => ({
      asphalt: new MeshStandardMaterial({ color: '#4a4d52', roughness: 0.92, polygonOffset: true, polygonOffsetFactor: -2, polygonOffsetUnits: -2 }),
      fence: new MeshStandardMaterial({ color: '#8a9099', roughness: 0.6, metalness: 0.6, transparent: true, opacity: 0.55, depthWrite: false }),
      pole: new MeshStandardMaterial({ color: '#70757c', roughness: 0.5, metalness: 0.7 }),
      lamp: new MeshBasicMaterial({ color: '#ffe2a8', toneMapped: false }),
    }),
    [],
  );
  const poles = useMemo(() => props.lights.map((l) => ({ x: l.x, z: l.z, widthM: 0.35, depthM: 0.35, heightM: ROADS.lightPoleM })), [props.lights]);
  const lamps = useMemo(() => props.lights.map((l) => ({ x: l.x, z: l.z, widthM: 5, depthM: 5, heightM: 1.2 })), [props.lights]);
  const lampMesh = useRef<InstancedMesh>(null);
  useOnHour(() => {
    const lit = daylight(currentSun(clock).elevationDeg) < 0.35;
    materials.lamp.color.set(lit ? '#ffe2a8' : '#5b5f66');
  });
  return (
    <group name="roads">
      <InstancedBoxes name="roads" boxes={props.roads} material={materials.asphalt} receiveShadow />
      <InstancedBoxes name="fence" boxes={props.fence} material={materials.fence} />
      <InstancedBoxes name="light-poles" boxes={poles} material={materials.pole} geometry={UNIT_CYLINDER} />
      <InstancedBoxes name="lamps" boxes={lamps} material={materials.lamp} meshRef={lampMesh} baseM={ROADS.lightPoleM} />
    </group>
  );
}
