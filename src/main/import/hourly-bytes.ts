import { ImportError } from './errors';
import { HOURS_PER_LEAP_YEAR, HOURS_PER_YEAR } from './hourly-csv';

/**
 * A stored hourly series (load or price, as `floatsToBytes` wrote it) read back from its bytes and
 * checked as its CSV import checks the values: a whole year of hours (8760 or 8784), each a finite
 * number, none below `min` (0 for load: `importLoadCsv`). The bytes are little-endian IEEE 754
 * doubles, read with a DataView so the check does not depend on the machine's byte order.
 * Throws `ImportError` naming the hour (1-based, as a CSV row after its header would be).
 */
export function hourlyFromBytes(bytes: Uint8Array, spec: { quantity: string; min?: number }): Float64Array {
  if (bytes.byteLength % 8 !== 0) throw new ImportError(`${bytes.byteLength} bytes are not a whole number of 8-byte values`);
  const hours = bytes.byteLength / 8;
  if (hours !== HOURS_PER_YEAR && hours !== HOURS_PER_LEAP_YEAR) {
    throw new ImportError(`holds ${hours} values; an hourly year needs ${HOURS_PER_YEAR} (or ${HOURS_PER_LEAP_YEAR} in a leap year)`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const values = new Float64Array(hours);
  for (let h = 0; h < hours; h++) {
    const value = view.getFloat64(h * 8, true);
    if (!Number.isFinite(value)) throw new ImportError(`hour ${h + 1} is ${value}, not a finite number`);
    if (spec.min !== undefined && value < spec.min) throw new ImportError(`hour ${h + 1} is ${value}, below the minimum ${spec.min} for ${spec.quantity}`);
    values[h] = value;
  }
  return values;
}
