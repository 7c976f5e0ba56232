import { describe, expect, it } from 'vitest';
import { HOURS_PER_YEAR } from '../../../src/power-model/hours';
import { triggerHours, type CommonModeEvents } from '../../../src/power-model/reliability/common-mode';
import { mitigationDesigns } from '../../../src/power-model/reliability/designs';
import { casesFromTallies } from '../../../src/power-model/reliability/redundancy';
import { simulateReliability } from '../../../src/power-model/reliability/monte-carlo';
import { simulateSinglePass } from '../../../src/power-model/reliability/single-pass';
import { Z95 } from '../../../src/power-model/reliability/statistics';
import type { ReliabilityInput } from '../../../src/power-model/reliability/types';

const flat = (value: number): Float64Array => new Float64Array(HOURS_PER_YEAR).fill(value);

/** −10 °C through January (the first 720 hours), +10 °C after: only January can start a cold event. */
const coldJanuary = (): Float64Array => {
  const t = flat(10);
  t.fill(-10, 0, 720);
  return t;
};

/**
 * Expected hours per year with at least one event in progress, exactly, for events that start in
 * each trigger hour with probability p and last a geometric number of hours with end probability
 * q (so one started at hour t is still on at t + j with probability (1 − q)^j): starts in
 * different hours are independent, so P(none on at h) = Π over trigger hours t ≤ h of (1 − p(1 − q)^(h − t)).
 */
function expectedEventHours(triggers: Int32Array, p: number, q: number): number {
  const isTrigger = new Uint8Array(HOURS_PER_YEAR);
  for (const t of triggers) isTrigger[t] = 1;
  let total = 0;
  for (let h = 0; h < HOURS_PER_YEAR; h++) {
    let none = 1;
    // (1 − q)^j is below 1e-15 past j = 1,700 for q = 1/48: older starts no longer count.
    for (let t = Math.max(0, h - 1700); t <= h; t++) if (isTrigger[t] === 1) none *= 1 - p * (1 - q) ** (h - t);
    total += 1 - none;
  }
  return total;
}

/** One 100 MW gas unit that never fails on its own, 50 MW load, no grid, gas events in January. */
const oneGasUnit = (commonMode: CommonModeEvents, years: number, seed = 11): ReliabilityInput => ({
  facilityLoadMW: flat(50),
  gridImportLimitMW: 0,
  units: [{ id: 'recip', capacityMW: 100, forcedOutageRate: 0, mttrHours: 24, gasFired: true }],
  commonMode,
  years,
  seed,
});

describe('common-mode events in the Monte Carlo', () => {
  it('reproduces the analytic availability of one gas supply event of known frequency and duration', () => {
    // Two events a year, 48 h mean, starting only in the 720 cold January hours, taking every gas
    // unit: the load is short exactly while an event is on. By hand: 2 × 48 = 96 event-hours a year,
    // less the overlap of events that merge (about p·D = 2/720 × 48 ≈ 0.13 of an event's hours) and
    // the hours of the last January events that run into February anyway: about 90 h. The exact sum
    // (expectedEventHours) is the reference; its standard error over 3,000 years is about
    // √(λ·E[D²] / n) = √(2 × 4,560 / 3,000) ≈ 1.7 h, and the run states its own.
    const dryBulbC = coldJanuary();
    const gasSupply = { eventsPerYear: 2, meanDurationHours: 48, shareOfGasUnitsAffected: 1, startAtOrBelowDryBulbC: 0 };
    const result = simulateReliability(oneGasUnit({ dryBulbC, gasSupply }, 3000));
    const analyticHours = expectedEventHours(triggerHours(dryBulbC, gasSupply), 2 / 720, 1 / 48);
    expect(analyticHours).toBeGreaterThan(85);
    expect(analyticHours).toBeLessThan(96);
    const lolh = result.lossOfLoadHoursPerYear;
    const standardError = (lolh.high95 - lolh.mean) / Z95;
    expect(standardError).toBeLessThan(3);
    // Within four stated standard errors (a 1-in-15,000 miss for a correct model).
    expect(Math.abs(lolh.mean - analyticHours)).toBeLessThan(4 * standardError);
    expect(Math.abs(result.availability.mean - (1 - analyticHours / HOURS_PER_YEAR))).toBeLessThan((4 * standardError) / HOURS_PER_YEAR);
    // Every short hour is 50 MW short, and the events started about twice a year.
    expect(result.expectedUnservedEnergyMWhPerYear.mean).toBeCloseTo(50 * lolh.mean, 6);
    expect(result.commonModeEventsPerYear.gasSupply).toBeGreaterThan(1.9);
    expect(result.commonModeEventsPerYear.gasSupply).toBeLessThan(2.1);
    expect(result.lossByCause.map((c) => c.cause)).toEqual(['gasSupply']);
  });

  it('takes only the stated share of the gas units that are up', () => {
    // Share 0.4 of 100 MW leaves 60 MW: a 50 MW load is never short, a 70 MW load is short 10 MW in every event hour.
    const dryBulbC = coldJanuary();
    const gasSupply = { eventsPerYear: 2, meanDurationHours: 48, shareOfGasUnitsAffected: 0.4, startAtOrBelowDryBulbC: 0 };
    const served = simulateReliability(oneGasUnit({ dryBulbC, gasSupply }, 300));
    expect(served.lossOfLoadHoursPerYear.mean).toBe(0);
    const short = simulateReliability({ ...oneGasUnit({ dryBulbC, gasSupply }, 300), facilityLoadMW: flat(70) });
    expect(short.lossOfLoadHoursPerYear.mean).toBeGreaterThan(50);
    expect(short.expectedUnservedEnergyMWhPerYear.mean).toBeCloseTo(10 * short.lossOfLoadHoursPerYear.mean, 6);
  });

  it('never starts an event in a site whose weather has no trigger hour', () => {
    const gasSupply = { eventsPerYear: 5, meanDurationHours: 48, shareOfGasUnitsAffected: 1, startAtOrBelowDryBulbC: -20 };
    const result = simulateReliability(oneGasUnit({ dryBulbC: coldJanuary(), gasSupply }, 100));
    expect(result.commonModeEventsPerYear.gasSupply).toBe(0);
    expect(result.lossOfLoadHoursPerYear.mean).toBe(0);
  });

  it('picks the coldest and hottest hours of the weather as trigger hours', () => {
    const t = Float64Array.from({ length: HOURS_PER_YEAR }, (_, h) => h / 100); // 0 … 87.59 °C, rising
    // The coldest 1% is the first 88 hours (0.01 × 8,760 = 87.6, rounded), the hottest 0.4% the last 35.
    const hours = triggerHours(t, { coldestHoursFraction: 0.01, hottestHoursFraction: 0.004 });
    expect(hours.length).toBe(88 + 35);
    expect(hours[87]).toBe(87);
    expect(hours[88]).toBe(HOURS_PER_YEAR - 35);
    expect(triggerHours(t, { startAtOrBelowDryBulbC: 0.5 }).length).toBe(51);
  });

  it('compares designs with and without the events and each mitigation on the same draws', () => {
    // Twelve 10 MW gas engines (FOR 6%, MTTR 30 h) for a 100 MW load, gas events taking half the gas
    // units twice a year in January, weather grid outages in the same cold.
    const dryBulbC = coldJanuary();
    const input: ReliabilityInput = {
      facilityLoadMW: flat(100),
      gridImportLimitMW: 0,
      units: Array.from({ length: 12 }, (_, i) => ({ id: `e${i + 1}`, capacityMW: 10, forcedOutageRate: 0.06, mttrHours: 30, gasFired: true })),
      commonMode: {
        dryBulbC,
        gasSupply: { eventsPerYear: 2, meanDurationHours: 48, shareOfGasUnitsAffected: 0.5, startAtOrBelowDryBulbC: 0 },
        gridWeather: { eventsPerYear: 1, meanDurationHours: 24, startAtOrBelowDryBulbC: 0 },
      },
      years: 400,
      seed: 5,
    };
    const designs = mitigationDesigns(input, { addedBattery: { powerMW: 60, energyMWh: 240, roundTripEfficiency: 0.85, socMinPct: 10 }, gridBackupMW: 100 });
    const pass = simulateSinglePass({ ...input, designs });
    const cases = casesFromTallies(input, pass.tallies, false);
    const byLabel = new Map(cases.map((c) => [c.label, c.result]));
    const lolh = (label: string): number => byLabel.get(label)?.lossOfLoadHoursPerYear.mean ?? NaN;
    expect(cases.map((c) => c.label)).toEqual([
      'N without common-mode',
      'N+1 without common-mode',
      'N+2 without common-mode',
      'N',
      'N+1',
      'N+2',
      'N, dual fuel',
      'N + battery 60 MW / 240 MWh',
      'N + grid backup 100 MW',
    ]);
    // Without the events the draws are those of a run with no common-mode input at all: equal exactly.
    const plain = simulateReliability({ ...input, commonMode: undefined });
    expect(byLabel.get('N without common-mode')?.lossOfLoadHoursPerYear).toEqual(plain.lossOfLoadHoursPerYear);
    // With gas events taking half the fleet, N loses the event hours too; dual fuel gets back to the plain fleet.
    expect(lolh('N')).toBeGreaterThan(lolh('N without common-mode') + 50);
    expect(lolh('N, dual fuel')).toBe(lolh('N without common-mode'));
    // N+2 does not buy back a common-mode loss of 60 MW: two more engines give 70 of 100 MW.
    expect(lolh('N+2')).toBeGreaterThan(50);
    // The battery (60 MW × 4 h) rides the first hours of each event; the grid backup rides all but
    // the hours when the weather grid outage falls in the same cold spell.
    expect(lolh('N + battery 60 MW / 240 MWh')).toBeLessThan(lolh('N'));
    expect(lolh('N + grid backup 100 MW')).toBeLessThan(lolh('N') / 2);
    const n = byLabel.get('N');
    expect(n?.lossByCause[0]?.cause).toBe('gasSupply');
    const backup = byLabel.get('N + grid backup 100 MW');
    expect(backup?.lossByCause.some((c) => c.cause === 'gridWeather' || c.cause === 'gasSupplyAndGridWeather')).toBe(true);
    const shares = n?.lossByCause.reduce((sum, c) => sum + c.shareOfUnservedEnergy, 0) ?? 0;
    expect(shares).toBeCloseTo(1, 9);
  });

  it('refuses common-mode settings it cannot use, naming the field', () => {
    const dryBulbC = coldJanuary();
    expect(() => simulateReliability(oneGasUnit({ dryBulbC, gasSupply: { eventsPerYear: 1, meanDurationHours: 0.5, shareOfGasUnitsAffected: 1 } }, 1))).toThrow(
      /commonMode\.gasSupply\.meanDurationHours must be between 1 and 8760, got 0\.5/,
    );
    expect(() => simulateReliability(oneGasUnit({ dryBulbC, gasSupply: { eventsPerYear: 1, meanDurationHours: 5, shareOfGasUnitsAffected: 1.5 } }, 1))).toThrow(
      /commonMode\.gasSupply\.shareOfGasUnitsAffected/,
    );
    expect(() => simulateReliability(oneGasUnit({ dryBulbC: new Float64Array(10) }, 1))).toThrow(/commonMode\.dryBulbC must have 8760/);
  });
});
