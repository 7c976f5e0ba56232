import type { DistillateFuel } from './fuel/distillate';
import type { CostRanges } from './economics/ranges';
import type { GridSpec } from './grid/supply';
import { buildLoad, type LoadPhase, type LoadProfile, type LoadSpec } from './load/load';
import { simulatePv } from './solar/pv';
import type { ThermalTechnology } from './thermal/technology';
import type { WeatherYear } from './weather/types';

/** Cost and timing of solar PV per kWac (data/technologies.json 'solar-pv-tracking'). */
export type SolarTechnology = { capexUSDPerKW: number; fixedOMUSDPerKWYear: number; leadTimeYears: number; lifetimeYears: number; dcAcRatio: number; source?: string; range?: CostRanges };

/** Cost and behaviour of batteries; capex is per kW of a `durationHours` system. */
export type BatteryTechnology = {
  capexUSDPerKW: number;
  durationHours: number;
  fixedOMUSDPerKWYear: number;
  roundTripEfficiency: number;
  leadTimeYears: number;
  lifetimeYears: number;
  source?: string;
  range?: CostRanges;
};

/**
 * Everything the engine needs to know about one site, already in engine units: phases in IT MW,
 * the grid, the technology catalog and fuel. Built from a validated site file by src/main/model.
 * `planningYear`: the year decisions are taken (orders placed); BTM assets ordered then are
 * online after their lead time.
 */
export type SiteModel = {
  id: string;
  name: string;
  planningYear: number;
  phases: LoadPhase[];
  load: Omit<LoadSpec, 'phases' | 'year'>;
  grid: GridSpec;
  thermalTechnologies: Record<string, ThermalTechnology>;
  solar: SolarTechnology;
  battery: BatteryTechnology;
  gasPriceUSDPerMMBtu: number;
  gasCo2KgPerMMBtu: number;
  /** No. 2 distillate for dual-fuel backup (fuel/distillate.ts); absent = no distillate can be stored at this site. */
  distillate?: DistillateFuel;
  /** Ground elevation, m above sea level; thermal output derates with it. Absent = 0 (sea level). */
  elevationM?: number;
  /** Where site-specific figures came from, by sheet input name. */
  sources?: Partial<Record<string, string>>;
};

/**
 * Per-site memo of the expensive, scenario-independent hourly work: the load of each year and the
 * output of 1 MWac of solar per mounting (PV output scales linearly with capacity at a fixed
 * DC/AC ratio, clipping included). Hold one per site and weather year; a changed site or weather
 * needs a new cache.
 */
export type SiteCache = {
  weather: WeatherYear;
  loadByYear: Map<number, LoadProfile>;
  solarPerMWac: Map<string, Float64Array>;
};

export function createSiteCache(weather: WeatherYear): SiteCache {
  return { weather, loadByYear: new Map(), solarPerMWac: new Map() };
}

export function cachedLoad(cache: SiteCache, site: SiteModel, year: number): LoadProfile {
  let load = cache.loadByYear.get(year);
  if (!load) {
    load = buildLoad({ ...site.load, phases: site.phases, year }, cache.weather);
    cache.loadByYear.set(year, load);
  }
  return load;
}

export function cachedSolarPerMWac(cache: SiteCache, mounting: 'fixed' | 'single-axis', dcAcRatio: number): Float64Array {
  const key = `${mounting}:${dcAcRatio}`;
  let profile = cache.solarPerMWac.get(key);
  if (!profile) {
    profile = simulatePv(cache.weather, { capacityMWac: 1, dcAcRatio, mounting }).acMW;
    cache.solarPerMWac.set(key, profile);
  }
  return profile;
}
