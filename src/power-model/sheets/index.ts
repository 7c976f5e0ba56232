export { evaluateSheet } from './evaluate';
export { loadSheetMath, sheetMathLoaded } from './units';
export { SheetError, type Sheet, type SheetFormula, type SheetInput, type SheetResult, type TraceEntry } from './types';
