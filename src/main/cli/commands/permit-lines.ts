import type { SimulationSummary } from '../../../power-model/simulate';
import { fmt } from './simulate-shared';

const NAMES = { hoursPerUnit: 'hours/unit', noxTonsPerYear: 'NOx', coTonsPerYear: 'CO', co2TonnesPerYear: 'CO2' } as const;

/**
 * The text report's permit and gas lines: each budget that has a limit as used of limit (unit),
 * with the model hour it first held the fleet back; the pipeline and storage when the scenario
 * sets a gas supply. Nothing when neither is set (the report is as before).
 */
export function permitLines(s: SimulationSummary): string[] {
  const lines: string[] = [];
  const limited = s.permits.budgets.filter((b) => b.limit !== null);
  if (limited.length > 0) {
    const parts = limited.map((b) => `${NAMES[b.budget]} ${b.used === null ? '—' : fmt(b.used, 1)} of ${fmt(b.limit ?? 0, 1)} ${b.unit}${b.firstBindingHour === null ? '' : ` (binds from hour ${b.firstBindingHour}, ${b.bindingHours} h)`}`);
    const order = s.permits.order === 'priority' ? `, priority order, fleet held back ${s.permits.closedHours} h` : '';
    lines.push(`  permits${s.permits.scr ? ' (SCR)' : ''}${order}: ${parts.join('; ')}`);
  }
  const gas = s.gasSupply;
  if (gas !== null) {
    const cut = gas.service === 'interruptible' ? `, cut ${gas.interruptedDays} days below ${gas.interruptBelowC} °C` : '';
    const binds = gas.firstBindingHour === null ? 'never binds' : `binds from hour ${gas.firstBindingHour}, ${gas.bindingHours} h`;
    const storage = gas.storage === null ? '' : `; storage ${fmt(gas.storage.drawnMMBtu)} of ${fmt(gas.storage.capacityMMBtu)} MMBtu drawn${gas.storage.firstEmptyHour === null ? '' : `, empty at hour ${gas.storage.firstEmptyHour}`}`;
    const d = gas.distillate;
    const distillate = d === null ? '' : `; distillate ${fmt(d.burnedMMBtu)} of ${fmt(d.tankMMBtu)} MMBtu burned${d.firstBurnHour === null ? '' : ` from hour ${d.firstBurnHour}`}, ${fmt(d.costUSD / 1e6, 2)} MUSD, NOx ${fmt(d.noxTons, 1)} short tons, refilled ${fmt(d.refilledMMBtu)} MMBtu by truck on ${d.refillDays} gas days (${fmt(d.refillMMBtuPerDay)} MMBtu/day)`;
    lines.push(`  gas (${gas.service}${cut}): peak day ${fmt(gas.peakDayMMBtu)} MMBtu of ${gas.pipelineMMBtuPerDay === null ? 'unlimited' : fmt(gas.pipelineMMBtuPerDay)}; ${binds}${storage}${distillate}`);
  }
  return lines;
}
