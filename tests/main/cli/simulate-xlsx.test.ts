import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCliCaptured } from '../../helpers/cli';
import { makeTempDir } from '../../helpers/temp-dir';

let tmp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  tmp = makeTempDir();
});
afterEach(() => tmp.cleanup());

describe('stargrid simulate --xlsx', () => {
  it('writes the same five-sheet workbook as the export channel', async () => {
    const file = join(tmp.dir, 'saline.xlsx');
    const run = await runCliCaptured(['simulate', '--site', 'saline', '--scenario', 'hybrid', '--xlsx', file]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`workbook written to ${file}`);
    const files = unzipSync(new Uint8Array(readFileSync(file)));
    const names = [...strFromU8(files['xl/workbook.xml']!).matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    expect(names).toEqual(['Summary', 'Hourly', 'Costs', 'Rate impact', 'Sources']);
    // Saline Township is in Michigan: Eastern Standard Time, UTC−5.
    expect(strFromU8(files['xl/sharedStrings.xml']!)).toMatch(/\d{4}-01-01T00:00:00-05:00/);
  });

  it('says which file it cannot write', async () => {
    const file = join(tmp.dir, 'missing-folder', 'x.xlsx');
    const run = await runCliCaptured(['simulate', '--site', 'abilene', '--xlsx', file]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('--xlsx: cannot write');
    expect(existsSync(file)).toBe(false);
  });
});
