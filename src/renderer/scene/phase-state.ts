import { monthOfHour } from '../../power-model/hours';
import type { HallBox, HallStatus } from './layout-types';

/**
 * Months a building is drawn under construction before it is energized: an estimate. Crusoe
 * broke ground at Abilene in June 2024 and energized its first two buildings in September 2025
 * (15 months; Crusoe press release, 18 Mar 2025, and DatacenterDynamics, Sept 2025); we take 18
 * months for a building of up to 150 MW IT.
 */
export const CONSTRUCTION_MONTHS = 18;

export type HallState = { status: HallStatus; /** 0–1: how far construction has come (1 when operating). */ progress: number };

/**
 * A hall's state at model hour `hour` of `year`, the clock the engine's load uses
 * (load.ts: a phase draws power from the first hour of its energization month, January when no
 * month is given): operating from that month on; under construction in the CONSTRUCTION_MONTHS
 * before it, rising with the months elapsed; planned before that. `year` null (no simulation yet)
 * falls back to the status the site file gives.
 */
export function hallStateAt(hall: Pick<HallBox, 'energizationYear' | 'energizationMonth' | 'status'>, year: number | null, hour: number): HallState {
  if (year === null) return { status: hall.status, progress: hall.status === 'operating' ? 1 : hall.status === 'under-construction' ? 0.55 : 0 };
  const energized = hall.energizationYear * 12 + (hall.energizationMonth ?? 1) - 1;
  const now = year * 12 + monthOfHour(hour);
  if (now >= energized) return { status: 'operating', progress: 1 };
  const monthsLeft = energized - now;
  if (monthsLeft <= CONSTRUCTION_MONTHS) return { status: 'under-construction', progress: (CONSTRUCTION_MONTHS - monthsLeft + 1) / (CONSTRUCTION_MONTHS + 1) };
  return { status: 'planned', progress: 0 };
}

/** A cheap key that changes when any hall's state can change: the model month. */
export function stateKey(year: number | null, hour: number): number {
  return year === null ? -1 : year * 12 + monthOfHour(hour);
}
