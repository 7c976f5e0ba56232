import { julianDay, MODEL_REFERENCE_YEAR, solarPosition } from '../../power-model/solar/sun-position';

export type SunState = {
  elevationDeg: number;
  azimuthDeg: number;
  /** Unit vector towards the sun in scene axes (x east, y up, z south). */
  direction: [number, number, number];
};

/**
 * The sun at the middle of model hour `hour` seen from the site, by the engine's NOAA solar
 * position (sun-position.ts) on the calendar the engine's irradiance uses (MODEL_REFERENCE_YEAR,
 * hour h = h:00–h+1:00 local standard time), so the sky, the shadows and the tracker tilt agree
 * with the solar output the scene shows.
 */
export function sunAt(latitudeDeg: number, longitudeDeg: number, utcOffsetHours: number, hour: number): SunState {
  const jd = julianDay(MODEL_REFERENCE_YEAR, 1, 1, 0) + (hour + 0.5 - utcOffsetHours) / 24;
  const p = solarPosition(jd, latitudeDeg, longitudeDeg);
  const elevationDeg = 90 - p.zenithDeg;
  const el = (elevationDeg * Math.PI) / 180;
  const az = (p.azimuthDeg * Math.PI) / 180;
  // Azimuth is clockwise from north: east = +x, north = −z.
  return { elevationDeg, azimuthDeg: p.azimuthDeg, direction: [Math.cos(el) * Math.sin(az), Math.sin(el), -Math.cos(el) * Math.cos(az)] };
}

/** 0 at night (sun 6° or more below the horizon, civil twilight's end) to 1 with the sun 10° up. */
export function daylight(elevationDeg: number): number {
  const t = (elevationDeg + 6) / 16;
  return t <= 0 ? 0 : t >= 1 ? 1 : t * t * (3 - 2 * t);
}
