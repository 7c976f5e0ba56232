import { describe, expect, it } from 'vitest';
import { worstDayLines } from '../../../src/main/cli/commands/optimize';
import type { OptimizeJobResult } from '../../../src/main/runs/jobs/optimize';
import { runCliCaptured } from '../../helpers/cli';

describe('stargrid optimize --reliability-target', () => {
  it('names the flag and the values it takes when given another', async () => {
    const run = await runCliCaptured(['optimize', '--site', 'shackelford', '--reliability-target', 'n-plus-2']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--reliability-target must be n-plus-k .* or worst-day .*got "n-plus-2"/);
  });

  it('sizes Shackelford islanded to the worst day and prints the comparison with N+k', async () => {
    const json = await runCliCaptured(['optimize', '--site', 'shackelford', '--scenario', 'islanded', '--days', '8', '--reliability-target', 'worst-day', '--json']);
    expect(json.stderr).not.toMatch(/error/i);
    const result = JSON.parse(json.stdout) as OptimizeJobResult;
    expect(result.reliabilityTarget).toBe('worst-day');
    expect(result.worstDay?.check?.rows.map((r) => r.target)).toEqual(['n-plus-k', 'worst-day']);
    // The lines the text output prints for it (the command prints worstDayLines after the re-check).
    const text = worstDayLines(result).join('\n');
    expect(text).toMatch(/worst-day target: gas-supply interruption in the cold snap/);
    expect(text).toMatch(/N\+k \(on paper\) +[\d.]+ +[\d.]+ +[\d.]+/);
    expect(text).toMatch(/worst day \(firm\) +[\d.]+ +[\d.]+ +[\d.]+/);
    // The re-check's events loop: before and after with the events against Tier III's 1.58 h/yr, met.
    expect(text).toMatch(/with the events: [\d.]+ h\/yr lost before, [\d.]+ after \d+ fix steps? \(target 1\.58 h\/yr\): met/);
  }, 600_000);
});
