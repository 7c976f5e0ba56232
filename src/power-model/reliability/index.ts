export { simulateReliability } from './monte-carlo';
export { casesFromTallies, compareRedundancy, mergeTallies, redundancyLabel, withExtraUnits, type RedundancyCase } from './redundancy';
export { simulateSinglePass, UNSERVED_HOURS_BIN_EDGES, type CaseTally, type SinglePassInput } from './single-pass';
export { compareWithTiers, TIER_AVAILABILITY } from './tiers';
export type * from './types';
