export { optimizeSizing } from './optimize-sizing';
export { capitalRecoveryFactor } from './capital-recovery';
export { selectRepresentativeDays, type RepresentativeDay, type RepresentativeDays } from './representative-days';
export type * from './types';
