import { createHash } from 'node:crypto';
import type { Site } from '../../api/schemas/site';
import type { ResolvedScenario } from '../../power-model/scenarios/types';

/** A stored series as the key sees it: its kind, file name and the SHA-256 of its bytes. */
export type SeriesDigest = { kind: string; fileName: string | null; sha256: string };

/** Everything a site × scenario summary depends on; equal inputs give equal keys, any change another. */
export type SummaryInputs = {
  /** `engineBuildId`: code, package versions, bundled data other than weather. */
  engineBuild: string;
  site: Site;
  scenario: ResolvedScenario;
  year: number | undefined;
  /** The project's assumption edits for the site, folded (project-wide, then the site's own). */
  edits: { values: Record<string, number>; formulas: Record<string, string> };
  /** The series attached to the site, sorted by kind. */
  series: SeriesDigest[];
  /** The bundled weather files the site reads (none when it has its own attached), by SHA-256. */
  weather: string[];
};

/**
 * JSON with object keys sorted at every level, so two equal values always spell the same
 * (a site read back from the database may list its keys in another order than one just saved).
 * `undefined` members are left out, as JSON does; arrays keep their order; typed arrays as arrays.
 */
export function canonicalJson(value: unknown): string {
  // Bare NaN / Infinity (not JSON, only hashed): JSON would spell them `null` like a null.
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) return canonicalJson(Array.from(value as unknown as ArrayLike<number>));
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** SHA-256 (hex) of the canonical JSON of `inputs`, tagged so no other hash in the file can collide by design. */
export function summaryKey(inputs: SummaryInputs): string {
  return createHash('sha256').update('stargrid site summary\0').update(canonicalJson({ ...inputs, year: inputs.year ?? null })).digest('hex');
}
