import { useFrame, useThree } from '@react-three/fiber';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { Color, Fog, Object3D, type DirectionalLight, type HemisphereLight } from 'three';
import { Sky } from 'three/examples/jsm/objects/Sky.js';
import type { Bounds } from './layout-types';
import { currentSun, useSceneClock } from './scene-clock';
import { daylight } from './sun';

const DAY_FOG = new Color('#c9d6e3');
const NIGHT_FOG = new Color('#0b1424');
const NOON_SUN = new Color('#fff6e8');
const LOW_SUN = new Color('#ffb36b');
const MOON = new Color('#9fb4d8');
const fog = new Color();
const EXPOSURE = 0.55;

/**
 * The sky and its light at the scrubbed hour: a Preetham sky shader (three.js Sky, bundled, no
 * network) with the sun at its true position for the site (sun.ts), a sun that casts shadows over
 * the campus, sky and ground fill light, haze that matches the horizon, and moonlight at night.
 * The sky box follows the camera and stays inside its far plane.
 */
export function SkyAndSun(props: { bounds: Bounds; fence: Bounds }) {
  const clock = useSceneClock();
  const scene = useThree((s) => s.scene);
  const gl = useThree((s) => s.gl);
  const sun = useRef<DirectionalLight>(null);
  const hemi = useRef<HemisphereLight>(null);
  const sky = useMemo(() => {
    const s = new Sky();
    s.name = 'sky';
    const u = s.material.uniforms;
    if (u.turbidity) u.turbidity.value = 2.5;
    if (u.rayleigh) u.rayleigh.value = 1.2;
    if (u.mieCoefficient) u.mieCoefficient.value = 0.003;
    if (u.mieDirectionalG) u.mieDirectionalG.value = 0.82;
    if (u.cloudCoverage) u.cloudCoverage.value = 0.25;
    s.frustumCulled = false;
    return s;
  }, []);
  const target = useMemo(() => new Object3D(), []);
  const size = Math.max(props.fence.maxX - props.fence.minX, props.fence.maxZ - props.fence.minZ, 600);
  const centre = useMemo(() => ({ x: (props.fence.minX + props.fence.maxX) / 2, z: (props.fence.minZ + props.fence.maxZ) / 2 }), [props.fence]);
  const extent = Math.max(props.bounds.maxX - props.bounds.minX, props.bounds.maxZ - props.bounds.minZ, 2000);

  useLayoutEffect(() => {
    scene.fog = new Fog(DAY_FOG.getHex(), extent * 2.5, extent * 7);
    return () => {
      scene.fog = null;
    };
  }, [scene, extent]);
  useLayoutEffect(() => {
    target.position.set(centre.x, 0, centre.z);
    target.updateMatrixWorld();
    const light = sun.current;
    if (!light) return;
    light.target = target;
    const cam = light.shadow.camera;
    const half = size * 0.62;
    cam.left = -half;
    cam.right = half;
    cam.top = half;
    cam.bottom = -half;
    cam.near = 1;
    cam.far = size * 4;
    cam.updateProjectionMatrix();
    light.shadow.bias = -0.0004;
    light.shadow.normalBias = 0.6;
  }, [centre, size, target]);
  useLayoutEffect(() => () => sky.material.dispose(), [sky]);
  // The physical sky is bright: expose at 0.55 so it stays blue, and light the campus to match.
  useLayoutEffect(() => {
    const before = gl.toneMappingExposure;
    gl.toneMappingExposure = EXPOSURE;
    return () => {
      gl.toneMappingExposure = before;
    };
  }, [gl]);

  const last = useRef({ hour: -1 });
  useFrame(({ camera }) => {
    // The sky box rides with the camera, scaled to sit inside the far plane (fitted per view by CameraRig).
    sky.position.copy(camera.position);
    sky.scale.setScalar((camera as { far?: number }).far ?? 100_000);
    const hour = clock.store.getState().hour;
    if (last.current.hour === hour) return;
    last.current.hour = hour;
    const s = currentSun(clock);
    const day = daylight(s.elevationDeg);
    const [dx, dy, dz] = s.direction;
    sky.material.uniforms.sunPosition?.value.set(dx, dy, dz);
    const light = sun.current;
    if (light) {
      if (day > 0) {
        light.position.set(centre.x + dx * size * 2, Math.max(dy, 0.02) * size * 2, centre.z + dz * size * 2);
        light.color.copy(LOW_SUN).lerp(NOON_SUN, Math.min(1, Math.max(0, s.elevationDeg / 35)));
        light.intensity = 6 * day;
        light.castShadow = true;
      } else {
        // Moonlight from high in the south-west: faint and without shadows, so the lit campus reads.
        light.position.set(centre.x - size, size * 2, centre.z + size);
        light.color.copy(MOON);
        light.intensity = 0.6;
        light.castShadow = false;
      }
    }
    if (hemi.current) hemi.current.intensity = 0.4 + 1.9 * day;
    fog.copy(NIGHT_FOG).lerp(DAY_FOG, day);
    if (scene.fog) scene.fog.color.copy(fog);
    scene.background = fog;
  });

  return (
    <>
      <primitive object={sky} dispose={null} />
      <primitive object={target} />
      <hemisphereLight ref={hemi} args={['#dbe7f5', '#7d7358', 1.1]} />
      <directionalLight ref={sun} castShadow intensity={3} shadow-mapSize-width={1024} shadow-mapSize-height={1024} />
    </>
  );
}
