import { useMemo } from 'react';
import { MeshStandardMaterial } from 'three';
import { InstancedBoxes } from './InstancedBoxes';
import type { Substation as SubstationLayout } from './layout-types';
import { PALETTE } from './palette';
import type { OnHover } from './hover';

/** The substation pad and its transformers (one instanced mesh). */
export function Substation(props: { substation: SubstationLayout; onHover?: OnHover | undefined }) {
  const materials = useMemo(
    () => ({
      pad: new MeshStandardMaterial({ color: PALETTE.pad, roughness: 0.95 }),
      transformer: new MeshStandardMaterial({ color: PALETTE.transformer, roughness: 0.5, metalness: 0.5 }),
    }),
    [],
  );
  const pad = useMemo(() => [props.substation.pad], [props.substation.pad]);
  const hover = props.onHover;
  const onHover = hover ? (i: number | null) => hover(i === null ? null : { kind: 'substation', index: 0 }) : undefined;
  return (
    <group name="substation">
      <InstancedBoxes name="substation-pad" boxes={pad} material={materials.pad} onHover={onHover} />
      <InstancedBoxes name="transformers" boxes={props.substation.transformers} material={materials.transformer} baseM={props.substation.pad.heightM} onHover={onHover} />
    </group>
  );
}
