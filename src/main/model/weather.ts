import { existsSync, readFileSync } from 'node:fs';
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
  if (monthly === undefined) throw new Error(`site "${site.id}": climate.monthly is needed to synthesize weather (no TMY3 file found)`);
  return synthesizeWeather({
    latitudeDeg: site.location.lat.value,
    longitudeDeg: site.location.lon.value,
    utcOffsetHours: utcOffsetHours(site),
    monthly,
    seed: SYNTHETIC_SEED,
  });
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
