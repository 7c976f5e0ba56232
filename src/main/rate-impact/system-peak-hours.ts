import { coincidentPeakHours as temperatureProxyHours } from '../../power-model/grid/bill';
import { TEMPERATURE_PROXY_LABEL } from '../../power-model/grid/year-charges';
import { HOURS_PER_YEAR, monthOfHour } from '../../power-model/hours';
import type { SimulationResult } from '../../power-model/simulate';
import type { CoincidentPeakRule } from '../../power-model/system-load/peaks';

/** Winter months (0-based) whose system peak follows cold, not heat: December, January, February. */
const WINTER_MONTHS = new Set([11, 0, 1]);

export type SystemPeakHours = {
  /** The hours the load's coincident peak is read in (the market's capacity-obligation rule). */
  systemPeakHours: number[];
  /** One model hour per month, January first, for 4CP and 12CP. */
  monthlySystemPeakHours: number[];
  /** Where the hours come from, said in every output that uses them. */
  source: string;
  /** False: no system load was given and the hours are the temperature proxy. */
  fromSystemLoad: boolean;
};

/**
 * The host utility's system-peak hours for the rate impact of one simulated year:
 *
 * - with a host system load (every bundled site has one, data/system-load): the hours the
 *   simulation's grid charges used, from the real system load laid on the simulated year
 *   (system-load/calendar.ts): `systemPeakHours` = the market's obligation rule (ERCOT 4CP,
 *   PJM 5CP, MISO's annual peak; 1CP elsewhere), `monthlySystemPeakHours` = 12CP, whose
 *   June–September hours are ERCOT's 4CP;
 * - without one: the temperature proxy, labelled as such.
 */
export function systemPeakHours(result: SimulationResult, dryBulbC: Float64Array, rule?: CoincidentPeakRule): SystemPeakHours {
  const system = result.systemPeaks;
  if (system) {
    const chosen = rule ?? obligationRule(result);
    return {
      systemPeakHours: system.peaks[chosen].map((p) => p.modelHour),
      monthlySystemPeakHours: system.peaks['12CP'].map((p) => p.modelHour),
      source: `${chosen} hours of ${system.mapped.description}`,
      fromSystemLoad: true,
    };
  }
  return { ...temperatureProxyPeakHours(dryBulbC), source: TEMPERATURE_PROXY_LABEL, fromSystemLoad: false };
}

/** The market's rule for the load's coincident peak: the one the simulation priced capacity (or transmission) on; MISO's seasonal becomes its annual peak. */
function obligationRule(result: SimulationResult): CoincidentPeakRule {
  const lines = result.summary.gridCharges;
  const rule = lines.find((l) => l.id === 'capacity')?.rule ?? lines.find((l) => l.id === 'transmission')?.rule ?? '1CP';
  return rule === 'seasonal' ? '1CP' : rule;
}

/**
 * The temperature proxy, used only where no system load is given: `systemPeakHours` is the
 * hottest hour between 15:00 and 19:00 in each of June–September (grid/bill.ts); the monthly
 * hours follow the same rule, except December–February, where the proxy is the coldest hour
 * between 17:00 and 20:00 (winter evening heating peaks). `dryBulbC` has 8760 values.
 */
export function temperatureProxyPeakHours(dryBulbC: Float64Array): { systemPeakHours: number[]; monthlySystemPeakHours: number[] } {
  if (dryBulbC.length !== HOURS_PER_YEAR) throw new RangeError(`dryBulbC needs ${HOURS_PER_YEAR} hourly values, got ${dryBulbC.length}`);
  const summer = temperatureProxyHours(dryBulbC);
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
  [5, 6, 7, 8].forEach((month, i) => {
    monthly[month] = summer[i] ?? monthly[month] ?? 0;
  });
  return { systemPeakHours: summer, monthlySystemPeakHours: monthly };
}
