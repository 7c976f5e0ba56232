import { ApiError } from '../../../api/errors';
import type { HeadroomDetail, HeadroomSystemResponse } from '../../../api/schemas/headroom';
import { allYearsHeadroom, curtailedHoursByMonthHour, durationCurve, headroomCurve, HeadroomInputError, prepareHeadroom, publishedHeadroom, yearlyHeadroom, type PreparedHeadroom, type YearHeadroom } from '../../../power-model/headroom/index';
import { BALANCING_AUTHORITY_CLOCKS, type SystemLoadSeries, type TariffClock } from '../../../power-model/system-load/types';
import { bundledSystemLoad } from '../../data/load-grid-tariffs';
import { ImportError } from '../../import/errors';
import { parseSystemLoadCsv, systemLoadSeries } from '../../import/system-load-csv';
import type { HandlerRegistry } from '../registry';

const UTC_CLOCK: TariffClock = { standardUtcOffsetHours: 0, daylightSaving: false, label: 'UTC (no balancing authority named; give ba to read the file in its clock)' };

const METHOD =
  'Curtailment-enabled headroom as Norris et al. define it (Rethinking Load Growth, Nicholas Institute, Duke University, 2025, https://hdl.handle.net/10161/32077): ' +
  'the servable level is the highest load realised over the data in winter (Dec–Feb) and in summer (Jun–Aug), and the higher of the two in spring and autumn; ' +
  'the headroom is the largest constant new load whose curtailed energy (what would take the total above the servable level) is at most the limit times its potential energy, solved exactly. ' +
  'Year by year: the same servable levels, the limit applied to that calendar year (local standard time) alone.';

/** Shipped systems prepared once per process (calendar, levels and sorted room: ~15 ms each). */
const prepared = new Map<string, PreparedHeadroom>();

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
 * `headroom:system`: the curtailment-enabled headroom of a shipped system (`ba`) or of a
 * system-load file (`text`), over all its hours, year by year, and as a curve over `curvePcts`;
 * with `detail`, its month × hour curtailment and duration curve.
 */
export function registerHeadroomHandlers(registry: HandlerRegistry): void {
  registry.register('headroom:system', (request): HeadroomSystemResponse => {
    const { ba, text, fileName, curtailmentPct, year, curvePcts, detail } = request;
    const seriesField = text === undefined ? 'ba' : 'text';
    const series = text === undefined ? shippedSeries(ba ?? '') : fileSeries(text, fileName, ba);
    try {
      let p = text === undefined ? prepared.get(series.id) : undefined;
      if (!p) {
        p = prepareHeadroom(series);
        if (text === undefined) prepared.set(series.id, p);
      }
      const allYears = allYearsHeadroom(p, curtailmentPct);
      const years = yearlyHeadroom(p, curtailmentPct, year);
      return {
        system: { id: series.id, name: series.name, source: series.source, clock: series.clock.label, firstHourUtc: new Date(series.firstHourUtcMs).toISOString(), hours: series.loadMW.length },
        servable: p.servable,
        curtailmentPct,
        headroomMW: allYears.headroomMW,
        allYears,
        years,
        curve: curvePcts === undefined ? [] : headroomCurve(p, curvePcts),
        published: text === undefined ? publishedHeadroom(series.id) : null,
        ...(detail ? { detail: detailOf(p, series, allYears.headroomMW, year === undefined ? undefined : years[0]) } : {}),
        method: METHOD,
      };
    } catch (error) {
      asApiError(error, seriesField);
    }
  });
}
