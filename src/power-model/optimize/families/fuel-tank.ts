import type { FuelDay } from './fuel';
import type { RowWriter } from './row-writer';

/** An on-site fuel tank in the LP: its size column T and, on the full year, its level L_d at the start of each fuel day. */
export type TankColumns = { tankMMBtu: number; levelDay: Int32Array };

/**
 * The rows of an on-site tank that hourly draws D_i empty and trucks refill (distillate,
 * families/distillate.ts; backup gas, families/gas-storage.ts), `draw(first, hours, scale)`
 * writing scale × Σ_{i in the hours} D_i:
 * - full year, by fuel day d (Q_d its draws, R the refill a day): L_0 = T (full at hour 0);
 *   L_d ≤ T; L_d − Q_d ≥ 0 (the day burns what it holds: refills come at the start of a day,
 *   fuel/storage.ts refillTank, as the dispatch's limiter has them); L_{d+1} ≤ L_d − Q_d + R;
 * - representative days (no chronology): each day's Q ≤ T (full at its start — optimistic) and the
 *   year's Σ w·D ≤ T + 365·R (no more than the tank and a year of deliveries).
 */
export function tankLevelRows(
  writer: RowWriter,
  days: readonly FuelDay[],
  columns: TankColumns,
  draw: (first: number, hours: number, scale: (i: number) => number) => void,
  refillMMBtuPerDay: number,
  hourWeight: Float64Array,
): void {
  if (columns.levelDay.length === days.length && days.length > 0) {
    days.forEach((day, d) => {
      const level = columns.levelDay[d] ?? -1;
      writer.term(level, 1);
      writer.term(columns.tankMMBtu, -1);
      if (d === 0) writer.row(0, 0);
      else writer.row(-Infinity, 0);
      writer.term(level, 1);
      draw(day.first, day.hours, () => -1);
      writer.row(0, Infinity);
      const next = columns.levelDay[d + 1];
      if (next === undefined) return;
      writer.term(next, 1);
      writer.term(level, -1);
      draw(day.first, day.hours, () => 1);
      writer.row(-Infinity, refillMMBtuPerDay);
    });
    return;
  }
  for (const day of days) {
    draw(day.first, day.hours, () => 1);
    writer.term(columns.tankMMBtu, -1);
    writer.row(-Infinity, 0);
  }
  draw(0, hourWeight.length, (i) => hourWeight[i] ?? 0);
  writer.term(columns.tankMMBtu, -1);
  writer.row(-Infinity, 365 * refillMMBtuPerDay);
}
