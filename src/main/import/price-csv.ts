import { readHourlyColumn } from './hourly-csv';

/** An imported hourly energy price, always in USD/MWh. */
export type ImportedPrice = { priceUSDPerMWh: Float64Array; column: string; sourceUnit: string };

/**
 * Hourly price CSV (e.g. a nodal LMP export) → USD/MWh. The price column is the one named
 * price/lmp/spp (or the only non-time column); its unit comes from the header
 * (`price ($/MWh)`, `lmp_USD/MWh`, `price (cents/kWh)`) or `unit`. Negative prices are
 * allowed, since real markets clear below zero. Throws `ImportError` with row and column.
 */
export function importPriceCsv(text: string, options: { unit?: string; file?: string } = {}): ImportedPrice {
  const { values, column, unit } = readHourlyColumn(text, {
    quantity: 'price',
    columnPattern: /price|lmp|spp/i,
    units: { 'usd/mwh': 1, '$/mwh': 1, 'usd/kwh': 1000, '$/kwh': 1000, 'cents/kwh': 10, '¢/kwh': 10 },
    ...(options.unit !== undefined ? { statedUnit: options.unit } : {}),
    ...(options.file !== undefined ? { file: options.file } : {}),
  });
  return { priceUSDPerMWh: values, column, sourceUnit: unit };
}
