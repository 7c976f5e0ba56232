import type { ImportedSeries, ImportedWeatherSummary } from '../../../api/schemas/imports';
import { ApiError } from '../../../api/errors';
import { parseWeatherFile } from '../../../power-model/weather/parse-weather-file';
import { WeatherParseError } from '../../../power-model/weather/errors';
import { ImportError } from '../../import/errors';
import { importLoadCsv } from '../../import/load-csv';
import { importPriceCsv } from '../../import/price-csv';
import { importSiteJson } from '../../import/site-json';
import { importUrdbTariff } from '../../import/tariff-urdb';
import type { HandlerRegistry } from '../registry';
import type { ServiceContext } from '../context';

/** Importer failures reach the dialog as `invalid-request` whose message names row and column. */
function asApiError(error: unknown): never {
  if (error instanceof ImportError || error instanceof WeatherParseError) throw new ApiError('invalid-request', error.message, 'text');
  throw error;
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

export function registerImportHandlers(registry: HandlerRegistry, ctx: ServiceContext): void {
  registry.register('import:load', ({ text, unit, fileName }) => {
    try {
      const load = importLoadCsv(text, { ...(unit ? { unit } : {}), ...(fileName ? { file: fileName } : {}) });
      return describeSeries(load.loadMW, load.column, load.sourceUnit);
    } catch (error) {
      return asApiError(error);
    }
  });
  registry.register('import:price', ({ text, unit, fileName }) => {
    try {
      const price = importPriceCsv(text, { ...(unit ? { unit } : {}), ...(fileName ? { file: fileName } : {}) });
      return describeSeries(price.priceUSDPerMWh, price.column, price.sourceUnit);
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
    project.sites.save(site);
    return { site, created: !exists };
  });
  registry.register('import:weather', ({ text, siteId }): ImportedWeatherSummary => {
    let location;
    if (siteId !== undefined) {
      const site = ctx.session.require().sites.get(siteId);
      if (!site) throw new ApiError('not-found', `no site with id "${siteId}"`, 'siteId');
      // Local standard time offset from longitude (15° per hour) for a site that does not state it.
      location = { latitudeDeg: site.location.lat.value, longitudeDeg: site.location.lon.value, utcOffsetHours: Math.round(site.location.lon.value / 15) };
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
      return {
        source: w.source,
        latitudeDeg: w.latitudeDeg,
        longitudeDeg: w.longitudeDeg,
        hours: w.dryBulbC.length,
        meanDryBulbC: sumT / w.dryBulbC.length,
        maxDryBulbC: maxT,
        annualGhiKWhPerM2: ghiWh / 1000,
      };
    } catch (error) {
      return asApiError(error);
    }
  });
}
