import type { ThreeEvent } from '@react-three/fiber';
import { useLayoutEffect, useRef, type RefObject } from 'react';
import { Color, Matrix4, Quaternion, Vector3, type BufferGeometry, type InstancedMesh, type Material } from 'three';
import type { Box } from './layout-types';
import { UNIT_BOX } from './palette';

const matrix = new Matrix4();
const position = new Vector3();
const scale = new Vector3();
const rotation = new Quaternion();
const tint = new Color();

/**
 * Many boxes (or any unit-sized geometry) in one draw call: instance i is `boxes[i]` scaled from a
 * unit geometry standing on y = `baseM`. Matrices are written when the boxes change, never per
 * frame; per-instance colours start at `color` and are changed by the owner through `meshRef`.
 */
export function InstancedBoxes(props: {
  name: string;
  boxes: readonly Box[];
  material: Material;
  geometry?: BufferGeometry;
  color?: string;
  baseM?: number;
  meshRef?: RefObject<InstancedMesh | null>;
  onHover?: (index: number | null) => void;
  castShadow?: boolean;
  receiveShadow?: boolean;
}) {
  const own = useRef<InstancedMesh>(null);
  const ref = props.meshRef ?? own;
  const { boxes, baseM = 0, color } = props;
  useLayoutEffect(() => {
    const mesh = ref.current;
    if (!mesh) return;
    if (color) tint.set(color);
    for (let i = 0; i < boxes.length; i++) {
      const b = boxes[i];
      if (!b) continue;
      position.set(b.x, baseM, b.z);
      scale.set(Math.max(b.widthM, 1e-3), Math.max(b.heightM, 1e-3), Math.max(b.depthM, 1e-3));
      mesh.setMatrixAt(i, matrix.compose(position, rotation, scale));
      if (color) mesh.setColorAt(i, tint);
    }
    mesh.count = boxes.length;
    mesh.instanceMatrix.needsUpdate = true;
    if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
    mesh.computeBoundingBox();
    mesh.computeBoundingSphere();
  }, [boxes, baseM, color, ref]);

  if (boxes.length === 0) return null;
  const hover = props.onHover;
  return (
    <instancedMesh
      key={boxes.length}
      ref={ref}
      name={props.name}
      args={[props.geometry ?? UNIT_BOX, props.material, boxes.length]}
      dispose={null}
      castShadow={props.castShadow ?? false}
      receiveShadow={props.receiveShadow ?? false}
      onPointerMove={hover ? (e: ThreeEvent<PointerEvent>) => { e.stopPropagation(); hover(e.instanceId ?? null); } : undefined}
      onPointerOut={hover ? () => hover(null) : undefined}
    />
  );
}
