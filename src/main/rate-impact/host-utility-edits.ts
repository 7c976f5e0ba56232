import { HostUtilityFileSchema, type HostUtilityFile } from '../../api/schemas/host-utility';
import type { HostUtilityField } from '../../api/schemas/host-utility-edit';

/** One edit to merge: a number of the file by dotted path, and the user's note. */
export type HostUtilityEdit = { path: string; value: number; note: string | null };

/** The sections the rate-impact engine reads; `siteId`, `summary`, `sources`, `estimates` are not figures. */
const ENGINE_SECTIONS = ['utility', 'largeLoad', 'incrementalCost', 'capacityMarket', 'horizon'] as const;

/** Refusal of an edit, naming the dotted path it concerns. */
export class HostUtilityEditError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
    this.name = 'HostUtilityEditError';
  }
}

/** Every number of the engine sections, dotted path → value, in file order. */
export function numericFields(file: HostUtilityFile): Map<string, number> {
  const out = new Map<string, number>();
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'number') out.set(path, value);
    else if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}.${i}`));
    else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) walk(item, `${path}.${key}`);
  };
  for (const section of ENGINE_SECTIONS) if (file[section] !== undefined) walk(file[section], section);
  return out;
}

const covers = (key: string, path: string) => path === key || path.startsWith(`${key}.`);

function setAt(root: unknown, path: string, value: number): void {
  const parts = path.split('.');
  let node = root as Record<string, unknown>;
  for (const part of parts.slice(0, -1)) node = node[part] as Record<string, unknown>;
  node[parts[parts.length - 1] as string] = value;
}

/**
 * The bundled file with the user's edits applied. Each edited number gets a `sources` entry
 * starting `user-edited` (with the note and the bundled value), and stops being an estimate: an
 * estimate mark on the path itself is dropped, and a section mark covering it (`utility.classes`)
 * is split into marks on each of the section's other numbers, so they stay estimates.
 *
 * Throws HostUtilityEditError for a path that is not a number of the file, or when the merged
 * file fails HostUtilityFileSchema (the error names the schema's path, e.g. a negative figure).
 */
export function mergeHostUtility(bundled: HostUtilityFile, edits: readonly HostUtilityEdit[]): HostUtilityFile {
  const fields = numericFields(bundled);
  const merged = structuredClone(bundled);
  for (const edit of edits) {
    const bundledValue = fields.get(edit.path);
    if (bundledValue === undefined) throw new HostUtilityEditError(edit.path, `is not a number of data/rate-impact/${bundled.siteId}.json`);
    setAt(merged, edit.path, edit.value);
    merged.sources[edit.path] = `user-edited${edit.note ? `: ${edit.note}` : ''} (the bundled file has ${bundledValue})`;
    for (const [key, reason] of Object.entries(merged.estimates)) {
      if (!covers(key, edit.path)) continue;
      delete merged.estimates[key];
      for (const other of fields.keys()) if (other !== edit.path && covers(key, other) && merged.estimates[other] === undefined) merged.estimates[other] = reason;
    }
  }
  const parsed = HostUtilityFileSchema.safeParse(merged);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue && issue.path.length > 0 ? issue.path.join('.') : (edits[0]?.path ?? '(root)');
    throw new HostUtilityEditError(path, issue?.message ?? 'refused by the host-utility schema');
  }
  return parsed.data;
}

/** The file's numbers as rows for a table: merged value, bundled value, the edit, and where each comes from. */
export function hostUtilityFields(bundled: HostUtilityFile, merged: HostUtilityFile, edits: readonly HostUtilityEdit[]): HostUtilityField[] {
  const before = numericFields(bundled);
  const byPath = new Map(edits.map((e) => [e.path, e]));
  const mark = (marks: Record<string, string>, path: string): string | null => {
    const key = Object.keys(marks)
      .filter((k) => covers(k, path))
      .sort((a, b) => b.length - a.length)[0];
    return key === undefined ? null : (marks[key] ?? null);
  };
  return [...numericFields(merged)].map(([path, value]) => {
    const edit = byPath.get(path);
    return {
      path,
      value,
      bundledValue: before.get(path) ?? value,
      edited: edit !== undefined,
      note: edit?.note ?? null,
      source: mark(merged.sources, path),
      estimate: mark(merged.estimates, path),
    };
  });
}
