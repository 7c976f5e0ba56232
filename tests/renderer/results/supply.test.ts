import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/api/schemas/scenario';
import { ScenarioSchema } from '../../../src/api/schemas/scenario';
import { editedScenario, parseSupply, type SupplyDraft } from '../../../src/renderer/results/supply';
import { resolveScenario } from '../../../src/power-model/scenarios/resolve';
import { BUILT_IN_SCENARIOS } from '../../../src/power-model/scenarios/built-in';

const draft: SupplyDraft = { gasMW: '300', solarMWac: '-1', batteryMW: 'abc', batteryMWh: '', gridLimitMW: '800', flexibleMW: '200', curtailCostUSDPerMWh: '1300', strategy: 'economic' };

describe('supply edits', () => {
  it('parses only the changed fields and names what is wrong with each', () => {
    const { values, errors } = parseSupply(draft, new Set(['gasMW', 'solarMWac', 'batteryMW', 'batteryMWh']));
    expect(values).toEqual({ gasMW: 300 });
    expect(errors).toEqual({ solarMWac: 'must be ≥ 0', batteryMW: 'must be a number', batteryMWh: 'must be a number' });
  });

  it('turns the hybrid built-in with typed gas, solar and battery into a valid scenario the engine resolves to those sizes', () => {
    const hybrid: Scenario = BUILT_IN_SCENARIOS.hybrid;
    const edited = editedScenario(hybrid, { gasMW: 300, solarMWac: 500, batteryMW: 100 }, 'btm-first', { id: 'abilene-edited', name: 'edited' });
    expect(ScenarioSchema.safeParse(edited).success).toBe(true);
    const resolved = resolveScenario(edited);
    expect(resolved.strategy).toBe('btm-first');
    expect(resolved.btm.thermal).toEqual([{ technology: 'gas-ct-aeroderivative', capacityMW: 300 }]);
    expect(resolved.btm.solarMWac).toBe(500);
    expect(resolved.btm.solarPeakMultiple).toBeUndefined();
    // Power given, duration kept: the engine makes 100 MW × 4 h.
    expect(resolved.btm.battery).toEqual({ powerMW: 100, durationHours: 4 });
  });

  it('removes the gas fleet at 0 MW and sets a grid limit only when typed', () => {
    const edited = editedScenario(BUILT_IN_SCENARIOS['btm-gas'], { gasMW: 0 }, 'grid-first', { id: 'x-edited', name: 'x' });
    expect(edited.btm?.thermal).toEqual([]);
    expect(edited.grid?.importLimitMW).toBeUndefined();
    expect(editedScenario(BUILT_IN_SCENARIOS['btm-gas'], { gridLimitMW: 250 }, 'grid-first', { id: 'x-edited', name: 'x' }).grid?.importLimitMW).toBe(250);
  });

  it('sets firm and flexible grid MW and the workload curtailment cost as the scenario\'s grid fields, which the engine accepts', () => {
    const edited = editedScenario(BUILT_IN_SCENARIOS.hybrid, { gridLimitMW: 600, flexibleMW: 400, curtailCostUSDPerMWh: 900 }, 'grid-first', { id: 'x-edited', name: 'x' });
    expect(ScenarioSchema.safeParse(edited).success).toBe(true);
    expect(resolveScenario(edited).grid).toMatchObject({ importLimitMW: 600, flexibleMW: 400, workloadCurtailmentUSDPerMWh: 900 });
  });
});
