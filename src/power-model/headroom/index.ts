export * from './types';
export * from './calendar';
export * from './servable';
export * from './solve';
export * from './curtailment';
export * from './analyse';
