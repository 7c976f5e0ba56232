import { beforeAll, describe, expect, it, vi } from 'vitest';
import { loadBundledSites } from '../../../src/main/bundled-sites';
import { ModelRunner } from '../../../src/main/model/runner';
import { allocateFlows } from '../../../src/power-model/dispatch/flows';
import { flexibleReadout } from '../../../src/power-model/grid/flexible-readout';
import type { simulateFlexible as SimulateFlexible } from '../../../src/power-model/grid/flexible-simulation';
import { HOURS_PER_YEAR } from '../../../src/power-model/hours';
import { resolveScenario } from '../../../src/power-model/scenarios/resolve';
import type { ScenarioSpec } from '../../../src/power-model/scenarios/types';
import { loadSheetMath } from '../../../src/power-model/sheets/index';
import { simulateSite } from '../../../src/power-model/simulate';

/**
 * The counterfactual of the flexible readout is dispatched only where it can differ from the
 * dispatch (flexible-simulation.ts: the curtailed hours alone, or from the first curtailed day
 * until the battery is back). Here each readout of a bundled site's year is checked, field by
 * field, against the readout against the counterfactual dispatched over the whole year — the way
 * it was done before — with the same dispatch run and input simulateSite used (recorded below).
 */
type Call = { args: Parameters<typeof SimulateFlexible>; result: ReturnType<typeof SimulateFlexible> };
const calls = vi.hoisted(() => [] as Call[]);
vi.mock('../../../src/power-model/grid/flexible-simulation', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/power-model/grid/flexible-simulation')>();
  return {
    ...original,
    simulateFlexible: (...args: Parameters<typeof SimulateFlexible>) => {
      const result = original.simulateFlexible(...args);
      calls.push({ args, result });
      return result;
    },
  };
});

const FLEXIBLE = { importLimitMW: 840, flexibleMW: 360, flexibleQueueMonths: 0 };
const CASES: [string, Omit<ScenarioSpec, 'id' | 'name'>][] = [
  ['hybrid (economic, a 4-hour battery)', { base: 'hybrid', grid: FLEXIBLE }],
  ['hybrid, grid-first', { base: 'hybrid', strategy: 'grid-first', grid: FLEXIBLE }],
  ['hybrid, peak-shave, 500 firm + 700 flexible', { base: 'hybrid', strategy: 'peak-shave', grid: { ...FLEXIBLE, importLimitMW: 500, flexibleMW: 700 } }],
  ['btm-gas (no battery: the curtailed hours alone)', { base: 'btm-gas', grid: FLEXIBLE }],
  ['hybrid under a NOx budget (permit-limited: resumed to the year end)', { base: 'hybrid', grid: FLEXIBLE, permits: { noxTonsPerYear: 40 } }],
  ['btm-gas under hours per unit spent in priority order (the reservation: the whole year)', { base: 'btm-gas', grid: FLEXIBLE, permits: { hoursPerUnit: 3000, order: 'priority' } }],
  ['hybrid with a short pipeline, gas storage and distillate', { base: 'hybrid', grid: FLEXIBLE, fuel: { pipelineMMBtuPerDay: 60_000, storageHoursAtFullLoad: 12, distillateHoursAtFullLoad: 24 } }],
  ['hybrid with listed curtailment hours across the year', { base: 'hybrid', grid: { ...FLEXIBLE, flexibleCurtailmentHours: [10, 11, 12, 4000, 4001, 8759] } }],
];

let model: ReturnType<ModelRunner['prepare']>['model'];
let cache: ReturnType<ModelRunner['prepare']>['cache'];

beforeAll(async () => {
  await loadSheetMath();
  const site = loadBundledSites().find((s) => s.id === 'abilene');
  if (!site) throw new Error('bundled site abilene missing');
  ({ model, cache } = new ModelRunner().prepare(site));
}, 120_000);

describe('the flexible readout of Abilene (ERCOT), counterfactual dispatched in part', () => {
  for (const [name, spec] of CASES) {
    it(`equals the readout against the whole-year counterfactual, field by field: ${name}`, () => {
      const sim = simulateSite(model, resolveScenario({ id: 'flex', name, ...spec }), cache);
      const call = calls.at(-1);
      if (call === undefined) throw new Error('simulateFlexible was not called');
      const [, , input, run] = call.args;
      const readout = call.result.readout;
      if (readout === null || !readout.inService) throw new Error('the flexible part is in service from the planning year');
      expect(sim.summary.flexibleConnection).toBe(readout);
      expect(readout.curtailedHours).toBeGreaterThan(0);
      const curtailed = new Uint8Array(HOURS_PER_YEAR);
      for (const h of readout.curtailedHourList) curtailed[h] = 1;
      const wholeYear = run({ ...input, gridLimitMW: readout.firmMW + readout.flexibleMW }, allocateFlows());
      const { firmMW, flexibleMW, onlineYear, rule, workloadCurtailmentUSDPerMWh, workloadCurtailmentSource } = readout;
      const expected = flexibleReadout(sim.flows, wholeYear.flows, curtailed, { firmMW, flexibleMW, onlineYear, rule, workloadCurtailmentUSDPerMWh, workloadCurtailmentSource });
      for (const field of Object.keys(expected) as (keyof typeof expected)[]) expect({ field, value: readout[field] }).toEqual({ field, value: expected[field] });
      expect(readout).toEqual(expected);
    }, 60_000);
  }

  it('has limits that bind in the permit-limited case and a battery that covers curtailed hours', () => {
    const limited = simulateSite(model, resolveScenario({ id: 'nox', name: 'nox', base: 'hybrid', grid: FLEXIBLE, permits: { noxTonsPerYear: 40 } }), cache);
    expect(limited.summary.permits.budgets.find((b) => b.budget === 'noxTonsPerYear')?.bindingHours).toBeGreaterThan(0);
    const hybrid = simulateSite(model, resolveScenario({ id: 'h', name: 'h', base: 'hybrid', grid: FLEXIBLE }), cache);
    expect(hybrid.summary.batteryPowerMW).toBeGreaterThan(0);
  }, 60_000);
});
