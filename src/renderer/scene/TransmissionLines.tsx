import { useFrame } from '@react-three/fiber';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { BufferGeometry, Float32BufferAttribute, LineBasicMaterial, Matrix4, MeshBasicMaterial, MeshStandardMaterial, Quaternion, Vector3, type InstancedMesh } from 'three';
import { InstancedBoxes } from './InstancedBoxes';
import type { Box, TransmissionCircuit } from './layout-types';
import { PALETTE, UNIT_CONE, UNIT_SPHERE } from './palette';
import { currentDispatch, useSceneClock } from './scene-clock';

/** Flow markers per circuit. */
const MARKERS = 36;
const matrix = new Matrix4();
const position = new Vector3();
const scale = new Vector3();
const rotation = new Quaternion();

/**
 * Transmission circuits: lattice towers (one instanced mesh), conductors (one line-segment
 * mesh) and grid import as yellow markers travelling from the grid end to the substation. Marker
 * size and speed grow with import ÷ limit; with no import the markers vanish. They move only
 * while the scrubber plays, so a paused scene stays on demand. In an hour the flexible part of the
 * connection is curtailed (HourDispatch.gridCurtailed), conductors and markers fade to grey.
 */
export function TransmissionLines(props: { circuits: TransmissionCircuit[] }) {
  const clock = useSceneClock();
  const materials = useMemo(
    () => ({
      tower: new MeshStandardMaterial({ color: PALETTE.tower, roughness: 0.7, metalness: 0.5 }),
      conductor: new LineBasicMaterial({ color: PALETTE.conductor }),
      flow: new MeshBasicMaterial({ color: PALETTE.flow }),
    }),
    [],
  );
  const towers = useMemo<Box[]>(() => props.circuits.flatMap((c) => c.towers.map((t) => ({ x: t.x, z: t.z, widthM: 10, depthM: 10, heightM: c.towerHeightM }))), [props.circuits]);
  const conductors = useMemo(() => {
    const points: number[] = [];
    for (const c of props.circuits) {
      for (let i = 1; i < c.towers.length; i++) {
        const a = c.towers[i - 1];
        const b = c.towers[i];
        if (!a || !b) continue;
        for (const dz of [-4, 0, 4]) points.push(a.x, c.towerHeightM * 0.9, a.z + dz, b.x, c.towerHeightM * 0.9, b.z + dz);
      }
    }
    const g = new BufferGeometry();
    g.setAttribute('position', new Float32BufferAttribute(points, 3));
    return g;
  }, [props.circuits]);

  const markers = useRef<InstancedMesh>(null);
  const state = useRef({ phase: 0, placedHour: -1, placedPhase: -1, curtailed: false });
  const count = props.circuits.length * MARKERS;

  useLayoutEffect(() => () => conductors.dispose(), [conductors]);
  useFrame((three, delta) => {
    const mesh = markers.current;
    if (!mesh) return;
    const d = currentDispatch(clock);
    const flow = d?.gridFlowFraction ?? 0;
    const s = state.current;
    const curtailed = d?.gridCurtailed === true;
    if (curtailed !== s.curtailed) {
      s.curtailed = curtailed;
      materials.conductor.color.set(curtailed ? PALETTE.conductorCurtailed : PALETTE.conductor);
      materials.flow.color.set(curtailed ? PALETTE.flowCurtailed : PALETTE.flow);
    }
    if (clock.store.getState().playing && flow > 0) {
      s.phase = (s.phase + Math.min(delta, 0.1) * (0.04 + 0.2 * flow)) % 1;
      three.invalidate();
    }
    if (s.placedHour === (d?.hour ?? -1) && s.placedPhase === s.phase) return;
    s.placedHour = d?.hour ?? -1;
    s.placedPhase = s.phase;
    let i = 0;
    for (const c of props.circuits) {
      const first = c.towers[0];
      const last = c.towers[c.towers.length - 1];
      if (!first || !last) continue;
      const size = flow > 0 ? 8 + 14 * flow : 0;
      for (let k = 0; k < MARKERS; k++) {
        const t = (k / MARKERS + s.phase) % 1;
        position.set(first.x + (last.x - first.x) * t, c.towerHeightM * 0.9, first.z + (last.z - first.z) * t);
        scale.set(size, size, size);
        mesh.setMatrixAt(i++, matrix.compose(position, rotation, scale));
      }
    }
    mesh.instanceMatrix.needsUpdate = true;
  });

  if (props.circuits.length === 0) return null;
  return (
    <group name="transmission">
      <InstancedBoxes name="towers" boxes={towers} material={materials.tower} geometry={UNIT_CONE} />
      <lineSegments name="conductors" geometry={conductors} material={materials.conductor} dispose={null} />
      <instancedMesh key={count} ref={markers} name="grid-flow" args={[UNIT_SPHERE, materials.flow, count]} dispose={null} frustumCulled={false} />
    </group>
  );
}
