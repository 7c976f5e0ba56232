export * from './types';
export { allocateFlows, maxSeries, sumSeries } from './flows';
export { dispatchYear } from './dispatch';
export { marginalCostWithoutBattery, planBatteryDaily } from './economic-plan';
export { followSchedule } from './follow-schedule';
