import { describe, expect, it } from 'vitest';
import type { HostUtilityResponse } from '../../../src/api/schemas/host-utility-edit';
import type { SiteRateImpactCase, SiteRateImpactResponse } from '../../../src/api/schemas/site-rate-impact';
import { servicesPerTest } from '../../helpers/services';

const svc = servicesPerTest();
const SALES = 'utility.classes.0.salesMWh';

/** Saline, grid-only, 12CP: DTE does not pass capacity-market prices to households (data/rate-impact/saline.json), so the rate change is ΔRR_res / sales alone. */
async function salineCase(): Promise<{ response: SiteRateImpactResponse; item: SiteRateImpactCase }> {
  const response = await svc.call<SiteRateImpactResponse>('rateImpact:site', { siteId: 'saline', scenarioIds: ['grid-only'], methods: ['12CP'] });
  const item = response.cases[0];
  if (!item) throw new Error('no case');
  return { response, item };
}

describe('hostUtility:get', () => {
  it('lists the bundled numbers by dotted path, with no edits at first', async () => {
    const out = await svc.call<HostUtilityResponse>('hostUtility:get', { siteId: 'saline' });
    expect(out.edits).toEqual([]);
    // data/rate-impact/saline.json: class 0 is residential with 16,630,000 MWh, marked an estimate under `utility.classes`.
    const sales = out.fields.find((f) => f.path === SALES);
    expect(sales).toMatchObject({ value: 16_630_000, bundledValue: 16_630_000, edited: false });
    expect(sales?.estimate).toMatch(/class split/);
    expect(out.merged).toEqual(out.bundled);
  });
});

describe('hostUtility:set feeds rateImpact:site', () => {
  it('moves the residential rate change as ΔRR / sales with the edited sales, and marks the figure user-edited, not an estimate', async () => {
    const before = (await salineCase()).item;
    expect(before.trace['residential.residentialSalesMWh']).toMatchObject({ value: 16_630_000, estimate: true });

    const set = await svc.call<HostUtilityResponse>('hostUtility:set', { siteId: 'saline', path: SALES, value: 20_000_000, note: 'EIA-861 2023 check' });
    expect(set.edits).toEqual([{ path: SALES, value: 20_000_000, note: 'EIA-861 2023 check' }]);
    // The section mark on utility.classes is split: the sibling figures stay estimates.
    expect(set.fields.find((f) => f.path === SALES)).toMatchObject({ value: 20_000_000, bundledValue: 16_630_000, edited: true, estimate: null });
    expect(set.fields.find((f) => f.path === 'utility.classes.0.customers')?.estimate).toMatch(/class split/);

    const { response, item } = await salineCase();
    expect(response.sources[SALES]).toBe('user-edited: EIA-861 2023 check (the bundled file has 16630000)');
    // An input not marked an estimate carries its bare path as source and no estimate flag (sheet-helpers.ts).
    expect(item.trace['residential.residentialSalesMWh']).toMatchObject({ value: 20_000_000, source: SALES });
    expect(item.trace['residential.residentialSalesMWh']?.estimate).toBeUndefined();
    // residential sheet: rate change (¢/kWh) = 100 × ΔRR_res / sales_res(MWh) / 1000 + 0 (no capacity pass-through).
    const deltaRR = item.residential.revenueRequirementChangeUSD.value ?? NaN;
    expect(item.residential.rateChangeCentsPerKWh.value).toBeCloseTo((100 * deltaRR) / 20_000_000 / 1000, 12);
    expect(item.residential.rateChangeCentsPerKWh.value).not.toBeCloseTo(before.residential.rateChangeCentsPerKWh.value ?? NaN, 6);
  });

  it('doubles the household bill change at the same rate change when the typical use doubles', async () => {
    const before = (await salineCase()).item;
    await svc.call('hostUtility:set', { siteId: 'saline', path: 'utility.typicalResidentialKWhPerMonth', value: 1352 });
    const after = (await salineCase()).item;
    // Δbill = Δrate / 100 × kWh per month: 676 → 1,352 kWh doubles it; the rate change does not depend on it here.
    expect(after.residential.rateChangeCentsPerKWh.value).toBeCloseTo(before.residential.rateChangeCentsPerKWh.value ?? NaN, 12);
    expect(after.residential.billChangeUSDPerMonth.value).toBeCloseTo(2 * (before.residential.billChangeUSDPerMonth.value ?? NaN), 9);
  });
});

describe('hostUtility:set refuses bad edits and saves nothing', () => {
  it.each([
    ['a path that is no number of the file', 'utility.classes.0.name', 1, 'utility.classes.0.name', /is not a number of data\/rate-impact\/saline\.json/],
    ['a path the file does not have', 'utility.marketSupplyRateCentsPerKWh', 9, 'utility.marketSupplyRateCentsPerKWh', /is not a number/],
    ['a negative sales figure', SALES, -5, SALES, /must not be negative/],
  ])('refuses %s, naming the path', async (_what, path, value, named, message) => {
    const envelope = await svc.get().registry.dispatch('hostUtility:set', { siteId: 'saline', path, value });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'invalid-request', path: named } });
    if (!envelope.ok) expect(envelope.error.message).toMatch(message);
    const out = await svc.call<HostUtilityResponse>('hostUtility:get', { siteId: 'saline' });
    expect(out.edits).toEqual([]);
  });

  it('refuses a site the project does not have', async () => {
    expect(await svc.get().registry.dispatch('hostUtility:get', { siteId: 'atlantis' })).toMatchObject({ ok: false, error: { code: 'not-found', path: 'siteId' } });
  });
});

describe('hostUtility:reset', () => {
  it('removes one edit, then all, and the rate impact returns to the bundled figures', async () => {
    const before = (await salineCase()).item.residential.billChangeUSDPerMonth.value;
    await svc.call('hostUtility:set', { siteId: 'saline', path: SALES, value: 20_000_000 });
    await svc.call('hostUtility:set', { siteId: 'saline', path: 'incrementalCost.capacityUSDPerKW', value: 1200 });
    const one = await svc.call<HostUtilityResponse>('hostUtility:reset', { siteId: 'saline', path: SALES });
    expect(one.edits.map((e) => e.path)).toEqual(['incrementalCost.capacityUSDPerKW']);
    expect(await svc.get().registry.dispatch('hostUtility:reset', { siteId: 'saline', path: SALES })).toMatchObject({ ok: false, error: { code: 'not-found', path: 'path' } });
    const all = await svc.call<HostUtilityResponse>('hostUtility:reset', { siteId: 'saline' });
    expect(all.edits).toEqual([]);
    expect(all.merged).toEqual(all.bundled);
    expect((await salineCase()).item.residential.billChangeUSDPerMonth.value).toBe(before);
  });
});
