import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { staleReason } from '../../scripts/build-stamp.mjs';
import { nodeOutDir } from '../../scripts/build-node.mjs';
import { runCliCaptured } from '../helpers/cli';

const root = join(import.meta.dirname, '..', '..');

/** The installed command: builds out/node when stale, then runs the built JavaScript (no tsx). */
function stargrid(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [join(root, 'bin', 'stargrid.mjs'), ...args], { cwd: root, encoding: 'utf8', timeout: 180_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the stargrid bin', () => {
  it('runs the built CLI and prints the same portfolio table as the TypeScript sources do', async () => {
    const built = stargrid(['sites', '--json']);
    expect(built.status, built.stderr).toBe(0);
    const fromSources = await runCliCaptured(['sites', '--json']);
    expect(JSON.parse(built.stdout)).toEqual(JSON.parse(fromSources.stdout));
    // The bin left a build that is current for these sources (it built one if it had to).
    expect(staleReason(root, nodeOutDir)).toBeNull();
  });

  it('lists every command with its summary, each module loaded on demand', () => {
    const help = stargrid(['--help']);
    expect(help.status, help.stderr).toBe(0);
    for (const name of ['firm-capacity', 'headroom', 'optimize', 'portfolio', 'rate-impact', 'reliability', 'sensitivity', 'serve', 'simulate', 'sites', 'sweep']) {
      expect(help.stdout).toMatch(new RegExp(`^  ${name} +\\S`, 'm'));
    }
  });

  it('names an unknown command and exits 2 without loading any command', () => {
    const result = stargrid(['frobnicate']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('unknown command "frobnicate"');
  });
});
