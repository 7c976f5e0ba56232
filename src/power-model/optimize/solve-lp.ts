import type { Highs, ModelStatusCode } from 'highs';
import { missingCase } from '../missing-case';
import type { LpBuilder } from './lp-builder';
import type { SizingStatus } from './types';

export type LpSolution = {
  status: SizingStatus;
  /** HiGHS model status code, for the record. */
  highsStatus: ModelStatusCode;
  colValue: Float64Array | null;
  /** Row duals (USD per unit of row activity) of the optimum, else null. */
  rowDual: Float64Array | null;
  objective: number | null;
  solveTimeMs: number;
};

/**
 * Solves the LP held by `builder` with HiGHS (`solver` algorithm, presolve on, no log output) and returns its status, primal solution and row duals. The solver instance is the loaded `highs`
 * module, passed in so that this engine stays free of I/O; the native model is disposed before
 * return. "Unbounded or infeasible" (code 9) is reported as infeasible: every cost and variable
 * of the sizing LP is non-negative, so its objective is bounded below by 0.
 */
export function solveLp(highs: Highs, builder: LpBuilder, timeLimitSeconds: number, solver: 'choose' | 'simplex' | 'ipm'): LpSolution {
  const numCols = builder.columnCount;
  const numRows = builder.rowCount;
  const model = highs.createModel({
    numCols,
    numRows,
    colCost: Float64Array.from(builder.colCost),
    colLower: Float64Array.from(builder.colLower),
    colUpper: Float64Array.from(builder.colUpper),
    rowLower: Float64Array.from(builder.rowLower),
    rowUpper: Float64Array.from(builder.rowUpper),
    matrix: {
      format: 'csr',
      numRows,
      numCols,
      starts: Int32Array.from(builder.rowStarts),
      indices: Int32Array.from(builder.indices),
      values: Float64Array.from(builder.values),
    },
  });
  try {
    model.options.set({ output_flag: false, time_limit: timeLimitSeconds, solver });
    const started = Date.now();
    const { modelStatus } = model.run();
    const solveTimeMs = Date.now() - started;
    const status = sizingStatus(modelStatus);
    const solved = status === 'optimal';
    const solution = solved ? model.getSolution() : null;
    return {
      status,
      highsStatus: modelStatus,
      colValue: solution?.colValue ?? null,
      rowDual: solution?.rowDual ?? null,
      objective: solved ? model.getObjectiveValue() : null,
      solveTimeMs,
    };
  } finally {
    model.dispose();
  }
}

function sizingStatus(code: ModelStatusCode): SizingStatus {
  switch (code) {
    case 7:
      return 'optimal';
    case 8:
    case 9:
      return 'infeasible';
    case 10:
      return 'unbounded';
    case 13:
      return 'timeLimit';
    case 0:
    case 1:
    case 2:
    case 3:
    case 4:
    case 5:
    case 6:
    case 11:
    case 12:
    case 14:
    case 15:
    case 16:
    case 17:
      return 'error';
    default:
      return missingCase(code);
  }
}
