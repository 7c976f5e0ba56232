import { describe, expect, it } from 'vitest';
import type { SiteRateImpactResponse } from '../../../src/api/schemas/site-rate-impact';
import { servicesPerTest } from '../../helpers/services';

const svc = servicesPerTest();

async function rateImpact(request: unknown): Promise<SiteRateImpactResponse> {
  const envelope = await svc.get().registry.dispatch('rateImpact:site', request);
  if (!envelope.ok) throw new Error(`${envelope.error.code} at ${envelope.error.path}: ${envelope.error.message}`);
  return envelope.value as SiteRateImpactResponse;
}

describe('rateImpact:site', () => {
  it('answers grid-only, hybrid and islanded under 4CP and average-and-excess by default', async () => {
    const out = await rateImpact({ siteId: 'lordstown' });
    expect(out.scenarioIds).toEqual(['grid-only', 'hybrid', 'islanded']);
    expect(out.methods).toEqual(['4CP', 'average-and-excess']);
    expect(out.cases.map((c) => `${c.scenarioId}/${c.method}`)).toEqual([
      'grid-only/4CP',
      'grid-only/average-and-excess',
      'hybrid/4CP',
      'hybrid/average-and-excess',
      'islanded/4CP',
      'islanded/average-and-excess',
    ]);
    expect(out.utility.structure).toBe('restructured');
    const bills = out.cases.filter((c) => c.method === '4CP').map((c) => c.residential.billChangeUSDPerMonth.value);
    expect(new Set(bills).size).toBe(3);
    expect(out.sources['capacityMarket.obligationMW']).toMatch(/https:\/\//);
    expect(out.estimates['capacityMarket.priceIncreaseUSDPerMWDayPerGW']).toBeDefined();
  });

  it('runs a saved scenario: halving the interconnection lowers the contract the minimum bill applies to', async () => {
    const saved = await svc.get().registry.dispatch('scenarios:save', { scenario: { id: 'half-grid', name: 'Half grid', base: 'grid-only', grid: { importLimitMW: 692 } }, siteId: 'saline' });
    expect(saved.ok).toBe(true);
    const out = await rateImpact({ siteId: 'saline', scenarioIds: ['grid-only', 'half-grid'], methods: ['12CP'] });
    const [full, half] = out.cases;
    expect(full?.load.contractMW).toBe(1383);
    expect(half?.load.contractMW).toBe(692);
    // Billed demand under DTE's 80 % minimum can be no less than 0.8 × 692 MW.
    expect(half?.largeLoad.billedDemandMW.value).toBeGreaterThanOrEqual(0.8 * 692 - 1e-9);
    expect(half?.residential.billChangeUSDPerMonth.value).not.toBeCloseTo(full?.residential.billChangeUSDPerMonth.value ?? 0, 2);
  });

  it('refuses an unknown scenario and an unknown site, naming the field', async () => {
    expect(await svc.get().registry.dispatch('rateImpact:site', { siteId: 'saline', scenarioIds: ['grid-only', 'no-such-plan'] })).toMatchObject({ ok: false, error: { code: 'not-found', path: 'scenarioIds.1' } });
    expect(await svc.get().registry.dispatch('rateImpact:site', { siteId: 'atlantis' })).toMatchObject({ ok: false, error: { code: 'not-found', path: 'siteId' } });
    expect(await svc.get().registry.dispatch('rateImpact:site', { siteId: 'saline', scenarioIds: [] })).toMatchObject({ ok: false, error: { code: 'invalid-request', path: 'scenarioIds' } });
  });
});
