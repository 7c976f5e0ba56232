export { simulateReliability } from './monte-carlo';
export { compareRedundancy, withExtraUnits, type RedundancyCase } from './redundancy';
export { compareWithTiers, TIER_AVAILABILITY } from './tiers';
export type * from './types';
