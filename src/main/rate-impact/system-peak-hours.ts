import { coincidentPeakHours } from '../../power-model/grid/bill';
import { HOURS_PER_YEAR, monthOfHour } from '../../power-model/hours';

/** Winter months (0-based) whose system peak follows cold, not heat: December, January, February. */
const WINTER_MONTHS = new Set([11, 0, 1]);

export type SystemPeakHours = {
  /** The 4CP proxy hours of grid/bill.ts (June–September), used for the load's coincident peak. */
  systemPeakHours: number[];
  /** One model hour per month, January first, for 4CP and 12CP. */
  monthlySystemPeakHours: number[];
};

/**
 * The host utility's system-peak hours, from the site's hourly dry-bulb temperature, since
 * utility load data are not bundled:
 *
 * - `systemPeakHours`: `coincidentPeakHours` of grid/bill.ts, the hottest hour between 15:00 and
 *   19:00 in each of June–September (summer peaks follow heat; ERCOT's 4CP intervals fall in
 *   those months and hours, 16 TAC §25.192). The economics of the simulation use the same hours,
 *   so the coincident peak that prices capacity there is the one the utility sees here.
 * - `monthlySystemPeakHours`: the same rule month by month, so that June–September are exactly
 *   those hours; except December–February, where the proxy is the coldest hour between 17:00 and
 *   20:00, the winter evening peak of heating load (PJM's 2024 winter peak, 133,597 MW, fell on a
 *   January evening; climate-and-utilities.md §2).
 *
 * `dryBulbC` has 8760 values, hour 0 = January 1, 00:00 local.
 */
export function systemPeakHours(dryBulbC: Float64Array): SystemPeakHours {
  if (dryBulbC.length !== HOURS_PER_YEAR) throw new RangeError(`dryBulbC needs ${HOURS_PER_YEAR} hourly values, got ${dryBulbC.length}`);
  const summer = coincidentPeakHours(dryBulbC);
  const best = new Array<{ hour: number; score: number } | null>(12).fill(null);
  for (let h = 0; h < HOURS_PER_YEAR; h++) {
    const month = monthOfHour(h);
    const hourOfDay = h % 24;
    const winter = WINTER_MONTHS.has(month);
    if (winter ? hourOfDay < 17 || hourOfDay >= 20 : hourOfDay < 15 || hourOfDay >= 19) continue;
    const tempC = dryBulbC[h] ?? 0;
    const score = winter ? -tempC : tempC;
    const current = best[month];
    if (!current || score > current.score) best[month] = { hour: h, score };
  }
  const monthly = best.map((b) => b?.hour ?? 0);
  // June..September: exactly the 4CP proxy hours, so 4CP over the monthly hours equals the mean over systemPeakHours.
  [5, 6, 7, 8].forEach((month, i) => {
    monthly[month] = summer[i] ?? monthly[month] ?? 0;
  });
  return { systemPeakHours: summer, monthlySystemPeakHours: monthly };
}
