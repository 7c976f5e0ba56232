import type { LpBuilder } from '../lp-builder';
import type { SizingInput } from '../types';
import type { CapacityColumns } from './capacity-columns';
import type { TimeStructure } from './time-structure';

/** Hourly columns, [modelled hour] (−1 when absent); thermal as [technology][hour]. */
export type HourlyColumns = {
  gridHour: Int32Array;
  thermalHour: Int32Array[];
  chargeHour: Int32Array;
  dischargeHour: Int32Array;
  /** Stored energy above the reserve at the end of each modelled hour (−1 without a battery). */
  storedHour: Int32Array;
  unservedHour: Int32Array;
};

/** Energy-side cost and CO2 of each source, per MWh. */
export type EnergyRates = { thermalEnergyCostUSDPerMWh: number[]; thermalCo2TonnesPerMWh: number[]; gridCo2TonnesPerMWh: number };

/** Cost per MWh (VOM + heat rate × fuel price) and CO2 per MWh (heat rate × kg/MMBtu) of each source. */
export function energyRates(input: SizingInput): EnergyRates {
  return {
    thermalEnergyCostUSDPerMWh: input.thermal.map((t) => t.variableOMUSDPerMWh + (t.heatRateBtuPerKWh / 1000) * t.fuelPriceUSDPerMMBtu),
    thermalCo2TonnesPerMWh: input.thermal.map((t) => ((t.heatRateBtuPerKWh / 1000) * t.co2KgPerMMBtu) / 1000),
    gridCo2TonnesPerMWh: (input.grid?.co2KgPerMWh ?? 0) / 1000,
  };
}

/**
 * Per modelled hour i, weighted by the days it stands for (w_i): grid draw g_i at the hour's price,
 * thermal output p_{t,i} at its energy cost, battery charge c_i, discharge d_i and stored energy
 * s_i (no cost), unserved u_i at the value of lost load.
 */
export function addHourlyColumns(builder: LpBuilder, input: SizingInput, time: TimeStructure, capacity: CapacityColumns, rates: EnergyRates, cost: (usd: number) => number): HourlyColumns {
  const modelledHours = time.hourWeight.length;
  const price = input.grid?.energyPriceUSDPerMWh;
  const priceAt = (hour: number): number => (typeof price === 'number' ? price : (price?.[hour] ?? 0));
  const valueOfLostLoad = input.unserved?.valueOfLostLoadUSDPerMWh ?? 0;
  const none = (): Int32Array => new Int32Array(modelledHours).fill(-1);
  const columns: HourlyColumns = {
    gridHour: none(),
    thermalHour: input.thermal.map(() => none()),
    chargeHour: none(),
    dischargeHour: none(),
    storedHour: none(),
    unservedHour: none(),
  };
  for (let i = 0; i < modelledHours; i++) {
    const w = time.hourWeight[i] ?? 0;
    const hour = time.yearHourOf[i] ?? 0;
    if (capacity.gridMW >= 0) columns.gridHour[i] = builder.addColumn(cost(w * priceAt(hour)));
    columns.thermalHour.forEach((hours, k) => {
      hours[i] = builder.addColumn(cost(w * (rates.thermalEnergyCostUSDPerMWh[k] ?? 0)));
    });
    if (input.battery !== undefined) {
      columns.chargeHour[i] = builder.addColumn(0);
      columns.dischargeHour[i] = builder.addColumn(0);
      columns.storedHour[i] = builder.addColumn(0);
    }
    columns.unservedHour[i] = builder.addColumn(cost(w * valueOfLostLoad));
  }
  return columns;
}
