import { z } from 'zod';
import type { HostUtilityFile } from './host-utility';

const siteId = z.string({ error: 'must be text' }).regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'must be a site id' });
/** Dotted path of a number in the host-utility file: `utility.classes.0.salesMWh`. */
const path = z
  .string({ error: 'must be text' })
  .max(200, { error: 'is at most 200 characters' })
  .regex(/^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)*$/, { error: 'must be a dotted field path such as utility.classes.0.salesMWh' });

/** `hostUtility:get`: the site's bundled host-utility file, the project's edits and the merged result. */
export const HostUtilityGetRequestSchema = z.strictObject({ siteId });

/** `hostUtility:set`: one number of the file. Refused (nothing saved) when the path is no number of the file or the merged file fails the schema. */
export const HostUtilitySetRequestSchema = z.strictObject({
  siteId,
  path,
  value: z.number({ error: 'must be a number' }).finite({ error: 'must be finite' }),
  note: z.string({ error: 'must be text' }).max(500, { error: 'is at most 500 characters' }).optional(),
});

/** `hostUtility:reset`: one edit, or every edit of the site when `path` is left out. */
export const HostUtilityResetRequestSchema = z.strictObject({ siteId, path: path.optional() });

/** One number of the host-utility file as the editor shows it. */
export type HostUtilityField = {
  path: string;
  /** With the project's edit, if any. */
  value: number;
  bundledValue: number;
  edited: boolean;
  note: string | null;
  /** The `sources` text covering the path (`user-edited…` when edited), or null. */
  source: string | null;
  /** Why it is an estimate, or null when it is not. */
  estimate: string | null;
};

export type HostUtilityResponse = {
  siteId: string;
  bundled: HostUtilityFile;
  edits: { path: string; value: number; note: string | null }[];
  merged: HostUtilityFile;
  fields: HostUtilityField[];
};

/** Built by our own services; checked by type, not re-parsed. */
export const HostUtilityResponseSchema = z.custom<HostUtilityResponse>((v) => typeof v === 'object' && v !== null && 'fields' in v);
