import type { SizingInput } from '../types';
import type { HourlyColumns } from './hourly-columns';
import { fuelMMBtuPerMWh } from './permits';
import type { RowWriter } from './row-writer';
import type { Period } from './time-structure';

/**
 * Firm gas deliverability: what the fleet burns, Σ_t HR_t/1000 · p_{t,i} MMBtu, is at most the
 * pipeline's hourly quantity in every modelled hour, and over every gas day (each 24 modelled
 * hours of a period: a representative day, or each day of the year) at most its daily quantity.
 * Interruptible service and on-site fuel storage are the re-check's dispatch's (fuel/gas-supply.ts):
 * the LP plans on firm gas.
 */
export function fuelRows(writer: RowWriter, input: SizingInput, hourly: HourlyColumns, periods: readonly Period[]): void {
  const fuel = input.fuel;
  if (fuel === undefined || input.thermal.length === 0) return;
  const burn = input.thermal.map(fuelMMBtuPerMWh);
  const burnTerms = (i: number): void => hourly.thermalHour.forEach((hours, t) => writer.term(hours[i] ?? -1, burn[t] ?? 0));
  const hourlyLimit = fuel.pipelineMMBtuPerHour;
  const dailyLimit = fuel.pipelineMMBtuPerDay;
  let i = 0;
  for (const period of periods) {
    for (let dayStart = 0; dayStart < period.hours; dayStart += 24) {
      const hours = Math.min(24, period.hours - dayStart);
      if (hourlyLimit !== undefined) {
        for (let k = 0; k < hours; k++) {
          burnTerms(i + dayStart + k);
          writer.row(-Infinity, hourlyLimit);
        }
      }
      if (dailyLimit !== undefined) {
        for (let k = 0; k < hours; k++) burnTerms(i + dayStart + k);
        writer.row(-Infinity, dailyLimit);
      }
    }
    i += period.hours;
  }
}
