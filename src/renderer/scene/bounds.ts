import type { Bounds, Box } from './layout-types';

export const EMPTY_BOUNDS: Bounds = { minX: Infinity, maxX: -Infinity, minZ: Infinity, maxZ: -Infinity };

export function boxBounds(boxes: readonly Box[]): Bounds {
  let b = EMPTY_BOUNDS;
  for (const box of boxes) {
    b = union(b, { minX: box.x - box.widthM / 2, maxX: box.x + box.widthM / 2, minZ: box.z - box.depthM / 2, maxZ: box.z + box.depthM / 2 });
  }
  return b;
}

export function union(a: Bounds, b: Bounds): Bounds {
  return { minX: Math.min(a.minX, b.minX), maxX: Math.max(a.maxX, b.maxX), minZ: Math.min(a.minZ, b.minZ), maxZ: Math.max(a.maxZ, b.maxZ) };
}

export function isEmpty(b: Bounds): boolean {
  return !(b.maxX >= b.minX && b.maxZ >= b.minZ);
}

export function centre(b: Bounds): { x: number; z: number } {
  return { x: (b.minX + b.maxX) / 2, z: (b.minZ + b.maxZ) / 2 };
}
