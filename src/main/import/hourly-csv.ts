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

/** Delimiters a header may use, in the order they are tried; a header with none is a one-column file. */
const DELIMITERS = [',', ';', '\t', '|'] as const;

/** Non-blank lines of `text` with their physical 1-based line numbers (a BOM and CR/LF ends removed). */
function numberedLines(text: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\n|\r/)
    .forEach((t, i) => {
      if (t.trim() !== '') out.push({ line: i + 1, text: t });
    });
  return out;
}

/**
 * Reads one hourly series from CSV text: a header row, then 8760 or 8784 data rows. The column
 * is the one whose header matches `columnPattern` (or the only non-time column); its unit
 * comes from the header — `load_MW`, `load (kW)`, `loadKW`, `price_USD_per_MWh`, a bare `$/MWh` —
 * or from `statedUnit`. Values are multiplied by the unit's factor. A one-column file (`load_MW`
 * then 8760 numbers) needs no delimiter. Blank lines are skipped and do not shift line numbers:
 * every problem is an {@link ImportError} naming the file's own line and the column.
 */
export function readHourlyColumn(text: string, spec: HourlyColumnSpec): HourlyColumn {
  const file = spec.file;
  const lines = numberedLines(text);
  const headerLine = lines[0];
  if (headerLine === undefined) throw new ImportError(`is empty; expected a header row and ${HOURS_PER_YEAR} hourly rows`, { file });
  const delimiter = DELIMITERS.find((d) => headerLine.text.includes(d)) ?? ',';
  const parsed = Papa.parse<string[]>(lines.map((l) => l.text).join('\n'), { delimiter, skipEmptyLines: false });
  const firstError = parsed.errors[0];
  if (firstError !== undefined) {
    throw new ImportError(`not readable as CSV: ${firstError.message}`, { row: lines[firstError.row ?? 0]?.line ?? 1, file });
  }
  if (parsed.data.length !== lines.length) throw new ImportError('not readable as CSV: a quoted field spans several lines', { file });
  const [header, ...rows] = parsed.data;
  const names = (header ?? []).map((h) => h.trim());

  const index = pickColumn(names, spec, file);
  const column = names[index] ?? '';
  const unit = resolveUnit(column, spec, file);
  const factor = spec.units[normalizeUnit(unit)];
  if (factor === undefined) throw new ImportError(`unit '${unit}' is not one of ${Object.keys(spec.units).join(', ')}`, { column, file });

  if (rows.length !== HOURS_PER_YEAR && rows.length !== HOURS_PER_LEAP_YEAR) {
    throw new ImportError(
      `has ${rows.length} data rows; an hourly year needs ${HOURS_PER_YEAR} (or ${HOURS_PER_LEAP_YEAR} in a leap year)`,
      { row: (lines[lines.length - 1]?.line ?? 1), file },
    );
  }
  const values = new Float64Array(rows.length);
  rows.forEach((cells, i) => {
    const row = lines[i + 1]?.line ?? i + 2;
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

/** `USD_per_MWh`, `USD per MWh` → `USD/MWh`: the spellings of "per" in headers people write. */
function withSlash(text: string): string {
  return text.replace(/[\s_-]+per[\s_-]+/gi, '/');
}

/** A unit as the importers' tables spell it: lower case, "per" as a slash, no spaces. */
export function normalizeUnit(unit: string): string {
  return withSlash(unit.trim()).replace(/\s+/g, '').toLowerCase();
}

/**
 * The unit written in a header: anything in `(…)` or `[…]`, the whole header when it is a unit
 * (`$/MWh`), a unit-like suffix after a space, `_` or `-` (`load_MW`, `price USD/MWh`,
 * `price_USD_per_MWh`), or a camel-case `kW`/`MW` suffix (`loadKW`).
 */
export function unitInHeader(header: string): string | undefined {
  const bracketed = /[([]\s*([^)\]]+?)\s*[)\]]/.exec(header);
  if (bracketed?.[1] !== undefined) return bracketed[1];
  const slashed = withSlash(header.trim());
  if (UNIT_LIKE.test(slashed)) return slashed;
  const separated = /[\s_-]([^\s_-]+)$/.exec(slashed);
  if (separated?.[1] !== undefined && UNIT_LIKE.test(separated[1])) return separated[1];
  return /[a-z]([kKmMgG][wW])$/.exec(header)?.[1];
}

function resolveUnit(column: string, spec: HourlyColumnSpec, file: string | undefined): string {
  const fromHeader = unitInHeader(column);
  const known = fromHeader !== undefined && spec.units[normalizeUnit(fromHeader)] !== undefined;
  const accepted = Object.keys(spec.units).join(', ');
  if (fromHeader !== undefined && !known && spec.statedUnit === undefined) {
    throw new ImportError(`names the unit '${fromHeader}', which is not one of ${accepted}`, { row: 1, column, file });
  }
  if (known && spec.statedUnit !== undefined && normalizeUnit(fromHeader) !== normalizeUnit(spec.statedUnit)) {
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
