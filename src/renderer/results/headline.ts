import type { SimulationSummary } from '../../power-model/simulate';

/** Served energy over load energy; 1 when nothing is unserved. */
export function availability(s: SimulationSummary): number {
  return s.energyMWh > 0 ? 1 - s.unservedEnergyMWh / s.energyMWh : 1;
}

/**
 * Time-to-power in one phrase: on time when every year from the first phase is met, else the
 * first year fully met (or none in the horizon) and the largest shortfall.
 */
export function timeToPowerStatus(s: SimulationSummary): { onTime: boolean; text: string } {
  const first = s.timeToPower[0]?.year ?? null;
  // The engine's shortfall carries float dust (2.8e-14 MW); under 0.5 MW counts as met.
  const worst = s.timeToPower.reduce((m, r) => Math.max(m, r.shortfallMW), 0);
  if (worst < 0.5) return { onTime: true, text: first === null ? 'met' : `met from ${first}` };
  const met = s.firstYearFullyMet;
  return { onTime: false, text: `${met === null ? 'not met in horizon' : `met from ${met}`}; short ${Math.round(worst)} MW` };
}
