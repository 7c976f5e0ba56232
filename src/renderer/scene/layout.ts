import { boxBounds, centre, EMPTY_BOUNDS, isEmpty, union } from './bounds';
import { cameraPresets } from './camera-presets';
import { SQUARE_METRES_PER_ACRE } from './equipment';
import { contactFootprints, layoutBays, layoutInverters, layoutRoads, layoutRooftop, layoutTrackerRows } from './layout-details';
import { layoutHalls } from './layout-halls';
import { circuitBounds, layoutBattery, layoutCircuits, layoutSolar, layoutSubstation, layoutUnits } from './layout-power';
import type { Bounds, CampusLayout, Substation, UnitBox } from './layout-types';
import type { CampusSceneInput } from './types';

/** Space between the campus zones, metres (our assumption: roads and setbacks). */
const ZONE_GAP_M = 180;
/** Margin between the drawn equipment and a boundary derived from it, metres. */
const BOUNDARY_MARGIN_M = 120;

function assertFleet(fleet: CampusSceneInput['fleet']): void {
  const check = (field: string, v: number) => {
    if (!Number.isFinite(v) || v < 0) throw new Error(`fleet.${field}: must be a finite number ≥ 0 (got ${String(v)})`);
  };
  check('solarMWac', fleet.solarMWac);
  check('batteryPowerMW', fleet.batteryPowerMW);
  check('batteryEnergyMWh', fleet.batteryEnergyMWh);
  check('gridImportLimitMW', fleet.gridImportLimitMW);
  fleet.thermal.forEach((b, i) => {
    if (!Number.isInteger(b.units) || b.units < 0) throw new Error(`fleet.thermal[${i}].units: must be a whole number ≥ 0 (got ${String(b.units)})`);
    if (b.units > 0 && !(b.unitMW > 0 && Number.isFinite(b.unitMW))) throw new Error(`fleet.thermal[${i}].unitMW: must be > 0 (got ${String(b.unitMW)})`);
  });
}

function unitsBounds(units: UnitBox[]): Bounds {
  return union(boxBounds(units), boxBounds(units.flatMap((u) => (u.stack ? [{ x: u.stack.x, z: u.stack.z, widthM: u.stack.diameterM, depthM: u.stack.diameterM, heightM: 0 }] : []))));
}

/**
 * The campus at true scale from the site and the scenario's fleet:
 * - data halls and cooling yards at the centre (layout-halls.ts);
 * - to the west the substation (sized from the scenario's grid import limit, omitted when it is
 *   0, as in an islanded scenario) with two circuits leaving west, and the battery yard south of it;
 * - to the east the power block, one enclosure per thermal unit in fleet order;
 * - east of the boundary the solar field from MWac and land use (wide pictures suit a 16:9 screen);
 * - detail from the same figures (layout-details.ts): heat rejection on the roofs, a switchyard
 *   bay per line, battery inverters, tracker rows, roads, the fence and its lights;
 * - the site boundary: a square of the site's land area around the halls, substation, battery
 *   and power block, or, without a land area (or when the drawn equipment does not fit it), their
 *   extent plus a margin. Solar usually lies outside it, on leased land, as at real campuses.
 */
export function layoutCampus(input: CampusSceneInput): CampusLayout {
  assertFleet(input.fleet);
  const { halls, cooling } = layoutHalls(input.site);
  const hallBounds = union(boxBounds(halls), boxBounds(cooling));
  const core = isEmpty(hallBounds) ? { minX: -100, maxX: 100, minZ: -100, maxZ: 100 } : hallBounds;

  const units = layoutUnits(input.fleet, core.maxX + ZONE_GAP_M, centre(core).z);

  let substation: Substation | null = null;
  if (input.fleet.gridImportLimitMW > 0) {
    substation = layoutSubstation(input.fleet.gridImportLimitMW, input.site.grid.voltageKV?.value, core.minX - ZONE_GAP_M, core.minZ + 150);
  }
  const batteryWest = substation ? substation.pad.x - substation.pad.widthM / 2 : core.minX - ZONE_GAP_M - 300;
  const batteryNorth = substation ? substation.pad.z + substation.pad.depthM / 2 + 60 : core.minZ;
  const containers = layoutBattery(input.fleet.batteryEnergyMWh, batteryWest, batteryNorth);
  const circuits = substation ? layoutCircuits(substation) : [];

  const builtCore = [hallBounds, unitsBounds(units), boxBounds(containers), substation ? boxBounds([substation.pad]) : EMPTY_BOUNDS].reduce(union, EMPTY_BOUNDS);
  const coreBounds = isEmpty(builtCore) ? core : builtCore;
  const c = centre(coreBounds);
  const neededSide = Math.max(coreBounds.maxX - coreBounds.minX, coreBounds.maxZ - coreBounds.minZ) + 2 * BOUNDARY_MARGIN_M;
  const landAcres = input.site.design.landAcres?.value;
  const landSide = landAcres !== undefined && landAcres > 0 ? Math.sqrt(landAcres * SQUARE_METRES_PER_ACRE) : 0;
  const boundary = landSide >= neededSide ? { x: c.x, z: c.z, sideM: landSide, source: 'landAcres' as const } : { x: c.x, z: c.z, sideM: neededSide, source: 'layout' as const };
  const fence: Bounds = { minX: c.x - boundary.sideM / 2, maxX: c.x + boundary.sideM / 2, minZ: c.z - boundary.sideM / 2, maxZ: c.z + boundary.sideM / 2 };

  const solarBlocks = layoutSolar(input.fleet.solarMWac, fence.maxX + ZONE_GAP_M, c.z);
  const bounds = [fence, boxBounds(solarBlocks), circuits.length ? circuitBounds(circuits) : EMPTY_BOUNDS].reduce(union, EMPTY_BOUNDS);
  const presets = cameraPresets({
    overview: bounds,
    'data-halls': hallBounds,
    'power-block': unitsBounds(units),
    substation: substation ? union(boxBounds([substation.pad]), boxBounds(containers)) : EMPTY_BOUNDS,
  });
  const details = {
    rooftop: layoutRooftop(halls),
    bays: layoutBays(substation, circuits),
    inverters: layoutInverters(containers),
    trackerRows: layoutTrackerRows(solarBlocks).rows,
    ...layoutRoads(fence, halls, cooling, substation),
    contact: contactFootprints(halls, units, substation),
  };
  return { halls, cooling, units, solarBlocks, containers, substation, circuits, boundary, bounds, presets, details };
}
