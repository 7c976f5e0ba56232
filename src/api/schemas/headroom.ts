import { z } from 'zod';
import type { DurationCurve } from '../../power-model/headroom/duration-curve';
import type { PublishedHeadroom } from '../../power-model/headroom/published';
import type { HeadroomCurvePoint, HeadroomFigures, ServableLevels, YearHeadroom } from '../../power-model/headroom/types';
import { CURTAILMENT_PCT_RANGE } from '../../power-model/headroom/types';
import { rangeText } from '../../power-model/limits';
import { BALANCING_AUTHORITY_CLOCKS } from '../../power-model/system-load/types';

const MAX_TEXT_CHARS = 32 * 1024 * 1024;
/** Most limits one request may ask a curve for: 100 is the bench case, twice that is still instant. */
export const MAX_CURVE_POINTS = 200;

const shippedSystems = Object.keys(BALANCING_AUTHORITY_CLOCKS);
const CurtailmentPct = z
  .number()
  .refine((v) => Number.isFinite(v) && v >= CURTAILMENT_PCT_RANGE.min && v <= CURTAILMENT_PCT_RANGE.max, { error: `${rangeText(CURTAILMENT_PCT_RANGE)} (% of the new load's potential energy)` });

const ShippedSystem = z.string().refine((v) => shippedSystems.includes(v), { error: `must be one of ${shippedSystems.join(', ')} (the shipped systems in data/system-load)` });
const Year = z.number().int().min(1900).max(2200);
const SiteId = z.string().regex(/^[a-z0-9-]+$/, { error: 'must be lower-case letters, digits and dashes' });
const SOURCES = `give a shipped system (${shippedSystems.join(', ')}), the text of a system-load file, or a site whose attached system load to use (siteId)`;

/**
 * `headroom:system`: the system is a shipped balancing authority (`ba`), the `text` of a
 * system-load file (EIA-930 cleaned or plain hourly CSV), or the system load attached to a site
 * of the open project (`siteId`, read on the clock of the site's market as the model reads it).
 * With `ba` and `text`, the file is read as that balancing authority's load (its seasons in that
 * BA's clock); a file alone is read in UTC. `curtailmentPct` is a percentage: 0.5 means 0.5 % of
 * the new load's potential energy.
 */
export const HeadroomSystemRequestSchema = z
  .strictObject({
    ba: ShippedSystem.optional(),
    text: z.string().min(1, { error: 'the file is empty' }).max(MAX_TEXT_CHARS, { error: 'the file is larger than 32 MiB' }).optional(),
    fileName: z.string().min(1).max(255).optional(),
    siteId: SiteId.optional(),
    curtailmentPct: CurtailmentPct,
    year: Year.optional(),
    /** Limits, %, for the headroom-against-limit curve over the whole series. */
    curvePcts: z.array(CurtailmentPct).max(MAX_CURVE_POINTS).optional(),
    /** Also answer `detail` (month × hour counts and the duration curve, ~10 kB): off by default to keep the answer small. */
    detail: z.boolean().optional(),
  })
  .superRefine((r, ctx) => {
    if (r.ba === undefined && r.text === undefined && r.siteId === undefined) ctx.addIssue({ code: 'custom', path: ['ba'], message: SOURCES });
    if (r.siteId !== undefined && (r.ba !== undefined || r.text !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['siteId'], message: 'an attached system load is read on its site\'s clock: give siteId alone, without ba or text' });
    }
  });

/** Most limits one batch may ask for: the table's four presets and the chosen one, with room to spare. */
export const MAX_BATCH_LIMITS = 20;

/**
 * `headroom:systems`, the batch form of `headroom:system` for a table: each shipped system of
 * `bas` (all of them when left out) at each limit of `limitsPct`, over all years and year by year
 * (only `year` when given). Each entry is what `headroom:system` answers for that system and
 * limit (its `headroomMW`, `allYears` and `years`), from the same prepared series.
 */
export const HeadroomSystemsRequestSchema = z.strictObject({
  bas: z.array(ShippedSystem).min(1, { error: 'name at least one system, or leave bas out for all of them' }).max(shippedSystems.length).optional(),
  limitsPct: z.array(CurtailmentPct).min(1, { error: 'give at least one limit' }).max(MAX_BATCH_LIMITS, { error: `at most ${MAX_BATCH_LIMITS} limits in one request` }),
  year: Year.optional(),
});

/** The figures of one system at one limit, as `headroom:system` answers them. */
export type HeadroomAtLimit = Pick<HeadroomSystemResponse, 'curtailmentPct' | 'headroomMW' | 'allYears' | 'years'>;

export type HeadroomSystemsResponse = {
  systems: Array<Pick<HeadroomSystemResponse, 'system' | 'servable' | 'published'> & { atLimits: HeadroomAtLimit[] }>;
  method: string;
};

export const HeadroomSystemsResponseSchema = z.custom<HeadroomSystemsResponse>((v) => typeof v === 'object' && v !== null && 'systems' in v);

/** A system load attached to a site of the open project, as the headroom view offers it. */
export type AttachedSystemLoad = { siteId: string; siteName: string; fileName: string | null; importedAt: string; firstHourUtc: string | null; hours: number | null };

/** `headroom:attached`: the system-load series attached to the open project's sites (figures, no values). */
export const HeadroomAttachedRequestSchema = z.strictObject({});
export const HeadroomAttachedResponseSchema = z.custom<{ series: AttachedSystemLoad[] }>((v) => typeof v === 'object' && v !== null && 'series' in v);

export type HeadroomSystemResponse = {
  system: { id: string; name: string; source: string; clock: string; firstHourUtc: string; hours: number };
  servable: ServableLevels;
  curtailmentPct: number;
  /** Headroom over all the hours of the series, MW (= allYears.headroomMW). */
  headroomMW: number;
  allYears: HeadroomFigures;
  /** Each calendar year the series holds whole; with `year`, only that year. */
  years: YearHeadroom[];
  curve: HeadroomCurvePoint[];
  /** Duke's figure for this system, with its source; null for a file or a system Duke gives none for. */
  published: PublishedHeadroom | null;
  /** With `detail: true`: what the headroom looks like, over the asked year or else all the hours. */
  detail?: HeadroomDetail;
  /** One paragraph saying how the figures were worked out. */
  method: string;
};
/**
 * How the headroom at the asked limit sits in the system's hours: over `year` when one was asked,
 * else over the whole series, with that span's headroom as the new load.
 */
export type HeadroomDetail = {
  year: number | null;
  /** `curtailedHours[month][hourOfDay]`, month 0 = January, in the local standard time named in `clock`. */
  curtailedHours: number[][];
  clock: string;
  durationCurve: DurationCurve;
};

export const HeadroomSystemResponseSchema = z.custom<HeadroomSystemResponse>((v) => typeof v === 'object' && v !== null && 'headroomMW' in v);
