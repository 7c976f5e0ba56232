import { z } from 'zod';

const Slug = (what: string) => z.string({ error: 'must be text' }).regex(/^[a-z0-9][a-z0-9-]*$/, { error: `must be a ${what} id` });

/** `export:workbook` and `export:hourlyCsv`: one site under one scenario, the model's year unless given. */
export const ExportRequestSchema = z.strictObject({
  siteId: Slug('site'),
  scenarioId: Slug('scenario'),
  year: z.number().int().gte(2000).lte(2100).optional(),
});

/** The .xlsx bytes in base64 (every transport carries text), with the short file name to save it under. */
export const WorkbookResponseSchema = z.object({ fileName: z.string(), base64: z.string(), bytes: z.number().int() });

/** The hourly CSV text, its file name and the model's calendar in one sentence (shown beside the download). */
export const HourlyCsvResponseSchema = z.object({ fileName: z.string(), text: z.string(), rows: z.number().int(), calendar: z.string() });
