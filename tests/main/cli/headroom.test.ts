import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HeadroomSystemResponse, HeadroomSystemsResponse } from '../../../src/api/schemas/headroom';
import { SYNTHETIC_HEADROOM, syntheticSystemLoadCsv } from '../../fixtures/headroom/synthetic-system-load';
import { runCliCaptured as cli } from '../../helpers/cli';

const dir = mkdtempSync(join(tmpdir(), 'stargrid-headroom-'));

describe('stargrid headroom', () => {
  it('prints the headroom of a system-load file over all years in a top-level headroomMW, as worked out by hand', async () => {
    const file = join(dir, 'mine.csv');
    writeFileSync(file, syntheticSystemLoadCsv());
    const { code, stdout, stderr } = await cli(['headroom', '--system-load', file, '--curtailment', '0.5', '--json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as HeadroomSystemResponse;
    expect(out.headroomMW).toBeCloseTo(SYNTHETIC_HEADROOM.allYearsMW, 9);
    expect(out.system.id).toBe('mine.csv');
  });

  it('reports a shipped system in words, with the year asked for', async () => {
    const { code, stdout } = await cli(['headroom', '--ba', 'PJM', '--curtailment', '0.5%', '--year', '2019']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/headroom at 0\.5 % curtailment, all years: [\d,]+ MW/);
    expect(stdout).toMatch(/2019 on its own: [\d,]+ MW/);
    expect(stdout).not.toMatch(/2018/);
  });

  it('prints a table of several systems and limits from one batch request, each figure the single command prints', async () => {
    const table = await cli(['headroom', '--ba', 'ERCO,EPE', '--curtailment', '0.5,1', '--json']);
    expect(table.code).toBe(0);
    const out = JSON.parse(table.stdout) as HeadroomSystemsResponse;
    expect(out.systems.map((s) => [s.system.id, s.atLimits.map((a) => a.curtailmentPct)])).toEqual([['ERCO', [0.5, 1]], ['EPE', [0.5, 1]]]);
    const one = JSON.parse((await cli(['headroom', '--ba', 'EPE', '--curtailment', '1', '--json'])).stdout) as HeadroomSystemResponse;
    expect(out.systems[1]?.atLimits[1]?.headroomMW).toBe(one.headroomMW);
    const words = await cli(['headroom', '--ba', 'all', '--curtailment', '0.5,5', '--year', '2019']);
    expect(words.stdout).toMatch(/^headroom in 2019\nERCO: 0\.5 % → [\d,]+ MW \([\d.,]+ h\/yr\), 5 % → /);
    expect(words.stdout.trim().split('\n')).toHaveLength(6);
  }, 60_000);

  it.each([
    [['--ba', 'ERCO'], /--curtailment is required/],
    [['--ba', 'all', '--curtailment', '0.5,95'], /--curtailment \(value 2\): must be between 0 and 90/],
    [['--ba', 'ERCO,NYIS', '--curtailment', '0.5'], /--ba \(value 2\): must be one of ERCO/],
    [['--ba', 'all', '--curtailment', '0.5,1', '--curve', '1'], /a table .* takes shipped systems only/],
    [['--site', 'milam', '--curtailment', '0.5'], /--site: [^\n]*Milam[^\n]* has no host system load attached/],
    [['--curtailment', '0.5'], /--ba, --system-load or --site is required/],
    [['--ba', 'ERCO', '--curtailment', 'half'], /--curtailment: must be a percentage/],
    [['--ba', 'ERCO', '--curtailment', '100'], /--curtailment: must be between 0 and 90/],
    [['--ba', 'NYIS', '--curtailment', '1'], /--ba: must be one of ERCO/],
    [['--ba', 'ERCO', '--curtailment', '1', '--year', '2021'], /--year: ERCO does not hold 2021 whole/],
    [['--system-load', '/no/such/file.csv', '--curtailment', '1'], /--system-load: ENOENT/],
  ])('refuses %j with exit 2 and one line naming the flag', async (args, message) => {
    const { code, stderr } = await cli(['headroom', ...args]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});
