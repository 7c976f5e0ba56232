import { useMemo, useRef } from 'react';
import { Color, Matrix4, MeshStandardMaterial, Quaternion, Vector3, type InstancedMesh } from 'three';
import { trackerRotationDeg } from '../../power-model/solar/tracking';
import { TRACKER } from './equipment';
import { InstancedBoxes } from './InstancedBoxes';
import type { SolarBlock, TrackerRow } from './layout-types';
import { PALETTE } from './palette';
import { currentSun, useOnHour, useSceneClock } from './scene-clock';
import type { OnHover } from './hover';

const dark = new Color(PALETTE.solarDark);
const bright = new Color(PALETTE.solarBright);
const matrix = new Matrix4();
const position = new Vector3();
const scale = new Vector3();
const rotation = new Quaternion();
const axis = new Vector3(0, 0, 1);
const DEG = Math.PI / 180;

/**
 * The solar field: each inverter block's gravel pad (hover shows the block) and its tracker rows
 * in one instanced mesh, every row turned about its north–south axis to the angle the engine's
 * tracker model gives for the sun at the scrubbed hour (tracking.ts: true tracking with
 * backtracking, ±60°; flat at night). The modules brighten with the hour's output,
 * (solarToLoad + solarToBattery) ÷ MWac, with a faint glow so output reads on a projector.
 */
export function SolarField(props: { blocks: SolarBlock[]; rows: TrackerRow[]; onHover?: OnHover | undefined }) {
  const clock = useSceneClock();
  const materials = useMemo(
    () => ({
      pad: new MeshStandardMaterial({ color: '#b9ad92', roughness: 1 }),
      module: new MeshStandardMaterial({ color: PALETTE.solarDark, roughness: 0.3, metalness: 0.35 }),
    }),
    [],
  );
  const pads = useMemo(() => props.blocks.map((b) => ({ ...b, heightM: 0.08 })), [props.blocks]);
  const rows = useRef<InstancedMesh>(null);
  const chord = useMemo(() => {
    // Rows merged for very large fields (layout-details.ts) are drawn as wide as the rows they stand for.
    const total = props.blocks.reduce((s, b) => s + b.widthM, 0);
    const pitch = TRACKER.chordM / TRACKER.groundCoverageRatio;
    return props.rows.length > 0 ? Math.max(TRACKER.chordM, (TRACKER.chordM * total) / (pitch * props.rows.length)) : TRACKER.chordM;
  }, [props.blocks, props.rows]);

  useOnHour((d) => {
    const f = d?.solarOutputFraction ?? 0;
    materials.module.color.copy(dark).lerp(bright, f);
    materials.module.emissive.copy(bright);
    materials.module.emissiveIntensity = 0.18 * f;
    const mesh = rows.current;
    if (!mesh) return;
    const sun = currentSun(clock);
    const tiltDeg = trackerRotationDeg(90 - sun.elevationDeg, sun.azimuthDeg, TRACKER.maxRotationDeg, TRACKER.groundCoverageRatio, true);
    // Positive rotation faces west (tracking.ts); about +z (south) a positive angle lifts the east edge, turning the face west.
    rotation.setFromAxisAngle(axis, tiltDeg * DEG);
    for (let i = 0; i < props.rows.length; i++) {
      const r = props.rows[i];
      if (!r) continue;
      position.set(r.x, TRACKER.axisHeightM, r.z);
      scale.set(chord, 0.12, r.lengthM);
      mesh.setMatrixAt(i, matrix.compose(position, rotation, scale));
    }
    mesh.instanceMatrix.needsUpdate = true;
    rotation.identity();
  });

  const hover = props.onHover;
  const rowBoxes = useMemo(() => props.rows.map((r) => ({ x: r.x, z: r.z, widthM: chord, depthM: r.lengthM, heightM: 0.12 })), [props.rows, chord]);
  return (
    <group name="solar-field">
      <InstancedBoxes name="solar" boxes={pads} material={materials.pad} receiveShadow onHover={hover ? (i) => hover(i === null ? null : { kind: 'solar', index: i }) : undefined} />
      <InstancedBoxes name="tracker-rows" boxes={rowBoxes} material={materials.module} meshRef={rows} baseM={TRACKER.axisHeightM} castShadow receiveShadow />
    </group>
  );
}
