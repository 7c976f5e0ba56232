import type { ServedBasis } from '../../power-model/basis/served';
import { formatCount, formatEnergyMWh } from '../format';

/** "⚠ 29.2% unserved" for a result that leaves more than 0.1% of its load unserved, else null. */
export function unservedFlagText(b: Pick<ServedBasis, 'unservedFlag' | 'unservedShare'>): string | null {
  return b.unservedFlag ? `⚠ ${(b.unservedShare * 100).toFixed(1)}% unserved` : null;
}

/** "99.2% served · 72 GWh unserved in 38 h". */
export function servedText(b: Pick<ServedBasis, 'servedShare' | 'unservedEnergyMWh' | 'unservedHours'>): string {
  return `${(b.servedShare * 100).toFixed(1)}% served · ${formatEnergyMWh(b.unservedEnergyMWh)} unserved in ${formatCount(b.unservedHours)} h`;
}
