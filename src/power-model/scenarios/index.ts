export * from './types';
export { BUILT_IN_SCENARIOS } from './built-in';
export { builtInScenarios, isBuiltInScenarioId, resolveScenario } from './resolve';
