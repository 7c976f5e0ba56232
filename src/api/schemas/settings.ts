import { z } from 'zod';

export const WindowBoundsSchema = z.strictObject({
  width: z.number().int().min(400).max(100_000),
  height: z.number().int().min(300).max(100_000),
  x: z.number().int().min(-100_000).max(100_000).optional(),
  y: z.number().int().min(-100_000).max(100_000).optional(),
  maximized: z.boolean().default(false),
});

/**
 * The user's settings, owned by the service process (the one writer of the file): recent
 * projects and the last one, written by the project channels; the window's bounds, written by
 * the desktop shell through `settings:set`.
 */
export const SettingsSchema = z.object({
  recent: z.array(z.object({ path: z.string(), openedAt: z.string() })).default([]),
  lastProject: z.string().nullable().default(null),
  window: WindowBoundsSchema.nullable().default(null),
});
export type Settings = z.infer<typeof SettingsSchema>;

/** What a caller may change: the window's bounds only; the recent list follows the projects opened. */
export const SettingsSetRequestSchema = z.strictObject({ window: WindowBoundsSchema.nullable() });
