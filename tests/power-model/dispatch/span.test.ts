import { describe, expect, it } from 'vitest';
import { dispatchYear } from '../../../src/power-model/dispatch/dispatch';
import { allocateFlows } from '../../../src/power-model/dispatch/flows';
import { followSchedule } from '../../../src/power-model/dispatch/follow-schedule';
import { FLOW_NAMES, type DispatchFlows, type DispatchInput, type DispatchResult } from '../../../src/power-model/dispatch/types';
import type { GasSupply } from '../../../src/power-model/fuel/gas-supply';
import { HOURS_PER_YEAR } from '../../../src/power-model/hours';
import { NO_BATTERY } from '../../../src/power-model/storage/battery';
import { buildThermalFleet } from '../../../src/power-model/thermal/fleet';
import type { ThermalTechnology } from '../../../src/power-model/thermal/technology';
import { AERO_CT } from '../simulate-fixture';

/**
 * A year with something in every hour that carries state: a daily solar hump and an evening
 * price peak (the economic battery plan charges and discharges every day), a 100–160 MW load
 * past a 110 MW grid (the gas units run most hours), and — in the limited cases — a NOx budget
 * that runs out in the autumn, a pipeline short on cold days, gas storage and a distillate tank
 * refilled by truck. Exactness here is bit for bit: a resumed span must give the same numbers as
 * the whole year, not close ones.
 */
const UNIT: ThermalTechnology = {
  ...AERO_CT,
  id: 'dual-unit',
  unitSizeMW: 10,
  emissions: { uncontrolled: { noxLbPerMMBtu: 0.1, coLbPerMMBtu: 0.05 }, distillate: { uncontrolled: { noxLbPerMMBtu: 0.24, coLbPerMMBtu: 0.076 } } },
};
const series = (f: (h: number) => number) => Float64Array.from({ length: HOURS_PER_YEAR }, (_, h) => f(h));
const dryBulbC = series((h) => 15 - 20 * Math.cos((2 * Math.PI * h) / HOURS_PER_YEAR) + 5 * Math.sin((2 * Math.PI * h) / 24));
const GAS: GasSupply = { pipelineMMBtuPerDay: 8000, pipelineMMBtuPerHour: 450, service: 'interruptible', interruptBelowC: -3, storageMMBtu: 2000, storageRefillMMBtuPerDay: 300, distillate: { tankMMBtu: 5000, priceUSDPerMMBtu: 18.7, co2KgPerMMBtu: 73.96, refillMMBtuPerDay: 500 } };

function input(partial: Partial<DispatchInput> = {}): DispatchInput {
  return {
    strategy: 'economic',
    facilityMW: series((h) => 130 + 30 * Math.sin((2 * Math.PI * h) / 24) + 10 * Math.sin((2 * Math.PI * h) / 168)),
    solarMW: series((h) => Math.max(0, 80 * Math.sin((Math.PI * ((h % 24) - 6)) / 12))),
    gridLimitMW: 110,
    gridPriceUSDPerMWh: series((h) => (h % 24 >= 17 && h % 24 < 21 ? 140 : 35 + (h % 7))),
    gridCarbonKgPerMWh: 400,
    peakShaveCapMW: 90,
    thermal: buildThermalFleet([{ technology: UNIT, units: 4, orderYear: 2020 }], 2030, 4, { dryBulbC, elevationM: 300 }),
    battery: { powerMW: 20, energyMWh: 80, roundTripEfficiency: 0.85, minSocFraction: 0.05, maxSocFraction: 0.95, initialSocFraction: 0.5 },
    gasPriceUSDPerMMBtu: 4,
    ...partial,
  };
}

const LIMITED = input({ limits: { dryBulbC, permits: { noxTonsPerYear: 40, scr: false }, gas: GAS } });

/** The flows of hours `from`… of a whole-year run, in span order (index h − from). */
function tail(flows: DispatchFlows, from: number, to = HOURS_PER_YEAR): Record<string, number[]> {
  return Object.fromEntries(FLOW_NAMES.map((name) => [name, Array.from(flows[name].subarray(from, to))]));
}

function spanFlows(result: DispatchResult, count: number): Record<string, number[]> {
  return Object.fromEntries(FLOW_NAMES.map((name) => [name, Array.from(result.flows[name].subarray(0, count))]));
}

describe('dispatch over part of the year', () => {
  for (const [name, base] of [
    ['an economic dispatch with a battery', input()],
    ['a peak-shaving dispatch with a battery', input({ strategy: 'peak-shave' })],
    ['a dispatch under a NOx budget, a short pipeline, gas storage and a distillate tank', LIMITED],
  ] as const) {
    it(`resumes ${name} from a mid-year state with the whole year's flows and totals, bit for bit`, () => {
      const whole = dispatchYear(base, undefined, { checkpointHour: 4000 });
      const state = whole.checkpoint;
      if (state === undefined) throw new Error('no checkpoint taken');
      expect(state.hour).toBe(4000);
      // Hour 4,000 is mid-day (166 days and 16 hours): the plan of its day is made from the day's own inputs.
      const resumed = dispatchYear(base, undefined, { from: state });
      expect(resumed.toHour).toBe(HOURS_PER_YEAR);
      expect(resumed.flows.gridToLoadMW.length).toBe(HOURS_PER_YEAR - 4000);
      expect(spanFlows(resumed, HOURS_PER_YEAR - 4000)).toEqual(tail(whole.flows, 4000));
      expect(resumed.thermalBlocks).toEqual(whole.thermalBlocks);
      expect(resumed.limits).toEqual(whole.limits);
      // The state is copied on resume: it seeds a second run just as well.
      expect(spanFlows(dispatchYear(base, undefined, { from: state }), HOURS_PER_YEAR - 4000)).toEqual(tail(whole.flows, 4000));
    });
  }

  it('checks that the limits bind in the limited case, so the state it carries is real', () => {
    const r = dispatchYear(LIMITED);
    // The NOx budget runs out before the year ends, the pipeline falls short and distillate burns.
    expect(r.limits?.binding.noxTonsPerYear.firstBindingHour).not.toBeNull();
    expect(r.limits?.binding.gas.bindingHours).toBeGreaterThan(0);
    expect(r.limits?.distillate.burnedMMBtu).toBeGreaterThan(0);
    expect(r.limits?.distillate.refillDays).toBeGreaterThan(0);
  });

  it('resumes a run with a changed input from the state where the inputs part, as the whole changed year', () => {
    // A grid cut to 60 MW on day 200 from 16h to 19h (a flexible connection's curtailed hours): a
    // state taken at the start of day 200 of the uncut year resumes the cut year exactly.
    const cut = new Float64Array(HOURS_PER_YEAR).fill(110);
    for (let h = 200 * 24 + 16; h < 200 * 24 + 20; h++) cut[h] = 60;
    const uncut = dispatchYear(input(), undefined, { checkpointHour: 200 * 24 });
    const cutYear = dispatchYear(input({ gridLimitByHourMW: cut }));
    if (uncut.checkpoint === undefined) throw new Error('no checkpoint taken');
    const resumed = dispatchYear(input({ gridLimitByHourMW: cut }), undefined, { from: uncut.checkpoint });
    expect(spanFlows(resumed, HOURS_PER_YEAR - 4800)).toEqual(tail(cutYear.flows, 4800));
    expect(resumed.thermalBlocks).toEqual(cutYear.thermalBlocks);
  });

  it('stops once the battery is back to the reference run, whose hours follow from there', () => {
    const cut = new Float64Array(HOURS_PER_YEAR).fill(110);
    for (let h = 200 * 24 + 16; h < 200 * 24 + 20; h++) cut[h] = 60;
    const cutInput = input({ gridLimitByHourMW: cut });
    const reference = dispatchYear(cutInput, undefined, { checkpointHour: 200 * 24 });
    const uncut = dispatchYear(input());
    if (reference.checkpoint === undefined) throw new Error('no checkpoint taken');
    // From the cut year's state at day 200, the uncut year, stopping when the battery matches the cut year's after day 200.
    const full = dispatchYear(input(), undefined, { from: reference.checkpoint, stopWhenSame: { afterHour: 201 * 24, batterySocMWh: reference.flows.batterySocMWh } });
    const toHour = full.toHour ?? HOURS_PER_YEAR;
    // It stops within days (the battery fills or empties each day), not at the year's end.
    expect(toHour).toBeGreaterThanOrEqual(201 * 24);
    expect(toHour).toBeLessThan(210 * 24);
    expect(spanFlows(full, toHour - 4800)).toEqual(tail(uncut.flows, 4800, toHour));
    // From there on the uncut year and the cut year are the same hour for hour.
    expect(tail(uncut.flows, toHour)).toEqual(tail(reference.flows, toHour));
  });

  it('dispatches a list of hours on their own as the whole year does them, where nothing carries between hours', () => {
    const independent = input({ battery: NO_BATTERY });
    const whole = dispatchYear(independent);
    const hours = Int32Array.from([0, 17, 18, 4000, 8759]);
    const listed = dispatchYear(independent, undefined, { hours });
    for (const name of FLOW_NAMES) expect(Array.from(listed.flows[name])).toEqual(Array.from(hours, (h) => whole.flows[name][h]));
  });

  it('refuses a list of hours where state carries, a list out of order, and an output too short, naming the problem', () => {
    expect(() => dispatchYear(input(), undefined, { hours: Int32Array.from([1, 2]) })).toThrow(/a list of hours needs hours that carry no state/);
    expect(() => dispatchYear(input({ battery: NO_BATTERY }), undefined, { hours: Int32Array.from([5, 5]) })).toThrow(/hours must be ascending model hours.*hours\[1\] is 5/);
    expect(() => dispatchYear(input({ battery: NO_BATTERY }), allocateFlows(1), { hours: Int32Array.from([5, 6]) })).toThrow(/the output holds 1 hours, the span 2/);
    expect(() => dispatchYear(LIMITED, undefined, { stopWhenSame: { afterHour: 0, batterySocMWh: new Float64Array(HOURS_PER_YEAR) } })).toThrow(/stopWhenSame compares the battery alone/);
    const state = dispatchYear(input(), undefined, { checkpointHour: 10 }).checkpoint;
    if (state === undefined) throw new Error('no checkpoint taken');
    expect(() => dispatchYear(LIMITED, undefined, { from: state })).toThrow(/the state must come from a run with the same limits/);
  });

  it('resumes a followed schedule from a mid-year state with the whole year’s flows', () => {
    const schedule = {
      gridImportMW: series((h) => 80 + (h % 24)),
      thermalMWByTechnology: { [UNIT.id]: series((h) => 20 + (h % 5)) },
      batteryChargeMW: series((h) => (h % 24 < 6 ? 15 : 0)),
      batteryDischargeMW: series((h) => (h % 24 >= 18 ? 15 : 0)),
      batteryInitialSocFraction: 0.3,
    };
    const whole = followSchedule(LIMITED, schedule, undefined, { checkpointHour: 3001 });
    if (whole.checkpoint === undefined) throw new Error('no checkpoint taken');
    const resumed = followSchedule(LIMITED, schedule, undefined, { from: whole.checkpoint });
    expect(spanFlows(resumed, HOURS_PER_YEAR - 3001)).toEqual(tail(whole.flows, 3001));
    expect(resumed.thermalBlocks).toEqual(whole.thermalBlocks);
    expect(resumed.limits).toEqual(whole.limits);
  });
});
