import Papa from 'papaparse';
import { ImportError } from './errors';

/** Hours in a common and a leap year. */
export const HOURS_PER_YEAR = 8760;
export const HOURS_PER_LEAP_YEAR = 8784;

export type HourlyColumnSpec = {
  /** What the file holds, for messages: 'load', 'price'. */
  quantity: string;
  /** Header names that hold the quantity (tested case-insensitively). */
  columnPattern: RegExp;
  /** Units accepted, spelled in lower case as they appear in a header, with the factor to the output unit. */
  units: Record<string, number>;
  /** A unit the caller states (overrides nothing: a header that names a different unit is an error). */
  statedUnit?: string;
  /** Smallest value allowed, in the file's unit (e.g. 0 for load). */
  min?: number;
  file?: string;
};

export type HourlyColumn = { values: Float64Array; column: string; unit: string };

/**
 * Reads one hourly series from CSV text: a header row, then 8760 or 8784 data rows. The column
 * is the one whose header matches `columnPattern` (or the only non-time column); its unit
 * comes from the header — `load_MW`, `load (kW)`, `loadKW` — or from `statedUnit`. Values are
 * multiplied by the unit's factor. Blank lines are ignored. Every problem is an
 * {@link ImportError} naming the row and column.
 */
export function readHourlyColumn(text: string, spec: HourlyColumnSpec): HourlyColumn {
  const file = spec.file;
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const firstError = parsed.errors[0];
  if (firstError !== undefined) {
    throw new ImportError(`not readable as CSV: ${firstError.message}`, { row: (firstError.row ?? 0) + 1, file });
  }
  const [header, ...rows] = parsed.data;
  if (header === undefined) throw new ImportError(`is empty; expected a header row and ${HOURS_PER_YEAR} hourly rows`, { file });
  const names = header.map((h) => h.trim());

  const index = pickColumn(names, spec, file);
  const column = names[index] ?? '';
  const unit = resolveUnit(column, spec, file);
  const factor = spec.units[unit.toLowerCase()];
  if (factor === undefined) throw new ImportError(`unit '${unit}' is not one of ${Object.keys(spec.units).join(', ')}`, { column, file });

  if (rows.length !== HOURS_PER_YEAR && rows.length !== HOURS_PER_LEAP_YEAR) {
    throw new ImportError(
      `has ${rows.length} data rows; an hourly year needs ${HOURS_PER_YEAR} (or ${HOURS_PER_LEAP_YEAR} in a leap year)`,
      { row: rows.length + 1, file },
    );
  }
  const values = new Float64Array(rows.length);
  rows.forEach((cells, i) => {
    const row = i + 2;
    if (cells.length < names.length) {
      throw new ImportError(`has ${cells.length} cells but the header has ${names.length}`, { row, file });
    }
    const raw = (cells[index] ?? '').trim();
    const value = raw === '' ? Number.NaN : Number(raw);
    if (!Number.isFinite(value)) {
      throw new ImportError(`'${raw}' is not a number`, { row, column, file });
    }
    if (spec.min !== undefined && value < spec.min) {
      throw new ImportError(`${value} is below the minimum ${spec.min} for ${spec.quantity}`, { row, column, file });
    }
    values[i] = value * factor;
  });
  return { values, column, unit };
}

const TIME_COLUMN = /^(time|timestamp|date|datetime|hour|hour_?of_?year|index)$/i;

function pickColumn(names: string[], spec: HourlyColumnSpec, file: string | undefined): number {
  const matches = names.map((n, i) => ({ n, i })).filter(({ n }) => spec.columnPattern.test(n));
  if (matches.length === 1 && matches[0] !== undefined) return matches[0].i;
  if (matches.length > 1) {
    throw new ImportError(`has several ${spec.quantity} columns (${matches.map((m) => `'${m.n}'`).join(', ')}); keep one`, { row: 1, file });
  }
  const others = names.map((n, i) => ({ n, i })).filter(({ n }) => !TIME_COLUMN.test(n));
  if (others.length === 1 && others[0] !== undefined) return others[0].i;
  throw new ImportError(
    `has no ${spec.quantity} column; found ${names.map((n) => `'${n}'`).join(', ')}, expected a header such as '${spec.quantity}_${Object.keys(spec.units)[0] ?? ''}'`,
    { row: 1, file },
  );
}

const UNIT_LIKE = /^(?:[kmg]?wh?|[kmg]?va|(?:usd|\$|cents?|¢)\/[kmg]?wh)$/i;

/**
 * The unit written in a header: anything in `(…)` or `[…]`, or a unit-like suffix after a
 * space, `_` or `-` (`load_MW`, `price USD/MWh`), or a camel-case `kW`/`MW` suffix (`loadKW`).
 */
export function unitInHeader(header: string): string | undefined {
  const bracketed = /[([]\s*([^)\]]+?)\s*[)\]]/.exec(header);
  if (bracketed?.[1] !== undefined) return bracketed[1];
  const separated = /[\s_-]([^\s_-]+)$/.exec(header);
  if (separated?.[1] !== undefined && UNIT_LIKE.test(separated[1])) return separated[1];
  return /[a-z]([kKmMgG][wW])$/.exec(header)?.[1];
}

function resolveUnit(column: string, spec: HourlyColumnSpec, file: string | undefined): string {
  const fromHeader = unitInHeader(column);
  const known = fromHeader !== undefined && spec.units[fromHeader.toLowerCase()] !== undefined;
  const accepted = Object.keys(spec.units).join(', ');
  if (fromHeader !== undefined && !known && spec.statedUnit === undefined) {
    throw new ImportError(`names the unit '${fromHeader}', which is not one of ${accepted}`, { row: 1, column, file });
  }
  if (known && spec.statedUnit !== undefined && fromHeader.toLowerCase() !== spec.statedUnit.toLowerCase()) {
    throw new ImportError(`says ${fromHeader} but the unit stated for the import is ${spec.statedUnit}`, { row: 1, column, file });
  }
  if (known) return fromHeader;
  if (spec.statedUnit !== undefined) return spec.statedUnit;
  throw new ImportError(`names no unit; put one of ${accepted} in the header (e.g. '${spec.quantity}_${Object.keys(spec.units)[0] ?? ''}') or state the unit`, {
    row: 1,
    column,
    file,
  });
}
