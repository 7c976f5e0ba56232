import { describe, expect, it } from 'vitest';
import { loadBundledSites } from '../../../src/main/bundled-sites';
import { ModelRunner } from '../../../src/main/model/runner';
import { BUILT_IN_SCENARIOS, resolveScenario } from '../../../src/power-model/scenarios/index';

const GRID_SCENARIOS = ['grid-only', 'btm-gas', 'hybrid'] as const;

describe('grid charges of every bundled site', () => {
  const sites = loadBundledSites();
  const runner = new ModelRunner();

  it.each(sites.map((s) => s.id))('%s: no grid-connected scenario gets firm grid capacity for nothing', (siteId) => {
    const site = sites.find((s) => s.id === siteId);
    if (!site) throw new Error(`no site ${siteId}`);
    for (const id of GRID_SCENARIOS) {
      const s = runner.simulate(site, resolveScenario(BUILT_IN_SCENARIOS[id])).summary;
      const lines = s.annualCostLinesUSDPerYear;
      if (s.gridImportLimitMW > 0) {
        // A positive transmission, capacity or standby line, whatever the grid delivered.
        expect(lines.transmissionUSDPerYear + lines.capacityUSDPerYear + lines.standbyUSDPerYear, `${siteId} × ${id}`).toBeGreaterThan(0);
        expect(s.coincidentPeakSource, `${siteId} × ${id}`).toMatch(/hours of (ERCO|PJM|MISO) load of 2019/);
      } else {
        expect(lines.transmissionUSDPerYear + lines.standbyUSDPerYear, `${siteId} × ${id}`).toBe(0);
      }
      // The sheet's lines are the tariff's lines.
      const byId = (lineId: string) => s.gridCharges.filter((l) => l.id === lineId).reduce((sum, l) => sum + l.costUSDPerYear, 0);
      expect(lines.transmissionUSDPerYear).toBeCloseTo(byId('transmission'), 3);
      expect(lines.standbyUSDPerYear).toBeCloseTo(byId('standby'), 3);
    }
  }, 120_000);
});
