import highsLoader from 'highs';
import { describe, expect, it } from 'vitest';
import { sizeTankUp, TANK_MARGIN, type TankSimulation } from '../../../../src/main/runs/jobs/tank-fix';
import type { ScenarioLimits } from '../../../../src/main/runs/jobs/recheck-mix';
import { followSchedule } from '../../../../src/power-model/dispatch/follow-schedule';
import { sumSeries } from '../../../../src/power-model/dispatch/flows';
import type { DispatchSchedule } from '../../../../src/power-model/dispatch/types';
import { gasDaysFor } from '../../../../src/power-model/fuel/gas-day';
import { interruptedHours } from '../../../../src/power-model/fuel/gas-supply';
import { HOURS_PER_YEAR } from '../../../../src/power-model/hours';
import { capitalRecoveryFactor } from '../../../../src/power-model/optimize/capital-recovery';
import { dispatchMix } from '../../../../src/power-model/optimize/mix-dispatch';
import type { SizedMix, SizingInput } from '../../../../src/power-model/optimize/types';
import { NO_BATTERY } from '../../../../src/power-model/storage/battery';
import { buildThermalFleet } from '../../../../src/power-model/thermal/fleet';
import { FLAT_UNIT_EMISSIONS, flatDispatchUnit, flatSizingUnit } from '../../../power-model/flat-unit-fixture';
import { RECIP } from '../../../power-model/simulate-fixture';

// An islanded 50 MW flat load on five 10 MW dual-fuel units at a flat 10 MMBtu/MWh (no forced
// outage, no minimum load), on interruptible gas cut on three calendar days in a row (dry-bulb
// −10 °C on days 10–12, +10 °C otherwise; the rule cuts below −5 °C). A 24 h tank holds 24 × 50
// × 10 = 12,000 MMBtu and nothing is trucked back: the three cut days burn 50 × 72 × 10 = 36,000
// MMBtu, so 48 h × 50 MW = 2,400 MWh go unserved.
const DAYS = gasDaysFor(undefined);
const dryBulbC = new Float64Array(HOURS_PER_YEAR).fill(10).fill(-10, DAYS.startHours[10], DAYS.startHours[13]);
const cut = interruptedHours(DAYS, dryBulbC, -5);
const TANK_USD_PER_MMBTU = 15;
const DUAL = flatSizingUnit('dual', { forcedOutageRate: 0, distillate: { noxLbPerMMBtu: 0.24, coLbPerMMBtu: 0.076 } });
const UNIT = flatDispatchUnit('dual', { emissions: FLAT_UNIT_EMISSIONS }, RECIP);
const input: SizingInput = {
  facilityLoadMW: new Float64Array(HOURS_PER_YEAR).fill(50),
  discountRate: 0.07,
  thermal: [DUAL],
  reserveUnits: 0,
  fuel: {
    pipelineCutHours: cut.hours,
    distillate: { tankHoursAtFullLoad: 24, refillMMBtuPerDay: 0, priceUSDPerMMBtu: 18.7, co2KgPerMMBtu: 73.96, tankUSDPerMMBtu: TANK_USD_PER_MMBTU, dualFuelUSDPerKW: 50, lifetimeYears: 30 },
  },
  timeResolution: { kind: 'fullYear' },
};
const mix: SizedMix = { gridImportMW: 0, thermal: [{ technologyId: 'dual', units: 5, unitMW: 10, capacityMW: 50, lpCapacityMW: 50 }], solarMWac: 0, batteryMW: 0, batteryMWh: 0 };
const limits: ScenarioLimits = { fuel: { service: 'interruptible', pipelineMMBtuPerDay: 1e9, distillateHoursAtFullLoad: 24, distillateRefillMMBtuPerDay: 0 } };

/** The engine's dispatch of the schedule with the tank the limits give (hours × MW built × 10 MMBtu/MWh), as the re-check's simulation runs it. */
function simulate(m: SizedMix, schedule: DispatchSchedule, under: ScenarioLimits): TankSimulation {
  const units = m.thermal[0]?.units ?? 0;
  const tankMMBtu = (under.fuel?.distillateHoursAtFullLoad ?? 0) * units * 10 * 10;
  const r = followSchedule(
    {
      strategy: 'economic',
      facilityMW: input.facilityLoadMW,
      solarMW: new Float64Array(HOURS_PER_YEAR),
      gridLimitMW: 0,
      gridPriceUSDPerMWh: new Float64Array(HOURS_PER_YEAR),
      gridCarbonKgPerMWh: 0,
      peakShaveCapMW: 0,
      thermal: buildThermalFleet([{ technology: UNIT, units, orderYear: 2020 }], 2030, 4),
      battery: NO_BATTERY,
      gasPriceUSDPerMMBtu: 4,
      limits: { dryBulbC, gas: { pipelineMMBtuPerDay: Infinity, pipelineMMBtuPerHour: Infinity, service: 'interruptible', interruptBelowC: -5, storageMMBtu: 0, storageRefillMMBtuPerDay: 0, distillate: { tankMMBtu, priceUSDPerMMBtu: 18.7, co2KgPerMMBtu: 73.96, refillMMBtuPerDay: 0 } } },
    },
    schedule,
  );
  const lowestMMBtu = r.limits?.distillate.lowestMMBtu ?? tankMMBtu;
  return { unservedEnergyMWh: sumSeries(r.flows.unservedMW), annualCostUSD: sumSeries(r.flows.variableCostUSD), gasSupply: { distillate: { tankMMBtu, lowestMMBtu }, storage: null } };
}

describe('sizeTankUp: the re-check sizes a tank the simulation runs dry', () => {
  it('sizes the distillate tank to the year’s deepest draw-down plus the margin, and the mix then serves everything', async () => {
    const highs = await highsLoader();
    expect(cut.days).toBe(3);
    const dispatched = dispatchMix(highs, input, mix);
    if (dispatched.schedule === null) throw new Error('the dispatch of the mix is not optimal');
    const before = simulate(mix, dispatched.schedule, limits);
    expect(before.unservedEnergyMWh).toBeCloseTo(2_400, 3);
    const sized = sizeTankUp({ highs, input, mix, limits, simulate, before });
    if (sized === null) throw new Error('no tank was sized');
    // Draw-down 36,000 MMBtu; × 1.05 = 37,800 ÷ 500 MMBtu per hour of tank = 75.6 → 76 h, 38,000 MMBtu.
    expect(sized.fix.kind).toBe('distillate');
    expect(sized.fix.drawDownMMBtu).toBeCloseTo(36_000, 3);
    expect(sized.fix.hoursAfter).toBe(Math.ceil((36_000 * (1 + TANK_MARGIN)) / 500));
    expect(sized.fix.hoursAfter).toBe(76);
    expect(sized.fix.tankMMBtuAfter).toBeCloseTo(38_000, 6);
    expect(sized.fix.unservedAfterMWh).toBeCloseTo(0, 6);
    // Priced as the engine prices tanks: (38,000 − 12,000) MMBtu × 15 USD/MMBtu = 390,000 USD, annualized at CRF(7%, 30 yr).
    expect(sized.fix.addedCapexUSD).toBeCloseTo(390_000, 3);
    expect(sized.fix.addedUSDPerYear).toBeCloseTo(390_000 * capitalRecoveryFactor(0.07, 30), 3);
    expect(sized.input.fuel?.distillate?.tankHoursAtFullLoad).toBe(76);
    expect(sized.limits.fuel?.distillateHoursAtFullLoad).toBe(76);
    expect(sized.fix.detail).toMatch(/24 h \(12,000 MMBtu\) ran dry with 2400\.0 MWh unserved.*76 h \(38,000 MMBtu/);
  }, 120_000);

  it('changes nothing when a bigger tank would serve no more (the shortfall is not the tank’s)', async () => {
    const highs = await highsLoader();
    // Three units (30 MW) for the 50 MW load with a 200 h tank (200 × 30 × 10 = 60,000 MMBtu: the cut
    // days' 30 × 72 × 10 = 21,600 fit): only the 20 MW gap is short, 20 × 8,760 = 175,200 MWh.
    const small: SizedMix = { ...mix, thermal: [{ technologyId: 'dual', units: 3, unitMW: 10, capacityMW: 30, lpCapacityMW: 30 }] };
    const distillate = input.fuel?.distillate;
    if (distillate === undefined) throw new Error('fixture without distillate');
    const big: SizingInput = { ...input, fuel: { ...input.fuel, distillate: { ...distillate, tankHoursAtFullLoad: 200 } } };
    const bigLimits: ScenarioLimits = { fuel: { ...limits.fuel, distillateHoursAtFullLoad: 200 } };
    const dispatched = dispatchMix(highs, big, small);
    if (dispatched.schedule === null) throw new Error('the dispatch of the mix is not optimal');
    const before = simulate(small, dispatched.schedule, bigLimits);
    expect(before.unservedEnergyMWh).toBeCloseTo(175_200, 3);
    expect(sizeTankUp({ highs, input: big, mix: small, limits: bigLimits, simulate, before })).toBeNull();
  }, 120_000);
});
