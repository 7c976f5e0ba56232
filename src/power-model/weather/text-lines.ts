import { WeatherParseError } from './errors';

/**
 * Lines of a text file without their line ends (CRLF or LF) and without a leading byte-order
 * mark; trailing empty lines are dropped so a final newline does not count as a row.
 */
export function splitLines(text: string): string[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = body.split(/\r?\n/);
  while (lines.length > 0 && lines[lines.length - 1]?.trim() === '') lines.pop();
  return lines;
}

/**
 * The number in `fields[index]`, or a WeatherParseError naming the 1-based `line` and the
 * `column`. Empty cells and text are refused: a weather year with holes is not a weather year.
 */
export function numberField(fields: readonly string[], index: number, line: number, column: string): number {
  const raw = fields[index];
  if (raw === undefined) {
    throw new WeatherParseError(`row has ${fields.length} fields, this column needs field ${index + 1}`, line, column);
  }
  const trimmed = raw.trim();
  const value = trimmed === '' ? Number.NaN : Number(trimmed);
  if (!Number.isFinite(value)) {
    throw new WeatherParseError(`expected a number, found ${JSON.stringify(raw)}`, line, column);
  }
  return value;
}

/** Index of the column headed `name` in `header`, or a WeatherParseError saying it is missing. */
export function requireColumn(header: readonly string[], name: string, line: number): number {
  const index = header.findIndex((h) => h.trim() === name);
  if (index < 0) throw new WeatherParseError('missing column', line, name);
  return index;
}
