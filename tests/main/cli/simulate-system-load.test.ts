import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { weekdayShiftDays } from '../../../src/power-model/system-load/calendar';
import { runCliCaptured as cli } from '../../helpers/cli';

const HOUR = 3_600_000;
// Four summer peaks of 2019 at 22:00 UTC = 17:00 Central Daylight Time on the 10th of June–September.
const PEAKS_UTC = [5, 6, 7, 8].map((m) => Date.UTC(2019, m, 10, 22));

/** A plain hourly system load, 2018-12-20 to 2020-01-10 UTC: 40 GW flat, 70 GW at the four peaks. */
function systemLoadFile(dir: string): string {
  const start = Date.UTC(2018, 11, 20);
  const rows = ['date_time,load_MW'];
  for (let t = start; t < Date.UTC(2020, 0, 10); t += HOUR) rows.push(`${new Date(t).toISOString().slice(0, 19).replace('T', ' ')},${PEAKS_UTC.includes(t) ? 70_000 : 40_000}`);
  const file = join(dir, 'my-ercot.csv');
  writeFileSync(file, rows.join('\n'));
  return file;
}

describe('stargrid simulate with a system load of the user’s', () => {
  it('reads the 4CP hours from the file and bills transmission on the draw in those hours', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stargrid-'));
    const hourly = join(dir, 'hourly.csv');
    const { code, stdout, stderr } = await cli(['simulate', '--site', 'abilene', '--scenario', 'grid-only', '--system-load', systemLoadFile(dir), '--hourly', hourly, '--json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = (JSON.parse(stdout) as { summary: { year: number; coincidentPeakSource: string; gridCharges: { id: string; billedMW: number; rateUSDPerKWYear: number; costUSDPerYear: number }[] } }).summary;
    expect(out.coincidentPeakSource).toMatch(/^4CP hours of my-ercot\.csv load of 2019 on the \d{4} calendar/);
    // Model hour 0 is Jan 1 00:00 CST (06:00 UTC) of 2019 moved by the weekday shift to the simulated year.
    const windowStart = Date.UTC(2019, 0, 1, 6) + weekdayShiftDays(2019, out.year) * 24 * HOUR;
    const hours = PEAKS_UTC.map((t) => (t - windowStart) / HOUR);
    const rows = readFileSync(hourly, 'utf8').trim().split('\n');
    const header = (rows[0] ?? '').split(',');
    const column = header.indexOf('gridToLoadMW');
    const draw = hours.map((h) => Number((rows[h + 1] ?? '').split(',')[column]));
    const transmission = out.gridCharges.find((l) => l.id === 'transmission');
    expect(transmission?.billedMW).toBeCloseTo(draw.reduce((a, b) => a + b, 0) / 4, 6);
    expect(transmission?.costUSDPerYear).toBeCloseTo((transmission?.billedMW ?? 0) * 1000 * (transmission?.rateUSDPerKWYear ?? 0), 3);
  });

  it('takes the system year the user picks and names the years there are', async () => {
    const ok = await cli(['simulate', '--site', 'milam', '--system-year', '2017', '--json']);
    expect(ok.code).toBe(0);
    expect((JSON.parse(ok.stdout) as { summary: { coincidentPeakSource: string } }).summary.coincidentPeakSource).toMatch(/ERCO load of 2017/);
    const bad = await cli(['simulate', '--site', 'milam', '--system-year', '2015']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--system-year: milam × grid-only: systemYear: ERCO holds no whole year 2015; pick one of 2016, 2017, 2018, 2019/);
  });
});
