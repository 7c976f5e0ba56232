import { createHash } from 'node:crypto';
import type { Site } from '../../api/schemas/site';
import type { SiteModel } from '../../power-model/site-model';
import { canonicalJson, type SeriesDigest } from './summary-key';

/**
 * What decides a site's weather year (`siteWeather`, or `attachedWeather` for a series attached
 * to it): the climate fields (TMY3 station, monthly normals), the location (synthesis and a plain
 * CSV are placed there; the nearest station is found from it; the UTC offset comes from its state
 * and longitude), the bundled files read (by SHA-256, none when the site has its own weather), the
 * attached weather's bytes and file name, and the engine build (the parsers' code).
 */
export type WeatherInputs = {
  engineBuild: string;
  site: Pick<Site, 'climate' | 'location'>;
  files: string[];
  attached: SeriesDigest | null;
};

function sha256(tag: string, text: string): string {
  return createHash('sha256').update(`stargrid prepared ${tag}\0`).update(text).digest('hex');
}

/** SHA-256 of the canonical JSON of the inputs that decide the weather year; tagged so no other hash in the file can collide by design. */
export function weatherKey(inputs: WeatherInputs): string {
  return sha256('weather', canonicalJson({ ...inputs, site: { climate: inputs.site.climate ?? null, location: inputs.site.location } }));
}

/**
 * The key of the output of 1 MWac of PV: the weather it is computed from and the cache's own
 * name for the array (`mounting:dcAcRatio`, see `cachedSolarPerMWac`).
 */
export function solarKey(weather: string, profile: string): string {
  return sha256('solar', `${weather}\0${profile}`);
}

/**
 * The part of a year's load key that does not change with the year: the weather and what
 * `buildLoad` reads of the site model (its load spec, an attached load as hourly utilization
 * included, and its phases).
 */
export function loadKeyBase(weather: string, model: Pick<SiteModel, 'load' | 'phases'>): string {
  return sha256('load base', `${weather}\0${canonicalJson({ load: model.load, phases: model.phases })}`);
}

/** The key of the load of `year` on top of `loadKeyBase`. */
export function loadKey(base: string, year: number): string {
  return sha256('load', `${base}\0${year}`);
}

/**
 * The key of a balancing authority's shipped system load as parsed (`bundledSystemLoad`): the
 * authority and the engine build, whose data fingerprint covers data/system-load/*.csv.gz and
 * data/grid-tariffs.json.
 */
export function systemLoadKey(engineBuild: string, ba: string): string {
  return sha256('system load', `${engineBuild}\0${ba}`);
}
