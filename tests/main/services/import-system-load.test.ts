import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SiteSeriesInfo } from '../../../src/api/schemas/imports';
import type { SimulateResponse } from '../../../src/api/schemas/model';
import { makeServices } from '../../helpers/services';

const HOUR = 3_600_000;

/** A plain hourly system load from 2018-12-20 to 2020-01-10 UTC: 40 GW, 70 GW at 22:00 UTC on 10 August 2019. */
function systemLoadText(options: { gapAtRow?: number } = {}): string {
  const rows = ['date_time,load_MW'];
  const peak = Date.UTC(2019, 7, 10, 22);
  let i = 0;
  for (let t = Date.UTC(2018, 11, 20); t < Date.UTC(2020, 0, 10); t += HOUR, i++) {
    if (i === options.gapAtRow) continue;
    rows.push(`${new Date(t).toISOString().slice(0, 19).replace('T', ' ')},${t === peak ? 70_000 : 40_000}`);
  }
  return rows.join('\n');
}

describe('import:systemLoad', () => {
  it('attaches a system load to a site, lists it, runs the site on it, and is removed like any series', async () => {
    const { registry, ctx } = makeServices(mkdtempSync(join(tmpdir(), 'stargrid-')));
    const res = await registry.dispatch('import:systemLoad', { text: systemLoadText(), fileName: 'my-ercot.csv', attachTo: 'abilene' });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    // 2018-12-20 00:00 to 2020-01-09 23:00 UTC: 386 days × 24 h; only 2019 is whole at Central time with a week of margin.
    expect(res.value).toMatchObject({ format: 'plain-hourly', hours: 386 * 24, peakMW: 70_000, wholeYears: [2019], attached: { kind: 'system-load', fileName: 'my-ercot.csv' } });
    const listed = await registry.dispatch('series:list', { siteId: 'abilene' });
    expect(listed.ok && (listed.value as { series: SiteSeriesInfo[] }).series.map((s) => s.kind)).toEqual(['system-load']);
    const run = await registry.dispatch('model:simulate', { siteId: 'abilene', scenarioId: 'grid-only', hourly: false });
    expect(run.ok && (run.value as SimulateResponse).summary.coincidentPeakSource).toMatch(/my-ercot\.csv load of 2019/);
    const removed = await registry.dispatch('series:remove', { siteId: 'abilene', kind: 'system-load' });
    expect(removed.ok && (removed.value as { removed: boolean }).removed).toBe(true);
    const after = await registry.dispatch('model:simulate', { siteId: 'abilene', scenarioId: 'grid-only', hourly: false });
    expect(after.ok && (after.value as SimulateResponse).summary.coincidentPeakSource).not.toMatch(/my-ercot/);
    ctx.session.close();
  });

  it('refuses a broken file naming its row, and keeps what was attached before', async () => {
    const { registry, ctx } = makeServices(mkdtempSync(join(tmpdir(), 'stargrid-')));
    await registry.dispatch('import:systemLoad', { text: systemLoadText(), fileName: 'good.csv', attachTo: 'abilene' });
    const bad = await registry.dispatch('import:systemLoad', { text: systemLoadText({ gapAtRow: 500 }), fileName: 'gap.csv', attachTo: 'abilene' });
    expect(bad.ok).toBe(false);
    // Line 502 of the file (header + 500 rows before it) is the first after the missing hour.
    if (!bad.ok) expect(bad.error).toMatchObject({ code: 'invalid-request', path: 'text' });
    if (!bad.ok) expect(bad.error.message).toMatch(/^gap\.csv, line 502, column 'date_time': '2019-01-09 21:00:00' breaks the hourly sequence/);
    const listed = await registry.dispatch('series:list', { siteId: 'abilene' });
    expect(listed.ok && (listed.value as { series: SiteSeriesInfo[] }).series.map((s) => s.fileName)).toEqual(['good.csv']);
    ctx.session.close();
  });
});
