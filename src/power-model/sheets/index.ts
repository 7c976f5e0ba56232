export { evaluateSheet } from './evaluate';
export { SheetError, type Sheet, type SheetFormula, type SheetInput, type SheetResult, type TraceEntry } from './types';
