/** One named number a sheet starts from, in `unit` (a mathjs unit string; '' for a pure number). */
export type SheetInput = {
  name: string;
  value: number;
  unit: string;
  description: string;
  source?: string;
  /** True when the figure is our estimate rather than a sourced value. */
  estimate?: boolean;
};

/** One named mathjs expression over inputs and other formulas; its result must convert to `unit`. */
export type SheetFormula = {
  name: string;
  expr: string;
  unit: string;
  description: string;
  source?: string;
};

export type Sheet = { id: string; title: string; inputs: SheetInput[]; formulas: SheetFormula[] };

/** How one value was made: the formula (or the input it is), its value and what it depends on directly. */
export type TraceEntry = {
  name: string;
  kind: 'input' | 'formula';
  expr?: string;
  value: number;
  unit: string;
  dependsOn: string[];
  source?: string;
  estimate?: boolean;
};

/** Every input and formula value in its declared unit, with the trace that explains each. */
export type SheetResult = {
  values: Record<string, number>;
  units: Record<string, string>;
  trace: Record<string, TraceEntry>;
};

/**
 * A sheet that cannot be evaluated: a cycle, an unknown name, a unit mismatch, a non-finite
 * result or a bad override. `formulaName` is the formula at fault (undefined when the fault is in
 * an input or override alone); `inputName` the input or name that caused it, when one can be named.
 */
export class SheetError extends Error {
  override name = 'SheetError';
  readonly sheetId: string;
  readonly formulaName: string | undefined;
  readonly inputName: string | undefined;

  constructor(message: string, where: { sheetId: string; formulaName?: string; inputName?: string }) {
    super(message);
    this.sheetId = where.sheetId;
    this.formulaName = where.formulaName;
    this.inputName = where.inputName;
  }
}
