import { describe, expect, it } from 'vitest';
import { dispatchYear } from '../../../src/power-model/dispatch/dispatch';
import { allocateFlows } from '../../../src/power-model/dispatch/flows';
import type { DispatchFlows, DispatchInput } from '../../../src/power-model/dispatch/types';
import { DEFAULT_ENERGIZE_VALUE, hourlyGridLimitMW, seriesServableLevels, systemRuleHours, validateFlexibleGrid } from '../../../src/power-model/grid/flexible';
import { flexibleReadout } from '../../../src/power-model/grid/flexible-readout';
import { flexibleSupply, hoursIndependent, simulateFlexible, type DispatchRun } from '../../../src/power-model/grid/flexible-simulation';
import type { GridSpec } from '../../../src/power-model/grid/supply';
import { systemLoadYear } from '../../../src/power-model/grid/tariff';
import { HOURS_PER_YEAR } from '../../../src/power-model/hours';
import { ModelInputError } from '../../../src/power-model/input-error';
import { buildThermalFleet } from '../../../src/power-model/thermal/fleet';
import { AERO_CT } from '../simulate-fixture';
import { JAN_10_08H, JULY_1_15H, syntheticSystem } from './flexible-fixture';

const series = syntheticSystem();
const system = systemLoadYear({ series, systemYear: 2019, siteUtcOffsetHours: -6 }, 2019);

function curtailedHoursOf(mask: Uint8Array): number[] {
  const out: number[] = [];
  mask.forEach((v, h) => {
    if (v === 1) out.push(h);
  });
  return out;
}

describe('curtailment hours of a flexible connection', () => {
  it('reads the servable levels of the whole series as Duke defines them', () => {
    // Hand: winter max 1,050 (Jan 10), summer max 1,100 (Jul 1), shoulder the higher of the two.
    expect(seriesServableLevels(series)).toEqual({ winterMW: 1050, summerMW: 1100, shoulderMW: 1100 });
  });

  it('curtails the hours where system load plus the flexible MW passes the servable level', () => {
    // 40 MW: Jan 10 08h (1,050 + 40 > 1,050), Jul 1 15h–17h (1,100 / 1,080 / 1,100 + 40 > 1,100); every 1,000 MW hour keeps room (≥ 50 MW).
    expect(curtailedHoursOf(systemRuleHours(system, seriesServableLevels(series), 40).curtailed)).toEqual([JAN_10_08H, JULY_1_15H, JULY_1_15H + 1, JULY_1_15H + 2]);
    // 15 MW: the 1,080 MW hour keeps room (1,095 ≤ 1,100).
    expect(curtailedHoursOf(systemRuleHours(system, seriesServableLevels(series), 15).curtailed)).toEqual([JAN_10_08H, JULY_1_15H, JULY_1_15H + 2]);
  });

  it('limits import to the firm MW in curtailed hours and to firm plus flexible in the others', () => {
    const mask = new Uint8Array(HOURS_PER_YEAR);
    mask[5] = 1;
    const limit = hourlyGridLimitMW(60, 40, mask);
    expect([limit[4], limit[5], limit[6]]).toEqual([100, 60, 100]);
  });

  it('refuses a flexible MW, a cost or a listed hour out of range, naming the field', () => {
    expect(() => validateFlexibleGrid({ flexibleMW: -1 })).toThrow(/grid\.flexibleMW: must be between 0/);
    expect(() => validateFlexibleGrid({ workloadCurtailmentUSDPerMWh: 2e6 })).toThrow(/grid\.workloadCurtailmentUSDPerMWh/);
    expect(() => validateFlexibleGrid({ flexibleCurtailmentHours: [3, 8760] })).toThrow(/grid\.flexibleCurtailmentHours\.1: must be a model hour/);
    expect(() => validateFlexibleGrid({ flexibleQueueMonths: 300 })).toThrow(ModelInputError);
  });
});

describe('a campus riding through its flexible curtailment (hand-worked)', () => {
  // Flat 100 MW campus, firm 60 + flexible 40 MW, grid-first, grid 50 USD/MWh flat.
  // Battery 10 MW / 20 MWh, full at hour 0, round trip 1 (no loss), never recharged (no solar, grid-first).
  // One 15 MW gas unit, heat rate 10,000 Btu/kWh at every load (no part-load penalty), gas 4 USD/MMBtu, no VOM, no outages.
  const tech = { ...AERO_CT, unitSizeMW: 15, heatRateBtuPerKWh: 10_000, partLoadHeatRateBtuPerKWh: 10_000, forcedOutageRate: 0, variableOMUSDPerMWh: 0 };
  const input: DispatchInput = {
    strategy: 'grid-first',
    facilityMW: new Float64Array(HOURS_PER_YEAR).fill(100),
    solarMW: new Float64Array(HOURS_PER_YEAR),
    gridLimitMW: 60,
    gridPriceUSDPerMWh: new Float64Array(HOURS_PER_YEAR).fill(50),
    gridCarbonKgPerMWh: 0,
    peakShaveCapMW: 0,
    thermal: buildThermalFleet([{ technology: tech, units: 1, orderYear: 2000 }], 2019, 4),
    battery: { powerMW: 10, energyMWh: 20, roundTripEfficiency: 1, minSocFraction: 0, maxSocFraction: 1, initialSocFraction: 1 },
    gasPriceUSDPerMMBtu: 4,
  };
  const grid: GridSpec = {
    poiSchedule: [{ year: 2000, mw: 60 }],
    importAllowed: true,
    price: { kind: 'flat', energyUSDPerMWh: 50 },
    demandChargeUSDPerKWMonth: 0,
    minimumDemandFraction: 0,
    capacityPriceUSDPerMWDay: 0,
    transmissionUpgradeUSD: 0,
    upgradePaidBy: 'load',
    carbonKgPerMWh: 0,
    systemLoad: { series, systemYear: 2019, siteUtcOffsetHours: -6 },
  };
  const run: DispatchRun = (i, out, span) => dispatchYear(i, out, span);
  const result = simulateFlexible({ flexibleMW: 40, workloadCurtailmentUSDPerMWh: 1000, flexibleQueueMonths: 12 }, { grid, firmMW: 60, year: 2019, planningYear: 2017, system }, input, run, allocateFlows());
  const r = result.readout;

  it('covers each curtailed hour from the battery, then gas, then by curtailing the workload', () => {
    // In each of the 4 curtailed hours the grid gives 60 of 100 MW; 40 MW is left.
    // Jan 10 08h: battery 10 (20 → 10 MWh), gas 15, workload 15. Jul 1 15h: battery 10 (→ 0), gas 15, workload 15.
    // Jul 1 16h and 17h: battery empty, gas 15, workload 25 each.
    const f = result.dispatch.flows;
    const at = (h: number) => [f.gridToLoadMW[h], f.batteryToLoadMW[h], f.thermalToLoadMW[h], f.unservedMW[h]];
    expect(at(JAN_10_08H)).toEqual([60, 10, 15, 15]);
    expect(at(JULY_1_15H)).toEqual([60, 10, 15, 15]);
    expect(at(JULY_1_15H + 1)).toEqual([60, 0, 15, 25]);
    expect(at(JULY_1_15H + 2)).toEqual([60, 0, 15, 25]);
    // Every other hour the full 100 MW comes from the grid.
    expect(at(JAN_10_08H + 1)).toEqual([100, 0, 0, 0]);
  });

  it('reads out hours, energy, what covered it and its cost', () => {
    expect(r).not.toBeNull();
    if (!r) return;
    expect(r.curtailedHours).toBe(4);
    expect(r.curtailedHourList).toEqual([JAN_10_08H, JULY_1_15H, JULY_1_15H + 1, JULY_1_15H + 2]);
    expect(r.events).toBe(2);
    // 4 hours × 40 MW the flexible part would have carried.
    expect(r.curtailedEnergyMWh).toBeCloseTo(160, 9);
    expect(r.batteryMWh).toBeCloseTo(20, 9);
    expect(r.thermalMWh).toBeCloseTo(60, 9);
    expect(r.workloadCurtailedMWh).toBeCloseTo(80, 9);
    // All four hours leave workload unserved that the full connection would have served; none is unserved at VOLL.
    expect(r.workloadCurtailedHours).toBe(4);
    expect(r.unservedHours).toBe(0);
    // On-site cost: 60 MWh × 10 MMBtu/MWh × 4 USD = 2,400 of gas less 160 MWh × 50 USD = 8,000 of grid energy → −5,600.
    expect(r.onsiteCostUSD).toBeCloseTo(-5600, 6);
    // Workload: 80 MWh × 1,000 USD/MWh = 80,000; total 74,400.
    expect(r.workloadCurtailmentCostUSD).toBeCloseTo(80_000, 6);
    expect(r.costUSD).toBeCloseTo(74_400, 6);
  });

  it('gives the readout measured against the counterfactual dispatched over the whole year, with a battery and without one', () => {
    // Without a battery the counterfactual is dispatched on the curtailed hours alone; with one, from
    // the first curtailed day until the battery is back to the dispatch's; a run that takes no span
    // (as the permit reservation), over the whole year. Each way the readout must be exactly the one
    // against a whole-year counterfactual.
    const solarMW = Float64Array.from({ length: HOURS_PER_YEAR }, (_, h) => (h % 24 >= 8 && h % 24 < 17 ? 30 : 0));
    for (const [battery, independent] of [
      [input.battery, false],
      [{ ...input.battery, powerMW: 0, energyMWh: 0 }, true],
    ] as const) {
      for (const strategy of ['grid-first', 'economic'] as const) {
        const i: DispatchInput = { ...input, battery, strategy, solarMW };
        expect(hoursIndependent(i)).toBe(independent);
        const wholeYear = dispatchYear({ ...i, gridLimitMW: 100 }, allocateFlows());
        for (const runOf of [run, (j: DispatchInput, out: DispatchFlows | undefined) => dispatchYear(j, out)] satisfies DispatchRun[]) {
          const sim = simulateFlexible({ flexibleMW: 40, workloadCurtailmentUSDPerMWh: 1000, flexibleQueueMonths: 12 }, { grid, firmMW: 60, year: 2019, planningYear: 2017, system }, i, runOf, allocateFlows());
          const readout = sim.readout;
          if (readout === null) throw new Error('the flexible part is in service');
          const curtailed = new Uint8Array(HOURS_PER_YEAR);
          for (const h of readout.curtailedHourList) curtailed[h] = 1;
          const { firmMW, flexibleMW, onlineYear, rule, workloadCurtailmentUSDPerMWh, workloadCurtailmentSource } = readout;
          expect(readout).toEqual(flexibleReadout(sim.dispatch.flows, wholeYear.flows, curtailed, { firmMW, flexibleMW, onlineYear, rule, workloadCurtailmentUSDPerMWh, workloadCurtailmentSource }));
          expect(readout.curtailedHours).toBe(4);
        }
      }
    }
  });

  it('dispatches exactly as a firm connection when no flexible MW is in service', () => {
    const firm = dispatchYear(input, allocateFlows());
    const none = simulateFlexible({ flexibleMW: 0 }, { grid, firmMW: 60, year: 2019, planningYear: 2017, system }, input, run, allocateFlows());
    expect(none.readout).toBeNull();
    expect(none.dispatch.flows).toEqual(firm.flows);
    // Queued 36 months from 2017: energized 2020, so in 2019 the dispatch is the firm one and the readout says when.
    const late = simulateFlexible({ flexibleMW: 40, flexibleQueueMonths: 36 }, { grid, firmMW: 60, year: 2019, planningYear: 2017, system }, input, run, allocateFlows());
    expect(late.dispatch.flows).toEqual(firm.flows);
    expect(late.readout).toMatchObject({ inService: false, onlineYear: 2020, curtailedHours: 0, costUSD: 0 });
  });

  it('curtails a listed hour in place of the system rule', () => {
    const listed = simulateFlexible({ flexibleMW: 40, flexibleCurtailmentHours: [100, 101] }, { grid, firmMW: 60, year: 2019, planningYear: 2017, system: null }, input, run, allocateFlows());
    expect(listed.readout?.curtailedHours).toBe(2);
    expect(listed.readout?.events).toBe(1);
  });

  it('refuses a flexible connection with neither a system load nor a list of hours', () => {
    expect(() => simulateFlexible({ flexibleMW: 40 }, { grid: { ...grid, systemLoad: undefined } as GridSpec, firmMW: 60, year: 2019, planningYear: 2017, system: null }, input, run, allocateFlows())).toThrow(/grid\.flexibleMW: a flexible connection needs the host system load/);
  });

  it('puts the flexible MW on its own time-to-power path from its queue year', () => {
    expect(flexibleSupply({ flexibleMW: 40, flexibleQueueMonths: 18 }, true, 2025)).toEqual([{ path: 'grid-flexible', year: 2027, mw: 40 }]);
    expect(flexibleSupply({ flexibleMW: 40 }, false, 2025)).toEqual([]);
  });
});

describe('the default value of energizing earlier', () => {
  it('is the margin a month of delay loses, not the gross value of the compute', () => {
    // By hand, per MW at the meter and month: gross 1,300 USD/MWh × 730 h × 0.8 = 759,200; GPUs
    // 666.67 × 35,000 = 23,333,333 USD written off over 60 months = 388,889 and financed at 8%/yr on
    // half of it = 77,778; energy 584 MWh × 60 = 35,040. 759,200 − 501,707 = 257,493 (to 1 USD).
    expect(DEFAULT_ENERGIZE_VALUE.usdPerMWMonth).toBeCloseTo(257_493, 0);
    expect(DEFAULT_ENERGIZE_VALUE.estimate).toBe(true);
  });
});
