import { useMemo } from 'react';
import { MeshStandardMaterial } from 'three';
import { InstancedBoxes } from './InstancedBoxes';
import type { Box, HallBox, HallStatus } from './layout-types';
import { PALETTE } from './palette';
import { useOnHour } from './scene-clock';
import type { OnHover } from './hover';

const STATUSES: HallStatus[] = ['operating', 'under-construction', 'planned'];

/** Share of its height an under-construction building is drawn at: visibly unfinished. */
const CONSTRUCTION_HEIGHT_SHARE = 0.55;

/**
 * The data halls, one instanced mesh per phase status: operating halls solid white, halls under
 * construction amber and part-height, planned halls translucent blue. When the hour has unserved
 * load every hall glows red. Cooling yards are one more instanced mesh.
 */
export function DataHalls(props: { halls: HallBox[]; cooling: Box[]; onHover?: OnHover | undefined }) {
  const materials = useMemo(
    () => ({
      operating: new MeshStandardMaterial({ color: PALETTE.hallOperating, roughness: 0.7, metalness: 0.05 }),
      'under-construction': new MeshStandardMaterial({ color: PALETTE.hallConstruction, roughness: 0.8 }),
      planned: new MeshStandardMaterial({ color: PALETTE.hallPlanned, transparent: true, opacity: 0.45, depthWrite: false, roughness: 0.9 }),
      cooling: new MeshStandardMaterial({ color: PALETTE.cooling, roughness: 0.6, metalness: 0.3 }),
    }),
    [],
  );
  const groups = useMemo(
    () =>
      STATUSES.map((status) => {
        const indices: number[] = [];
        const boxes: Box[] = [];
        props.halls.forEach((h, i) => {
          if (h.status !== status) return;
          indices.push(i);
          boxes.push(status === 'under-construction' ? { ...h, heightM: h.heightM * CONSTRUCTION_HEIGHT_SHARE } : h);
        });
        return { status, indices, boxes };
      }),
    [props.halls],
  );

  useOnHour((d) => {
    const warn = d !== null && d.unservedMW > 1e-6;
    for (const status of STATUSES) {
      materials[status].emissive.set(warn ? PALETTE.unserved : '#000000');
      materials[status].emissiveIntensity = warn ? 0.55 : 0;
    }
  });

  const hover = props.onHover;
  return (
    <group name="data-halls">
      {groups.map((g) => (
        <InstancedBoxes key={g.status} name={`halls-${g.status}`} boxes={g.boxes} material={materials[g.status]} onHover={hover ? (i) => hover(i === null ? null : { kind: 'hall', index: g.indices[i] ?? 0 }) : undefined} />
      ))}
      <InstancedBoxes name="cooling" boxes={props.cooling} material={materials.cooling} onHover={hover ? (i) => hover(i === null ? null : { kind: 'cooling', index: i }) : undefined} />
    </group>
  );
}
