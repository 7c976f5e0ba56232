/**
 * A weather file that cannot be read. `line` is 1-based in the file; `column` names the column
 * (header text) where one is at fault. The message always names both, so one line on stderr
 * tells the user where to look.
 */
export class WeatherParseError extends Error {
  override name = 'WeatherParseError';
  readonly line: number;
  readonly column: string | undefined;

  constructor(problem: string, line: number, column?: string) {
    super(`line ${line}${column === undefined ? '' : `, column "${column}"`}: ${problem}`);
    this.line = line;
    this.column = column;
  }
}
