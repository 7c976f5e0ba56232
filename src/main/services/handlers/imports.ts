import type { ImportedSeries, ImportedSystemLoadSummary, ImportedWeatherSummary, SeriesKind, SiteSeriesInfo } from '../../../api/schemas/imports';
import type { Site } from '../../../api/schemas/site';
import { ApiError } from '../../../api/errors';
import { parseWeatherFile } from '../../../power-model/weather/parse-weather-file';
import { WeatherParseError } from '../../../power-model/weather/errors';
import { ImportError } from '../../import/errors';
import { importLoadCsv } from '../../import/load-csv';
import { importPriceCsv } from '../../import/price-csv';
import { parseSystemLoadCsv } from '../../import/system-load-csv';
import { userSystemLoad } from '../../data/load-grid-tariffs';
import { availableSystemYears } from '../../../power-model/system-load/calendar';
import { importSiteJson } from '../../import/site-json';
import { importUrdbTariff } from '../../import/tariff-urdb';
import { floatsToBytes } from '../../db/site-series-repo';
import { utcOffsetHours } from '../../model/site-model';
import { attachedWeather } from '../../model/weather';
import type { AttachedSeries } from '../../model/attached-series';
import { loadFit } from '../../import/load-fit';
import type { HandlerRegistry } from '../registry';
import type { ServiceContext } from '../context';
import { attachedFromRepo, type ModelService } from '../model-service';
import { checkSite } from '../preflight';

/**
 * Importer failures reach the dialog as `invalid-request` whose message names row and column.
 * A RangeError is the weather-year check (weather-year.ts) refusing what the file holds.
 */
function asApiError(error: unknown): never {
  if (error instanceof ImportError || error instanceof WeatherParseError) throw new ApiError('invalid-request', error.message, 'text');
  if (error instanceof RangeError) throw new ApiError('invalid-request', `the file: ${error.message}`, 'text');
  throw error;
}

/** The series stored for the site with `replace` put in place of its kind: what the model will run on once attached. */
function withSeries(ctx: ServiceContext, site: Site, replace: AttachedSeries): AttachedSeries {
  return { ...(attachedFromRepo(ctx.session.require().series, site) ?? {}), ...replace };
}

function describeSeries(values: Float64Array, column: string, sourceUnit: string): ImportedSeries {
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

/** The site named by `attachTo` in the open project, or a `not-found` naming the field. */
function attachSite(ctx: ServiceContext, siteId: string): Site {
  const site = ctx.session.require().sites.get(siteId);
  if (!site) throw new ApiError('not-found', `no site with id "${siteId}" to attach the series to`, 'attachTo');
  return site;
}

/** Stores a parsed series for the site (replacing its previous one of that kind); returns what was stored. */
function attach(ctx: ServiceContext, siteId: string, kind: SeriesKind, fileName: string | undefined, body: Buffer, summary: unknown): SiteSeriesInfo {
  return ctx.session.require().series.put({ siteId, kind, fileName: fileName ?? null, body, summary });
}

/** The figures of a series without its values, as stored beside an attached series. */
function withoutValues(series: ImportedSeries): Omit<ImportedSeries, 'values'> {
  const { values: _values, ...figures } = series;
  return figures;
}

export function registerImportHandlers(registry: HandlerRegistry, ctx: ServiceContext, model: ModelService): void {
  registry.register('import:load', ({ text, unit, fileName, attachTo }) => {
    // The site is checked before parsing so a bad id is reported even for a bad file.
    if (attachTo !== undefined) attachSite(ctx, attachTo);
    let load;
    try {
      load = importLoadCsv(text, { ...(unit ? { unit } : {}), ...(fileName ? { file: fileName } : {}) });
    } catch (error) {
      return asApiError(error);
    }
    const series = describeSeries(load.loadMW, load.column, load.sourceUnit);
    if (attachTo === undefined) return series;
    // Checked against the site before anything is stored: the model reads it as IT load.
    const site = attachSite(ctx, attachTo);
    const fit = loadFit(load.loadMW, site);
    if (!fit.ok) throw new ApiError('invalid-request', `${fileName ?? 'the file'}: ${fit.message}`, 'text');
    const runner = checkSite(model, ctx.session.require(), site, 'text', withSeries(ctx, site, { loadMW: load.loadMW }));
    const { ok: _ok, ...siteFit } = fit;
    const attached = attach(ctx, attachTo, 'load', fileName, floatsToBytes(load.loadMW), { ...withoutValues(series), siteFit });
    model.adopt(ctx.session.require(), site, runner);
    return { ...series, siteFit, attached };
  });
  registry.register('import:price', ({ text, unit, fileName, attachTo }) => {
    if (attachTo !== undefined) attachSite(ctx, attachTo);
    let price;
    try {
      price = importPriceCsv(text, { ...(unit ? { unit } : {}), ...(fileName ? { file: fileName } : {}) });
    } catch (error) {
      return asApiError(error);
    }
    const series = describeSeries(price.priceUSDPerMWh, price.column, price.sourceUnit);
    if (attachTo === undefined) return series;
    const site = attachSite(ctx, attachTo);
    const runner = checkSite(model, ctx.session.require(), site, 'text', withSeries(ctx, site, { priceUSDPerMWh: price.priceUSDPerMWh }));
    const attached = attach(ctx, attachTo, 'price', fileName, floatsToBytes(price.priceUSDPerMWh), withoutValues(series));
    model.adopt(ctx.session.require(), site, runner);
    return { ...series, attached };
  });
  registry.register('import:systemLoad', ({ text, fileName, attachTo }): ImportedSystemLoadSummary => {
    const target = attachTo !== undefined ? attachSite(ctx, attachTo) : undefined;
    try {
      const parsed = parseSystemLoadCsv(text, fileName);
      let peakMW = 0;
      let totalMW = 0;
      for (const v of parsed.loadMW) {
        if (v > peakMW) peakMW = v;
        totalMW += v;
      }
      const name = fileName ?? 'system-load.csv';
      // Read at the site's market clock (userSystemLoad): the whole years are those of that clock.
      const series = target ? userSystemLoad(target, text, name, utcOffsetHours(target)) : undefined;
      const summary: ImportedSystemLoadSummary = {
        format: parsed.format,
        column: parsed.column,
        firstHourUtc: new Date(parsed.firstHourUtcMs).toISOString(),
        hours: parsed.loadMW.length,
        peakMW,
        meanMW: totalMW / parsed.loadMW.length,
        wholeYears: series && target ? availableSystemYears(series, utcOffsetHours(target)) : null,
      };
      if (target === undefined || series === undefined) return summary;
      // Run the site on it first (the system year it asks for must be in the file): nothing is stored if it cannot.
      const runner = checkSite(model, ctx.session.require(), target, 'text', withSeries(ctx, target, { systemLoad: series }));
      const attached = attach(ctx, target.id, 'system-load', fileName, Buffer.from(text, 'utf8'), summary);
      model.adopt(ctx.session.require(), target, runner);
      return { ...summary, attached };
    } catch (error) {
      return asApiError(error);
    }
  });
  registry.register('import:tariff', ({ text, fileName }) => {
    try {
      return { tariff: importUrdbTariff(text, fileName ? { file: fileName } : {}) };
    } catch (error) {
      return asApiError(error);
    }
  });
  registry.register('import:site', ({ text, fileName, replace }) => {
    let site;
    try {
      site = importSiteJson(text, fileName ? { file: fileName } : {});
    } catch (error) {
      return asApiError(error);
    }
    const project = ctx.session.require();
    const exists = project.sites.exists(site.id);
    if (exists && !replace) throw new ApiError('conflict', `a site with id "${site.id}" is already in the project; import with replace to overwrite it`, 'text');
    const runner = checkSite(model, project, site, 'text');
    project.sites.save(site);
    model.adopt(project, site, runner);
    return { site, created: !exists };
  });
  registry.register('import:weather', ({ text, siteId, fileName, attachTo }): ImportedWeatherSummary => {
    let location;
    const target = attachTo !== undefined ? attachSite(ctx, attachTo) : undefined;
    // The attached site places a plain CSV unless another site is named for that.
    let placeAt = target;
    if (siteId !== undefined) {
      placeAt = ctx.session.require().sites.get(siteId);
      if (!placeAt) throw new ApiError('not-found', `no site with id "${siteId}"`, 'siteId');
    }
    if (placeAt !== undefined) {
      location = { latitudeDeg: placeAt.location.lat.value, longitudeDeg: placeAt.location.lon.value, utcOffsetHours: utcOffsetHours(placeAt) };
    }
    try {
      const w = parseWeatherFile(text, location);
      let sumT = 0;
      let maxT = -Infinity;
      let ghiWh = 0;
      for (let h = 0; h < w.dryBulbC.length; h++) {
        const t = w.dryBulbC[h] ?? 0;
        sumT += t;
        if (t > maxT) maxT = t;
        ghiWh += w.ghiWPerM2[h] ?? 0;
      }
      const summary: ImportedWeatherSummary = {
        source: w.source,
        latitudeDeg: w.latitudeDeg,
        longitudeDeg: w.longitudeDeg,
        hours: w.dryBulbC.length,
        meanDryBulbC: sumT / w.dryBulbC.length,
        maxDryBulbC: maxT,
        annualGhiKWhPerM2: ghiWh / 1000,
      };
      if (attachTo === undefined || target === undefined) return summary;
      // Weather is stored as its text (see migration 0004) and re-parsed at the site when used: run the site on it that way first.
      const runner = checkSite(model, ctx.session.require(), target, 'text', withSeries(ctx, target, { weather: attachedWeather(text, target, fileName ?? null) }));
      const attached = attach(ctx, attachTo, 'weather', fileName, Buffer.from(text, 'utf8'), summary);
      model.adopt(ctx.session.require(), target, runner);
      return { ...summary, attached };
    } catch (error) {
      return asApiError(error);
    }
  });
}
