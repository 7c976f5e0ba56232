import type { HourlySeriesName, SimulateResponse } from '../../api/schemas/model';
import type { Site } from '../../api/schemas/site';

/** The simulated fleet of one scenario (thermal blocks in merit order, solar, battery, grid limit). */
export type SceneFleet = SimulateResponse['fleet'];

/** The hourly series the scene animates; any 8760-long numeric array. */
export type SceneHourlyName = Extract<
  HourlySeriesName,
  'facilityMW' | 'solarAvailableMW' | 'gridToLoadMW' | 'gridToBatteryMW' | 'solarToLoadMW' | 'solarToBatteryMW' | 'thermalToLoadMW' | 'batteryToLoadMW' | 'batterySocMWh' | 'unservedMW'
>;
/**
 * The hourly series the scene reads; `gridCurtailed` is 1 in the hours a flexible grid connection
 * is cut to its firm part (the simulation's flexibleConnection.curtailedHourList), absent without one.
 */
export type SceneHourly = Record<SceneHourlyName, ArrayLike<number>> & { gridCurtailed?: ArrayLike<number> };

/**
 * Everything the campus scene draws from: the site (phases, design, grid), the scenario's fleet
 * and, when simulated, the hourly dispatch. The scene never calls the API itself.
 */
export type CampusSceneInput = {
  site: Site;
  fleet: SceneFleet;
  hourly: SceneHourly | null;
  /** The calendar year the simulation ran (SimulationSummary.year); null before one has. */
  year?: number | null;
};
