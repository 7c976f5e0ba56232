import { parseEpw } from './epw';
import { WeatherParseError } from './errors';
import { parsePlainWeatherCsv } from './plain-csv';
import { TMY3_COLUMNS, parseTmy3 } from './tmy3';
import type { WeatherLocation, WeatherYear } from './types';

/**
 * Reads a weather file whose format is told by its content: an EPW starts with `LOCATION,`; a
 * TMY3 CSV has the TMY3 column headers on line 2; anything else is read as the plain
 * `timestamp, temperature °C, GHI W/m²` CSV, which carries no position and so needs `location`
 * (the site's). The result's `source` names the format and station for the run report.
 */
export function parseWeatherFile(text: string, location?: WeatherLocation): WeatherYear {
  const head = text.slice(0, 4096);
  if (/^\uFEFF?LOCATION,/i.test(head)) return parseEpw(text);
  const secondLine = head.split(/\r?\n/)[1] ?? '';
  if (secondLine.includes(TMY3_COLUMNS.date) && secondLine.includes(TMY3_COLUMNS.ghi)) return parseTmy3(text);
  if (location === undefined) {
    throw new WeatherParseError('a plain weather CSV (timestamp, temperature °C, GHI W/m²) carries no position: the site location is needed', 1);
  }
  return parsePlainWeatherCsv(text, location);
}
