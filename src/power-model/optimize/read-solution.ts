import { distillateCo2TonnesPerMMBtu, distillatePremiumUSDPerMMBtu } from './families/distillate';
import type { SizingLayout } from './sizing-model';
import type { SizedThermal, SizingInput, SizingResult } from './types';

/** LP answers within this of a whole unit count are that count, not one more (solver tolerance). */
const UNIT_ROUNDING_TOLERANCE = 1e-6;

/**
 * Reads the mix, annual energy, CO2 and cost lines out of a solved sizing LP: thermal units are
 * the LP MW rounded up to whole units; solar energy is what the other sources leave of load plus
 * charging (the rest is curtailed).
 */
export function readSolution(
  input: SizingInput,
  layout: SizingLayout,
  x: Float64Array,
): Pick<SizingResult, 'mix' | 'annual' | 'costBreakdownUSDPerYear'> {
  const at = (column: number): number => (column < 0 ? 0 : Math.max(0, x[column] ?? 0));
  const load = input.facilityLoadMW;
  const gridImportMW = at(layout.gridMW);
  const thermal: SizedThermal[] = input.thermal.map((technology, t) => {
    const lpCapacityMW = at(layout.thermalMW[t] ?? -1);
    const units = Math.max(0, Math.ceil(lpCapacityMW / technology.unitMW - UNIT_ROUNDING_TOLERANCE));
    const dualFuelColumn = layout.worstDay.dualFuelMW[t] ?? -1;
    return { technologyId: technology.technologyId, units, unitMW: technology.unitMW, capacityMW: units * technology.unitMW, lpCapacityMW, ...(dualFuelColumn >= 0 ? { dualFuelMW: at(dualFuelColumn) } : {}) };
  });
  const solarMWac = at(layout.solarMWac);
  const batteryMW = at(layout.batteryMW);
  const batteryMWh = at(layout.batteryMWh);

  const costs = layout.annualCost;
  let gridEnergyMWh = 0;
  let gridEnergyUSD = 0;
  let thermalEnergyMWh = 0;
  let thermalFuelAndVariableUSD = 0;
  let solarEnergyMWh = 0;
  let unservedEnergyMWh = 0;
  let co2Tonnes = 0;
  const price = input.grid?.energyPriceUSDPerMWh;
  for (let i = 0; i < layout.hourWeight.length; i++) {
    const w = layout.hourWeight[i] ?? 0;
    const hour = layout.yearHourOf[i] ?? 0;
    const gridMW = at(layout.gridHour[i] ?? -1);
    gridEnergyMWh += w * gridMW;
    gridEnergyUSD += w * gridMW * (typeof price === 'number' ? price : (price?.[hour] ?? 0));
    co2Tonnes += w * gridMW * layout.gridCo2TonnesPerMWh;
    let thermalMW = 0;
    layout.thermalHour.forEach((columns, t) => {
      const outputMW = at(columns[i] ?? -1);
      thermalMW += outputMW;
      thermalFuelAndVariableUSD += w * outputMW * (layout.thermalEnergyCostUSDPerMWh[t] ?? 0);
      co2Tonnes += w * outputMW * (layout.thermalCo2TonnesPerMWh[t] ?? 0);
    });
    thermalEnergyMWh += w * thermalMW;
    const unservedMW = at(layout.unservedHour[i] ?? -1);
    const workloadMW = at(layout.flexible?.workloadHour[i] ?? -1);
    unservedEnergyMWh += w * unservedMW;
    // Solar delivers what the other sources leave of load + charging; the rest is curtailed.
    const usedSolarMW = (load[hour] ?? 0) + at(layout.chargeHour[i] ?? -1) - at(layout.dischargeHour[i] ?? -1) - gridMW - thermalMW - unservedMW - workloadMW;
    solarEnergyMWh += w * Math.max(0, usedSolarMW);
  }

  // Dual fuel: distillate burned in place of gas, what it cost over that gas and the CO2 it added.
  let distillateMMBtu = 0;
  let distillatePremiumUSD = 0;
  const distillateCo2 = distillateCo2TonnesPerMMBtu(input);
  layout.distillate.burnHour.forEach((columns, t) => {
    const technology = input.thermal[t];
    if (technology === undefined) return;
    const premium = distillatePremiumUSDPerMMBtu(input, technology);
    const co2 = distillateCo2(technology);
    for (let i = 0; i < columns.length; i++) {
      const mmbtu = (layout.hourWeight[i] ?? 0) * at(columns[i] ?? -1);
      distillateMMBtu += mmbtu;
      distillatePremiumUSD += mmbtu * premium;
      co2Tonnes += mmbtu * co2;
    }
  });
  const scenarioDualFuelUSD = thermal.reduce((sum, t, k) => sum + t.lpCapacityMW * (costs.dualFuelPerMW?.[k] ?? 0), 0);
  const worstDayDualFuelUSD = layout.worstDay.dualFuelMW.reduce((sum, column, t) => sum + at(column) * (layout.worstDay.dualFuelPerMW[t] ?? 0), 0);
  const hasDualFuel = layout.worstDay.dualFuelMW.length > 0 || (costs.dualFuelPerMW ?? []).some((v) => v > 0);
  // Backup gas: drawn from the on-site tank in place of pipeline gas (already priced as gas), and its tank and system.
  const storage = layout.gasStorage;
  let gasStorageDrawnMMBtu = 0;
  for (let i = 0; i < storage.drawHour.length; i++) gasStorageDrawnMMBtu += (layout.hourWeight[i] ?? 0) * at(storage.drawHour[i] ?? -1);
  const gasStorageUSD = thermal.reduce((sum, t, k) => sum + t.lpCapacityMW * (costs.gasStoragePerMW?.[k] ?? 0), 0);
  const hasGasStorage = (costs.gasStoragePerMW ?? []).some((v) => v > 0);

  // The flexible grid: its MW, workload curtailed in the cut hours, charge less the energize credit.
  const flexible = layout.flexible;
  let workloadCurtailedMWh = 0;
  const flexibleGridMW = flexible === null ? 0 : at(flexible.flexibleMW);
  if (flexible !== null) for (let i = 0; i < layout.hourWeight.length; i++) workloadCurtailedMWh += (layout.hourWeight[i] ?? 0) * at(flexible.workloadHour[i] ?? -1);
  const flexibleCosts =
    flexible === null || input.grid?.flexible === undefined
      ? {}
      : { flexibleGridUSD: flexibleGridMW * flexible.netPerMW, workloadCurtailmentUSD: workloadCurtailedMWh * input.grid.flexible.workloadCurtailmentUSDPerMWh };

  let gridCoincidentPeakMW = gridImportMW;
  if (layout.coincidentPeakMW >= 0) gridCoincidentPeakMW = at(layout.coincidentPeakMW);
  const bill = input.residentialBill;
  return {
    mix: { gridImportMW, thermal, solarMWac, batteryMW, batteryMWh, ...(flexible === null ? {} : { flexibleGridMW }) },
    annual: {
      co2Tonnes,
      gridEnergyMWh,
      thermalEnergyMWh,
      solarEnergyMWh,
      unservedEnergyMWh,
      landAcres: solarMWac * (input.solar?.acresPerMWac ?? 0),
      gridCoincidentPeakMW,
      residentialBillChangeUSDPerMonth: bill === undefined ? null : bill.usdPerMonthPerMW * gridCoincidentPeakMW,
      ...(flexible === null ? {} : { workloadCurtailedMWh }),
      ...(layout.distillate.tankMMBtu < 0 ? {} : { distillateMMBtu, distillateTankMMBtu: at(layout.distillate.tankMMBtu) }),
      ...(storage.tankMMBtu < 0 ? {} : { gasStorageDrawnMMBtu, gasStorageTankMMBtu: at(storage.tankMMBtu) }),
    },
    costBreakdownUSDPerYear: {
      gridCapacityUSD: gridImportMW * costs.gridPerMW,
      gridEnergyUSD,
      thermalCapitalAndFixedUSD: thermal.reduce((sum, t, k) => sum + t.lpCapacityMW * (costs.thermalPerMW[k] ?? 0), 0),
      thermalFuelAndVariableUSD,
      solarUSD: solarMWac * costs.solarPerMWac,
      batteryUSD: batteryMW * costs.batteryPerMW + batteryMWh * costs.batteryPerMWh,
      unservedPenaltyUSD: unservedEnergyMWh * (input.unserved?.valueOfLostLoadUSDPerMWh ?? 0),
      ...flexibleCosts,
      ...(hasDualFuel ? { dualFuelUSD: worstDayDualFuelUSD + scenarioDualFuelUSD } : {}),
      ...(layout.distillate.tankMMBtu < 0 ? {} : { distillatePremiumUSD }),
      ...(hasGasStorage ? { gasStorageUSD } : {}),
    },
  };
}
