import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/api/schemas/scenario';
import { parsePermitFuel, permitFuelDraft } from '../../../src/renderer/results/permit-fuel';

const FROM: Scenario = { id: 'abilene-edited', name: 'Edited', base: 'btm-gas', permits: { noxTonsPerYear: 249, scr: true }, fuel: { pipelineMMBtuPerDay: 200_000, service: 'interruptible', interruptBelowC: -8 } };

describe('permit and gas-supply inputs', () => {
  it('start from what the scenario sets, blank where it sets no limit', () => {
    const d = permitFuelDraft(FROM);
    expect(d).toMatchObject({ noxTonsPerYear: '249', hoursPerUnit: '', scr: true, order: 'chronological', pipelineMMBtuPerDay: '200000', service: 'interruptible', distillateHoursAtFullLoad: '' });
  });

  it('make the scenario fields from the typed text, keeping the fields the workbench does not show', () => {
    const r = parsePermitFuel({ ...permitFuelDraft(FROM), noxTonsPerYear: '40', hoursPerUnit: ' 3000 ', distillateHoursAtFullLoad: '12', order: 'priority' }, FROM);
    expect(r.errors).toEqual({});
    expect(r.permits).toEqual({ scr: true, order: 'priority', noxTonsPerYear: 40, hoursPerUnit: 3000 });
    expect(r.fuel).toEqual({ service: 'interruptible', interruptBelowC: -8, pipelineMMBtuPerDay: 200_000, distillateHoursAtFullLoad: 12 });
  });

  it('name the field and the problem in the scenario schema’s words', () => {
    const r = parsePermitFuel({ ...permitFuelDraft(FROM), noxTonsPerYear: '-1', coTonsPerYear: 'lots', hoursPerUnit: '9000' }, FROM);
    expect(r.errors.noxTonsPerYear).toBe('must be between 0 and 10000000');
    expect(r.errors.coTonsPerYear).toBe('must be a number');
    expect(r.errors.hoursPerUnit).toBe('must be between 0 and 8784');
  });

  it('refuse interruptible service without a pipeline capacity, on the service field', () => {
    const r = parsePermitFuel({ ...permitFuelDraft(FROM), pipelineMMBtuPerDay: '' }, FROM);
    expect(r.errors.service).toMatch(/interruptible service needs a pipeline capacity/);
  });
});
