export { evaluateSheet } from './evaluate';
export { loadSheetMath, SheetMathNotLoaded, sheetMathLoaded } from './units';
export { SheetError, type Sheet, type SheetFormula, type SheetInput, type SheetResult, type TraceEntry } from './types';
