import { useMemo, useRef } from 'react';
import { Color, Matrix4, MeshBasicMaterial, MeshStandardMaterial, Quaternion, Vector3, type InstancedMesh } from 'three';
import { InstancedBoxes } from './InstancedBoxes';
import type { Box, CampusDetails, HallBox } from './layout-types';
import { PALETTE } from './palette';
import { hallStateAt, stateKey } from './phase-state';
import { currentSun, useOnHour, useSceneClock } from './scene-clock';
import { daylight } from './sun';
import type { OnHover } from './hover';

const operating = new Color(PALETTE.hallOperating);
const construction = new Color(PALETTE.hallConstruction);
const planned = new Color(PALETTE.hallPlanned);
const matrix = new Matrix4();
const position = new Vector3();
const scale = new Vector3();
const rotation = new Quaternion();
/** A planned building is drawn as its graded pad, this high. */
const PAD_M = 0.6;
/** Height of the lit band of windows and entrances at night, and its thickness. */
const BAND_Y = 5;
const BAND_M = 4;

function place(mesh: InstancedMesh, i: number, b: Box, heightM: number, baseM = 0, grow = 0): void {
  position.set(b.x, baseM, b.z);
  scale.set(heightM > 0 ? b.widthM + grow : 0, Math.max(heightM, 1e-3), heightM > 0 ? b.depthM + grow : 0);
  mesh.setMatrixAt(i, matrix.compose(position, rotation, scale));
}

/**
 * The data halls in their state at the scrubbed date (phase-state.ts): operating halls full height
 * with their roof heat rejection and, at night, a lit band; halls under construction as amber steel
 * rising with the months elapsed; planned halls as graded pads. One instanced mesh each for halls,
 * roof units, cooling yards and lit bands, re-posed only when the model month changes. When the
 * hour has unserved load every hall glows red.
 */
export function DataHalls(props: { halls: HallBox[]; cooling: Box[]; rooftop: CampusDetails['rooftop']; onHover?: OnHover | undefined }) {
  const clock = useSceneClock();
  const materials = useMemo(
    () => ({
      hall: new MeshStandardMaterial({ color: '#ffffff', roughness: 0.62, metalness: 0.1 }),
      roof: new MeshStandardMaterial({ color: '#9aa4ad', roughness: 0.45, metalness: 0.6 }),
      cooling: new MeshStandardMaterial({ color: PALETTE.cooling, roughness: 0.5, metalness: 0.45 }),
      band: new MeshBasicMaterial({ color: '#ffe2ad', toneMapped: false }),
    }),
    [],
  );
  const halls = useRef<InstancedMesh>(null);
  const roof = useRef<InstancedMesh>(null);
  const cooling = useRef<InstancedMesh>(null);
  const bands = useRef<InstancedMesh>(null);
  const applied = useRef<{ key: number; halls: HallBox[] | null }>({ key: Number.NaN, halls: null });

  useOnHour((d) => {
    const hour = clock.store.getState().hour;
    const key = stateKey(clock.year, hour);
    if (key !== applied.current.key || applied.current.halls !== props.halls) {
      applied.current.key = key;
      applied.current.halls = props.halls;
      const states = props.halls.map((h) => hallStateAt(h, clock.year, hour));
      const hm = halls.current;
      if (hm) {
        props.halls.forEach((h, i) => {
          const st = states[i];
          if (!st) return;
          place(hm, i, h, st.status === 'operating' ? h.heightM : st.status === 'under-construction' ? h.heightM * (0.15 + 0.8 * st.progress) : PAD_M);
          hm.setColorAt(i, st.status === 'operating' ? operating : st.status === 'under-construction' ? construction : planned);
        });
        hm.instanceMatrix.needsUpdate = true;
        if (hm.instanceColor) hm.instanceColor.needsUpdate = true;
      }
      const rm = roof.current;
      if (rm) {
        props.rooftop.forEach((u, i) => {
          const h = props.halls[u.hallIndex];
          place(rm, i, u, states[u.hallIndex]?.status === 'operating' ? u.heightM : 0, h?.heightM ?? 0);
        });
        rm.instanceMatrix.needsUpdate = true;
      }
      const cm = cooling.current;
      if (cm) {
        props.cooling.forEach((c, i) => place(cm, i, c, states[i]?.status === 'planned' ? 0 : c.heightM));
        cm.instanceMatrix.needsUpdate = true;
      }
      const bm = bands.current;
      if (bm) {
        props.halls.forEach((h, i) => place(bm, i, h, states[i]?.status === 'operating' ? BAND_M : 0, BAND_Y, 0.4));
        bm.instanceMatrix.needsUpdate = true;
      }
    }
    materials.band.visible = daylight(currentSun(clock).elevationDeg) < 0.35;
    const warn = d !== null && d.unservedMW > 1e-6;
    materials.hall.emissive.set(warn ? PALETTE.unserved : '#000000');
    materials.hall.emissiveIntensity = warn ? 0.55 : 0;
  });

  const hover = props.onHover;
  return (
    <group name="data-halls">
      <InstancedBoxes name="halls" boxes={props.halls} material={materials.hall} color={PALETTE.hallOperating} meshRef={halls} castShadow receiveShadow onHover={hover ? (i) => hover(i === null ? null : { kind: 'hall', index: i }) : undefined} />
      <InstancedBoxes name="roof-units" boxes={props.rooftop} material={materials.roof} meshRef={roof} />
      <InstancedBoxes name="cooling" boxes={props.cooling} material={materials.cooling} meshRef={cooling} castShadow receiveShadow onHover={hover ? (i) => hover(i === null ? null : { kind: 'cooling', index: i }) : undefined} />
      <InstancedBoxes name="hall-lights" boxes={props.halls} material={materials.band} meshRef={bands} />
    </group>
  );
}
