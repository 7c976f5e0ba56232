import { ApiError } from '../../../api/errors';
import type { HeadroomAtLimit, HeadroomDetail, HeadroomSystemResponse, HeadroomSystemsResponse } from '../../../api/schemas/headroom';
import { allYearsHeadroom, curtailedHoursByMonthHour, durationCurve, headroomCurve, HeadroomInputError, prepareHeadroom, publishedHeadroom, yearlyHeadroom, type PreparedHeadroom, type YearHeadroom } from '../../../power-model/headroom/index';
import { BALANCING_AUTHORITY_CLOCKS, type SystemLoadSeries, type TariffClock } from '../../../power-model/system-load/types';
import { bundledSystemLoad } from '../../data/load-grid-tariffs';
import { ImportError } from '../../import/errors';
import { parseSystemLoadCsv, systemLoadSeries } from '../../import/system-load-csv';
import type { ServiceContext } from '../context';
import type { HandlerRegistry } from '../registry';
import { attachedSystemLoad, attachedSystemLoads } from './headroom-attached';

const UTC_CLOCK: TariffClock = { standardUtcOffsetHours: 0, daylightSaving: false, label: 'UTC (no balancing authority named; give ba to read the file in its clock)' };

const METHOD =
  'Curtailment-enabled headroom as Norris et al. define it (Rethinking Load Growth, Nicholas Institute, Duke University, 2025, https://hdl.handle.net/10161/32077): ' +
  'the servable level is the highest load realised over the data in winter (Dec–Feb) and in summer (Jun–Aug), and the higher of the two in spring and autumn; ' +
  'the headroom is the largest constant new load whose curtailed energy (what would take the total above the servable level) is at most the limit times its potential energy, solved exactly. ' +
  'Year by year: the same servable levels, the limit applied to that calendar year (local standard time) alone.';

/** Shipped systems prepared once per process (reading the file, calendar, levels and sorted room: 120–300 ms each). */
const prepared = new Map<string, PreparedHeadroom>();
/** Attached series prepared, by project, site and import time; the last few only (a new import is a new key). */
const preparedAttached = new Map<string, PreparedHeadroom>();
const MAX_ATTACHED_KEPT = 4;

function preparedShipped(ba: string): { series: SystemLoadSeries; p: PreparedHeadroom } {
  const series = shippedSeries(ba);
  let p = prepared.get(series.id);
  if (!p) {
    p = prepareHeadroom(series);
    prepared.set(series.id, p);
  }
  return { series, p };
}

/** A file is prepared for each request: it comes with the request and may differ every time. */
function preparedFile(text: string, fileName: string | undefined, ba: string | undefined): { series: SystemLoadSeries; p: PreparedHeadroom } {
  const series = fileSeries(text, fileName, ba);
  return { series, p: prepareHeadroom(series) };
}

function preparedOfAttached(ctx: ServiceContext, siteId: string): { series: SystemLoadSeries; p: PreparedHeadroom } {
  const attached = attachedSystemLoad(ctx.session.require(), siteId);
  const series = attached.read();
  let p = preparedAttached.get(attached.key);
  if (!p) {
    p = prepareHeadroom(series);
    if (preparedAttached.size >= MAX_ATTACHED_KEPT) preparedAttached.delete(preparedAttached.keys().next().value ?? '');
    preparedAttached.set(attached.key, p);
  }
  return { series, p };
}

/** The figures at one limit, as both `headroom:system` and its batch form answer them. */
function atLimit(p: PreparedHeadroom, curtailmentPct: number, year: number | undefined): HeadroomAtLimit {
  const allYears = allYearsHeadroom(p, curtailmentPct);
  return { curtailmentPct, headroomMW: allYears.headroomMW, allYears, years: yearlyHeadroom(p, curtailmentPct, year) };
}

function systemInfo(series: SystemLoadSeries): HeadroomSystemResponse['system'] {
  return { id: series.id, name: series.name, source: series.source, clock: series.clock.label, firstHourUtc: new Date(series.firstHourUtcMs).toISOString(), hours: series.loadMW.length };
}

function shippedSeries(ba: string): SystemLoadSeries {
  const series = bundledSystemLoad(ba);
  if (!series) throw new ApiError('not-found', `no system load is shipped for "${ba}"`, 'ba');
  return series;
}

function fileSeries(text: string, fileName: string | undefined, ba: string | undefined): SystemLoadSeries {
  const name = fileName ?? 'system load';
  const clock = (ba === undefined ? undefined : BALANCING_AUTHORITY_CLOCKS[ba]) ?? UTC_CLOCK;
  try {
    return systemLoadSeries(parseSystemLoadCsv(text, fileName), { id: name, name, clock, source: `user file ${name}` });
  } catch (error) {
    if (error instanceof ImportError) throw new ApiError('invalid-request', error.message, 'text');
    throw error;
  }
}

/** The engine's refusal as `invalid-request` at the request field it names (the series itself is `text` or `ba`). */
function asApiError(error: unknown, seriesField: string): never {
  if (error instanceof HeadroomInputError) throw new ApiError('invalid-request', error.message, error.field === 'loadMW' ? seriesField : error.field);
  throw error;
}

/** The month × hour counts and duration curve of the asked year's headroom (`year`), or else of the whole series'. */
function detailOf(p: PreparedHeadroom, series: SystemLoadSeries, headroomAllMW: number, year: YearHeadroom | undefined): HeadroomDetail {
  const whole = year === undefined ? undefined : p.calendar.wholeYears.find((y) => y.year === year.year);
  const span = whole ?? { start: 0, end: p.roomMW.length };
  const newLoadMW = year?.headroomMW ?? headroomAllMW;
  return {
    year: year?.year ?? null,
    curtailedHours: curtailedHoursByMonthHour(p, span, newLoadMW),
    clock: `${series.clock.label}, read in standard time (UTC${series.clock.standardUtcOffsetHours >= 0 ? '+' : '−'}${Math.abs(series.clock.standardUtcOffsetHours)})`,
    durationCurve: durationCurve(p, span, newLoadMW),
  };
}

/**
 * `headroom:system`: the curtailment-enabled headroom of a shipped system (`ba`), of a
 * system-load file (`text`) or of the system load attached to a site (`siteId`), over all its
 * hours, year by year, and as a curve over `curvePcts`; with `detail`, its month × hour
 * curtailment and duration curve. `headroom:systems`: the same figures for several shipped
 * systems at several limits in one answer (the view's table). `headroom:attached`: the system
 * loads attached to the project's sites, to offer beside the shipped ones.
 */
export function registerHeadroomHandlers(registry: HandlerRegistry, ctx: ServiceContext): void {
  registry.register('headroom:system', (request): HeadroomSystemResponse => {
    const { ba, text, fileName, siteId, curtailmentPct, year, curvePcts, detail } = request;
    const seriesField = siteId !== undefined ? 'siteId' : text === undefined ? 'ba' : 'text';
    try {
      const { series, p } = siteId !== undefined ? preparedOfAttached(ctx, siteId) : text === undefined ? preparedShipped(ba ?? '') : preparedFile(text, fileName, ba);
      const at = atLimit(p, curtailmentPct, year);
      return {
        system: systemInfo(series),
        servable: p.servable,
        ...at,
        curve: curvePcts === undefined ? [] : headroomCurve(p, curvePcts),
        published: ba !== undefined && text === undefined ? publishedHeadroom(series.id) : null,
        ...(detail ? { detail: detailOf(p, series, at.headroomMW, year === undefined ? undefined : at.years[0]) } : {}),
        method: METHOD,
      };
    } catch (error) {
      asApiError(error, seriesField);
    }
  });

  registry.register('headroom:systems', ({ bas, limitsPct, year }): HeadroomSystemsResponse => {
    const systems = (bas ?? Object.keys(BALANCING_AUTHORITY_CLOCKS)).map((ba) => {
      const { series, p } = preparedShipped(ba);
      try {
        return { system: systemInfo(series), servable: p.servable, published: publishedHeadroom(series.id), atLimits: limitsPct.map((pct) => atLimit(p, pct, year)) };
      } catch (error) {
        return asApiError(error, 'bas');
      }
    });
    return { systems, method: METHOD };
  });

  registry.register('headroom:attached', () => ({ series: attachedSystemLoads(ctx.session.require()) }));
}
