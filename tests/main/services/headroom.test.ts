import { describe, expect, it } from 'vitest';
import type { HeadroomSystemResponse } from '../../../src/api/schemas/headroom';
import { bundledSystemLoad } from '../../../src/main/data/load-grid-tariffs';
import { allYearsHeadroom, prepareHeadroom } from '../../../src/power-model/headroom/analyse';
import { SYNTHETIC_HEADROOM, syntheticSystemLoadCsv } from '../../fixtures/headroom/synthetic-system-load';
import { servicesPerTest } from '../../helpers/services';

const svc = servicesPerTest();
const headroom = (request: Record<string, unknown>) => svc.call<HeadroomSystemResponse>('headroom:system', request);

describe('headroom:system', () => {
  it('answers for a shipped system what the engine computes on its shipped load, over all years and for each whole year', async () => {
    const r = await headroom({ ba: 'ERCO', curtailmentPct: 0.5 });
    const engine = allYearsHeadroom(prepareHeadroom(bundledSystemLoad('ERCO') ?? (undefined as never)), 0.5);
    expect(r.headroomMW).toBe(engine.headroomMW);
    expect(r.allYears).toEqual(engine);
    expect(r.years.map((y) => y.year)).toEqual([2016, 2017, 2018, 2019]);
    expect(r.system).toMatchObject({ id: 'ERCO', hours: 43_848, firstHourUtc: '2015-07-02T00:00:00.000Z' });
    expect(r.curve).toEqual([]);
  });

  it('reads a plain hourly file and finds the headroom worked out by hand (tests/fixtures/headroom)', async () => {
    const r = await headroom({ text: syntheticSystemLoadCsv(), fileName: 'mine.csv', curtailmentPct: 0.5, curvePcts: [0.5, 1] });
    expect(r.servable).toEqual({ winterMW: 105, summerMW: 110, shoulderMW: 110 });
    expect(r.headroomMW).toBeCloseTo(SYNTHETIC_HEADROOM.allYearsMW, 9);
    expect(r.allYears.curtailedHoursPerYear).toBeCloseTo(SYNTHETIC_HEADROOM.allYearsCurtailedHours / (SYNTHETIC_HEADROOM.hours / 8766), 9);
    expect(r.years.map((y) => [y.year, y.hours])).toEqual([[2019, 8760]]);
    expect(r.years[0]?.headroomMW).toBeCloseTo(SYNTHETIC_HEADROOM.year2019MW, 9);
    expect(r.curve.map((p) => p.curtailmentPct)).toEqual([0.5, 1]);
    expect(r.curve[0]?.headroomMW).toBe(r.headroomMW);
    expect(r.curve[1]?.headroomMW).toBeGreaterThan(r.headroomMW);
  });

  it('keeps only the asked year, and names the whole years when the series lacks it', async () => {
    expect((await headroom({ ba: 'PJM', curtailmentPct: 1, year: 2018 })).years.map((y) => y.year)).toEqual([2018]);
    await expect(headroom({ ba: 'PJM', curtailmentPct: 1, year: 2021 })).rejects.toThrow(/year.*2016, 2017, 2018, 2019/);
  });

  it.each([
    [{ curtailmentPct: 0.5 }, 'ba'],
    [{ ba: 'ISNE', curtailmentPct: 0.5 }, 'ba'],
    [{ ba: 'ERCO', curtailmentPct: -1 }, 'curtailmentPct'],
    [{ ba: 'ERCO', curtailmentPct: 0.5, curvePcts: [1, 91] }, 'curvePcts.1'],
    [{ text: 'date_time,load_MW\n2019-01-01 00:00,5', curtailmentPct: 0.5 }, 'text'],
    [{ text: syntheticSystemLoadCsv().replace(/,100\n/, ',1e300\n'), curtailmentPct: 0.5 }, 'text'],
  ])('refuses %j with invalid-request naming %s', async (request, path) => {
    const envelope = await svc.get().registry.dispatch('headroom:system', request);
    expect(envelope).toMatchObject({ ok: false, error: { code: 'invalid-request', path } });
  });
});
