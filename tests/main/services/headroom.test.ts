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

  it("carries Duke's figure for a shipped system with its source, and none for a file", async () => {
    // Duke, Rethinking Load Growth (2025), ERCOT at 0.5 %: 10.0 GW (tests/fixtures/reference/duke-headroom.json).
    const r = await headroom({ ba: 'ERCO', curtailmentPct: 1 });
    expect(r.published).toMatchObject({ headroomMW: 10_000, curtailmentPct: 0.5, dataYears: '2016–2024' });
    expect(r.published?.source).toContain('https://hdl.handle.net/10161/32077');
    expect((await headroom({ ba: 'EPE', curtailmentPct: 1 })).published).toBeNull();
    expect((await headroom({ text: syntheticSystemLoadCsv(), curtailmentPct: 0.5 })).published).toBeNull();
  });

  it('answers the month × hour counts and the duration curve only when asked, over all hours or the asked year', async () => {
    expect((await headroom({ ba: 'ERCO', curtailmentPct: 0.5 })).detail).toBeUndefined();
    // Synthetic series (tests/fixtures/headroom): all hours at 0.5 % curtail the 2,664 winter hours and the summer peak;
    // 2019 alone curtails its 2,160 winter hours (744 + 672 + 744) and the summer peak on 2019-07-20 21:00.
    const all = await headroom({ text: syntheticSystemLoadCsv(), curtailmentPct: 0.5, detail: true });
    const total = (rows: number[][] | undefined) => (rows ?? []).flat().reduce((a, b) => a + b, 0);
    expect(all.detail?.year).toBeNull();
    expect(total(all.detail?.curtailedHours)).toBe(SYNTHETIC_HEADROOM.allYearsCurtailedHours);
    expect(all.detail?.durationCurve.newLoadMW).toBe(all.headroomMW);
    expect(all.detail?.durationCurve.hoursAtOrAbove.at(-1)).toBe(SYNTHETIC_HEADROOM.hours);
    // The top hour is the 110 MW summer peak, where the whole new load is curtailed.
    expect([all.detail?.durationCurve.systemLoadMW[0], all.detail?.durationCurve.newLoadServedMW[0]]).toEqual([110, 0]);
    const y2019 = await headroom({ text: syntheticSystemLoadCsv(), curtailmentPct: 0.5, year: 2019, detail: true });
    expect(y2019.detail?.year).toBe(2019);
    expect(total(y2019.detail?.curtailedHours)).toBe(2161);
    expect(y2019.detail?.curtailedHours[6]?.[21]).toBe(1);
    expect(y2019.detail?.durationCurve.newLoadMW).toBe(y2019.years[0]?.headroomMW);
    expect(y2019.detail?.durationCurve.hoursAtOrAbove.at(-1)).toBe(8760);
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
