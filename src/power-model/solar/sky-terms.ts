import { HOURS_PER_YEAR } from '../hours';
import type { WeatherYear } from '../weather/types';
import { sapmModuleHeatFactor } from './module-physics';
import { perezCoefficientsInto, perezInverseB } from './perez';
import { sunPathFor } from './sun-path-cache';

/** Wind speed assumed where the weather has none (synthetic, plain CSV), m/s; low, so cells run warm. */
export const DEFAULT_WIND_SPEED_M_PER_S = 2;

/**
 * Everything per hour that depends on the weather and sun but not on the PV array, computed once
 * per weather year so each array (fixed, tracker, any size) is a short loop:
 * the sun's unit vector in (east, north, up), the Perez F1, F2 and 1/b (`perez.ts`), and the
 * SAPM module heating factor exp(a + b·WS) (`module-physics.ts`).
 */
export type SkyTerms = {
  sunEast: Float64Array;
  sunNorth: Float64Array;
  sunUp: Float64Array;
  zenithDeg: Float64Array;
  azimuthDeg: Float64Array;
  perezF1: Float64Array;
  perezF2: Float64Array;
  perezInverseB: Float64Array;
  moduleHeatFactor: Float64Array;
};

const DEG = Math.PI / 180;
const cache = new WeakMap<WeatherYear, SkyTerms>();

/** The sky terms of `weather`, computed on first use and kept as long as the weather object. */
export function skyTermsFor(weather: WeatherYear): SkyTerms {
  const cached = cache.get(weather);
  if (cached !== undefined) return cached;
  const sun = sunPathFor(weather);
  const t: SkyTerms = {
    sunEast: new Float64Array(HOURS_PER_YEAR),
    sunNorth: new Float64Array(HOURS_PER_YEAR),
    sunUp: new Float64Array(HOURS_PER_YEAR),
    zenithDeg: sun.zenithDeg,
    azimuthDeg: sun.azimuthDeg,
    perezF1: new Float64Array(HOURS_PER_YEAR),
    perezF2: new Float64Array(HOURS_PER_YEAR),
    perezInverseB: new Float64Array(HOURS_PER_YEAR),
    moduleHeatFactor: new Float64Array(HOURS_PER_YEAR),
  };
  const wind = weather.windSpeedMPerS;
  for (let h = 0; h < HOURS_PER_YEAR; h++) {
    const zenithDeg = sun.zenithDeg[h] ?? 90;
    const z = zenithDeg * DEG;
    const az = (sun.azimuthDeg[h] ?? 180) * DEG;
    t.sunEast[h] = Math.sin(z) * Math.sin(az);
    t.sunNorth[h] = Math.sin(z) * Math.cos(az);
    t.sunUp[h] = Math.cos(z);
    perezCoefficientsInto(
      weather.dhiWPerM2[h] ?? 0,
      weather.dniWPerM2[h] ?? 0,
      sun.extraterrestrialNormalWPerM2[h] ?? 1367,
      zenithDeg,
      t.perezF1,
      t.perezF2,
      h,
    );
    t.perezInverseB[h] = perezInverseB(Math.cos(z));
    t.moduleHeatFactor[h] = sapmModuleHeatFactor(wind?.[h] ?? DEFAULT_WIND_SPEED_M_PER_S);
  }
  cache.set(weather, t);
  return t;
}
