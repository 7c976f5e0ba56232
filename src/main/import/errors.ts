/**
 * A file that cannot be imported. `row` is the 1-based physical line in the file (the header is
 * line 1; blank lines count, so it is the line an editor shows), written `line N` in the message;
 * `column` the header name, `path` the JSON path for JSON files; the message names them.
 */
export class ImportError extends Error {
  override name = 'ImportError';
  readonly row: number | undefined;
  readonly column: string | undefined;
  readonly path: string | undefined;

  constructor(problem: string, where: { row?: number; column?: string; path?: string; file?: string } = {}) {
    super(formatWhere(where) + problem);
    this.row = where.row;
    this.column = where.column;
    this.path = where.path;
  }
}

function formatWhere(where: { row?: number; column?: string; path?: string; file?: string }): string {
  const parts: string[] = [];
  if (where.file !== undefined) parts.push(where.file);
  if (where.row !== undefined) parts.push(`line ${where.row}`);
  if (where.column !== undefined) parts.push(`column '${where.column}'`);
  if (where.path !== undefined) parts.push(where.path);
  return parts.length === 0 ? '' : parts.join(', ') + ': ';
}
