import type { SeriesKind, SiteSeriesInfo } from '../../../api/schemas/imports';
import type { Site } from '../../../api/schemas/site';
import { ApiError } from '../../../api/errors';
import { missingCase } from '../../../power-model/missing-case';
import { parseWeatherFile } from '../../../power-model/weather/parse-weather-file';
import { WeatherParseError } from '../../../power-model/weather/errors';
import { ImportError } from '../../import/errors';
import { hourlyFromBytes } from '../../import/hourly-bytes';
import { LOAD_MIN_MW } from '../../import/load-csv';
import { utcOffsetHours } from '../../model/site-model';
import { attachedWeather } from '../../model/weather';
import type { HandlerRegistry } from '../registry';
import type { ServiceContext } from '../context';
import type { ModelService } from '../model-service';
import { describeSeries, fittingLoad, readSystemLoad, siteToAttach, storeChecked, weatherSummary, withoutValues } from '../series-attach';

const BODY = 'bodyBase64';

/** A body the importers refuse, as `invalid-request` at `bodyBase64` naming what is wrong. */
function refusedBody(kind: SeriesKind, error: unknown): never {
  if (error instanceof ImportError || error instanceof WeatherParseError || error instanceof RangeError) {
    throw new ApiError('invalid-request', `${BODY}: the ${kind} series ${error.message}`, BODY);
  }
  throw error;
}

/** The text of a weather or system-load body: UTF-8 as the import stored it, anything else refused. */
function bodyText(kind: SeriesKind, body: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw new ApiError('invalid-request', `${BODY}: the ${kind} series is not UTF-8 text`, BODY);
  }
}

/** A short text the caller kept from the import's summary (a load's column, its unit), else `fallback`. */
function keptText(summary: unknown, key: 'column' | 'sourceUnit', fallback: string): string {
  const value = typeof summary === 'object' && summary !== null ? (summary as Record<string, unknown>)[key] : undefined;
  return typeof value === 'string' && value.length > 0 && value.length <= 255 ? value : fallback;
}

/**
 * Puts a series back from its stored bytes, checked as its import checks it: load and price are
 * little-endian doubles (a whole year, finite; a load not negative and fitting the site), weather
 * and system-load their text re-parsed by the same parsers. The figures are recomputed from the
 * body; only what the bytes do not hold (a load's or price's column and source unit) is kept
 * from `summary`. The site is run on it before it is stored.
 */
function restore(ctx: ServiceContext, model: ModelService, site: Site, kind: SeriesKind, fileName: string | null, body: Buffer, summary: unknown): SiteSeriesInfo {
  const store = (replace: Parameters<typeof storeChecked>[3]['replace'], stored: unknown) => storeChecked(ctx, model, site, { kind, replace, fileName, body, summary: stored }, BODY);
  switch (kind) {
    case 'load': {
      let loadMW: Float64Array;
      try {
        loadMW = hourlyFromBytes(body, { quantity: 'load', min: LOAD_MIN_MW });
      } catch (error) {
        return refusedBody(kind, error);
      }
      const siteFit = fittingLoad(loadMW, site, BODY, fileName);
      return store({ loadMW }, { ...withoutValues(describeSeries(loadMW, keptText(summary, 'column', 'load'), keptText(summary, 'sourceUnit', 'MW'))), siteFit });
    }
    case 'price': {
      let priceUSDPerMWh: Float64Array;
      try {
        priceUSDPerMWh = hourlyFromBytes(body, { quantity: 'price' });
      } catch (error) {
        return refusedBody(kind, error);
      }
      return store({ priceUSDPerMWh }, withoutValues(describeSeries(priceUSDPerMWh, keptText(summary, 'column', 'price'), keptText(summary, 'sourceUnit', 'USD/MWh'))));
    }
    case 'weather': {
      const text = bodyText(kind, body);
      const location = { latitudeDeg: site.location.lat.value, longitudeDeg: site.location.lon.value, utcOffsetHours: utcOffsetHours(site) };
      let parsed;
      try {
        parsed = { summary: weatherSummary(parseWeatherFile(text, location)), weather: attachedWeather(text, site, fileName) };
      } catch (error) {
        return refusedBody(kind, error);
      }
      return store({ weather: parsed.weather }, parsed.summary);
    }
    case 'system-load': {
      const text = bodyText(kind, body);
      let read;
      try {
        read = readSystemLoad(text, fileName ?? undefined, site);
      } catch (error) {
        return refusedBody(kind, error);
      }
      if (read.series === undefined) throw new Error('a system load read at a site has a series');
      return store({ systemLoad: read.series }, read.summary);
    }
    default:
      return missingCase(kind);
  }
}

/**
 * Hourly series attached to a site by `import:load|price|weather|systemLoad` with `attachTo`: list
 * them (figures, no values), remove one (the built-in input is used again), and, for undo, read
 * one with its stored body and put such a body back.
 */
export function registerSeriesHandlers(registry: HandlerRegistry, ctx: ServiceContext, model: ModelService): void {
  registry.register('series:list', ({ siteId }) => {
    const project = ctx.session.require();
    if (!project.sites.exists(siteId)) throw new ApiError('not-found', `no site with id "${siteId}"`, 'siteId');
    return { series: project.series.list(siteId) };
  });
  registry.register('series:remove', ({ siteId, kind }) => {
    const project = ctx.session.require();
    // An unknown site is a mistake to name, not "nothing removed".
    if (!project.sites.exists(siteId)) throw new ApiError('not-found', `no site with id "${siteId}"`, 'siteId');
    return { removed: project.series.remove(siteId, kind) };
  });
  registry.register('series:get', ({ siteId, kind }) => {
    const project = ctx.session.require();
    if (!project.sites.exists(siteId)) throw new ApiError('not-found', `no site with id "${siteId}"`, 'siteId');
    const stored = project.series.get(siteId, kind);
    return { series: stored ? { info: stored.info, bodyBase64: stored.body.toString('base64') } : null };
  });
  registry.register('series:restore', ({ siteId, kind, fileName, bodyBase64, summary }) => {
    const site = siteToAttach(ctx, siteId, 'siteId');
    return { attached: restore(ctx, model, site, kind, fileName, Buffer.from(bodyBase64, 'base64'), summary) };
  });
}
