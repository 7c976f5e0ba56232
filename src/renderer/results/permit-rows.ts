import type { PermitBudget } from '../../power-model/permits/limits';
import type { SimulationSummary } from '../../power-model/simulate';
import { formatUSD } from '../format';
import { modelDate } from '../scene/model-date';

/** One line of the budgets readout: what was used against the limit, and when the limit first held the fleet back. */
export type PermitRow = { id: string; label: string; used: string; limit: string; share: number | null; runsOut: string; tone: 'ok' | 'warn' | undefined };

const LABELS: Record<PermitBudget, string> = { hoursPerUnit: 'Operating hours per unit', noxTonsPerYear: 'NOx', coTonsPerYear: 'CO', co2TonnesPerYear: 'CO2 (fleet fuel)' };
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const number = (v: number, digits = 0) => v.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** "25 Mar 08:00" for model hour 2,000 (local standard time, the engine's calendar). */
export function hourLabel(hour: number): string {
  const d = modelDate(hour);
  return `${d.day} ${MONTHS[d.month - 1] ?? ''} ${String(d.hour).padStart(2, '0')}:00`;
}

/** Tons with one decimal below 100, whole above. */
function amount(v: number): string {
  return number(v, v < 100 ? 1 : 0);
}

/** How the budgets were spent: in calendar order, or on the hours that need the fleet most. */
export function permitOrderNote(s: SimulationSummary): string {
  if (s.permits.order === 'priority') return `Budgets spent on the hours that need the fleet most (the grid cannot cover them, then the dearest grid hours); the fleet was held back in ${number(s.permits.closedHours)} hours to save them.`;
  return 'Budgets spent in calendar order: one spent early leaves nothing for later hours; the units stop, and the grid, the battery or unserved load takes over (see the dispatch chart).';
}

/**
 * The permit budgets and the gas supply of a simulated year as rows: used against limit (share
 * of it), and the hour the limit first held the fleet back — for an annual budget, the hour it ran
 * out. Budgets without a limit show what the fleet emitted; a fleet that burns nothing and sets
 * no limit gives no rows. With distillate (dual fuel): MMBtu burned and what it cost, the tank and
 * its truck refill rate, the first hour it burned and what trucks brought back.
 */
export function permitRows(s: SimulationSummary): PermitRow[] {
  const anyLimit = s.permits.budgets.some((b) => b.limit !== null) || s.gasSupply !== null;
  if (s.fuelMMBtu <= 0 && !anyLimit) return [];
  const rows: PermitRow[] = s.permits.budgets
    .filter((b) => b.used !== null || b.limit !== null)
    .map((b) => {
      const unit = b.budget === 'hoursPerUnit' ? 'h' : b.unit.replace('/yr', '');
      const used = b.used === null ? '—' : `${amount(b.used)} ${unit}`;
      const share = b.limit !== null && b.limit > 0 && b.used !== null ? b.used / b.limit : null;
      return {
        id: b.budget,
        label: b.budget === 'noxTonsPerYear' && s.permits.scr ? `${LABELS[b.budget]} (with SCR)` : LABELS[b.budget],
        used,
        limit: b.limit === null ? 'no limit' : `${amount(b.limit)} ${unit}`,
        share,
        runsOut: b.firstBindingHour === null ? (b.limit === null ? '' : 'never binds') : `${hourLabel(b.firstBindingHour)} (${number(b.bindingHours)} h held back)`,
        tone: b.firstBindingHour !== null ? 'warn' : b.limit !== null ? 'ok' : undefined,
      };
    });
  const gas = s.gasSupply;
  if (gas !== null) {
    const cap = [gas.pipelineMMBtuPerDay === null ? null : `${number(gas.pipelineMMBtuPerDay)} MMBtu/day`, gas.pipelineMMBtuPerHour === null ? null : `${number(gas.pipelineMMBtuPerHour)} MMBtu/h`].filter((v) => v !== null).join(', ');
    rows.push({
      id: 'pipeline',
      label: `Pipeline, ${gas.service}${gas.service === 'interruptible' ? ` (cut below ${gas.interruptBelowC} °C: ${gas.interruptedDays} days)` : ''}`,
      used: `${number(gas.peakDayMMBtu)} MMBtu peak day`,
      limit: cap === '' ? 'no limit' : cap,
      share: gas.pipelineMMBtuPerDay === null ? null : gas.peakDayMMBtu / gas.pipelineMMBtuPerDay,
      runsOut: gas.firstBindingHour === null ? 'never binds' : `${hourLabel(gas.firstBindingHour)} (${number(gas.bindingHours)} h held back)`,
      tone: gas.firstBindingHour === null ? 'ok' : 'warn',
    });
    if (gas.storage !== null) {
      rows.push({
        id: 'storage',
        label: 'On-site backup fuel',
        used: `${number(gas.storage.drawnMMBtu)} MMBtu drawn`,
        limit: `${number(gas.storage.capacityMMBtu)} MMBtu tank`,
        share: gas.storage.capacityMMBtu > 0 ? gas.storage.drawnMMBtu / gas.storage.capacityMMBtu : null,
        runsOut: gas.storage.firstEmptyHour === null ? 'never empty' : `empty ${hourLabel(gas.storage.firstEmptyHour)}`,
        tone: gas.storage.firstEmptyHour === null ? 'ok' : 'warn',
      });
    }
    const d = gas.distillate;
    if (d !== null) {
      // Burned can pass the tank when trucks refill it, so no share; the cost is at the distillate price.
      const refills = d.refilledMMBtu > 0 ? `; refilled ${number(d.refilledMMBtu)} MMBtu by truck on ${number(d.refillDays)} gas days` : '';
      rows.push({
        id: 'distillate',
        label: 'Distillate (dual fuel)',
        used: `${number(d.burnedMMBtu)} MMBtu burned, ${formatUSD(d.costUSD)}`,
        limit: `${number(d.tankMMBtu)} MMBtu tank, refill ${number(d.refillMMBtuPerDay)} MMBtu/day`,
        share: null,
        runsOut: d.firstBurnHour === null ? 'never burned' : `burns from ${hourLabel(d.firstBurnHour)}${refills}`,
        tone: d.firstBurnHour === null ? 'ok' : 'warn',
      });
    }
  }
  return rows;
}
