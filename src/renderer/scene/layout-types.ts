/**
 * The campus layout in metres: x east, z south, y up, origin at the centre of the data halls.
 * A box's x/z is the centre of its footprint; it stands on the ground (y = 0) unless baseM says.
 */
export type Box = { x: number; z: number; widthM: number; depthM: number; heightM: number };

export type HallStatus = 'operating' | 'under-construction' | 'planned';

export type HallBox = Box & {
  phaseIndex: number;
  phaseName: string;
  status: HallStatus;
  energizationYear: number;
  /** Month (1–12) the phase is energized; absent means January, as the engine's load reads it. */
  energizationMonth?: number | undefined;
  /** Racks in the building at the site's rack density (or ROOFTOP.defaultRackKW). */
  racks: number;
  rackKW: number;
  /** This building's share of the phase: IT MW and facility MW at design PUE. */
  itMW: number;
  facilityMW: number;
  hallInPhase: number;
  hallsInPhase: number;
};

export type UnitBox = Box & {
  blockIndex: number;
  unitInBlock: number;
  technologyId: string;
  name: string;
  kind: 'gas-turbine' | 'combined-cycle' | 'recip-engine' | 'fuel-cell';
  unitMW: number;
  /** Exhaust stack beside the enclosure; null for fuel cells. */
  stack: { x: number; z: number; diameterM: number; heightM: number } | null;
};

export type SolarBlock = Box & { mwac: number };

export type Substation = { pad: Box; transformers: Box[]; limitMW: number; voltageKV: number | undefined };

/** One circuit: towers from the grid end (first) to the substation (last). */
export type TransmissionCircuit = { towers: { x: number; z: number }[]; towerHeightM: number };

export type Bounds = { minX: number; maxX: number; minZ: number; maxZ: number };

export type CameraPresetId = 'overview' | 'substation' | 'power-block' | 'data-halls';
export type CameraPreset = { id: CameraPresetId; label: string; position: [number, number, number]; target: [number, number, number] };

/** A box turned about its long (north–south) axis, for tracker rows. */
export type TrackerRow = { x: number; z: number; lengthM: number };

/** Detail drawn from the same model: roof units, switchyard bays, inverters, tracker rows, roads, lights. */
export type CampusDetails = {
  /** Heat-rejection units on each hall roof (hallIndex says which hall, for its state). */
  rooftop: (Box & { hallIndex: number })[];
  bays: { gantries: Box[]; beams: Box[]; breakers: Box[] };
  inverters: Box[];
  trackerRows: TrackerRow[];
  roads: Box[];
  fence: Box[];
  lights: { x: number; z: number }[];
  /** Footprints that darken the ground around them (baked contact shadow). */
  contact: Box[];
};

export type CampusLayout = {
  halls: HallBox[];
  /** Cooling yard of each hall, same order as `halls`. */
  cooling: Box[];
  units: UnitBox[];
  solarBlocks: SolarBlock[];
  containers: Box[];
  substation: Substation | null;
  circuits: TransmissionCircuit[];
  boundary: { x: number; z: number; sideM: number; source: 'landAcres' | 'layout' };
  bounds: Bounds;
  presets: CameraPreset[];
  details: CampusDetails;
};
