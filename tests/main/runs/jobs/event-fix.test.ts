import { describe, expect, it } from 'vitest';
import { fixForEvents } from '../../../../src/main/runs/jobs/event-fix';
import { HOURS_PER_YEAR } from '../../../../src/power-model/hours';
import type { SizedMix, SizingInput } from '../../../../src/power-model/optimize/types';
import { triggerHours, type GasSupplyEvents } from '../../../../src/power-model/reliability/common-mode';
import { simulateReliability } from '../../../../src/power-model/reliability/monte-carlo';
import { Z95 } from '../../../../src/power-model/reliability/statistics';
import type { ReliabilityInput, ReliabilityUnit } from '../../../../src/power-model/reliability/types';

const flat = (value: number): Float64Array => new Float64Array(HOURS_PER_YEAR).fill(value);

/** −10 °C through January (the first 720 hours), +10 °C after: only January can start a cold event. */
const coldJanuary = (): Float64Array => {
  const t = flat(10);
  t.fill(-10, 0, 720);
  return t;
};

/**
 * Expected hours a year with an event in progress, exactly (as tests/power-model/reliability/
 * common-mode.test.ts): starts in each trigger hour with probability p, geometric durations with
 * end probability q, so P(none on at h) = Π over trigger hours t ≤ h of (1 − p(1 − q)^(h − t)).
 */
function expectedEventHours(triggers: Int32Array, p: number, q: number): number {
  const isTrigger = new Uint8Array(HOURS_PER_YEAR);
  for (const t of triggers) isTrigger[t] = 1;
  let total = 0;
  for (let h = 0; h < HOURS_PER_YEAR; h++) {
    let none = 1;
    for (let t = Math.max(0, h - 1700); t <= h; t++) if (isTrigger[t] === 1) none *= 1 - p * (1 - q) ** (h - t);
    total += 1 - none;
  }
  return total;
}

const UNIT: ReliabilityUnit = { id: 'recip-1', capacityMW: 50, forcedOutageRate: 0, mttrHours: 24, gasFired: true };

/**
 * Three 50 MW gas units that never fail on their own, a flat 100 MW load, no grid: 50 MW to spare
 * every hour, so without events nothing is ever short. Gas events twice a year, 48 h mean, January.
 */
const fleet = (gasSupply: GasSupplyEvents, years: number): ReliabilityInput => ({
  facilityLoadMW: flat(100),
  gridImportLimitMW: 0,
  units: [1, 2, 3].map((i) => ({ ...UNIT, id: `recip-${i}` })),
  commonMode: { dryBulbC: coldJanuary(), gasSupply },
  years,
  seed: 5,
});

/**
 * The sizing's costs, chosen to work by hand (discount rate 0, so CRF = 1/life = 0.05 over 20 years):
 * a unit 1,000 USD/kW + 20 USD/kW-yr → (1,000 × 0.05 + 20) × 1,000 × 50 MW = 3.5 MUSD/yr;
 * dual fuel 50 USD/kW of kit + tanks for the 72 h design event at 10,000 Btu/kWh (10 MMBtu/MWh ×
 * 72 h = 720 MMBtu per MW) × 15 USD/MMBtu = 10,800 USD/MW → (50,000 + 10,800) × 0.05 × 50 MW =
 * 152,000 USD/yr.
 */
const sizing: SizingInput = {
  facilityLoadMW: flat(100),
  discountRate: 0,
  thermal: [{ technologyId: 'recip', capexUSDPerKW: 1000, fixedOMUSDPerKWYear: 20, variableOMUSDPerMWh: 0, heatRateBtuPerKWh: 10_000, fuelPriceUSDPerMMBtu: 3, co2KgPerMMBtu: 53, unitMW: 50, lifetimeYears: 20, forcedOutageRate: 0, mttrHours: 24, gasFired: true }],
  reliabilityTarget: 'worst-day',
  worstDay: {
    events: [{ kind: 'gasSupply', label: 'design gas event', loadMW: 100, durationHours: 72, dryBulbC: -10, thermalOutputFraction: {}, shareOfGasLost: 0.4 }],
    dualFuel: { systemUSDPerKW: 50, tankUSDPerMMBtu: 15, lifetimeYears: 20 },
  },
  timeResolution: { kind: 'fullYear' },
};

const mix: SizedMix = { gridImportMW: 0, thermal: [{ technologyId: 'recip', units: 3, unitMW: 50, capacityMW: 150, lpCapacityMW: 150 }], solarMWac: 0, batteryMW: 0, batteryMWh: 0 };
const options = { sizing, target: 0.999, unitOf: () => UNIT, gridLimitMW: 0, batterySocMinPct: 10 };

describe('the events fix loop of the worst-day re-check', () => {
  it('makes one unit dual fuel when the event-free check passes but the gas events make the fleet lose load', () => {
    // Share 0.4 of the 150 gas MW lost leaves 90 MW < 100 MW: every event hour is short. By hand:
    // one more unit leaves 0.6 × 200 = 120 MW, one dual-fuel unit 50 + 0.6 × 100 = 110 MW, both ≥
    // 100 MW: each removes every lost hour, and the dual fuel (0.152 MUSD/yr) is the cheaper.
    const gasSupply: GasSupplyEvents = { eventsPerYear: 2, meanDurationHours: 48, shareOfGasUnitsAffected: 0.4, startAtOrBelowDryBulbC: 0 };
    const input = fleet(gasSupply, 1500);
    const { commonMode: _events, ...withoutEvents } = input;
    expect(simulateReliability(withoutEvents).lossOfLoadHoursPerYear.mean).toBe(0);

    const { mix: fixed, fix } = fixForEvents(mix, input, options);
    // Before: short exactly while an event is on; the analytic event-hours (about 90 h/yr) within four
    // of the run's own standard errors (√(λ·E[D²]/n) ≈ √(2 × 4,560 / 1,500) ≈ 2.5 h).
    const analyticHours = expectedEventHours(triggerHours(coldJanuary(), gasSupply), 2 / 720, 1 / 48);
    const lolh = fix.before.lossOfLoadHoursPerYear;
    const standardError = (lolh.high95 - lolh.mean) / Z95;
    expect(Math.abs(lolh.mean - analyticHours)).toBeLessThan(4 * standardError);
    expect(fix.before.availability.mean).toBeLessThan(0.999);
    expect(fix.lossOfLoadHoursTarget).toBeCloseTo(8.76, 9);

    expect(fix.steps).toHaveLength(1);
    const [step] = fix.steps;
    expect(step?.kind).toBe('dualFuel');
    expect(step?.technologyId).toBe('recip');
    expect(step?.costUSDPerYear).toBeCloseTo(152_000, 6);
    expect(step?.lossOfLoadHoursBefore).toBeCloseTo(lolh.mean, 9);
    expect(step?.lossOfLoadHoursAfter).toBe(0);
    expect(step?.usdPerHourRemoved).toBeCloseTo(152_000 / lolh.mean, 6);
    // The candidates: one more unit, one more dual-fuel unit (no battery or grid in this sizing).
    expect(step?.candidates).toBe(2);
    expect(fix.met).toBe(true);
    expect(fix.after.lossOfLoadHoursPerYear.mean).toBe(0);
    expect(fix.stoppedBecause).toBeNull();
    expect(fixed.thermal[0]?.units).toBe(3);
    expect(fixed.thermal[0]?.dualFuelMW).toBe(50);
  });

  it('takes a step that only shrinks the shortfall when no candidate removes a whole hour, then the one that does', () => {
    // Share 1: the event takes every gas MW. A new gas unit is taken too (removes nothing); one
    // dual-fuel unit leaves 50 MW, still short every event hour but by 50 MW instead of 100 (picked
    // on unserved energy); a second leaves 100 MW and removes every hour.
    const gasSupply: GasSupplyEvents = { eventsPerYear: 2, meanDurationHours: 48, shareOfGasUnitsAffected: 1, startAtOrBelowDryBulbC: 0 };
    const { mix: fixed, fix } = fixForEvents(mix, fleet(gasSupply, 300), options);
    expect(fix.steps.map((s) => s.kind)).toEqual(['dualFuel', 'dualFuel']);
    expect(fix.steps[0]?.usdPerHourRemoved).toBeNull();
    expect(fix.steps[0]?.lossOfLoadHoursAfter).toBeCloseTo(fix.steps[0]?.lossOfLoadHoursBefore ?? NaN, 9);
    expect(fix.steps[1]?.lossOfLoadHoursAfter).toBe(0);
    expect(fixed.thermal[0]?.dualFuelMW).toBe(100);
    expect(fix.met).toBe(true);
  });

  it('stops at its bound and says the target is not met', () => {
    const gasSupply: GasSupplyEvents = { eventsPerYear: 2, meanDurationHours: 48, shareOfGasUnitsAffected: 1, startAtOrBelowDryBulbC: 0 };
    const { mix: same, fix } = fixForEvents(mix, fleet(gasSupply, 100), { ...options, maxSteps: 1 });
    expect(fix.steps).toHaveLength(1);
    expect(fix.met).toBe(false);
    expect(fix.stoppedBecause).toBe("the loop's bound of 1 step reached");
    expect(same.thermal[0]?.dualFuelMW).toBe(50);
  });
});
