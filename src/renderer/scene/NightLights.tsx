import { useLayoutEffect, useMemo } from 'react';
import { AdditiveBlending, BufferGeometry, DataTexture, Float32BufferAttribute, LinearFilter, MeshBasicMaterial, PlaneGeometry, PointsMaterial, RGBAFormat, type Object3D, type WebGLRenderer } from 'three';
import { InstancedBoxes } from './InstancedBoxes';
import type { CampusLayout } from './layout-types';
import { layoutNightLights } from './night-lights';
import { currentSun, useOnHour, useSceneClock } from './scene-clock';
import { daylight } from './sun';

/** Lights show from dusk to dawn: the same threshold as the hall windows and the pole lamps. */
export const LIT_BELOW_DAYLIGHT = 0.35;
/** Sprite sizes in pixels of a 1080-line picture (scaled with the drawing buffer, so a 4K export keeps them in proportion). */
const LAMP_PX = 9;
const BEACON_PX = 11;

/** A round glow: white core, alpha falling off as (1 − r)², 64 × 64 (generated, no asset). */
function glowTexture(): DataTexture {
  const n = 64;
  const data = new Uint8Array(n * n * 4);
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      const r = Math.min(1, Math.hypot((x + 0.5) / n - 0.5, (y + 0.5) / n - 0.5) * 2);
      data.set([255, 255, 255, Math.round(255 * (1 - r) ** 2)], (y * n + x) * 4);
    }
  }
  const t = new DataTexture(data, n, n, RGBAFormat);
  t.magFilter = LinearFilter;
  t.minFilter = LinearFilter;
  t.needsUpdate = true;
  return t;
}

const GLOW = glowTexture();
const FLAT = new PlaneGeometry(1, 1).rotateX(-Math.PI / 2);

function pointsGeometry(xyz: Float32Array): BufferGeometry {
  const g = new BufferGeometry();
  g.setAttribute('position', new Float32BufferAttribute(xyz, 3));
  g.computeBoundingSphere();
  return g;
}

/** Keeps a screen-sized sprite the same share of the picture at any drawing-buffer height. */
function sizeWithBuffer(px: number) {
  return function (this: Object3D, renderer: WebGLRenderer) {
    const material = (this as Object3D & { material: PointsMaterial }).material;
    material.size = px * Math.max(1, renderer.domElement.height / 1080);
  };
}

/**
 * The campus lit at night (night-lights.ts says where): warm lamps on the road poles, wall packs
 * round every hall and floodlights over the switchyard as glowing point sprites (one draw call),
 * the pools they throw on the ground (one instanced mesh, added light), and a red obstruction
 * light on every stack (one draw call). No real lights and no shadows: all emissive, so the cost
 * is three draw calls however large the campus. Hidden in daylight.
 */
export function NightLights(props: { layout: Pick<CampusLayout, 'halls' | 'units' | 'substation' | 'details'> }) {
  const clock = useSceneClock();
  const { halls, units, substation, details } = props.layout;
  const lights = useMemo(() => layoutNightLights({ halls, units, substation, details }), [halls, units, substation, details]);
  const parts = useMemo(
    () => ({
      lamps: pointsGeometry(lights.lamps),
      beacons: pointsGeometry(lights.beacons),
      lampMaterial: new PointsMaterial({ color: '#ffd89a', map: GLOW, size: LAMP_PX, sizeAttenuation: false, transparent: true, depthWrite: false, blending: AdditiveBlending, toneMapped: false, fog: false }),
      beaconMaterial: new PointsMaterial({ color: '#ff2a1a', map: GLOW, size: BEACON_PX, sizeAttenuation: false, transparent: true, depthWrite: false, blending: AdditiveBlending, toneMapped: false, fog: false }),
      poolMaterial: new MeshBasicMaterial({ color: '#b8894a', map: GLOW, transparent: true, depthWrite: false, blending: AdditiveBlending, polygonOffset: true, polygonOffsetFactor: -6, polygonOffsetUnits: -6, toneMapped: false }),
    }),
    [lights],
  );
  useLayoutEffect(
    () => () => {
      parts.lamps.dispose();
      parts.beacons.dispose();
    },
    [parts],
  );
  useOnHour(() => {
    const lit = daylight(currentSun(clock).elevationDeg) < LIT_BELOW_DAYLIGHT;
    parts.lampMaterial.visible = lit;
    parts.beaconMaterial.visible = lit;
    parts.poolMaterial.visible = lit;
  });
  const lampSize = useMemo(() => sizeWithBuffer(LAMP_PX), []);
  const beaconSize = useMemo(() => sizeWithBuffer(BEACON_PX), []);
  return (
    <group name="night-lights">
      <InstancedBoxes name="light-pools" boxes={lights.pools} material={parts.poolMaterial} geometry={FLAT} baseM={0.08} />
      {lights.lamps.length > 0 ? <points name="lamps-lit" geometry={parts.lamps} material={parts.lampMaterial} onBeforeRender={lampSize} dispose={null} /> : null}
      {lights.beacons.length > 0 ? <points name="stack-beacons" geometry={parts.beacons} material={parts.beaconMaterial} onBeforeRender={beaconSize} dispose={null} /> : null}
    </group>
  );
}
