import type { SheetFormula, SheetInput, SheetResult } from '../sheets/index';
import type { TraceRecord } from './types';

/** Input fields the user marked as estimates: dotted path (or a section prefix) → reason. */
export type EstimateMarks = Readonly<Record<string, string>>;

/** Where a sheet input's value came from. */
export type InputOrigin =
  /** A field of the rate-impact input, by dotted path (`utility.headroomMW`). */
  | { path: string }
  /** The user gave nothing and the engine used a default. */
  | { defaulted: string }
  /** Computed elsewhere in the engine; `inherits` lists the input sections whose estimates it carries. */
  | { derivedFrom: string; inherits: readonly string[] };

/**
 * A sheet input with its provenance, so that the trace can show, beside every number, whether
 * it rests on an estimate: an engine default, a field the user marked in `estimates`, or a
 * value derived from sections holding marked fields.
 */
export function sheetInput(name: string, value: number, unit: string, description: string, origin: InputOrigin, marks: EstimateMarks): SheetInput {
  const entry: SheetInput = { name, value, unit, description };
  if ('defaulted' in origin) {
    entry.source = `engine default: ${origin.defaulted}`;
    entry.estimate = true;
  } else if ('path' in origin) {
    const key = Object.keys(marks).find((k) => origin.path === k || origin.path.startsWith(`${k}.`));
    entry.source = key === undefined ? origin.path : `${origin.path} (estimate: ${marks[key] ?? ''})`;
    if (key !== undefined) entry.estimate = true;
  } else {
    const inherited = Object.keys(marks).filter((k) => origin.inherits.some((section) => k === section || k.startsWith(`${section}.`)));
    entry.source = inherited.length === 0 ? origin.derivedFrom : `${origin.derivedFrom}; rests on estimates in ${inherited.join(', ')}`;
    if (inherited.length > 0) entry.estimate = true;
  }
  return entry;
}

export function sheetFormula(name: string, expr: string, unit: string, description: string, source: string): SheetFormula {
  return { name, expr, unit, description, source };
}

/** Copies a sheet's trace into `into`, each key prefixed with the sheet id (`capacityMarket.costUSD`). */
export function collectTrace(into: TraceRecord, sheetId: string, result: SheetResult): void {
  for (const [name, entry] of Object.entries(result.trace)) {
    const record: TraceRecord[string] = { value: entry.value, unit: entry.unit, dependsOn: entry.dependsOn.map((d) => `${sheetId}.${d}`) };
    if (entry.expr !== undefined) record.expr = entry.expr;
    if (entry.source !== undefined) record.source = entry.source;
    if (entry.estimate !== undefined) record.estimate = entry.estimate;
    into[`${sheetId}.${name}`] = record;
  }
}
