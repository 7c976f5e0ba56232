import type { SizingInput } from '../types';
import type { HourlyColumns } from './hourly-columns';
import type { RowWriter } from './row-writer';

/**
 * The energy balance of modelled hour i (year hour `hour`):
 *   g_i + Σ_t p_{t,i} + out_h·S + d_i − c_i + u_i ≥ load_h.
 * A ≥ row: surplus solar is curtailed, which is why prices must be ≥ 0. Its dual is the hour's
 * marginal value of energy. `solarCopy`: this hour's copy of S. `workloadColumn`: the hour's
 * workload curtailment w_i where a flexible connection is cut (flexible-grid.ts), else −1.
 */
export function energyBalanceRow(writer: RowWriter, input: SizingInput, hourly: HourlyColumns, i: number, hour: number, solarCopy: number, workloadColumn = -1): number {
  writer.term(hourly.gridHour[i] ?? -1, 1);
  for (const hours of hourly.thermalHour) writer.term(hours[i] ?? -1, 1);
  if (input.solar !== undefined) writer.term(solarCopy, input.solar.outputMWPerMWac[hour] ?? 0);
  writer.term(hourly.dischargeHour[i] ?? -1, 1);
  writer.term(hourly.chargeHour[i] ?? -1, -1);
  writer.term(hourly.unservedHour[i] ?? -1, 1);
  writer.term(workloadColumn, 1);
  return writer.row(input.facilityLoadMW[hour] ?? 0, Infinity);
}
