import { describe, expect, it } from 'vitest';
import type { FlexibleReadout } from '../../../src/power-model/grid/flexible-readout';
import { runCliCaptured as cli } from '../../helpers/cli';

describe('stargrid simulate with a flexible grid connection', () => {
  it('sets firm, flexible and the curtailment cost from flags and carries the readout in the JSON', async () => {
    const { code, stdout } = await cli(['simulate', '--site', 'abilene', '--firm-mw', '840', '--flexible-mw', '360', '--curtail-cost', '2000', '--flexible-queue-months', '0', '--json']);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as { summary: { scenarioId: string; gridImportLimitMW: number; flexibleConnection: FlexibleReadout }; invariants: { ok: boolean } };
    expect(out.summary.scenarioId).toBe('grid-only-grid');
    expect(out.summary.gridImportLimitMW).toBe(840);
    const r = out.summary.flexibleConnection;
    expect(r).toMatchObject({ firmMW: 840, flexibleMW: 360, workloadCurtailmentUSDPerMWh: 2000 });
    expect(r.curtailedHours).toBeGreaterThan(0);
    // Grid-only: no gas, no battery, so every curtailed MWh is workload not run, at 2,000 USD/MWh.
    expect(r.workloadCurtailedMWh).toBeCloseTo(r.curtailedEnergyMWh, 6);
    expect(r.workloadCurtailmentCostUSD).toBeCloseTo(2000 * r.workloadCurtailedMWh, 3);
    expect(out.invariants.ok).toBe(true);
  }, 120_000);

  it('prints the curtailment readout in the text report', async () => {
    const { code, stdout } = await cli(['simulate', '--site', 'abilene', '--firm-mw', '840', '--flexible-mw', '360', '--flexible-queue-months', '0']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/flexible grid: 840 MW firm \+ 360 MW flexible \(from 2026\); curtailed \d+ h in \d+ event\(s\)/);
  }, 120_000);

  it('refuses a negative flexible MW naming the scenario field, and a flag that is not a number', async () => {
    const bad = await cli(['simulate', '--site', 'abilene', '--flexible-mw=-5']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/flexibleMW/);
    const nan = await cli(['simulate', '--site', 'abilene', '--curtail-cost', 'lots']);
    expect(nan.code).not.toBe(0);
    expect(nan.stderr).toMatch(/--curtail-cost: must be a number, got "lots"/);
  }, 120_000);
});
