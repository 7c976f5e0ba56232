import highsLoader from 'highs';
import { describe, expect, it } from 'vitest';
import { followSchedule } from '../../../../src/power-model/dispatch/follow-schedule';
import { sumSeries } from '../../../../src/power-model/dispatch/flows';
import { gasDaysFor, type ModelClock } from '../../../../src/power-model/fuel/gas-day';
import { HOURS_PER_YEAR } from '../../../../src/power-model/hours';
import { capitalRecoveryFactor } from '../../../../src/power-model/optimize/capital-recovery';
import { distillateUSDPerMWYear, hasDistillate } from '../../../../src/power-model/optimize/families/distillate';
import { readSolution } from '../../../../src/power-model/optimize/read-solution';
import { buildSizingModel } from '../../../../src/power-model/optimize/sizing-model';
import { solveLp } from '../../../../src/power-model/optimize/solve-lp';
import type { SizingInput, SizingThermalTechnology } from '../../../../src/power-model/optimize/types';
import { NO_BATTERY } from '../../../../src/power-model/storage/battery';
import { buildThermalFleet } from '../../../../src/power-model/thermal/fleet';
import { FLAT_UNIT_EMISSIONS, flatDispatchUnit, flatSizingUnit } from '../../flat-unit-fixture';

// An islanded 120 MW plant (fixed) at a flat 10 MMBtu/MWh on a 25,000 MMBtu/gas-day pipeline, at
// a Central site in 2026 (gas days: fuel/gas-day.ts). Load 100 MW = 24,000 MMBtu a full gas day
// (25,000 on the 25-hour day in November: exactly the quantity), 110 MW through `short` gas days.
const CENTRAL: ModelClock = { utcOffsetHours: -6, year: 2026 };
const DAYS = gasDaysFor(CENTRAL);
const PIPELINE = 25_000;
// AP-42 Table 3.1-1's gas and distillate rows for a turbine (data/technologies.json): NOx 0.1 / 0.24, CO 0.05 / 0.076.
const CT = flatSizingUnit('ct', { noxLbPerMMBtu: 0.1, coLbPerMMBtu: 0.05, distillate: { noxLbPerMMBtu: 0.24, coLbPerMMBtu: 0.076 } });

function loadWithShortDays(short: readonly number[]): Float64Array {
  const load = new Float64Array(HOURS_PER_YEAR).fill(100);
  for (const d of short) load.fill(110, DAYS.startHours[d], DAYS.startHours[d + 1]);
  return load;
}

function input(short: readonly number[], tankHours: number, refillMMBtuPerDay: number): SizingInput {
  return {
    facilityLoadMW: loadWithShortDays(short),
    discountRate: 0.07,
    thermal: [CT],
    reserveUnits: 0,
    unserved: { allowanceMWhPerYear: 1e6, valueOfLostLoadUSDPerMWh: 10_000 },
    permits: { noxTonsPerYear: 1e6 },
    fuel: {
      pipelineMMBtuPerDay: PIPELINE,
      clock: CENTRAL,
      // data/technologies.json fuel.distillate: 18.7 USD/MMBtu, 73.96 kg CO2/MMBtu, tanks 15 USD/MMBtu, kit 50 USD/kW.
      distillate: { tankHoursAtFullLoad: tankHours, refillMMBtuPerDay, priceUSDPerMMBtu: 18.7, co2KgPerMMBtu: 73.96, tankUSDPerMMBtu: 15, dualFuelUSDPerKW: 50, lifetimeYears: 30 },
    },
    timeResolution: { kind: 'fullYear' },
  };
}

async function solve(sizing: SizingInput) {
  const highs = await highsLoader();
  const layout = buildSizingModel(sizing, false, { largestUnitMW: 0, fixedCapacity: { gridMW: 0, thermalMW: [120], solarMWac: 0, batteryMW: 0, batteryMWh: 0 } });
  const solution = solveLp(highs, layout.builder, 120, 'choose');
  expect(solution.status).toBe('optimal');
  const x = solution.colValue ?? new Float64Array(0);
  return { layout, x, read: readSolution(sizing, layout, x) };
}

describe('distillate family', () => {
  it('prices the tank and kit per MW built: CRF × 1000 × (kit + h × HR/1e6 × tank USD/MMBtu)', () => {
    // 2 h × 10,000 Btu/kWh = 0.02 MMBtu per kW × 15 USD = 0.3 USD/kW, + 50 USD/kW kit = 50.3 USD/kW.
    expect(distillateUSDPerMWYear(input([], 2, 0), CT)).toBeCloseTo(capitalRecoveryFactor(0.07, 30) * 1000 * 50.3, 6);
    expect(distillateUSDPerMWYear(input([], 2, 0), { ...CT, distillate: undefined } as SizingThermalTechnology)).toBe(0);
    expect(hasDistillate(input([], 0, 0))).toBe(false);
  });

  it('covers a one-gas-day pipeline shortfall with distillate: MMBtu, USD and NOx by hand', async () => {
    const sizing = input([20], 2, 0);
    const { layout, x, read } = await solve(sizing);
    // Gas day 20 needs 24 h × 110 MW × 10 = 26,400 MMBtu; the pipeline gives 25,000: 1,400 MMBtu of
    // distillate, all inside gas day 20, from a tank of 2 h × 10 MMBtu/MWh × 120 MW = 2,400 MMBtu.
    expect(read.annual?.distillateMMBtu).toBeCloseTo(1400, 3);
    expect(read.annual?.distillateTankMMBtu).toBeCloseTo(2400, 6);
    expect(read.annual?.unservedEnergyMWh).toBeCloseTo(0, 6);
    let inDay20 = 0;
    const burn = layout.distillate.burnHour[0] ?? new Int32Array(0);
    for (let h = DAYS.startHours[20] ?? 0; h < (DAYS.startHours[21] ?? 0); h++) inDay20 += x[burn[h] ?? -1] ?? 0;
    expect(inDay20).toBeCloseTo(1400, 3);
    // USD: 1,400 × (18.7 − 4) = 20,580 over the gas it replaced (1,400 × 18.7 = 26,180 in all).
    expect(read.costBreakdownUSDPerYear?.distillatePremiumUSD).toBeCloseTo(20_580, 2);
    // Tank and kit on 120 MW: 120,000 kW × 50.3 USD/kW × CRF(7%, 30 y) = 486,419.6 USD/yr.
    expect(read.costBreakdownUSDPerYear?.dualFuelUSD).toBeCloseTo(120_000 * 50.3 * capitalRecoveryFactor(0.07, 30), 2);
    // NOx row (short tons): all fuel at the gas factor, 10 × (8760 × 100 + 24 × 10) = 8,762,400 MMBtu ×
    // 0.1 / 2000 = 438.12, plus 1,400 × (0.24 − 0.1) / 2000 = 0.098 for the distillate: 438.218.
    const nox = layout.capRows.find((r) => r.constraint === 'noxTonsPerYear');
    let activity = 0;
    for (let k = layout.builder.rowStarts[nox?.row ?? 0] ?? 0; k < (layout.builder.rowStarts[(nox?.row ?? 0) + 1] ?? 0); k++) activity += (layout.builder.values[k] ?? 0) * (x[layout.builder.indices[k] ?? -1] ?? 0);
    expect(activity).toBeCloseTo(438.218, 6);
    // CO2: distillate adds 1,400 × (73.96 − 53.06) / 1000 = 29.26 t over the same MMBtu of gas.
    expect(read.annual?.co2Tonnes).toBeCloseTo((8_762_400 * 53.06) / 1000 + 29.26, 3);
  });

  it('agrees with re-simulating its mix: the dispatch burns the same distillate at the same cost', async () => {
    const sizing = input([20], 2, 0);
    const { layout, x, read } = await solve(sizing);
    const unit = flatDispatchUnit('ct', { emissions: FLAT_UNIT_EMISSIONS });
    const flat = (v: number) => new Float64Array(HOURS_PER_YEAR).fill(v);
    const schedule = Float64Array.from({ length: HOURS_PER_YEAR }, (_, h) => x[layout.thermalHour[0]?.[h] ?? -1] ?? 0);
    const result = followSchedule(
      {
        strategy: 'btm-first',
        facilityMW: sizing.facilityLoadMW,
        solarMW: flat(0),
        gridLimitMW: 0,
        gridPriceUSDPerMWh: flat(0),
        gridCarbonKgPerMWh: 0,
        peakShaveCapMW: 0,
        thermal: buildThermalFleet([{ technology: unit, units: 12, orderYear: 2020 }], 2030, 4),
        battery: NO_BATTERY,
        gasPriceUSDPerMMBtu: 4,
        limits: {
          dryBulbC: flat(20),
          gas: { pipelineMMBtuPerDay: PIPELINE, pipelineMMBtuPerHour: Infinity, service: 'firm', interruptBelowC: -5, storageMMBtu: 0, storageRefillMMBtuPerDay: 0, clock: CENTRAL, distillate: { tankMMBtu: 2400, priceUSDPerMMBtu: 18.7, co2KgPerMMBtu: 73.96 } },
        },
      },
      { gridImportMW: flat(0), thermalMWByTechnology: { ct: schedule }, batteryChargeMW: flat(0), batteryDischargeMW: flat(0), batteryInitialSocFraction: 0.5 },
    );
    expect(sumSeries(result.flows.unservedMW)).toBeCloseTo(0, 6);
    expect(result.limits?.distillate.burnedMMBtu).toBeCloseTo(read.annual?.distillateMMBtu ?? NaN, 3);
    // Fuel at 4 USD/MMBtu plus the distillate's premium: the LP's fuel line plus its premium line.
    const lpFuelUSD = (read.costBreakdownUSDPerYear?.thermalFuelAndVariableUSD ?? 0) + (read.costBreakdownUSDPerYear?.distillatePremiumUSD ?? 0);
    expect(sumSeries(result.flows.variableCostUSD)).toBeCloseTo(lpFuelUSD, 0);
    expect(lpFuelUSD).toBeCloseTo(8_762_400 * 4 + 20_580, 0);
  });

  it('burns distillate through a gas day an interruptible lateral is cut, with no pipeline quantity set', async () => {
    // Gas day 10 cut (fuel/gas-supply.ts interruptedHours would cut it on a day below −5 °C): no
    // pipeline gas for its 24 hours, so the 100 MW load runs on distillate, 24 × 100 × 10 =
    // 24,000 MMBtu, from a 30 h tank (30 × 120 MW × 10 = 36,000 MMBtu); nothing unserved.
    const cut = new Uint8Array(HOURS_PER_YEAR).fill(1, DAYS.startHours[10], DAYS.startHours[11]);
    const base = input([], 30, 0);
    const { pipelineMMBtuPerDay: _quantity, ...fuel } = base.fuel ?? {};
    const { read } = await solve({ ...base, fuel: { ...fuel, pipelineCutHours: cut } });
    expect(read.annual?.distillateMMBtu).toBeCloseTo(24_000, 3);
    expect(read.annual?.unservedEnergyMWh).toBeCloseTo(0, 6);
  });

  it('refills the tank by truck at the start of each gas day, so two short days in a row hold', async () => {
    // Tank 1.25 h × 1,200 MMBtu/h = 1,500 MMBtu; gas days 20 and 21 need 1,400 each. No refill:
    // 1,500 in all, 1,300 MMBtu short = 130 MWh unserved. With 1,300 a day: day 21 starts with
    // 100 + 1,300 = 1,400, exactly enough.
    const none = await solve(input([20, 21], 1.25, 0));
    expect(none.read.annual?.distillateMMBtu).toBeCloseTo(1500, 3);
    expect(none.read.annual?.unservedEnergyMWh).toBeCloseTo(130, 3);
    const trucked = await solve(input([20, 21], 1.25, 1300));
    expect(trucked.read.annual?.distillateMMBtu).toBeCloseTo(2800, 3);
    expect(trucked.read.annual?.unservedEnergyMWh).toBeCloseTo(0, 6);
  });

  it('treats a representative day as full at its start and bounds the year by the tank and a year of trucks', async () => {
    const highs = await highsLoader();
    const sizing: SizingInput = { ...input([], 1, 100), timeResolution: { kind: 'representativeDays', days: 2 } };
    const layout = buildSizingModel(sizing, false, { largestUnitMW: 0, fixedCapacity: { gridMW: 0, thermalMW: [120], solarMWac: 0, batteryMW: 0, batteryMWh: 0 } });
    // No level columns without chronology; burn columns on each of the 48 modelled hours.
    expect(layout.distillate.levelDay.length).toBe(0);
    expect(layout.distillate.burnHour[0]?.length).toBe(48);
    expect(solveLp(highs, layout.builder, 60, 'choose').status).toBe('optimal');
  });
});
