import { COVER_SHIFT, coverBlocks } from './block-cover';
import { BLOCK_SHIFT } from './draws';
import { fractionAt, type unitGroups } from './pass-fleet';
import { blockMinima } from './quiet-year';

/**
 * What each hour of the year allows before any draw, for the single pass (single-pass.ts), MW:
 * the margin with every unit of the fleet up and no grid (solar + derated thermal − load), the
 * gas-fired MW up, and the fleet outage (in nameplate MW) the hour absorbs in the worst design
 * with no gas event, with the grid up and with it down — the quiet-year check's bound — and the
 * same bounds per block of 2^BLOCK_SHIFT hours (quiet-year.ts) and per block of the first look's
 * cover, 2^COVER_SHIFT hours (block-cover.ts).
 */
export type HourBounds = {
  baseMarginNoGridMW: Float64Array;
  gasCapacityMW: Float64Array;
  absorbableOutMW: Float64Array;
  absorbableNoGridOutMW: Float64Array;
  blockAbsorbableOutMW: Float64Array;
  blockAbsorbableNoGridOutMW: Float64Array;
  coverAbsorbableOutMW: Float64Array;
  coverAbsorbableNoGridOutMW: Float64Array;
};

/**
 * The bounds of `hours` hours for the fleet's unit `groups` (pass-fleet.ts). An outage of x MW of
 * nameplate takes at most x × (the largest fraction of any group that hour), so the hour absorbs
 * margin / that fraction; −1 where the hour is short with every unit up, Infinity where no unit
 * has capacity.
 */
export function hourBounds(load: Float64Array, solar: Float64Array | undefined, gridMW: number, groups: ReturnType<typeof unitGroups>, hours: number): HourBounds {
  const groupCount = groups.fractions.length;
  const baseMarginNoGridMW = new Float64Array(hours);
  const gasCapacityMW = new Float64Array(hours);
  const absorbableOutMW = new Float64Array(hours);
  const absorbableNoGridOutMW = new Float64Array(hours);
  for (let h = 0; h < hours; h++) {
    let thermalMW = 0;
    let gasMW = 0;
    let maxFraction = 0;
    for (let g = 0; g < groupCount; g++) {
      const f = fractionAt(groups.fractions[g], h);
      thermalMW += (groups.capacityMW[g] ?? 0) * f;
      if (groups.gasFired[g] === true) gasMW += (groups.capacityMW[g] ?? 0) * f;
      if (f > maxFraction) maxFraction = f;
    }
    const margin = (solar?.[h] ?? 0) + thermalMW - (load[h] ?? 0);
    baseMarginNoGridMW[h] = margin;
    gasCapacityMW[h] = gasMW;
    absorbableOutMW[h] = margin + gridMW < 0 ? -1 : maxFraction > 0 ? (margin + gridMW) / maxFraction : Infinity;
    absorbableNoGridOutMW[h] = margin < 0 ? -1 : maxFraction > 0 ? margin / maxFraction : Infinity;
  }
  const blocks = (hours >> BLOCK_SHIFT) + 1;
  return {
    baseMarginNoGridMW,
    gasCapacityMW,
    absorbableOutMW,
    absorbableNoGridOutMW,
    blockAbsorbableOutMW: blockMinima(absorbableOutMW, blocks),
    blockAbsorbableNoGridOutMW: blockMinima(absorbableNoGridOutMW, blocks),
    coverAbsorbableOutMW: blockMinima(absorbableOutMW, coverBlocks(hours), COVER_SHIFT),
    coverAbsorbableNoGridOutMW: blockMinima(absorbableNoGridOutMW, coverBlocks(hours), COVER_SHIFT),
  };
}
