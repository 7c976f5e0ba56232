import { describe, expect, it } from 'vitest';
import { formatZodIssues } from '../../../src/api/schemas/format-issues';
import { SiteSchema } from '../../../src/api/schemas/site';

const user = (value: number, unit: string) => ({ value, unit, source: 'user-entered' });

/** What the site form produces: only the required parts, every figure user-entered. */
const formSite = () => ({
  schemaVersion: 1,
  id: 'my-campus',
  name: 'My campus',
  stargate: false,
  status: 'planned',
  dataAsOf: '2026-07-01',
  location: { county: 'Travis County', state: 'TX', lat: user(30.3, 'degrees north'), lon: user(-97.7, 'degrees east') },
  gridOperator: 'ERCOT',
  utilityName: 'Austin Energy',
  phases: [{ name: 'Phase 1', energizationYear: 2028, mw: user(300, 'MW'), basis: 'IT', status: 'planned' }],
  design: { pue: user(1.25, 'ratio'), coolingType: 'liquid', workload: 'inference' },
  grid: { poi: [{ year: 2028, mw: user(400, 'MW') }] },
});

function issues(input: unknown) {
  const r = SiteSchema.safeParse(input);
  if (r.success) throw new Error('expected the site to be rejected');
  return formatZodIssues(r.error);
}

describe('SiteSchema', () => {
  it('accepts a site with only the fields the form asks for and defaults the lists', () => {
    const site = SiteSchema.parse(formSite());
    expect(site.onsite).toEqual([]);
    expect(site.sources).toEqual([]);
    expect(site.climate).toBeUndefined();
  });

  it('names the JSON path of a negative phase capacity', () => {
    const s = formSite();
    s.phases[0]!.mw.value = -10;
    expect(issues(s)).toEqual([{ path: 'phases.0.mw.value', message: 'must be ≥ 0' }]);
  });

  it('requires the reason for a figure marked as an assumption', () => {
    const s = formSite();
    s.design.pue = { value: 1.2, unit: 'ratio', source: 'assumption' };
    expect(issues(s)).toEqual([{ path: 'design.pue.assumption', message: "is required when source is 'assumption' (say why)" }]);
  });

  it('refuses a source that is neither a URL, user-entered nor assumption', () => {
    const s = formSite();
    s.location.lat = { value: 30.3, unit: 'deg', source: 'a newspaper' };
    expect(issues(s)[0]?.path).toBe('location.lat.source');
  });

  it('refuses a PUE below 1, a lower-case state and an unknown grid operator together', () => {
    const s = { ...formSite(), gridOperator: 'TVA' };
    s.design.pue = user(0.9, 'ratio');
    s.location.state = 'tx';
    expect(issues(s).map((i) => i.path).sort()).toEqual(['design.pue.value', 'gridOperator', 'location.state']);
  });

  it('requires at least one phase', () => {
    expect(issues({ ...formSite(), phases: [] })).toEqual([{ path: 'phases', message: 'must list at least one phase' }]);
  });

  it('refuses an unknown field so a misspelt key does not pass silently', () => {
    expect(issues({ ...formSite(), energisationYear: 2027 })[0]?.path).toBe('(root)');
  });

  it('requires twelve months of climate normals', () => {
    const month = { tMaxC: 30, tMinC: 20, ghiKWhPerM2Day: 6 };
    expect(issues({ ...formSite(), climate: { monthly: [month, month] } })).toEqual([{ path: 'climate.monthly', message: 'must have 12 months' }]);
  });
});
