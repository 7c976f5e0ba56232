/**
 * Benchmark: how long a user waits for the command line and for web mode, on the built code
 * (out/node, out/web; built first when stale, not timed). Each figure is a median over runs
 * interleaved with `node -e 0` (Node's own start on this machine at this moment), and the ratio
 * to it, so a busy machine moves both alike.
 *
 * Goals (issue 14): `stargrid sites --json` < 0.5 s; `simulate --site abilene --scenario hybrid`
 * well under 1 s; `npm run serve` → first API answer < 1.5 s with a current build.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureNodeBuild, ensureWebBuild } from '../scripts/ensure-built.mjs';
import { median } from './stats';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin', 'stargrid.mjs');
const RUNS = 7;

function timeProcess(args: string[]): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const ms = performance.now() - start;
  if (result.status !== 0) throw new Error(`bench: node ${args.join(' ')} exited ${String(result.status)}: ${result.stderr}`);
  return ms;
}

/** `npm run serve` until its first API answer (app:info, the renderer's first request), then stop it. */
async function serveToFirstAnswer(project: string, home: string): Promise<number> {
  const start = performance.now();
  const child = spawn('npm', ['run', '-s', 'serve', '--', '--port', '0', '--project', project], {
    cwd: root,
    env: { ...process.env, STARGRID_HOME: home },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, so stopping it stops npm's child too
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      let err = '';
      child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
      child.stdout?.on('data', (d: Buffer) => {
        out += d.toString();
        const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+/.exec(out);
        if (match) resolve(match[0]);
      });
      child.once('exit', (code) => reject(new Error(`bench: serve exited ${String(code)}: ${err}`)));
    });
    const { origin, searchParams } = new URL(url);
    const response = await fetch(`${origin}/api/app:info`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-stargrid-token': searchParams.get('token') ?? '' }, body: '{}' });
    if (!response.ok) throw new Error(`bench: app:info answered HTTP ${response.status}`);
    await response.arrayBuffer();
    return performance.now() - start;
  } finally {
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
    await exited;
  }
}

export async function run(): Promise<void> {
  const log = (text: string) => process.stdout.write(`  ${text}`);
  await ensureNodeBuild(log);
  await ensureWebBuild(log);
  const home = mkdtempSync(join(tmpdir(), 'stargrid-bench-startup-'));
  const project = join(home, 'bench.stargrid');
  try {
    const node: number[] = [];
    const sites: number[] = [];
    const simulate: number[] = [];
    const serve: number[] = [];
    await serveToFirstAnswer(project, home); // creates the project once; a user's next start opens it
    timeProcess([bin, 'simulate', '--site', 'abilene', '--scenario', 'hybrid', '--json']); // warms the page cache
    for (let i = 0; i < RUNS; i++) {
      node.push(timeProcess(['-e', '0']));
      sites.push(timeProcess([bin, 'sites', '--json']));
      simulate.push(timeProcess([bin, 'simulate', '--site', 'abilene', '--scenario', 'hybrid', '--json']));
      serve.push(await serveToFirstAnswer(project, home));
    }
    const nodeMs = median(node);
    const [load1 = 0] = loadavg();
    console.log(`startup bench (medians of ${RUNS}, interleaved; built code, current build; ${cpus().length} cores, load average ${load1.toFixed(1)}):`);
    console.log(`  node -e 0: ${nodeMs.toFixed(0)} ms`);
    const line = (what: string, values: number[], goalMs: number) => {
      const ms = median(values);
      console.log(`  ${what}: ${ms.toFixed(0)} ms (goal < ${goalMs} ms), ${(ms / nodeMs).toFixed(1)}× node -e 0`);
    };
    line('stargrid sites --json', sites, 500);
    line('stargrid simulate --site abilene --scenario hybrid --json', simulate, 1000);
    line('npm run serve → first API answer', serve, 1500);
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}
