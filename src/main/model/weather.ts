import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Site } from '../../api/schemas/site';
import { parseEpw } from '../../power-model/weather/epw';
import { parseWeatherFile } from '../../power-model/weather/parse-weather-file';
import { parsePlainWeatherCsv } from '../../power-model/weather/plain-csv';
import { synthesizeWeather } from '../../power-model/weather/synthetic';
import { parseTmy3 } from '../../power-model/weather/tmy3';
import type { WeatherYear } from '../../power-model/weather/types';
import { weatherDir } from '../paths';
import { utcOffsetHours } from './site-model';

/** Seed of the synthesized year, fixed so a site's synthetic weather is the same in every run. */
const SYNTHETIC_SEED = 2025;

/**
 * A site's weather year: its TMY3 station file from `data/weather` (`<station>TYA.CSV`, see
 * that folder's README) when the site names one and the file is there; else a year synthesized
 * from the site's monthly climate normals. The result's `source` says which.
 */
export function siteWeather(site: Site, folder: string = weatherDir()): WeatherYear {
  const station = site.climate?.tmy3Station;
  if (station !== undefined) {
    const file = join(folder, `${station}TYA.CSV`);
    if (existsSync(file)) return parseTmy3(readFileSync(file, 'utf8'));
  }
  const monthly = site.climate?.monthly;
  if (monthly === undefined) return nearestStationWeather(site, folder);
  return synthesizeWeather({
    latitudeDeg: site.location.lat.value,
    longitudeDeg: site.location.lon.value,
    utcOffsetHours: utcOffsetHours(site),
    monthly,
    seed: SYNTHETIC_SEED,
  });
}

/**
 * The bundled files `siteWeather` reads for `site`, so a cache key can hash them: its station's
 * file; none for a year synthesized from the site's normals (the site and the code fix it); every
 * station file for the nearest-station estimate (which one is nearest depends on all of them).
 * Kept beside `siteWeather` and following its order of choice.
 */
export function siteWeatherFiles(site: Site, folder: string = weatherDir()): string[] {
  const station = site.climate?.tmy3Station;
  if (station !== undefined) {
    const file = join(folder, `${station}TYA.CSV`);
    if (existsSync(file)) return [file];
  }
  if (site.climate?.monthly !== undefined) return [];
  return (existsSync(folder) ? readdirSync(folder) : []).filter((name) => /^\d{6}TYA\.CSV$/.test(name)).sort().map((name) => join(folder, name));
}

/** Great-circle distance, km (haversine on a 6371 km sphere). */
function distanceKm(latA: number, lonA: number, latB: number, lonB: number): number {
  const rad = Math.PI / 180;
  const dLat = (latB - latA) * rad;
  const dLon = (lonB - lonA) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(latA * rad) * Math.cos(latB * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * A site with neither a TMY3 station nor monthly normals (one typed into the site form, say) runs
 * on the nearest bundled TMY3 station's year rather than being refused: an estimate, and the
 * weather source says so, with the distance, so the user knows to attach the site's own weather.
 * Each file's first line holds the station's latitude and longitude (fields 5 and 6).
 */
function nearestStationWeather(site: Site, folder: string): WeatherYear {
  const lat = site.location.lat.value;
  const lon = site.location.lon.value;
  let best: { file: string; km: number } | null = null;
  for (const name of existsSync(folder) ? readdirSync(folder) : []) {
    if (!/^\d{6}TYA\.CSV$/.test(name)) continue;
    const file = join(folder, name);
    const header = readFileSync(file, 'utf8').slice(0, 200).split('\n')[0]?.split(',') ?? [];
    const km = distanceKm(lat, lon, Number(header[4]), Number(header[5]));
    if (Number.isFinite(km) && (!best || km < best.km)) best = { file, km };
  }
  if (!best) throw new Error(`site "${site.id}": climate: no weather for this site (no TMY3 station, no monthly normals, no bundled station to fall back on); import the site's weather`);
  const weather = parseTmy3(readFileSync(best.file, 'utf8'));
  return { ...weather, source: { kind: weather.source.kind, label: `estimate: nearest bundled station, ${Math.round(best.km)} km away — ${weather.source.label}; attach the site's own weather` } };
}

/**
 * A weather file given by the user: `.epw` as EnergyPlus weather; a `.csv` whose first line is a
 * TMY3 station header as TMY3; any other `.csv` as the plain three-column format, placed at the site.
 */
export function weatherFromFile(file: string, site: Site): WeatherYear {
  const text = readFileSync(file, 'utf8');
  const ext = extname(file).toLowerCase();
  if (ext === '.epw') return parseEpw(text);
  const firstLine = text.slice(0, text.indexOf('\n'));
  const looksTmy3 = /^\d{6},/.test(firstLine.trim());
  if (looksTmy3) return parseTmy3(text);
  return parsePlainWeatherCsv(text, { latitudeDeg: site.location.lat.value, longitudeDeg: site.location.lon.value, utcOffsetHours: utcOffsetHours(site) });
}

/**
 * Weather text attached to a site (stored by `import:weather` with `attachTo`) as its weather
 * year: format told by content as in the import, a plain CSV placed at the site. The source label
 * starts with "attached" and the file name, so a run report tells it from the bundled TMY3.
 */
export function attachedWeather(text: string, site: Site, fileName: string | null): WeatherYear {
  const weather = parseWeatherFile(text, { latitudeDeg: site.location.lat.value, longitudeDeg: site.location.lon.value, utcOffsetHours: utcOffsetHours(site) });
  return { ...weather, source: { kind: weather.source.kind, label: `attached ${fileName ?? 'file'}: ${weather.source.label}` } };
}
