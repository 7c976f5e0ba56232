import { exportFileName } from '../../api/export-names';
import type { SimulateResponse } from '../../api/schemas/model';
import type { Site } from '../../api/schemas/site';
import type { SiteRateImpactResponse } from '../../api/schemas/site-rate-impact';
import { utcOffsetHours } from '../model/site-model';
import { hourlyCsv } from './csv';
import { MODEL_CALENDAR_NOTE, utcOffsetText } from './model-calendar';
import { workbookBytes } from './workbook';

/** What an export of one site × scenario is made from; the services and the CLI each gather it their way. */
export type SiteExportSource = {
  site: Site;
  scenarioName: string;
  result: SimulateResponse;
  rateImpact: SiteRateImpactResponse | string;
};

/**
 * The one export service: the .xlsx workbook and the hourly CSV of a site × scenario, with short
 * file names (`abilene_hybrid_2028.xlsx`, `abilene_hybrid_hourly_2028.csv`). The `export:*`
 * channels and `stargrid simulate --xlsx` both call it.
 */
export async function siteWorkbook(source: SiteExportSource, generatedOn = new Date().toISOString().slice(0, 10)): Promise<{ fileName: string; bytes: Buffer }> {
  const s = source.result.summary;
  const bytes = await workbookBytes({ ...source, utcOffsetHours: utcOffsetHours(source.site), generatedOn });
  return { fileName: exportFileName([source.site.id, s.scenarioId, s.year], 'xlsx'), bytes };
}

export function siteHourlyCsv(source: Pick<SiteExportSource, 'site' | 'result'>): { fileName: string; text: string; rows: number; calendar: string } {
  const s = source.result.summary;
  const hourly = source.result.hourly;
  if (!hourly) throw new Error('the simulation returned no hourly series');
  const offset = utcOffsetHours(source.site);
  return {
    fileName: exportFileName([source.site.id, s.scenarioId, 'hourly', s.year], 'csv'),
    text: hourlyCsv(hourly, s.year, offset),
    rows: hourly.facilityMW.length,
    calendar: `${MODEL_CALENDAR_NOTE} Timestamps carry the site's UTC offset, ${utcOffsetText(offset)}.`,
  };
}
