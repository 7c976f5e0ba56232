import type { SizedMix, SizingInput } from '../../../power-model/optimize/types';
import type { ReliabilityInput, ReliabilityUnit } from '../../../power-model/reliability/types';

/**
 * Whole dual-fuel units of a mix's technology: ⌈dualFuelMW / unitMW⌉ (the LP's MW rounded up as its
 * units are), at most the units built.
 */
export function dualFuelUnitCount(t: SizedMix['thermal'][number]): number {
  return Math.min(t.units, Math.max(0, Math.ceil((t.dualFuelMW ?? 0) / t.unitMW - 1e-6)));
}

/** MW of whole dual-fuel units in a mix. */
export function dualFuelUnitsMW(mix: SizedMix): number {
  return mix.thermal.reduce((sum, t) => sum + dualFuelUnitCount(t) * t.unitMW, 0);
}

/**
 * Hours of distillate a dual-fuel unit's tank holds at full load under the worst-day target: the
 * longest design gas-supply event (as families/worst-day.ts `tankMMBtuPerMW` sizes and prices the
 * tank); 0 without a gas-supply event.
 */
export function dualFuelTankHours(input: SizingInput): number {
  return (input.worstDay?.events ?? []).reduce((max, e) => (e.kind === 'gasSupply' ? Math.max(max, e.durationHours) : max), 0);
}

/**
 * Marks the dual-fuel units of a mix in its Monte Carlo fleet: of each technology, the first
 * ⌈dualFuelMW / unitMW⌉ units (whole units, rounded up as the LP's MW are) burn stored fuel in a
 * gas-supply interruption, so the event does not take them. Returns how many units that is.
 */
export function markDualFuelUnits(input: ReliabilityInput, mix: SizedMix): { input: ReliabilityInput; units: number } {
  let marked = 0;
  const remaining = new Map(mix.thermal.map((t) => [t.technologyId, dualFuelUnitCount(t)]));
  const units = input.units.map((unit) => {
    const technologyId = technologyOfUnit(unit);
    const left = remaining.get(technologyId) ?? 0;
    if (left <= 0 || unit.gasFired !== true) return unit;
    remaining.set(technologyId, left - 1);
    marked++;
    return { ...unit, gasFired: false };
  });
  return { input: { ...input, units }, units: marked };
}

/** "gas-recip-engine-12" → "gas-recip-engine" (the unit ids of reliability.ts `reliabilityInputFrom`). */
export function technologyOfUnit(unit: ReliabilityUnit): string {
  return unit.id.replace(/-\d+$/, '');
}
