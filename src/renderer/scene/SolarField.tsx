import { useMemo } from 'react';
import { Color, DataTexture, LinearFilter, LinearMipmapLinearFilter, MeshStandardMaterial, RepeatWrapping, RGBAFormat, SRGBColorSpace } from 'three';
import { SOLAR, SQUARE_METRES_PER_ACRE } from './equipment';
import { InstancedBoxes } from './InstancedBoxes';
import type { SolarBlock } from './layout-types';
import { PALETTE } from './palette';
import { useOnHour } from './scene-clock';
import type { OnHover } from './hover';

const dark = new Color(PALETTE.solarDark);
const bright = new Color(PALETTE.solarBright);

/** Tracker rows as stripes: 6 texels of panel, 2 of gravel between rows. */
function rowTexture(): DataTexture {
  const texels = [1, 1, 1, 1, 1, 1, 0, 0];
  const data = new Uint8Array(texels.length * 4);
  texels.forEach((panel, i) => data.set(panel ? [255, 255, 255, 255] : [205, 196, 170, 255], i * 4));
  const texture = new DataTexture(data, texels.length, 1, RGBAFormat);
  texture.wrapS = RepeatWrapping;
  texture.wrapT = RepeatWrapping;
  texture.colorSpace = SRGBColorSpace;
  // Mipmaps blend the stripes into an even tone from afar instead of a moiré.
  texture.magFilter = LinearFilter;
  texture.minFilter = LinearMipmapLinearFilter;
  texture.generateMipmaps = true;
  texture.anisotropy = 4;
  // One stripe per tracker row at a ~6 m pitch across an inverter block.
  texture.repeat.set(Math.round(Math.sqrt(SOLAR.blockMWac * SOLAR.acresPerMWac * SQUARE_METRES_PER_ACRE) / 6), 1);
  texture.needsUpdate = true;
  return texture;
}

/**
 * The solar field: all inverter blocks in one instanced mesh. Brightness follows the hour's
 * output, (solarToLoad + solarToBattery) ÷ MWac: dark navy at night, bright sky blue at full
 * output, with a faint glow so output reads on a projector.
 */
export function SolarField(props: { blocks: SolarBlock[]; onHover?: OnHover | undefined }) {
  const material = useMemo(() => new MeshStandardMaterial({ color: PALETTE.solarDark, map: rowTexture(), roughness: 0.35, metalness: 0.2 }), []);
  useOnHour((d) => {
    const f = d?.solarOutputFraction ?? 0;
    material.color.copy(dark).lerp(bright, f);
    material.emissive.copy(bright);
    material.emissiveIntensity = 0.25 * f;
  });
  const hover = props.onHover;
  return <InstancedBoxes name="solar" boxes={props.blocks} material={material} onHover={hover ? (i) => hover(i === null ? null : { kind: 'solar', index: i }) : undefined} />;
}
