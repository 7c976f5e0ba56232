import type { ImportedSeries, ImportedSystemLoadSummary, ImportedWeatherSummary, SeriesKind, SiteSeriesInfo } from '../../api/schemas/imports';
import type { Site } from '../../api/schemas/site';
import { ApiError } from '../../api/errors';
import type { WeatherYear } from '../../power-model/weather/types';
import { availableSystemYears } from '../../power-model/system-load/calendar';
import { parseSystemLoadCsv } from '../import/system-load-csv';
import { userSystemLoad } from '../data/load-grid-tariffs';
import { utcOffsetHours } from '../model/site-model';
import type { AttachedSeries } from '../model/attached-series';
import { loadFit, type LoadFit } from '../import/load-fit';
import { attachedFromRepo, type ModelService } from './model-service';
import type { ServiceContext } from './context';
import { checkSite } from './preflight';

/**
 * Attaching an hourly series to a site, shared by the imports (`import:load` … with `attachTo`)
 * and by `series:restore` (undo of an attach or a remove), so both check a series the same way:
 * the figures are worked out from the values, a load must fit the site (`loadFit`), and the site
 * is run on the series under every scenario (`checkSite`) before anything is stored.
 */

/** The site to attach to in the open project, or a `not-found` naming `field`. */
export function siteToAttach(ctx: ServiceContext, siteId: string, field: string): Site {
  const site = ctx.session.require().sites.get(siteId);
  if (!site) throw new ApiError('not-found', `no site with id "${siteId}" to attach the series to`, field);
  return site;
}

/** Count, range, mean and total of an hourly series, with the values as plain numbers. */
export function describeSeries(values: Float64Array, column: string, sourceUnit: string): ImportedSeries {
  let min = Infinity;
  let max = -Infinity;
  let total = 0;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
    total += v;
  }
  return { column, sourceUnit, hours: values.length, min, max, mean: total / values.length, total, values: Array.from(values) };
}

/** The figures of a series without its values, as stored beside an attached series. */
export function withoutValues(series: ImportedSeries): Omit<ImportedSeries, 'values'> {
  const { values: _values, ...figures } = series;
  return figures;
}

/** What a weather import reports of the year it read. */
export function weatherSummary(w: WeatherYear): ImportedWeatherSummary {
  let sumT = 0;
  let maxT = -Infinity;
  let ghiWh = 0;
  for (let h = 0; h < w.dryBulbC.length; h++) {
    const t = w.dryBulbC[h] ?? 0;
    sumT += t;
    if (t > maxT) maxT = t;
    ghiWh += w.ghiWPerM2[h] ?? 0;
  }
  return {
    source: w.source,
    latitudeDeg: w.latitudeDeg,
    longitudeDeg: w.longitudeDeg,
    hours: w.dryBulbC.length,
    meanDryBulbC: sumT / w.dryBulbC.length,
    maxDryBulbC: maxT,
    annualGhiKWhPerM2: ghiWh / 1000,
  };
}

/**
 * A system-load file read and summarised; placed at `target`'s market clock (`userSystemLoad`)
 * when a site is given, which also yields the series the model will run on.
 */
export function readSystemLoad(text: string, fileName: string | undefined, target: Site | undefined): { summary: ImportedSystemLoadSummary; series: ReturnType<typeof userSystemLoad> | undefined } {
  const parsed = parseSystemLoadCsv(text, fileName);
  let peakMW = 0;
  let totalMW = 0;
  for (const v of parsed.loadMW) {
    if (v > peakMW) peakMW = v;
    totalMW += v;
  }
  // Read at the site's market clock (userSystemLoad): the whole years are those of that clock.
  const series = target ? userSystemLoad(target, text, fileName ?? 'system-load.csv', utcOffsetHours(target)) : undefined;
  const summary: ImportedSystemLoadSummary = {
    format: parsed.format,
    column: parsed.column,
    firstHourUtc: new Date(parsed.firstHourUtcMs).toISOString(),
    hours: parsed.loadMW.length,
    peakMW,
    meanMW: totalMW / parsed.loadMW.length,
    wholeYears: series && target ? availableSystemYears(series, utcOffsetHours(target)) : null,
  };
  return { summary, series };
}

/** A load compared with the site; refused (`invalid-request` at `field`) when the model would refuse it. */
export function fittingLoad(loadMW: Float64Array, site: Site, field: string, fileName: string | null | undefined): LoadFit {
  const { ok, ...fit } = loadFit(loadMW, site);
  if (!ok) throw new ApiError('invalid-request', `${fileName ?? 'the file'}: ${fit.message}`, field);
  return fit;
}

/**
 * Runs `site` with `replace` in place of its stored series of that kind (refusals name `field`),
 * then stores the body (replacing the previous one of `kind`) and hands the checked runner to the
 * model. Nothing is stored when the run refuses.
 */
export function storeChecked(
  ctx: ServiceContext,
  model: ModelService,
  site: Site,
  entry: { kind: SeriesKind; replace: AttachedSeries; fileName: string | null | undefined; body: Buffer; summary: unknown },
  field: string,
): SiteSeriesInfo {
  const project = ctx.session.require();
  const attached = { ...(attachedFromRepo(project.series, site) ?? {}), ...entry.replace };
  const runner = checkSite(model, project, site, field, attached);
  const info = project.series.put({ siteId: site.id, kind: entry.kind, fileName: entry.fileName ?? null, body: entry.body, summary: entry.summary });
  model.adopt(project, site, runner);
  return info;
}
