import { DAYS_IN_MONTH } from '../../power-model/hours';

/** Month (1–12), day and hour of model hour `hour` (0–8759) on the engine's calendar (non-leap month lengths). */
export function modelDate(hour: number): { month: number; day: number; hour: number } {
  let day = Math.floor(hour / 24);
  let month = 0;
  while (month < 11 && day >= (DAYS_IN_MONTH[month] ?? 31)) day -= DAYS_IN_MONTH[month++] ?? 31;
  return { month: month + 1, day: day + 1, hour: ((hour % 24) + 24) % 24 };
}
