import type { Site } from '../../api/schemas/site';
import { HOURS_PER_YEAR } from '../../power-model/hours';
import type { LoadProfile } from '../../power-model/load/load';
import type { SystemLoadSeries } from '../../power-model/system-load/types';
import { heldBundledSystemLoad, rememberBundledSystemLoad, siteMarketTariff } from '../data/load-grid-tariffs';
import type { SiteCache, SiteModel } from '../../power-model/site-model';
import type { WeatherYear } from '../../power-model/weather/types';
import { loadKey, loadKeyBase, solarKey } from './prepared-key';

/**
 * Where a runner keeps a site's prepared hourly inputs beyond its own life (the project file, see
 * src/main/services/prepared-cache.ts). Every failure is a miss: `read` gives null for a row that
 * is absent, damaged or of another shape, `write` may store nothing (read-only project); the
 * runner then computes as if there were no store.
 */
export type PreparedStore = {
  /** The key of `site`'s weather year, or null when it cannot be keyed (then nothing is stored for it). */
  weatherKey(site: Site): string | null;
  /** The key of the shipped system load of balancing authority `ba`, or null when it cannot be keyed. */
  systemLoadKey(ba: string): string | null;
  /** The value stored under `key` when it passes `check`; else null. */
  read<T>(key: string, check: (value: unknown) => value is T): T | null;
  write(key: string, siteId: string, value: unknown): void;
};

const isHourly = (value: unknown): value is Float64Array => value instanceof Float64Array && value.length === HOURS_PER_YEAR;
const isNumber = (value: unknown): value is number => typeof value === 'number';
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

export function isWeatherYear(value: unknown): value is WeatherYear {
  if (!isRecord(value) || !isRecord(value.source)) return false;
  const { source } = value;
  return (
    typeof source.kind === 'string' &&
    typeof source.label === 'string' &&
    [value.latitudeDeg, value.longitudeDeg, value.utcOffsetHours, value.elevationM].every(isNumber) &&
    [value.dryBulbC, value.ghiWPerM2, value.dniWPerM2, value.dhiWPerM2].every(isHourly) &&
    (value.windSpeedMPerS === undefined || isHourly(value.windSpeedMPerS))
  );
}

export function isLoadProfile(value: unknown): value is LoadProfile {
  return isRecord(value) && [value.itMW, value.pue, value.facilityMW].every(isHourly) && [value.installedItMW, value.peakFacilityMW, value.energyMWh, value.itEnergyMWh].every(isNumber);
}

export function isSystemLoadSeries(value: unknown): value is SystemLoadSeries {
  if (!isRecord(value) || !isRecord(value.clock)) return false;
  const { clock } = value;
  return (
    [value.id, value.name, value.source, clock.label].every((v) => typeof v === 'string') &&
    [value.firstHourUtcMs, clock.standardUtcOffsetHours].every(isNumber) &&
    typeof clock.daylightSaving === 'boolean' &&
    value.loadMW instanceof Float64Array &&
    value.loadMW.length > 0
  );
}

/**
 * Builds the site's engine model with its market's shipped system load (several years of hourly
 * load, parsed from a .csv.gz once per process) read from the store when this process does not
 * hold it yet, and stores it when `build` had to parse it. A site with its own attached system
 * load reads nothing here.
 */
export function withStoredSystemLoad(store: PreparedStore, site: Site, ownSystemLoad: boolean, build: () => SiteModel): SiteModel {
  const ba = ownSystemLoad ? undefined : siteMarketTariff(site)?.systemLoad;
  if (ba === undefined || heldBundledSystemLoad(ba) !== undefined) return build();
  const key = store.systemLoadKey(ba);
  if (key === null) return build();
  const stored = store.read(key, isSystemLoadSeries);
  if (stored !== null) {
    rememberBundledSystemLoad(ba, stored);
    return build();
  }
  const model = build();
  const parsed = heldBundledSystemLoad(ba);
  if (parsed !== undefined) store.write(key, site.id, parsed);
  return model;
}

/**
 * A map that reads through to the store on a miss and writes every value set, so the engine's
 * lazy per-site memo (`cachedLoad`, `cachedSolarPerMWac` in power-model/site-model.ts, which only
 * `get` and `set`) fills from and into the project without the pure engine knowing.
 */
class StoredMap<K, V> extends Map<K, V> {
  constructor(
    private readonly store: PreparedStore,
    private readonly siteId: string,
    private readonly keyOf: (key: K) => string,
    private readonly check: (value: unknown) => value is V,
  ) {
    super();
  }

  override get(key: K): V | undefined {
    const held = super.get(key);
    if (held !== undefined) return held;
    const stored = this.store.read(this.keyOf(key), this.check);
    if (stored === null) return undefined;
    super.set(key, stored);
    return stored;
  }

  override set(key: K, value: V): this {
    super.set(key, value);
    this.store.write(this.keyOf(key), this.siteId, value);
    return this;
  }
}

/**
 * The site cache of `site` backed by `store`: the weather year read under its key or computed by
 * `computeWeather` and stored; each year's load and each PV profile read on first use or computed
 * by the engine and stored. Without a key (null), a plain in-memory cache.
 */
export function storedSiteCache(store: PreparedStore, site: Site, model: SiteModel, computeWeather: () => WeatherYear): SiteCache {
  const key = store.weatherKey(site);
  if (key === null) return { weather: computeWeather(), loadByYear: new Map(), solarPerMWac: new Map() };
  let weather = store.read(key, isWeatherYear);
  if (weather === null) {
    weather = computeWeather();
    store.write(key, site.id, weather);
  }
  const loadBase = loadKeyBase(key, model);
  return {
    weather,
    loadByYear: new StoredMap(store, site.id, (year: number) => loadKey(loadBase, year), isLoadProfile),
    solarPerMWac: new StoredMap(store, site.id, (profile: string) => solarKey(key, profile), isHourly),
  };
}
