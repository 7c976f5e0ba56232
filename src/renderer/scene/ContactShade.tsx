import { useMemo } from 'react';
import { DataTexture, LinearFilter, MeshBasicMaterial, PlaneGeometry, RGBAFormat } from 'three';
import { InstancedBoxes } from './InstancedBoxes';
import type { Box } from './layout-types';

/**
 * Baked contact shade, the ambient occlusion we can afford in software WebGL: under every tall
 * object a dark rectangle that fades from its footprint outwards (a generated 64 × 64 texture,
 * alpha falling off smoothly to the edges), all in one instanced mesh drawn over the ground.
 * Screen-space AO (SSAO) costs a full-screen pass or more per frame, too slow under SwiftShader.
 */
function shadeTexture(): DataTexture {
  const n = 64;
  const data = new Uint8Array(n * n * 4);
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      // Distance outside the inner 60% square, 0 inside, 1 at the edge: alpha falls off as (1 − d)².
      const dx = Math.max(0, Math.abs((x + 0.5) / n - 0.5) * 2 - 0.6) / 0.4;
      const dy = Math.max(0, Math.abs((y + 0.5) / n - 0.5) * 2 - 0.6) / 0.4;
      const d = Math.min(1, Math.hypot(dx, dy));
      data.set([0, 0, 0, Math.round(150 * (1 - d) ** 2)], (y * n + x) * 4);
    }
  }
  const t = new DataTexture(data, n, n, RGBAFormat);
  t.magFilter = LinearFilter;
  t.minFilter = LinearFilter;
  t.needsUpdate = true;
  return t;
}

const FLAT = new PlaneGeometry(1, 1).rotateX(-Math.PI / 2);

export function ContactShade(props: { footprints: Box[] }) {
  const material = useMemo(() => new MeshBasicMaterial({ map: shadeTexture(), transparent: true, depthWrite: false, polygonOffset: true, polygonOffsetFactor: -4, polygonOffsetUnits: -4 }), []);
  return <InstancedBoxes name="contact-shade" boxes={props.footprints} material={material} geometry={FLAT} baseM={0.05} />;
}
