import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { formatZodIssues } from '../../api/schemas/format-issues';

/** One problem in one file; `path` is the JSON path inside the file, `(file)` when the file itself is unreadable. */
export type FileIssue = { file: string; path: string; message: string };

export type FolderLoad<T> = { items: Array<{ file: string; value: T }>; errors: FileIssue[] };

/**
 * Parses every `*.json` file in `dir` (sorted by name) with `schema`. A bad file — unreadable,
 * not JSON, or failing the schema — adds one entry per problem to `errors` and is skipped;
 * the rest still load.
 */
export function loadJsonFolder<T>(dir: string, schema: z.ZodType<T>): FolderLoad<T> {
  const items: Array<{ file: string; value: T }> = [];
  const errors: FileIssue[] = [];
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.json')).sort();
  } catch (e) {
    return { items, errors: [{ file: dir, path: '(folder)', message: `cannot read folder: ${(e as Error).message}` }] };
  }
  for (const name of names) {
    const result = loadJsonFile(join(dir, name), schema);
    if (result.ok) items.push({ file: name, value: result.value });
    else errors.push(...result.errors.map((e) => ({ ...e, file: name })));
  }
  return { items, errors };
}

export type FileLoad<T> = { ok: true; value: T } | { ok: false; errors: FileIssue[] };

/** Reads and validates one JSON file; never throws for bad content. */
export function loadJsonFile<T>(file: string, schema: z.ZodType<T>): FileLoad<T> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return { ok: false, errors: [{ file, path: '(file)', message: `cannot read: ${(e as Error).message}` }] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [{ file, path: '(file)', message: `not valid JSON: ${(e as Error).message}` }] };
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, errors: formatZodIssues(parsed.error).map((i) => ({ file, ...i })) };
}
