import type { SystemLoadSeries } from '../../../src/power-model/system-load/types';
import { HOUR_MS } from '../../../src/power-model/system-load/types';

/** Model hours (2019 laid on 2019, site and series both UTC−6 without daylight time: no shift) of the synthetic system's stress hours. */
export const JAN_10_08H = 9 * 24 + 8; // 224
export const JULY_1_15H = 181 * 24 + 15; // 4359: Jan 31 + Feb 28 + Mar 31 + Apr 30 + May 31 + Jun 30 = 181 days

/**
 * A synthetic host system: 1,000 MW every hour from 2018-12-20 to 2020-01-10 (local UTC−6, no
 * daylight time), except a winter peak of 1,050 MW on 2019-01-10 08:00 and a summer peak of
 * 1,100 / 1,080 / 1,100 MW on 2019-07-01 15:00–17:00. Servable levels (Duke): winter 1,050,
 * summer 1,100, spring/autumn 1,100 MW.
 */
export function syntheticSystem(): SystemLoadSeries {
  const firstHourUtcMs = Date.UTC(2018, 11, 20, 6);
  const hours = (Date.UTC(2020, 0, 10, 6) - firstHourUtcMs) / HOUR_MS;
  const loadMW = new Float64Array(hours).fill(1000);
  const jan1 = (Date.UTC(2019, 0, 1, 6) - firstHourUtcMs) / HOUR_MS;
  loadMW[jan1 + JAN_10_08H] = 1050;
  loadMW[jan1 + JULY_1_15H] = 1100;
  loadMW[jan1 + JULY_1_15H + 1] = 1080;
  loadMW[jan1 + JULY_1_15H + 2] = 1100;
  return { id: 'SYN', name: 'Synthetic system', firstHourUtcMs, loadMW, clock: { standardUtcOffsetHours: -6, daylightSaving: false, label: 'UTC−6' }, source: 'test' };
}
