import { z } from 'zod';

/** A project file path as the user gives it; the service resolves and checks it. */
export const ProjectPathSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(4096, 'is too long')
  .refine((p) => !p.includes('\0'), 'must not contain a NUL character');

export const ProjectInfoSchema = z.object({
  /** This opening of the project: every request names it, and one made for another is refused. */
  id: z.string(),
  path: z.string(),
  name: z.string(),
  createdAt: z.string(),
  schemaVersion: z.number().int(),
  siteCount: z.number().int(),
  scenarioCount: z.number().int(),
  /** Opened from a file the user cannot write: shown on screen, every edit refused. */
  readOnly: z.boolean(),
});
export type ProjectInfo = z.infer<typeof ProjectInfoSchema>;

export const RecentProjectSchema = z.object({ path: z.string(), openedAt: z.string() });
export type RecentProject = z.infer<typeof RecentProjectSchema>;

export const AppInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  mode: z.enum(['desktop', 'web']),
  versions: z.record(z.string(), z.string()),
  dataSources: z.array(z.object({ title: z.string(), url: z.string() })),
  project: ProjectInfoSchema.nullable(),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

export const RunRecordSchema = z.object({
  id: z.number().int(),
  kind: z.string(),
  siteId: z.string().nullable(),
  scenarioId: z.string().nullable(),
  inputsHash: z.string(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  status: z.enum(['running', 'done', 'cancelled', 'failed']),
  summary: z.unknown(),
});
export type RunRecord = z.infer<typeof RunRecordSchema>;
