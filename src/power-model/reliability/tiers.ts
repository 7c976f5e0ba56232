import type { Estimate, TierComparison, TierName } from './types';

/**
 * Availability targets of the Uptime Institute Tier classes as commonly quoted (Tier III
 * 99.982%, about 1.6 h/yr of downtime; Tier IV 99.995%, about 0.4 h/yr). They are industry
 * rules of thumb, not part of the Tier standard's text, which defines topology, not a number.
 */
export const TIER_AVAILABILITY: Readonly<Record<TierName, number>> = {
  'Tier III': 0.99982,
  'Tier IV': 0.99995,
};

/**
 * Verdict of a simulated availability against each tier: 'meets' when the whole 95% interval is
 * at or above the target, 'fails' when all of it is below, 'inconclusive' otherwise (more
 * simulated years would decide).
 */
export function compareWithTiers(availability: Estimate): TierComparison[] {
  const tiers: readonly TierName[] = ['Tier III', 'Tier IV'];
  return tiers.map((tier) => {
    const targetAvailability = TIER_AVAILABILITY[tier];
    const verdict =
      availability.low95 >= targetAvailability ? 'meets' : availability.high95 < targetAvailability ? 'fails' : 'inconclusive';
    return { tier, targetAvailability, verdict };
  });
}
