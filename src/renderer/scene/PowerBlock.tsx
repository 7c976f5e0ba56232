import { useMemo, useRef, type RefObject } from 'react';
import { Color, Matrix4, MeshStandardMaterial, Quaternion, Vector3, type InstancedMesh } from 'three';
import { InstancedBoxes } from './InstancedBoxes';
import type { Box, UnitBox } from './layout-types';
import { PALETTE, UNIT_CONE, UNIT_CYLINDER } from './palette';
import { useOnHour } from './scene-clock';
import type { OnHover } from './hover';

const running = new Color(PALETTE.unitRunning);
const idle = new Color(PALETTE.unitIdle);
const fuelCellIdle = new Color(PALETTE.fuelCell);
const matrix = new Matrix4();
const position = new Vector3();
const scale = new Vector3();
const rotation = new Quaternion();

type Block = { blockIndex: number; first: number; units: UnitBox[]; stacks: Box[] };

/**
 * The power block: per thermal block of the fleet one instanced mesh of enclosures (one instance
 * per unit), one of stacks and one of exhaust plumes. At the scrubbed hour the first n units of
 * each block run (n from dispatchAtHour's runningUnits): their enclosures turn orange and their
 * stacks plume; the rest stay grey and still.
 */
export function PowerBlock(props: { units: UnitBox[]; onHover?: OnHover | undefined }) {
  const materials = useMemo(
    () => ({
      enclosure: new MeshStandardMaterial({ color: '#ffffff', roughness: 0.55, metalness: 0.25 }),
      stack: new MeshStandardMaterial({ color: PALETTE.stack, roughness: 0.6, metalness: 0.4 }),
      plume: new MeshStandardMaterial({ color: PALETTE.plume, transparent: true, opacity: 0.55, depthWrite: false, roughness: 1 }),
    }),
    [],
  );
  const blocks = useMemo(() => {
    const out: Block[] = [];
    props.units.forEach((u, i) => {
      let block = out.find((b) => b.blockIndex === u.blockIndex);
      if (!block) out.push((block = { blockIndex: u.blockIndex, first: i, units: [], stacks: [] }));
      block.units.push(u);
      if (u.stack) block.stacks.push({ x: u.stack.x, z: u.stack.z, widthM: u.stack.diameterM, depthM: u.stack.diameterM, heightM: u.stack.heightM });
    });
    return out;
  }, [props.units]);
  return (
    <group name="power-block">
      {blocks.map((b) => (
        <ThermalBlockMeshes key={b.blockIndex} block={b} materials={materials} onHover={props.onHover} />
      ))}
    </group>
  );
}

function ThermalBlockMeshes(props: { block: Block; materials: Record<'enclosure' | 'stack' | 'plume', MeshStandardMaterial>; onHover?: OnHover | undefined }) {
  const { block, materials } = props;
  const enclosures = useRef<InstancedMesh>(null);
  const plumes = useRef<InstancedMesh>(null);
  const isFuelCell = block.units[0]?.kind === 'fuel-cell';

  useOnHour((d) => {
    const n = d?.runningUnits[block.blockIndex] ?? 0;
    const mesh = enclosures.current;
    if (mesh) {
      for (let i = 0; i < block.units.length; i++) mesh.setColorAt(i, i < n ? running : isFuelCell ? fuelCellIdle : idle);
      if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
    }
    const p = plumes.current;
    if (p) {
      for (let i = 0; i < block.stacks.length; i++) {
        const s = block.stacks[i];
        if (!s) continue;
        position.set(s.x, s.heightM, s.z);
        if (i < n) scale.set(s.widthM * 1.8, s.heightM * 0.9, s.widthM * 1.8);
        else scale.set(0, 0, 0);
        p.setMatrixAt(i, matrix.compose(position, rotation, scale));
      }
      p.instanceMatrix.needsUpdate = true;
    }
  });

  const hover = props.onHover;
  return (
    <>
      <InstancedBoxes
        name={`units-${block.blockIndex}`}
        boxes={block.units}
        material={materials.enclosure}
        color={isFuelCell ? PALETTE.fuelCell : PALETTE.unitIdle}
        meshRef={enclosures}
        onHover={hover ? (i) => hover(i === null ? null : { kind: 'unit', index: block.first + i }) : undefined}
      />
      {block.stacks.length > 0 ? <InstancedBoxes name={`stacks-${block.blockIndex}`} boxes={block.stacks} material={materials.stack} geometry={UNIT_CYLINDER} /> : null}
      {block.stacks.length > 0 ? <PlumeMesh count={block.stacks.length} material={materials.plume} meshRef={plumes} name={`plumes-${block.blockIndex}`} /> : null}
    </>
  );
}

function PlumeMesh(props: { count: number; material: MeshStandardMaterial; meshRef: RefObject<InstancedMesh | null>; name: string }) {
  return <instancedMesh key={props.count} ref={props.meshRef} name={props.name} args={[UNIT_CONE, props.material, props.count]} dispose={null} frustumCulled={false} />;
}
