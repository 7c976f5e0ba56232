import { MAX_SITE_MW, type Range } from '../limits';

/**
 * What the load model accepts (checked in `pue.ts` and `load.ts`; the site schema is built from
 * the same table):
 * - `itMW`: a phase's IT capacity, 0..MAX_SITE_MW (see limits.ts).
 * - `designPue`: 1 (no overhead at all) to 3 (older enterprise rooms measured around 2–2.5;
 *   Uptime Institute Global Data Center Survey 2023 reports a 1.58 average).
 * - `designTempC`: −40..60 °C, the outdoor dry-bulb a cooling plant can be designed for; 60 °C is
 *   above the highest air temperature ever recorded (56.7 °C, Death Valley 1913, WMO archive
 *   https://wmo.asu.edu/) and −40 °C below every ASHRAE 99.6 % heating design temperature of the
 *   contiguous US.
 */
export const LOAD_LIMITS = {
  itMW: { min: 0, max: MAX_SITE_MW },
  designPue: { min: 1, max: 3 },
  designTempC: { min: -40, max: 60 },
} as const satisfies Record<string, Range>;
