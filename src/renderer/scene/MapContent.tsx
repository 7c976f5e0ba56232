import type { ThreeEvent } from '@react-three/fiber';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { BufferGeometry, Color, Float32BufferAttribute, LineBasicMaterial, Matrix4, MeshStandardMaterial, Path, Quaternion, Shape, ShapeGeometry, Vector2, Vector3, type InstancedMesh } from 'three';
import { BILL_COLOURS } from './bill-colour';
import { billColumnSegments, COLUMN_RADIUS_KM, columnSegments, MIX_SOURCES, type ColumnSegment, type MapColouring, type MapSite, type MixSource } from './map-columns';
import { UNIT_CYLINDER } from './palette';
import { stateOutlineSegments, statePolygons } from './us-map';

export const MIX_COLORS: Record<MixSource | 'pending', string> = {
  gridMWh: '#3b7dd8',
  gasMWh: '#f07c2a',
  solarMWh: '#f2c230',
  unservedMWh: '#d7263d',
  pending: '#9aa4b1',
};

const matrix = new Matrix4();
const position = new Vector3();
const scale = new Vector3();
const rotation = new Quaternion();
const tint = new Color();
const SOURCES = ['pending', 'bill', ...MIX_SOURCES] as const;

function landGeometry(): ShapeGeometry {
  const shapes = statePolygons().map((rings) => {
    const [outer, ...holes] = rings;
    const shape = new Shape((outer ?? []).map((p) => new Vector2(p.x, -p.z)));
    for (const hole of holes) shape.holes.push(new Path(hole.map((p) => new Vector2(p.x, -p.z))));
    return shape;
  });
  return new ShapeGeometry(shapes, 1).rotateX(-Math.PI / 2);
}

/**
 * The portfolio map: lower-48 land (one mesh), state outlines (one line mesh) and one instanced
 * mesh of column segments per supply source, or, coloured by bill change, one instanced mesh
 * with a colour per site (plus translucent pending columns), so the draw count does not grow
 * with the sites. Clicking a column calls onPick with the site.
 */
export function MapContent(props: { sites: MapSite[]; colouring?: MapColouring; onPick?: (site: MapSite) => void }) {
  const colouring = props.colouring ?? 'mix';
  const parts = useMemo(() => {
    const outline = new BufferGeometry();
    outline.setAttribute('position', new Float32BufferAttribute(stateOutlineSegments(0.8), 3));
    return {
      land: landGeometry(),
      outline,
      landMaterial: new MeshStandardMaterial({ color: '#eef0e8', roughness: 1 }),
      lineMaterial: new LineBasicMaterial({ color: '#8e99a8' }),
      columnMaterials: Object.fromEntries((['pending', ...MIX_SOURCES] as const).map((s) => [s, new MeshStandardMaterial({ color: MIX_COLORS[s], roughness: 0.5, metalness: 0.1 })])) as Record<MixSource | 'pending', MeshStandardMaterial>,
      // White, so the per-instance colours show as they are.
      billMaterial: new MeshStandardMaterial({ color: '#ffffff', roughness: 0.5, metalness: 0.1 }),
      billPendingMaterial: new MeshStandardMaterial({ color: BILL_COLOURS.pending, roughness: 0.8, transparent: true, opacity: 0.45, depthWrite: false }),
    };
  }, []);
  useLayoutEffect(() => () => {
    parts.land.dispose();
    parts.outline.dispose();
  }, [parts]);
  const segments = useMemo(() => (colouring === 'bill' ? billColumnSegments(props.sites) : columnSegments(props.sites)), [props.sites, colouring]);
  const groups = useMemo(() => SOURCES.map((source) => ({ source, segments: segments.filter((s) => s.source === source) })).filter((g) => g.segments.length > 0), [segments]);
  const materialOf = (source: ColumnSegment['source']): MeshStandardMaterial => (source === 'bill' ? parts.billMaterial : source === 'pending' && colouring === 'bill' ? parts.billPendingMaterial : parts.columnMaterials[source]);
  return (
    <group name="portfolio-map">
      <hemisphereLight args={['#ffffff', '#b8b4a4', 1.2]} />
      <directionalLight position={[-1500, 3000, 2500]} intensity={1.8} />
      <mesh name="land" geometry={parts.land} material={parts.landMaterial} dispose={null} />
      <lineSegments name="state-outlines" geometry={parts.outline} material={parts.lineMaterial} dispose={null} />
      {groups.map((g) => (
        <ColumnMesh key={g.source} name={`columns-${g.source}`} segments={g.segments} material={materialOf(g.source)} onPick={props.onPick ? (i) => props.onPick?.(props.sites[i] as MapSite) : undefined} />
      ))}
    </group>
  );
}

function ColumnMesh(props: { name: string; segments: ColumnSegment[]; material: MeshStandardMaterial; onPick?: ((siteIndex: number) => void) | undefined }) {
  const ref = useRef<InstancedMesh>(null);
  const { segments } = props;
  useLayoutEffect(() => {
    const mesh = ref.current;
    if (!mesh) return;
    segments.forEach((s, i) => {
      position.set(s.x, s.baseKm, s.z);
      scale.set(COLUMN_RADIUS_KM * 2, Math.max(s.heightKm, 0.01), COLUMN_RADIUS_KM * 2);
      mesh.setMatrixAt(i, matrix.compose(position, rotation, scale));
      if (s.colour) mesh.setColorAt(i, tint.set(s.colour));
    });
    if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
    mesh.instanceMatrix.needsUpdate = true;
    mesh.computeBoundingSphere();
  }, [segments]);
  const pick = props.onPick;
  return (
    <instancedMesh
      key={segments.length}
      ref={ref}
      name={props.name}
      args={[UNIT_CYLINDER, props.material, segments.length]}
      dispose={null}
      onClick={pick ? (e: ThreeEvent<MouseEvent>) => { e.stopPropagation(); const s = segments[e.instanceId ?? -1]; if (s) pick(s.siteIndex); } : undefined}
      onPointerOver={pick ? () => (document.body.style.cursor = 'pointer') : undefined}
      onPointerOut={pick ? () => (document.body.style.cursor = '') : undefined}
    />
  );
}
