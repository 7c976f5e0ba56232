import { describe, expect, it } from 'vitest';
import { loadSites } from '../../../src/main/data/load-sites';
import { ModelRunner } from '../../../src/main/model/runner';
import { checkInvariants } from '../../../src/power-model/invariants';
import { builtInScenarios } from '../../../src/power-model/scenarios/resolve';

const { sites } = loadSites();
const runner = new ModelRunner();

describe('every bundled site under every built-in scenario', () => {
  it('finds the bundled sites', () => {
    expect(sites.length).toBeGreaterThanOrEqual(8);
  });

  for (const site of sites) {
    it(`holds every hourly invariant at ${site.id}`, () => {
      for (const scenario of builtInScenarios()) {
        const result = runner.simulate(site, scenario);
        // supply + unserved = load (1e-6 MW), import ≤ limit, SoC in bounds, cost lines add up.
        const report = checkInvariants(result);
        expect(report, `${site.id} × ${scenario.id}`).toMatchObject({ ok: true, socViolationHours: 0 });
        expect(report.maxBalanceErrorMW).toBeLessThan(1e-6);
        expect(Number.isFinite(result.summary.lcoeUSDPerMWh)).toBe(true);
      }
    });
  }
});
