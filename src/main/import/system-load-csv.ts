import Papa from 'papaparse';
import type { SystemLoadSeries, TariffClock } from '../../power-model/system-load/types';
import { HOUR_MS } from '../../power-model/system-load/types';
import { ImportError } from './errors';

/** A system load needs at least a year and a week of hours: the weekday shift reads up to 3 days either side. */
const MIN_HOURS = 8760 + 7 * 24;
const EIA_TIME = 'date_time';
const EIA_LOAD = 'cleaned demand (mw)';
const TIME_COLUMN = /^(date_?time|time|timestamp|datetime|utc|time_?utc)$/i;
const LOAD_COLUMN = /(\bmw\b|_mw$|\(mw\)|mw$|load|demand)/i;
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?$/;

export type ParsedSystemLoad = { firstHourUtcMs: number; loadMW: Float64Array; format: 'eia-930-cleaned' | 'plain-hourly'; column: string };

/**
 * Reads an hourly system load from CSV text, in any of three shapes:
 *
 * - the files shipped in data/system-load: `date_time,cleaned demand (MW)`;
 * - the EIA-930 cleaned files they come from (Ruggles et al., Zenodo 3517196): the same two
 *   columns among `raw demand (MW)`, `category`, `forecast demand (MW)`, which are ignored;
 * - a plain hourly CSV: a time column (`date_time`, `time`, `timestamp`, …) and one load column in
 *   MW (a header naming MW, load or demand).
 *
 * Times are the start of each hour, `YYYY-MM-DD HH:MM[:SS]`, in UTC unless they carry `Z` or an
 * offset (`-05:00`); hours must follow one another without a gap or repeat. Loads must be finite
 * and ≥ 0. Each problem is an ImportError naming the row and column.
 */
export function parseSystemLoadCsv(text: string, file?: string): ParsedSystemLoad {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const firstError = parsed.errors[0];
  if (firstError !== undefined) throw new ImportError(`not readable as CSV: ${firstError.message}`, { row: (firstError.row ?? 0) + 1, ...(file ? { file } : {}) });
  const [header, ...rows] = parsed.data;
  const where = (w: { row?: number; column?: string }) => ({ ...w, ...(file ? { file } : {}) });
  if (header === undefined) throw new ImportError('is empty; expected a header row and hourly rows', where({}));
  const names = header.map((h) => h.trim());
  const lower = names.map((n) => n.toLowerCase());

  let timeIndex = lower.indexOf(EIA_TIME);
  let loadIndex = lower.indexOf(EIA_LOAD);
  const format: ParsedSystemLoad['format'] = timeIndex >= 0 && loadIndex >= 0 ? 'eia-930-cleaned' : 'plain-hourly';
  if (format === 'plain-hourly') {
    timeIndex = names.findIndex((n) => TIME_COLUMN.test(n));
    if (timeIndex < 0) throw new ImportError(`has no time column; name one date_time (start of the hour, UTC), found ${names.map((n) => `'${n}'`).join(', ')}`, where({ row: 1 }));
    const loads = names.map((n, i) => ({ n, i })).filter(({ n, i }) => i !== timeIndex && LOAD_COLUMN.test(n));
    if (loads.length !== 1) {
      throw new ImportError(
        loads.length === 0 ? "has no load column; name it 'cleaned demand (MW)' or 'load_MW'" : `has several load columns (${loads.map((l) => `'${l.n}'`).join(', ')}); keep one`,
        where({ row: 1 }),
      );
    }
    loadIndex = loads[0]?.i ?? -1;
  }
  const timeColumn = names[timeIndex] ?? '';
  const loadColumn = names[loadIndex] ?? '';
  if (/\bkw\b|\(kw\)|_kw$/i.test(loadColumn)) throw new ImportError('is in kW; a system load is read in MW', where({ row: 1, column: loadColumn }));
  if (rows.length < MIN_HOURS) throw new ImportError(`has ${rows.length} hourly rows; a system load needs at least ${MIN_HOURS} (a year and a week)`, where({ row: rows.length + 1 }));

  const loadMW = new Float64Array(rows.length);
  let firstHourUtcMs = 0;
  rows.forEach((cells, i) => {
    const row = i + 2;
    const stamp = (cells[timeIndex] ?? '').trim();
    const utcMs = parseTimestamp(stamp);
    if (utcMs === null) throw new ImportError(`'${stamp}' is not a time YYYY-MM-DD HH:MM[:SS] (UTC, or with Z or an offset)`, where({ row, column: timeColumn }));
    if (i === 0) firstHourUtcMs = utcMs;
    else if (utcMs !== firstHourUtcMs + i * HOUR_MS) {
      const expected = new Date(firstHourUtcMs + i * HOUR_MS).toISOString().slice(0, 16).replace('T', ' ');
      throw new ImportError(`'${stamp}' breaks the hourly sequence; expected ${expected} UTC (no gaps, repeats or daylight-saving jumps)`, where({ row, column: timeColumn }));
    }
    const raw = (cells[loadIndex] ?? '').trim();
    const mw = raw === '' ? Number.NaN : Number(raw);
    if (!Number.isFinite(mw)) throw new ImportError(`'${raw}' is not a number`, where({ row, column: loadColumn }));
    if (mw < 0) throw new ImportError(`${mw} MW is negative; a system load is ≥ 0`, where({ row, column: loadColumn }));
    loadMW[i] = mw;
  });
  return { firstHourUtcMs, loadMW, format, column: loadColumn };
}

/** A parsed file as the engine's series, with the clock its tariffs read it in. */
export function systemLoadSeries(parsed: ParsedSystemLoad, meta: { id: string; name: string; clock: TariffClock; source: string }): SystemLoadSeries {
  return { ...meta, firstHourUtcMs: parsed.firstHourUtcMs, loadMW: parsed.loadMW };
}

function parseTimestamp(stamp: string): number | null {
  const m = TIMESTAMP.exec(stamp);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, zone] = m;
  const base = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0));
  const check = new Date(base);
  if (check.getUTCMonth() !== Number(mo) - 1 || check.getUTCDate() !== Number(d) || Number(h) > 23) return null;
  if (zone === undefined || zone === 'Z') return base;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return base - sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
}
