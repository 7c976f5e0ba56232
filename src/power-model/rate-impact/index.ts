export { allocationShares, customerShares, type AllocationClass } from './allocators';
export { capacityVintagesMW, capitalRevenueRequirementUSD, type CapitalRecovery } from './capital-schedule';
export { largeLoadBill } from './large-load-bill';
export { largeLoadFromGridDraw, rateImpactFromSimulation, type HostUtilityDescription, type SimulatedGridDraw } from './from-simulation';
export { RateImpactInputError } from './input-error';
export { computeRateImpact } from './rate-impact';
export * from './types';
export * from './household-bill';
