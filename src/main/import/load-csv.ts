import { readHourlyColumn } from './hourly-csv';

export type LoadUnit = 'MW' | 'kW';

/** The smallest load a file may hold, MW: a campus draws, it does not generate. */
export const LOAD_MIN_MW = 0;

/** An imported hourly load profile, always in MW. */
export type ImportedLoad = { loadMW: Float64Array; column: string; sourceUnit: string };

/**
 * Hourly load CSV → MW. The load column is the one named load/demand/power (or the only
 * non-time column); its unit comes from the header (`load_MW`, `demand (kW)`) or `unit`.
 * 8760 or 8784 rows; negative values are refused. Throws `ImportError` with row and column.
 */
export function importLoadCsv(text: string, options: { unit?: LoadUnit; file?: string } = {}): ImportedLoad {
  const { values, column, unit } = readHourlyColumn(text, {
    quantity: 'load',
    columnPattern: /load|demand|power/i,
    units: { mw: 1, kw: 1e-3 },
    ...(options.unit !== undefined ? { statedUnit: options.unit } : {}),
    ...(options.file !== undefined ? { file: options.file } : {}),
    min: LOAD_MIN_MW,
  });
  return { loadMW: values, column, sourceUnit: unit };
}
