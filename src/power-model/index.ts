/** Public API of the calculation engine (pure TypeScript; see each module for its formulas). */
export * from './sheets/index';
export * from './thermal/index';
export * from './storage/index';
export * from './grid/index';
export * from './dispatch/index';
export * from './economics/index';
export * from './time-to-power/index';
export * from './portfolio/index';
export * from './scenarios/index';
export { sizeFleet, type SizedFleet, type SizingContext } from './scenarios/size';
export * from './site-model';
export * from './simulate';
export { HOURS_PER_YEAR } from './hours';
export * from './invariants';
