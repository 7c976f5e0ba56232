import { useFrame } from '@react-three/fiber';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { Color, DataTexture, DoubleSide, InstancedBufferAttribute, InstancedMesh, LinearFilter, LinearMipmapLinearFilter, MeshStandardMaterial, PlaneGeometry, RepeatWrapping, RGBAFormat, Sphere, SRGBColorSpace, Vector3 } from 'three';
import { trackerRotationDeg } from '../../power-model/solar/tracking';
import { SOLAR, TRACKER } from './equipment';
import { InstancedBoxes } from './InstancedBoxes';
import type { SolarBlock, TrackerRow } from './layout-types';
import { PALETTE } from './palette';
import { currentSun, useOnHour, useSceneClock } from './scene-clock';
import type { OnHover } from './hover';

const dark = new Color(PALETTE.solarDark);
const bright = new Color(PALETTE.solarBright);
const DEG = Math.PI / 180;
/**
 * A row of modules as one flat quad (2 triangles, seen from both sides): a field of 10,000+ rows
 * as boxes would be 12 triangles each, and rows cast no shadow worth its cost in software WebGL.
 */
const MODULE_PLANE = new PlaneGeometry(1, 1).rotateX(-Math.PI / 2);
/** Beyond this distance from the field (m) rows are narrower than a pixel: the pads draw them as a mipmapped stripe instead (no moiré). */
const ROWS_NEAR_M = 2500;

/**
 * One instanced mesh for every tracker row, its matrices in a typed array written directly
 * (posed by poseRows each hour). Created with no instances and given its buffer afterwards, so
 * the 30,000 identity matrices InstancedMesh's constructor would write are skipped; its bounding
 * sphere comes from the blocks instead of a pass over every instance. Both were most of a large
 * campus's scene build (bench/scene.ts).
 */
function trackerRowsMesh(rows: readonly TrackerRow[], blocks: readonly SolarBlock[], material: MeshStandardMaterial): InstancedMesh {
  const mesh = new InstancedMesh(MODULE_PLANE, material, 0);
  mesh.name = 'tracker-rows';
  mesh.instanceMatrix = new InstancedBufferAttribute(new Float32Array(rows.length * 16), 16);
  mesh.count = rows.length;
  const n = Math.max(1, blocks.length);
  const centre = new Vector3(blocks.reduce((s, b) => s + b.x, 0) / n, TRACKER.axisHeightM, blocks.reduce((s, b) => s + b.z, 0) / n);
  const radius = Math.max(1, ...blocks.map((b) => Math.hypot(Math.abs(b.x - centre.x) + b.widthM / 2, Math.abs(b.z - centre.z) + b.depthM / 2))) + TRACKER.chordM;
  mesh.boundingSphere = new Sphere(centre, radius);
  return mesh;
}

/**
 * Every row at (x, axis height, z), turned by `tiltDeg` about the north–south (+z) axis and
 * scaled to chord × 0.12 × its length: the column-major matrix T·R_z·S written out.
 */
export function poseRows(array: Float32Array, rows: readonly TrackerRow[], chordM: number, tiltDeg: number): void {
  const c = Math.cos(tiltDeg * DEG);
  const s = Math.sin(tiltDeg * DEG);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (!r) continue;
    const o = i * 16;
    array[o] = c * chordM;
    array[o + 1] = s * chordM;
    array[o + 2] = 0;
    array[o + 3] = 0;
    array[o + 4] = -s * 0.12;
    array[o + 5] = c * 0.12;
    array[o + 6] = 0;
    array[o + 7] = 0;
    array[o + 8] = 0;
    array[o + 9] = 0;
    array[o + 10] = r.lengthM;
    array[o + 11] = 0;
    array[o + 12] = r.x;
    array[o + 13] = TRACKER.axisHeightM;
    array[o + 14] = r.z;
    array[o + 15] = 1;
  }
}

/** Rows seen from afar: 3 texels of module, 5 of gravel (GCR 0.35), mipmapped so distance blends them. */
function rowTexture(rowsPerBlock: number): DataTexture {
  const texels = [1, 1, 1, 0, 0, 0, 0, 0];
  const data = new Uint8Array(texels.length * 4);
  texels.forEach((panel, i) => data.set(panel ? [255, 255, 255, 255] : [205, 196, 170, 255], i * 4));
  const texture = new DataTexture(data, texels.length, 1, RGBAFormat);
  texture.wrapS = RepeatWrapping;
  texture.wrapT = RepeatWrapping;
  texture.colorSpace = SRGBColorSpace;
  texture.magFilter = LinearFilter;
  texture.minFilter = LinearMipmapLinearFilter;
  texture.generateMipmaps = true;
  texture.anisotropy = 4;
  texture.repeat.set(Math.max(1, rowsPerBlock), 1);
  texture.needsUpdate = true;
  return texture;
}

/**
 * The solar field: each inverter block's gravel pad (hover shows the block) and, within
 * ROWS_NEAR_M of the camera, its tracker rows
 * in one instanced mesh, every row turned about its north–south axis to the angle the engine's
 * tracker model gives for the sun at the scrubbed hour (tracking.ts: true tracking with
 * backtracking, ±60°; flat at night). The modules brighten with the hour's output,
 * (solarToLoad + solarToBattery) ÷ MWac, with a faint glow so output reads on a projector.
 */
export function SolarField(props: { blocks: SolarBlock[]; rows: TrackerRow[]; onHover?: OnHover | undefined }) {
  const clock = useSceneClock();
  const materials = useMemo(
    () => ({
      pad: new MeshStandardMaterial({ color: PALETTE.solarDark, roughness: 0.6, metalness: 0.2 }),
      module: new MeshStandardMaterial({ color: PALETTE.solarDark, roughness: 0.3, metalness: 0.35, side: DoubleSide }),
    }),
    [],
  );
  // Pads are drawn SOLAR.panelHeightM tall from afar (a thin pad z-fights with the ground at kilometres) and flattened near.
  const pads = useMemo(() => props.blocks.map((b) => ({ ...b, heightM: SOLAR.panelHeightM })), [props.blocks]);
  const padMesh = useRef<InstancedMesh>(null);
  const texture = useMemo(() => rowTexture(props.blocks.length > 0 ? props.rows.length / props.blocks.length : 1), [props.blocks, props.rows]);
  const centre = useMemo(() => {
    const n = Math.max(1, props.blocks.length);
    return new Vector3(props.blocks.reduce((s, b) => s + b.x, 0) / n, 0, props.blocks.reduce((s, b) => s + b.z, 0) / n);
  }, [props.blocks]);
  const halfSpan = useMemo(() => Math.max(0, ...props.blocks.map((b) => Math.hypot(b.x - centre.x, b.z - centre.z))), [props.blocks, centre]);
  useFrame(({ camera }) => {
    const near = camera.position.distanceTo(centre) - halfSpan < ROWS_NEAR_M;
    if (rows) rows.visible = near;
    if (padMesh.current) padMesh.current.scale.y = near ? 0.08 / SOLAR.panelHeightM : 1;
    const map = near ? null : texture;
    if (materials.pad.map !== map) {
      materials.pad.map = map;
      materials.pad.color.set(near ? '#b9ad92' : materials.module.color);
      materials.pad.needsUpdate = true;
    }
  });
  const rows = useMemo(() => (props.rows.length > 0 ? trackerRowsMesh(props.rows, props.blocks, materials.module) : null), [props.rows, props.blocks, materials.module]);
  useLayoutEffect(() => () => rows?.dispose(), [rows]);
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
    if (materials.pad.map) materials.pad.color.copy(materials.module.color);
    if (!rows) return;
    const sun = currentSun(clock);
    const tiltDeg = trackerRotationDeg(90 - sun.elevationDeg, sun.azimuthDeg, TRACKER.maxRotationDeg, TRACKER.groundCoverageRatio, true);
    // Positive rotation faces west (tracking.ts); about +z (south) a positive angle lifts the east edge, turning the face west.
    poseRows(rows.instanceMatrix.array as Float32Array, props.rows, chord, tiltDeg);
    rows.instanceMatrix.needsUpdate = true;
  });

  const hover = props.onHover;
  return (
    <group name="solar-field">
      <InstancedBoxes name="solar" boxes={pads} material={materials.pad} meshRef={padMesh} onHover={hover ? (i) => hover(i === null ? null : { kind: 'solar', index: i }) : undefined} />
      {rows ? <primitive object={rows} dispose={null} /> : null}
    </group>
  );
}
