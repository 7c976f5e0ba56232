/**
 * A battery as dispatch sees it.
 * - `powerMW`: charge and discharge limit at the point of connection.
 * - `energyMWh`: nameplate energy; usable between minSocFraction and maxSocFraction of it.
 * - `roundTripEfficiency`: AC-AC; split evenly, η = √RTE on the way in and on the way out
 *   (0.85 in data/technologies.json, NREL ATB's utility battery assumption).
 * - `initialSocFraction`: state of charge at hour 0 (default 0.5).
 * Sign convention: every flow is ≥ 0 and named source→sink; charging 1 MW for an hour adds
 * η MWh to the state of charge, delivering 1 MW for an hour removes 1/η MWh.
 */
export type BatterySpec = {
  powerMW: number;
  energyMWh: number;
  roundTripEfficiency: number;
  minSocFraction: number;
  maxSocFraction: number;
  initialSocFraction: number;
};

export const DEFAULT_BATTERY_LIMITS = { minSocFraction: 0.05, maxSocFraction: 0.95, initialSocFraction: 0.5 } as const;

export const NO_BATTERY: BatterySpec = { powerMW: 0, energyMWh: 0, roundTripEfficiency: 0.85, ...DEFAULT_BATTERY_LIMITS };

/** Refuses limits that cannot hold, naming the field. */
export function validateBattery(spec: BatterySpec): void {
  const bad = (field: string, problem: string): never => {
    throw new Error(`battery: ${field} ${problem}`);
  };
  if (!(spec.powerMW >= 0)) bad('powerMW', 'must be ≥ 0');
  if (!(spec.energyMWh >= 0)) bad('energyMWh', 'must be ≥ 0');
  if (!(spec.roundTripEfficiency > 0 && spec.roundTripEfficiency <= 1)) bad('roundTripEfficiency', 'must be in (0, 1]');
  if (!(spec.minSocFraction >= 0 && spec.minSocFraction <= spec.maxSocFraction && spec.maxSocFraction <= 1)) {
    bad('minSocFraction/maxSocFraction', 'must satisfy 0 ≤ min ≤ max ≤ 1');
  }
  if (!(spec.initialSocFraction >= spec.minSocFraction && spec.initialSocFraction <= spec.maxSocFraction)) {
    bad('initialSocFraction', 'must lie between minSocFraction and maxSocFraction');
  }
}

/** Mutable state of charge, kept in one object so the hourly loop allocates nothing. */
export type BatteryState = { socMWh: number; minSocMWh: number; maxSocMWh: number; powerMW: number; etaOneWay: number };

export function batteryState(spec: BatterySpec): BatteryState {
  return {
    socMWh: spec.energyMWh * spec.initialSocFraction,
    minSocMWh: spec.energyMWh * spec.minSocFraction,
    maxSocMWh: spec.energyMWh * spec.maxSocFraction,
    powerMW: spec.powerMW,
    etaOneWay: Math.sqrt(spec.roundTripEfficiency),
  };
}

/** Delivers up to `wantedMW` for one hour within power and stored energy; returns MW delivered. */
export function discharge(state: BatteryState, wantedMW: number): number {
  if (wantedMW <= 0) return 0;
  const fromEnergyMW = Math.max(0, (state.socMWh - state.minSocMWh) * state.etaOneWay);
  const deliveredMW = Math.min(wantedMW, state.powerMW, fromEnergyMW);
  state.socMWh -= deliveredMW / state.etaOneWay;
  if (state.socMWh < state.minSocMWh) state.socMWh = state.minSocMWh;
  return deliveredMW;
}

/** Absorbs up to `offeredMW` for one hour within power and headroom; returns MW absorbed. */
export function charge(state: BatteryState, offeredMW: number): number {
  if (offeredMW <= 0) return 0;
  const headroomMW = Math.max(0, (state.maxSocMWh - state.socMWh) / state.etaOneWay);
  const absorbedMW = Math.min(offeredMW, state.powerMW, headroomMW);
  state.socMWh += absorbedMW * state.etaOneWay;
  if (state.socMWh > state.maxSocMWh) state.socMWh = state.maxSocMWh;
  return absorbedMW;
}
