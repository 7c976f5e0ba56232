import { useMemo, useRef } from 'react';
import { Color, MeshStandardMaterial, type InstancedMesh } from 'three';
import { InstancedBoxes } from './InstancedBoxes';
import type { Box } from './layout-types';
import { PALETTE } from './palette';
import { useOnHour } from './scene-clock';
import type { OnHover } from './hover';

const charged = new Color(PALETTE.batteryCharged);
const empty = new Color(PALETTE.batteryEmpty);

/**
 * Battery containers in one instanced mesh, with their inverter skids in another; state of charge as fill: the first
 * round(SoC fraction × containers) containers are drawn charged (teal), the rest empty (slate).
 */
export function BatteryYard(props: { containers: Box[]; inverters: Box[]; onHover?: OnHover | undefined }) {
  const material = useMemo(() => new MeshStandardMaterial({ color: '#ffffff', roughness: 0.5, metalness: 0.3 }), []);
  const inverterMaterial = useMemo(() => new MeshStandardMaterial({ color: '#d7dadf', roughness: 0.55, metalness: 0.4 }), []);
  const mesh = useRef<InstancedMesh>(null);
  const n = props.containers.length;
  useOnHour((d) => {
    const m = mesh.current;
    if (!m) return;
    const full = Math.round((d?.batterySocFraction ?? 0) * n);
    for (let i = 0; i < n; i++) m.setColorAt(i, i < full ? charged : empty);
    if (m.instanceColor) m.instanceColor.needsUpdate = true;
  });
  const hover = props.onHover;
  return (
    <group name="battery-yard">
      <InstancedBoxes name="battery" boxes={props.containers} material={material} color={PALETTE.batteryEmpty} meshRef={mesh} castShadow onHover={hover ? (i) => hover(i === null ? null : { kind: 'battery', index: i }) : undefined} />
      <InstancedBoxes name="battery-inverters" boxes={props.inverters} material={inverterMaterial} castShadow />
    </group>
  );
}
