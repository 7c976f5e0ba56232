import type { Highs } from 'highs';
import { explainInfeasibility } from './explain-infeasibility';
import { buildSizingModel, type SizingLayout } from './sizing-model';
import { solveLp } from './solve-lp';
import type { SizedThermal, SizingInput, SizingResult } from './types';
import { validateSizingInput } from './validate';

const DEFAULT_TIME_LIMIT_SECONDS = 60;
/** LP answers within this of a whole unit count are that count, not one more (solver tolerance). */
const UNIT_ROUNDING_TOLERANCE = 1e-6;

/**
 * Least-cost sizing of grid import, thermal units, solar and battery for one site, by the linear
 * program of `buildSizingModel`, solved with HiGHS (`highs`, the loaded WebAssembly module,
 * passed in by the caller).
 *
 * Returns the status ('optimal', 'infeasible', 'timeLimit', 'unbounded', 'error'), the minimized
 * annualized cost (USD/yr) and its breakdown, the mix in scenario shape, annual energy, CO2, land
 * and bill figures, build and solve times. Thermal unit counts are the LP's MW rounded up to whole
 * units (the note says so); costs and energies are those of the continuous LP mix. When the LP is
 * infeasible, `infeasibilities` says in plain words which constraint cannot be met and by how much
 * (see `explainInfeasibility`).
 */
export function optimizeSizing(highs: Highs, input: SizingInput): SizingResult {
  validateSizingInput(input);
  const timeLimitSeconds = input.timeLimitSeconds ?? DEFAULT_TIME_LIMIT_SECONDS;
  const solver = input.solver ?? (input.timeResolution.kind === 'fullYear' ? 'ipm' : 'choose');
  const buildStarted = Date.now();
  const layout = buildSizingModel(input, false);
  const buildTimeMs = Date.now() - buildStarted;
  const solution = solveLp(highs, layout.builder, timeLimitSeconds, solver);
  const lp = {
    columns: layout.builder.columnCount,
    rows: layout.builder.rowCount,
    integerColumns: layout.builder.integerColumns.length,
    modelledHours: layout.hourWeight.length,
    representativeDays: layout.representativeDays,
  };
  const notes: string[] = [];
  if (layout.representativeDays !== null) {
    notes.push(
      `Dispatch modelled on ${layout.representativeDays.length} representative days (k-means on daily load and solar shapes, the peak-load day kept on its own), each weighted by the days it stands for; the battery cycles within each day.`,
    );
  }
  if (solution.status !== 'optimal' || solution.colValue === null) {
    let infeasibilities: SizingResult['infeasibilities'] = [];
    let solveTimeMs = solution.solveTimeMs;
    if (solution.status === 'infeasible') {
      const explanation = explainInfeasibility(highs, input, timeLimitSeconds, solver);
      infeasibilities = explanation.infeasibilities;
      solveTimeMs += explanation.solveTimeMs;
      if (infeasibilities.length === 0) notes.push('The problem is infeasible but relaxing the caps did not locate the conflict.');
    } else {
      notes.push(`HiGHS stopped with model status ${solution.highsStatus}.`);
    }
    return { status: solution.status, objectiveUSDPerYear: null, costBreakdownUSDPerYear: null, mix: null, annual: null, infeasibilities, solveTimeMs, buildTimeMs, lp, notes };
  }

  notes.push(
    'Thermal unit counts are the LP capacity rounded up to whole units; cost and energy figures are for the continuous LP mix. Re-check the rounded mix with the hourly simulation and the reliability Monte Carlo.',
  );
  return {
    status: 'optimal',
    objectiveUSDPerYear: solution.objective,
    ...readSolution(input, layout, solution.colValue),
    infeasibilities: [],
    solveTimeMs: solution.solveTimeMs,
    buildTimeMs,
    lp,
    notes,
  };
}

function readSolution(
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
    return { technologyId: technology.technologyId, units, unitMW: technology.unitMW, capacityMW: units * technology.unitMW, lpCapacityMW };
  });
  const solarMWac = at(layout.solarMWac);
  const batteryMW = at(layout.batteryMW);
  const batteryMWh = at(layout.batteryMWh);

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
    unservedEnergyMWh += w * unservedMW;
    // Solar delivers what the other sources leave of load + charging; the rest is curtailed.
    const usedSolarMW = (load[hour] ?? 0) + at(layout.chargeHour[i] ?? -1) - at(layout.dischargeHour[i] ?? -1) - gridMW - thermalMW - unservedMW;
    solarEnergyMWh += w * Math.max(0, usedSolarMW);
  }

  let gridCoincidentPeakMW = gridImportMW;
  if (layout.coincidentPeakMW >= 0) gridCoincidentPeakMW = at(layout.coincidentPeakMW);
  const bill = input.residentialBill;
  const costs = layout.annualCost;
  return {
    mix: { gridImportMW, thermal, solarMWac, batteryMW, batteryMWh },
    annual: {
      co2Tonnes,
      gridEnergyMWh,
      thermalEnergyMWh,
      solarEnergyMWh,
      unservedEnergyMWh,
      landAcres: solarMWac * (input.solar?.acresPerMWac ?? 0),
      gridCoincidentPeakMW,
      residentialBillChangeUSDPerMonth: bill === undefined ? null : bill.usdPerMonthPerMW * gridCoincidentPeakMW,
    },
    costBreakdownUSDPerYear: {
      gridCapacityUSD: gridImportMW * costs.gridPerMW,
      gridEnergyUSD,
      thermalCapitalAndFixedUSD: thermal.reduce((sum, t, k) => sum + t.lpCapacityMW * (costs.thermalPerMW[k] ?? 0), 0),
      thermalFuelAndVariableUSD,
      solarUSD: solarMWac * costs.solarPerMWac,
      batteryUSD: batteryMW * costs.batteryPerMW + batteryMWh * costs.batteryPerMWh,
      unservedPenaltyUSD: unservedEnergyMWh * (input.unserved?.valueOfLostLoadUSDPerMWh ?? 0),
    },
  };
}
