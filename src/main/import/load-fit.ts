import type { Site } from '../../api/schemas/site';
import { summarizeSite } from '../services/site-summary';

/** How an hourly load file compares with the site it is attached to. */
export type LoadFit = {
  /** `IT`: the file fits the campus IT capacity, and the model reads it as IT load. */
  reads: 'IT' | 'facility' | 'too-large';
  peakMW: number;
  siteItMW: number;
  siteFacilityMW: number;
  designPue: number;
  /** One sentence for the dialog: what the file reads as, and what to change when it does not fit. */
  message: string;
};

const round = (mw: number): string => (Math.round(mw * 10) / 10).toLocaleString('en-US');

/**
 * Compares a load file's peak with the site (non-cancelled phases; IT and facility MW at the
 * design PUE, as the site table shows them). The model reads an attached load as the campus IT
 * load (see model/attached-series.ts), so:
 * - peak ≤ IT MW: it reads as IT load and fits;
 * - IT MW < peak ≤ facility MW: it reads as facility load (IT × PUE, cooling and losses in it) and
 *   the model would refuse it: import the IT load, or divide by the PUE;
 * - peak > facility MW: the site cannot carry it (or the unit is wrong).
 * Only the first case is `ok`.
 */
export function loadFit(loadMW: Float64Array, site: Site): LoadFit & { ok: boolean } {
  const { itMW: siteItMW, facilityMW: siteFacilityMW } = summarizeSite(site);
  const designPue = site.design.pue.value;
  let peakMW = 0;
  for (const v of loadMW) if (v > peakMW) peakMW = v;
  const tolerance = 1 + 1e-9;
  const base = { peakMW, siteItMW, siteFacilityMW, designPue };
  const sizes = `the site "${site.id}" has ${round(siteItMW)} MW of IT capacity (${round(siteFacilityMW)} MW facility at design PUE ${designPue})`;
  if (peakMW <= siteItMW * tolerance) {
    return { ...base, ok: true, reads: 'IT', message: `peak ${round(peakMW)} MW reads as IT load (${round((100 * peakMW) / Math.max(siteItMW, 1e-9))} % of ${round(siteItMW)} MW IT); the model adds cooling and losses with the site's PUE` };
  }
  if (peakMW <= siteFacilityMW * tolerance) {
    return {
      ...base,
      ok: false,
      reads: 'facility',
      message: `peak ${round(peakMW)} MW reads as facility load: ${sizes}. The model takes the IT load; divide the file by the PUE (peak ${round(peakMW / designPue)} MW) or import the IT meter`,
    };
  }
  const unitHint = peakMW > 1000 * siteFacilityMW * 0.5 ? '; a file in kW needs load_kW in the header' : '';
  return {
    ...base,
    ok: false,
    reads: 'too-large',
    message: `peak ${round(peakMW)} MW is more than the site can carry: ${sizes}. Add or enlarge a phase, or check the unit${unitHint}`,
  };
}
