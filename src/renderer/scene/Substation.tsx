import { useMemo } from 'react';
import { MeshStandardMaterial } from 'three';
import { SWITCHYARD } from './equipment';
import { InstancedBoxes } from './InstancedBoxes';
import type { CampusDetails, Substation as SubstationLayout } from './layout-types';
import { PALETTE } from './palette';
import type { OnHover } from './hover';

/** The substation pad, its transformers (one instanced mesh) and the switchyard: a line bay per circuit (gantries, breakers). */
export function Substation(props: { substation: SubstationLayout; bays: CampusDetails['bays']; onHover?: OnHover | undefined }) {
  const materials = useMemo(
    () => ({
      pad: new MeshStandardMaterial({ color: PALETTE.pad, roughness: 0.95 }),
      transformer: new MeshStandardMaterial({ color: PALETTE.transformer, roughness: 0.5, metalness: 0.5 }),
      steel: new MeshStandardMaterial({ color: '#b8bec6', roughness: 0.4, metalness: 0.8 }),
    }),
    [],
  );
  const pad = useMemo(() => [props.substation.pad], [props.substation.pad]);
  const hover = props.onHover;
  const onHover = hover ? (i: number | null) => hover(i === null ? null : { kind: 'substation', index: 0 }) : undefined;
  return (
    <group name="substation">
      <InstancedBoxes name="substation-pad" boxes={pad} material={materials.pad} receiveShadow onHover={onHover} />
      <InstancedBoxes name="transformers" boxes={props.substation.transformers} material={materials.transformer} baseM={props.substation.pad.heightM} castShadow onHover={onHover} />
      <InstancedBoxes name="switchyard-gantries" boxes={props.bays.gantries} material={materials.steel} baseM={props.substation.pad.heightM} castShadow />
      <InstancedBoxes name="switchyard-beams" boxes={props.bays.beams} material={materials.steel} baseM={props.substation.pad.heightM + SWITCHYARD.gantryHeightM - 1.2} castShadow />
      <InstancedBoxes name="switchyard-breakers" boxes={props.bays.breakers} material={materials.steel} baseM={props.substation.pad.heightM} castShadow />
    </group>
  );
}
