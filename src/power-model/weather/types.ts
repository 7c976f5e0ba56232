/** Where a weather year came from; every run reports it. */
export type WeatherSourceKind = 'tmy3' | 'epw' | 'csv' | 'synthetic';

/**
 * One model year of hourly weather at a site. Every series holds 8760 values (see `hours.ts`),
 * index 0 = January 1, 00:00–01:00 local standard time; each value is the hour's mean.
 */
export type WeatherYear = {
  /** e.g. `{ kind: 'tmy3', label: 'TMY3 722660 ABILENE REGIONAL AP [UT], TX' }`. */
  source: { kind: WeatherSourceKind; label: string };
  /** Degrees north. */
  latitudeDeg: number;
  /** Degrees east (west is negative). */
  longitudeDeg: number;
  /** Local standard time minus UTC, hours (US Central = -6). */
  utcOffsetHours: number;
  elevationM: number;
  /** Dry-bulb air temperature, °C. */
  dryBulbC: Float64Array;
  /** Global horizontal irradiance, W/m². */
  ghiWPerM2: Float64Array;
  /** Direct normal irradiance, W/m². */
  dniWPerM2: Float64Array;
  /** Diffuse horizontal irradiance, W/m². */
  dhiWPerM2: Float64Array;
  /** Wind speed at 10 m, m/s, where the source has it; PV cell temperature uses it. */
  windSpeedMPerS?: Float64Array;
};

/** Monthly climate normals for one month, used to synthesize a year. */
export type MonthlyClimate = {
  /** Mean daily maximum dry-bulb, °C. */
  tMaxC: number;
  /** Mean daily minimum dry-bulb, °C. */
  tMinC: number;
  /** Mean daily global horizontal irradiation, kWh/m²/day. */
  ghiKWhPerM2Day: number;
};

/** Site position needed by files that do not carry one (plain CSV) and by synthesis. */
export type WeatherLocation = {
  latitudeDeg: number;
  longitudeDeg: number;
  utcOffsetHours: number;
  elevationM?: number;
};
