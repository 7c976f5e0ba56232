import { z } from 'zod';

const MAX_TEXT_CHARS = 32 * 1024 * 1024;
const fileText = z.string().min(1, { error: 'the file is empty' }).max(MAX_TEXT_CHARS, { error: 'the file is larger than 32 MiB' });
const fileName = z.string().min(1).max(255).optional();
const SiteId = z.string().regex(/^[a-z0-9-]+$/, { error: 'must be lower-case letters, digits and dashes' });
/** When given, the parsed series is stored for this site (replacing its previous one of that kind) and used by the model. */
const attachTo = SiteId.optional();

export const SERIES_KINDS = ['load', 'price', 'weather', 'system-load'] as const;
export const SeriesKindSchema = z.enum(SERIES_KINDS);
export type SeriesKind = z.infer<typeof SeriesKindSchema>;
/** A series attached to a site, without its values: what `series:list` and an attaching import return. */
export const SiteSeriesInfoSchema = z.object({
  siteId: z.string(),
  kind: SeriesKindSchema,
  fileName: z.string().nullable(),
  importedAt: z.string(),
  summary: z.unknown(),
});
export type SiteSeriesInfo = z.infer<typeof SiteSeriesInfoSchema>;
export const SeriesListRequestSchema = z.strictObject({ siteId: SiteId });
export const SeriesRemoveRequestSchema = z.strictObject({ siteId: SiteId, kind: SeriesKindSchema });
export const SeriesGetRequestSchema = z.strictObject({ siteId: SiteId, kind: SeriesKindSchema });
/**
 * Standard base64 (RFC 4648 §4, padded) of a stored series body. The longest is a weather or
 * system-load text at the import's 32 MiB limit: 4 characters per 3 bytes.
 */
const Base64Body = z
  .string()
  .max(Math.ceil(MAX_TEXT_CHARS / 3) * 4, { error: 'is larger than an import may be (32 MiB)' })
  .refine((v) => v.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(v), { error: 'is not base64 (A–Z, a–z, 0–9, +, / in groups of 4, = padding)' });
/** A stored series with its body, as `series:get` returns it and `series:restore` takes it back. */
export const StoredSeriesSchema = z.object({ info: SiteSeriesInfoSchema, bodyBase64: z.string() });
export type StoredSeries = z.infer<typeof StoredSeriesSchema>;
/**
 * Puts a series back as it was (undo of an attach or a remove): the body is checked as its import
 * checks it and the site is run on it before it is stored. `summary` carries what the bytes do not
 * (a load's column and unit); every figure the bytes hold is recomputed from them.
 */
export const SeriesRestoreRequestSchema = z.strictObject({
  siteId: SiteId,
  kind: SeriesKindSchema,
  fileName: z.string().min(1).max(255).nullable(),
  bodyBase64: Base64Body,
  summary: z.unknown().optional(),
});

export const ImportLoadRequestSchema = z.strictObject({ fileName, text: fileText, unit: z.enum(['MW', 'kW']).optional(), attachTo });
export const ImportPriceRequestSchema = z.strictObject({ fileName, text: fileText, unit: z.string().min(1).optional(), attachTo });
export const ImportTariffRequestSchema = z.strictObject({ fileName, text: fileText });
export const ImportSiteRequestSchema = z.strictObject({ fileName, text: fileText, replace: z.boolean().default(false) });
/** The host system's hourly load (EIA-930 cleaned or a plain `date_time,load_MW` CSV), read on the clock of the site's market. */
export const ImportSystemLoadRequestSchema = z.strictObject({ fileName, text: fileText, attachTo });
export const ImportWeatherRequestSchema = z.strictObject({
  fileName,
  text: fileText,
  /** Needed only for a plain CSV, which carries no position: the site whose location to use. */
  siteId: z.string().regex(/^[a-z0-9-]+$/).optional(),
  attachTo,
});

/** What an hourly import returns: the series (plain numbers) and the figures a dialog shows. */
export type ImportedSeries = { column: string; sourceUnit: string; hours: number; min: number; max: number; mean: number; total: number; values: number[]; siteFit?: LoadSiteFit; attached?: SiteSeriesInfo };
/** A load attached to a site, compared with it: it reads as IT load (peak within the IT capacity); the message says so in words. */
export type LoadSiteFit = { reads: 'IT' | 'facility' | 'too-large'; peakMW: number; siteItMW: number; siteFacilityMW: number; designPue: number; message: string };
export type ImportedWeatherSummary = {
  source: { kind: string; label: string };
  latitudeDeg: number;
  longitudeDeg: number;
  hours: number;
  meanDryBulbC: number;
  maxDryBulbC: number;
  annualGhiKWhPerM2: number;
  attached?: SiteSeriesInfo;
};

/** What a system-load import returns: the file's form and size, the whole years it holds at the site's clock, and its peak. */
export type ImportedSystemLoadSummary = {
  format: string;
  column: string;
  firstHourUtc: string;
  hours: number;
  peakMW: number;
  meanMW: number;
  /** Calendar years the file covers whole at the site (with a week of margin); null without a site to place it. */
  wholeYears: number[] | null;
  attached?: SiteSeriesInfo;
};
export const ImportedSystemLoadSchema = z.custom<ImportedSystemLoadSummary>((v) => typeof v === 'object' && v !== null && 'peakMW' in v);
export const ImportedSeriesSchema = z.custom<ImportedSeries>((v) => typeof v === 'object' && v !== null && 'values' in v);
export const ImportedWeatherSchema = z.custom<ImportedWeatherSummary>((v) => typeof v === 'object' && v !== null && 'source' in v);
