import { WeatherParseError } from './errors';

/**
 * What a weather file may hold, hour by hour and for its station. Values outside are not weather
 * but errors (a missing-value code read as a number, a unit mix-up) and are refused with the line:
 * - dry-bulb −90..60 °C: the records are −89.2 °C (Vostok, 1983) and 56.7 °C (Death Valley,
 *   1913), WMO World Weather and Climate Extremes Archive, https://wmo.asu.edu/.
 * - GHI and DHI 0..1500 W/m², DNI 0..1420 W/m²: the solar constant is 1361 W/m² (Kopp & Lean
 *   2011, GRL 38 L01706), about 1410 W/m² at perihelion; DNI cannot exceed it, and cloud
 *   enhancement lifts hourly GHI at most some 10 % above clear sky, well under 1500 W/m².
 * - wind speed 0..113 m/s: the highest gust measured, Barrow Island 1996 (WMO archive).
 * - latitude −90..90 °, longitude −180..180 °, UTC offset −12..14 h (the world's time zones),
 *   elevation −430..8849 m (the Dead Sea shore to Everest).
 */
export const WEATHER_BOUNDS = {
  dryBulbC: { min: -90, max: 60, unit: '°C' },
  ghiWPerM2: { min: 0, max: 1500, unit: 'W/m²' },
  dniWPerM2: { min: 0, max: 1420, unit: 'W/m²' },
  dhiWPerM2: { min: 0, max: 1500, unit: 'W/m²' },
  windSpeedMPerS: { min: 0, max: 113, unit: 'm/s' },
  latitudeDeg: { min: -90, max: 90, unit: '°' },
  longitudeDeg: { min: -180, max: 180, unit: '°' },
  utcOffsetHours: { min: -12, max: 14, unit: 'h' },
  elevationM: { min: -430, max: 8849, unit: 'm' },
} as const;

export type WeatherQuantity = keyof typeof WEATHER_BOUNDS;

/** `value` when it is physically possible for `quantity`, else a WeatherParseError naming the line, the column and the bounds. */
export function physical(value: number, quantity: WeatherQuantity, line: number, column: string): number {
  const b = WEATHER_BOUNDS[quantity];
  if (value < b.min || value > b.max) {
    throw new WeatherParseError(`${value} ${b.unit} is not physically possible (expected ${b.min}..${b.max} ${b.unit})`, line, column);
  }
  return value;
}
