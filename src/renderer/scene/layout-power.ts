import { BATTERY, LINE, SOLAR, SQUARE_METRES_PER_ACRE, SUBSTATION, UNIT_ENCLOSURES, towerHeightM } from './equipment';
import type { Bounds, Box, SolarBlock, Substation, TransmissionCircuit, UnitBox } from './layout-types';
import type { SceneFleet } from './types';

const KINDS = Object.keys(UNIT_ENCLOSURES) as UnitBox['kind'][];

function isKind(kind: string): kind is UnitBox['kind'] {
  return (KINDS as string[]).includes(kind);
}

/**
 * One enclosure per generating unit, block after block in fleet (merit) order, east of `west`
 * (metres) and centred on z = `centreZ`. Each block is a near-square grid of its units.
 */
export function layoutUnits(fleet: SceneFleet, west: number, centreZ: number): UnitBox[] {
  const units: UnitBox[] = [];
  let x0 = west;
  fleet.thermal.forEach((block, blockIndex) => {
    if (block.units === 0) return;
    if (!isKind(block.kind)) throw new Error(`fleet.thermal[${blockIndex}].kind: "${block.kind}" is not one of ${KINDS.join(', ')}`);
    const e = UNIT_ENCLOSURES[block.kind];
    const plan = Math.sqrt(block.unitMW / e.referenceMW);
    const widthM = e.lengthM * plan;
    const depthM = e.widthM * plan;
    const heightM = e.heightM * Math.cbrt(block.unitMW / e.referenceMW);
    const stackD = e.stackDiameterM * plan;
    const cellW = widthM + Math.max(8, 0.5 * depthM) + stackD;
    const cellD = depthM + Math.max(10, 0.8 * depthM);
    const cols = Math.max(1, Math.ceil(Math.sqrt((block.units * cellD) / cellW)));
    const rows = Math.ceil(block.units / cols);
    for (let i = 0; i < block.units; i++) {
      const x = x0 + (i % cols) * cellW + widthM / 2;
      const z = centreZ + (Math.floor(i / cols) - (rows - 1) / 2) * cellD;
      const stack = stackD > 0 ? { x: x + widthM / 2 + stackD / 2 + 1, z, diameterM: stackD, heightM: e.stackHeightM * Math.cbrt(block.unitMW / e.referenceMW) } : null;
      units.push({ x, z, widthM, depthM, heightM, blockIndex, unitInBlock: i + 1, technologyId: block.technologyId, name: block.name, kind: block.kind, unitMW: block.unitMW, stack });
    }
    x0 += cols * cellW + 60;
  });
  return units;
}

/**
 * The solar field: ceil(MWac ÷ SOLAR.blockMWac) square inverter blocks of
 * blockMWac × acresPerMWac acres each (the last one narrower, holding the remainder), in a
 * near-square grid with roads between, its west edge at `west` and centred on z = `centreZ`.
 */
export function layoutSolar(solarMWac: number, west: number, centreZ: number): SolarBlock[] {
  if (solarMWac <= 0) return [];
  const n = Math.ceil(solarMWac / SOLAR.blockMWac - 1e-9);
  const side = Math.sqrt(SOLAR.blockMWac * SOLAR.acresPerMWac * SQUARE_METRES_PER_ACRE);
  const pitch = side + SOLAR.roadM;
  const cols = Math.ceil(Math.sqrt(n));
  const blocks: SolarBlock[] = [];
  for (let i = 0; i < n; i++) {
    const mwac = Math.min(SOLAR.blockMWac, solarMWac - i * SOLAR.blockMWac);
    const widthM = side * (mwac / SOLAR.blockMWac);
    const rows = Math.ceil(n / cols);
    const left = west + (i % cols) * pitch;
    blocks.push({ x: left + widthM / 2, z: centreZ + (Math.floor(i / cols) - (rows - 1) / 2) * pitch, widthM, depthM: side, heightM: SOLAR.panelHeightM, mwac });
  }
  return blocks;
}

/**
 * Battery containers: ceil(MWh ÷ BATTERY.mwhPerContainer), long side north–south, in rows at
 * least BATTERY.perRow wide (wider for big batteries, so the yard stays near square), the
 * yard's north-west corner at (west, north).
 */
export function layoutBattery(energyMWh: number, west: number, north: number): Box[] {
  if (energyMWh <= 0) return [];
  const n = Math.ceil(energyMWh / BATTERY.mwhPerContainer - 1e-9);
  const pitchX = BATTERY.widthM + BATTERY.gapM;
  const pitchZ = BATTERY.lengthM + BATTERY.aisleM;
  const perRow = Math.max(BATTERY.perRow, Math.ceil(Math.sqrt((n * pitchZ) / pitchX)));
  const boxes: Box[] = [];
  for (let i = 0; i < n; i++) {
    boxes.push({ x: west + (i % perRow) * pitchX + BATTERY.widthM / 2, z: north + Math.floor(i / perRow) * pitchZ + BATTERY.lengthM / 2, widthM: BATTERY.widthM, depthM: BATTERY.lengthM, heightM: BATTERY.heightM });
  }
  return boxes;
}

/**
 * The substation for an import limit of `limitMW`: a square pad of side
 * padBaseM + padMPerSqrtMW × sqrt(limitMW) with ceil(limitMW ÷ mvaPerTransformer) transformers
 * in a grid, its east edge at `east` and centred on z = `centreZ`.
 */
export function layoutSubstation(limitMW: number, voltageKV: number | undefined, east: number, centreZ: number): Substation {
  const side = SUBSTATION.padBaseM + SUBSTATION.padMPerSqrtMW * Math.sqrt(limitMW);
  const pad: Box = { x: east - side / 2, z: centreZ, widthM: side, depthM: side, heightM: 0.5 };
  const n = Math.ceil(limitMW / SUBSTATION.mvaPerTransformer - 1e-9);
  const cols = Math.ceil(Math.sqrt(n));
  const rows = Math.ceil(n / cols);
  const [tw, td, th] = SUBSTATION.transformerM;
  const pitchX = (side * 0.8) / cols;
  const pitchZ = (side * 0.8) / rows;
  const transformers: Box[] = [];
  for (let i = 0; i < n; i++) {
    transformers.push({ x: pad.x + ((i % cols) - (cols - 1) / 2) * pitchX, z: pad.z + (Math.floor(i / cols) - (rows - 1) / 2) * pitchZ, widthM: tw, depthM: td, heightM: th });
  }
  return { pad, transformers, limitMW, voltageKV };
}

/** Two circuits running LINE.lengthM west from the substation pad, a tower every LINE.spanM. */
export function layoutCircuits(substation: Substation): TransmissionCircuit[] {
  const east = substation.pad.x - substation.pad.widthM / 2;
  const spans = Math.round(LINE.lengthM / LINE.spanM);
  const heightM = towerHeightM(substation.voltageKV);
  return [-1, 1].map((side) => {
    const z = substation.pad.z + (side * LINE.circuitGapM) / 2;
    const towers: { x: number; z: number }[] = [];
    for (let k = spans; k >= 0; k--) towers.push({ x: east - k * LINE.spanM, z });
    return { towers, towerHeightM: heightM };
  });
}

export function circuitBounds(circuits: TransmissionCircuit[]): Bounds {
  const xs = circuits.flatMap((c) => c.towers.map((t) => t.x));
  const zs = circuits.flatMap((c) => c.towers.map((t) => t.z));
  return { minX: Math.min(...xs), maxX: Math.max(...xs), minZ: Math.min(...zs), maxZ: Math.max(...zs) };
}
