import { describe, expect, it } from 'vitest';
import type { HeadroomSystemResponse, HeadroomSystemsResponse } from '../../../src/api/schemas/headroom';
import { servicesPerTest } from '../../helpers/services';

const svc = servicesPerTest();
const single = (request: Record<string, unknown>) => svc.call<HeadroomSystemResponse>('headroom:system', request);
const batch = (request: Record<string, unknown>) => svc.call<HeadroomSystemsResponse>('headroom:systems', request);

describe('headroom:systems, the batch form of headroom:system', () => {
  it.each([[undefined], [2018]])('answers for each system and limit exactly what the single request answers (year %s)', async (year) => {
    const limitsPct = [0.25, 0.5, 1, 5, 2.5];
    const bas = ['ERCO', 'PJM', 'MISO', 'SWPP', 'EPE'];
    const r = await batch({ bas, limitsPct, ...(year === undefined ? {} : { year }) });
    expect(r.systems.map((s) => s.system.id)).toEqual(bas);
    for (const [i, ba] of bas.entries()) {
      const row = r.systems[i];
      expect(row?.atLimits.map((a) => a.curtailmentPct)).toEqual(limitsPct);
      for (const [j, curtailmentPct] of limitsPct.entries()) {
        const one = await single({ ba, curtailmentPct, ...(year === undefined ? {} : { year }) });
        expect(row?.atLimits[j]).toEqual({ curtailmentPct, headroomMW: one.headroomMW, allYears: one.allYears, years: one.years });
        expect([row?.system, row?.servable, row?.published]).toEqual([one.system, one.servable, one.published]);
      }
    }
    expect(r.method).toBe((await single({ ba: 'ERCO', curtailmentPct: 0.5 })).method);
  }, 60_000);

  it('covers every shipped system, in the order of the shipped list, when bas is left out', async () => {
    const r = await batch({ limitsPct: [0.5] });
    expect(r.systems.map((s) => s.system.id).sort()).toEqual(['EPE', 'ERCO', 'MISO', 'PJM', 'SWPP']);
  });

  it.each([
    [{ limitsPct: [] }, 'limitsPct'],
    [{ limitsPct: [0.5, 91] }, 'limitsPct.1'],
    [{ bas: ['ISNE'], limitsPct: [0.5] }, 'bas.0'],
    [{ bas: [], limitsPct: [0.5] }, 'bas'],
    [{ limitsPct: [0.5], year: 2021 }, 'year'],
    [{ limitsPct: [0.5], text: 'date_time,load_MW' }, ''],
  ])('refuses %j with invalid-request naming %s', async (request, path) => {
    const envelope = await svc.get().registry.dispatch('headroom:systems', request);
    expect(envelope).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    if (!envelope.ok && path !== '') expect(envelope.error.path).toBe(path);
  });
});
