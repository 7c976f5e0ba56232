/**
 * The engine's defaults for a site that leaves a figure out. Every figure here carries its source;
 * `src/main/model/site-model.ts` reads them when it turns a site file into a `SiteModel`.
 */

/**
 * Industrial average revenue per kWh by state, 2023 (EIA Electric Power Annual,
 * https://www.eia.gov/electricity/annual/secrev-map.php), USD/MWh. It is an all-in average
 * (energy and demand charges together), so it is used only when the site's tariff gives no
 * energy price, and then with no separate demand charge.
 */
export const INDUSTRIAL_RATE_USD_PER_MWH: Readonly<Record<string, number>> = { TX: 66.0, NM: 57.5, OH: 70.3, MI: 81.6, WI: 86.8 };

/** US average grid CO2, EPA eGRID2023: 767.2 lb/MWh = 348.0 kg/MWh; used when a site gives none. */
export const US_GRID_CO2_KG_PER_MWH = 767.2 * 0.45359237;
export const US_GRID_CO2_SOURCE = 'EPA eGRID2023 US average (site gives none)';

/** Design dry-bulb for PUE when the site gives none, °C: our estimate (a hot-summer US site). */
export const DEFAULT_DESIGN_TEMP_C = 35;

/** Local standard time offset by state (hours from UTC) for the bundled states. */
const UTC_OFFSET_BY_STATE: Readonly<Record<string, number>> = { TX: -6, NM: -7, OH: -5, MI: -5, WI: -6 };

/** Standard-time UTC offset: the state's, else the longitude's 15°-wide zone. */
export function utcOffsetHoursFor(state: string, lonDeg: number): number {
  return UTC_OFFSET_BY_STATE[state] ?? Math.round(lonDeg / 15);
}
