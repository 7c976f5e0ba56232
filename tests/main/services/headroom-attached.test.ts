import { describe, expect, it } from 'vitest';
import type { AttachedSystemLoad, HeadroomSystemResponse } from '../../../src/api/schemas/headroom';
import { syntheticSystemLoadCsv } from '../../fixtures/headroom/synthetic-system-load';
import { servicesPerTest } from '../../helpers/services';

const svc = servicesPerTest();
const headroom = (request: Record<string, unknown>) => svc.call<HeadroomSystemResponse>('headroom:system', request);

describe('the headroom of a system load attached to a site', () => {
  it('lists the attached series and answers for one what a file read on its market clock answers', async () => {
    expect((await svc.call<{ series: AttachedSystemLoad[] }>('headroom:attached', {})).series).toEqual([]);
    await svc.call('import:systemLoad', { text: syntheticSystemLoadCsv(), fileName: 'abilene-host.csv', attachTo: 'abilene' });
    const listed = (await svc.call<{ series: AttachedSystemLoad[] }>('headroom:attached', {})).series;
    // The synthetic series: 2018-12-20 00:00 to 2020-01-10 00:00 UTC, 9,264 hours (tests/fixtures/headroom).
    expect(listed).toEqual([{ siteId: 'abilene', siteName: expect.stringContaining('Abilene') as unknown, fileName: 'abilene-host.csv', importedAt: expect.any(String) as unknown, firstHourUtc: '2018-12-20T00:00:00.000Z', hours: 9264 }]);

    // Abilene is in ERCOT: the model reads its attached system load on ERCOT's clock, and so does the headroom.
    const attached = await headroom({ siteId: 'abilene', curtailmentPct: 0.5, curvePcts: [0.5, 1], detail: true });
    const file = await headroom({ text: syntheticSystemLoadCsv(), fileName: 'abilene-host.csv', ba: 'ERCO', curtailmentPct: 0.5, curvePcts: [0.5, 1], detail: true });
    expect(attached.headroomMW).toBe(file.headroomMW);
    expect({ ...attached, published: null }).toEqual({ ...file, published: null });
    expect(attached.published).toBeNull();
    // Asked again (the view changes the limit), from the prepared copy: the same figures.
    expect((await headroom({ siteId: 'abilene', curtailmentPct: 1 })).headroomMW).toBe((await headroom({ text: syntheticSystemLoadCsv(), fileName: 'abilene-host.csv', ba: 'ERCO', curtailmentPct: 1 })).headroomMW);
  });

  it('refuses a site with none attached, an unknown site, and siteId beside ba or text, naming siteId', async () => {
    const none = await svc.get().registry.dispatch('headroom:system', { siteId: 'milam', curtailmentPct: 0.5 });
    expect(none).toMatchObject({ ok: false, error: { code: 'not-found', path: 'siteId' } });
    if (!none.ok) expect(none.error.message).toMatch(/no host system load attached/);
    expect(await svc.get().registry.dispatch('headroom:system', { siteId: 'atlantis', curtailmentPct: 0.5 })).toMatchObject({ ok: false, error: { code: 'not-found', path: 'siteId' } });
    expect(await svc.get().registry.dispatch('headroom:system', { siteId: 'abilene', ba: 'ERCO', curtailmentPct: 0.5 })).toMatchObject({ ok: false, error: { code: 'invalid-request', path: 'siteId' } });
  });
});
