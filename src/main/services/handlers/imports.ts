import type { ImportedSystemLoadSummary, ImportedWeatherSummary } from '../../../api/schemas/imports';
import { ApiError } from '../../../api/errors';
import { parseWeatherFile } from '../../../power-model/weather/parse-weather-file';
import { WeatherParseError } from '../../../power-model/weather/errors';
import { ImportError } from '../../import/errors';
import { importLoadCsv } from '../../import/load-csv';
import { importPriceCsv } from '../../import/price-csv';
import { importSiteJson } from '../../import/site-json';
import { importUrdbTariff } from '../../import/tariff-urdb';
import { floatsToBytes } from '../../db/site-series-repo';
import { utcOffsetHours } from '../../model/site-model';
import { attachedWeather } from '../../model/weather';
import type { HandlerRegistry } from '../registry';
import type { ServiceContext } from '../context';
import type { ModelService } from '../model-service';
import { checkSite } from '../preflight';
import { describeSeries, fittingLoad, readSystemLoad, siteToAttach, storeChecked, weatherSummary, withoutValues } from '../series-attach';

/**
 * Importer failures reach the dialog as `invalid-request` whose message names row and column.
 * A RangeError is the weather-year check (weather-year.ts) refusing what the file holds.
 */
function asApiError(error: unknown): never {
  if (error instanceof ImportError || error instanceof WeatherParseError) throw new ApiError('invalid-request', error.message, 'text');
  if (error instanceof RangeError) throw new ApiError('invalid-request', `the file: ${error.message}`, 'text');
  throw error;
}

export function registerImportHandlers(registry: HandlerRegistry, ctx: ServiceContext, model: ModelService): void {
  registry.register('import:load', ({ text, unit, fileName, attachTo }) => {
    // The site is checked before parsing so a bad id is reported even for a bad file.
    if (attachTo !== undefined) siteToAttach(ctx, attachTo, 'attachTo');
    let load;
    try {
      load = importLoadCsv(text, { ...(unit ? { unit } : {}), ...(fileName ? { file: fileName } : {}) });
    } catch (error) {
      return asApiError(error);
    }
    const series = describeSeries(load.loadMW, load.column, load.sourceUnit);
    if (attachTo === undefined) return series;
    // Checked against the site before anything is stored: the model reads it as IT load.
    const site = siteToAttach(ctx, attachTo, 'attachTo');
    const siteFit = fittingLoad(load.loadMW, site, 'text', fileName);
    const attached = storeChecked(ctx, model, site, { kind: 'load', replace: { loadMW: load.loadMW }, fileName, body: floatsToBytes(load.loadMW), summary: { ...withoutValues(series), siteFit } }, 'text');
    return { ...series, siteFit, attached };
  });
  registry.register('import:price', ({ text, unit, fileName, attachTo }) => {
    if (attachTo !== undefined) siteToAttach(ctx, attachTo, 'attachTo');
    let price;
    try {
      price = importPriceCsv(text, { ...(unit ? { unit } : {}), ...(fileName ? { file: fileName } : {}) });
    } catch (error) {
      return asApiError(error);
    }
    const series = describeSeries(price.priceUSDPerMWh, price.column, price.sourceUnit);
    if (attachTo === undefined) return series;
    const site = siteToAttach(ctx, attachTo, 'attachTo');
    const attached = storeChecked(ctx, model, site, { kind: 'price', replace: { priceUSDPerMWh: price.priceUSDPerMWh }, fileName, body: floatsToBytes(price.priceUSDPerMWh), summary: withoutValues(series) }, 'text');
    return { ...series, attached };
  });
  registry.register('import:systemLoad', ({ text, fileName, attachTo }): ImportedSystemLoadSummary => {
    const target = attachTo !== undefined ? siteToAttach(ctx, attachTo, 'attachTo') : undefined;
    try {
      const { summary, series } = readSystemLoad(text, fileName, target);
      if (target === undefined || series === undefined) return summary;
      // Run the site on it first (the system year it asks for must be in the file): nothing is stored if it cannot.
      const attached = storeChecked(ctx, model, target, { kind: 'system-load', replace: { systemLoad: series }, fileName, body: Buffer.from(text, 'utf8'), summary }, 'text');
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
    const target = attachTo !== undefined ? siteToAttach(ctx, attachTo, 'attachTo') : undefined;
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
      const summary = weatherSummary(parseWeatherFile(text, location));
      if (attachTo === undefined || target === undefined) return summary;
      // Weather is stored as its text (see migration 0004) and re-parsed at the site when used: run the site on it that way first.
      const weather = attachedWeather(text, target, fileName ?? null);
      const attached = storeChecked(ctx, model, target, { kind: 'weather', replace: { weather }, fileName, body: Buffer.from(text, 'utf8'), summary }, 'text');
      return { ...summary, attached };
    } catch (error) {
      return asApiError(error);
    }
  });
}
