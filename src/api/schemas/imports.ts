import { z } from 'zod';

const MAX_TEXT_CHARS = 32 * 1024 * 1024;
const fileText = z.string().min(1, { error: 'the file is empty' }).max(MAX_TEXT_CHARS, { error: 'the file is larger than 32 MiB' });
const fileName = z.string().min(1).max(255).optional();

export const ImportLoadRequestSchema = z.strictObject({ fileName, text: fileText, unit: z.enum(['MW', 'kW']).optional() });
export const ImportPriceRequestSchema = z.strictObject({ fileName, text: fileText, unit: z.string().min(1).optional() });
export const ImportTariffRequestSchema = z.strictObject({ fileName, text: fileText });
export const ImportSiteRequestSchema = z.strictObject({ fileName, text: fileText, replace: z.boolean().default(false) });
export const ImportWeatherRequestSchema = z.strictObject({
  fileName,
  text: fileText,
  /** Needed only for a plain CSV, which carries no position: the site whose location to use. */
  siteId: z.string().regex(/^[a-z0-9-]+$/).optional(),
});

/** What an hourly import returns: the series (plain numbers) and the figures a dialog shows. */
export type ImportedSeries = { column: string; sourceUnit: string; hours: number; min: number; max: number; mean: number; total: number; values: number[] };
export type ImportedWeatherSummary = {
  source: { kind: string; label: string };
  latitudeDeg: number;
  longitudeDeg: number;
  hours: number;
  meanDryBulbC: number;
  maxDryBulbC: number;
  annualGhiKWhPerM2: number;
};

export const ImportedSeriesSchema = z.custom<ImportedSeries>((v) => typeof v === 'object' && v !== null && 'values' in v);
export const ImportedWeatherSchema = z.custom<ImportedWeatherSummary>((v) => typeof v === 'object' && v !== null && 'source' in v);
