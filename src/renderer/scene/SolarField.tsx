import { useFrame } from '@react-three/fiber';
import { useMemo, useRef } from 'react';
import { Color, DataTexture, DoubleSide, LinearFilter, LinearMipmapLinearFilter, Matrix4, MeshStandardMaterial, PlaneGeometry, Quaternion, RepeatWrapping, RGBAFormat, SRGBColorSpace, Vector3, type InstancedMesh } from 'three';
import { trackerRotationDeg } from '../../power-model/solar/tracking';
import { SOLAR, TRACKER } from './equipment';
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
 * A row of modules as one flat quad (2 triangles, seen from both sides): a field of 10,000+ rows
 * as boxes would be 12 triangles each, and rows cast no shadow worth its cost in software WebGL.
 */
const MODULE_PLANE = new PlaneGeometry(1, 1).rotateX(-Math.PI / 2);
/** Beyond this distance from the field (m) rows are narrower than a pixel: the pads draw them as a mipmapped stripe instead (no moiré). */
const ROWS_NEAR_M = 2500;

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
    if (rows.current) rows.current.visible = near;
    if (padMesh.current) padMesh.current.scale.y = near ? 0.08 / SOLAR.panelHeightM : 1;
    const map = near ? null : texture;
    if (materials.pad.map !== map) {
      materials.pad.map = map;
      materials.pad.color.set(near ? '#b9ad92' : materials.module.color);
      materials.pad.needsUpdate = true;
    }
  });
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
    if (materials.pad.map) materials.pad.color.copy(materials.module.color);
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
      <InstancedBoxes name="solar" boxes={pads} material={materials.pad} meshRef={padMesh} onHover={hover ? (i) => hover(i === null ? null : { kind: 'solar', index: i }) : undefined} />
      <InstancedBoxes name="tracker-rows" boxes={rowBoxes} material={materials.module} meshRef={rows} baseM={TRACKER.axisHeightM} geometry={MODULE_PLANE} />
    </group>
  );
}
