import { HOURS_PER_YEAR } from '../../power-model/hours';
import type { SystemLoadSeries } from '../../power-model/system-load/types';
import type { WeatherYear } from '../../power-model/weather/types';

/**
 * Hourly series a user attached to a site (issues 3, 4, 7), each replacing a built-in input:
 * - `loadMW`: the campus IT load, MW, 8760 or 8784 values (see `attachedLoadUtilization`);
 * - `priceUSDPerMWh`: the grid energy price every hour, replacing the flat/TOU price;
 * - `weather`: the weather year, replacing the TMY3 file or the synthesized year;
 * - `systemLoad`: the host system's hourly load, replacing the shipped one of its market.
 */
export type AttachedSeries = { loadMW?: Float64Array; priceUSDPerMWh?: Float64Array; weather?: WeatherYear; systemLoad?: SystemLoadSeries };

/**
 * An attached load as the site's hourly IT utilization:
 *   u(h) = loadMW(h) ÷ campusItMW,  campusItMW = Σ IT MW of the site's non-cancelled phases.
 * The file is read as the IT load of the fully built campus, so the engine's
 * installed(h) × u(h) gives back loadMW(h) once every phase is energized, scales it down in the
 * years before (the phases still set the size and the ramp), and PUE from the weather still turns
 * IT into facility MW. Dividing by the file's own peak instead would lose its level: a campus
 * run at half load would look fully used. A leap-year file (8784 h) loses December 31, as in
 * `checkedHourlyUtilization`. A load above the campus IT capacity is refused, naming both.
 */
export function attachedLoadUtilization(loadMW: Float64Array, campusItMW: number): Float64Array {
  if (!(campusItMW > 0)) throw new Error(`attached load: the site has no IT capacity to scale it to (phases sum to ${campusItMW} MW)`);
  const utilization = new Float64Array(Math.min(loadMW.length, HOURS_PER_YEAR));
  for (let h = 0; h < utilization.length; h++) {
    const mw = loadMW[h] ?? 0;
    if (mw > campusItMW * (1 + 1e-9)) {
      throw new Error(`attached load: hour ${h} is ${mw} MW, above the site's ${campusItMW} MW of IT capacity (sum of its phases); the file must be the campus IT load in MW`);
    }
    utilization[h] = Math.min(1, mw / campusItMW);
  }
  return utilization;
}

/** An attached price cut to the model year: 8784 values (leap year) lose December 31. */
export function attachedPriceSeries(priceUSDPerMWh: Float64Array): Float64Array {
  if (priceUSDPerMWh.length < HOURS_PER_YEAR) throw new Error(`attached price: ${priceUSDPerMWh.length} hours, need ${HOURS_PER_YEAR}`);
  return priceUSDPerMWh.length === HOURS_PER_YEAR ? priceUSDPerMWh : priceUSDPerMWh.slice(0, HOURS_PER_YEAR);
}
