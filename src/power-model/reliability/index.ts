export { simulateReliability } from './monte-carlo';
export { casesFromTallies, compareRedundancy, mergeTallies, redundancyLabel, withExtraUnits, type RedundancyCase } from './redundancy';
export { simulateSinglePass, UNSERVED_HOURS_BIN_EDGES, type CaseTally, type SinglePassInput } from './single-pass';
export { LOSS_CAUSES, triggerHours, validateCommonModeSettings, type CommonModeEvents, type GasSupplyEvents, type LossCause, type WeatherGridOutages } from './common-mode';
export { mitigationDesigns, redundancyDesigns, type Design, type Mitigations } from './designs';
export { compareWithTiers, TIER_AVAILABILITY } from './tiers';
export type * from './types';
