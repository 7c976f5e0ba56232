import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HeadroomSystemResponse } from '../../../src/api/schemas/headroom';
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

  it.each([
    [['--ba', 'ERCO'], /--curtailment is required/],
    [['--curtailment', '0.5'], /--ba or --system-load is required/],
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
