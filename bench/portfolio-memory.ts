/**
 * Benchmark (issue 14, "the portfolio streams"): memory as sites are added to a portfolio. The
 * goal: flat, under 300 MB for 512 sites.
 *
 * Projects of 8, 32, 128 and 512 sites: the 8 bundled sites, then copies of them under new ids
 * (each copy is a site of its own to the model: its own weather, solar and load to prepare). For
 * each, a new process runs the built CLI's `stargrid portfolio --project FILE --sites all --json`
 * (every site under each built-in scenario, with the project's summary and prepared caches empty,
 * so every site is prepared and the engine runs for every site × scenario) and reports its peak resident memory (VmHWM on Linux, else getrusage's maxRSS).
 * Printed: the peak per project, the growth per site from 32 to 512 sites, and the peak at 512
 * sites against the goal.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { ensureNodeBuild } from '../scripts/ensure-built.mjs';
import type { SiteSummary } from '../src/api/channels';
import type { Site } from '../src/api/schemas/site';
import { createNodeContext } from '../src/main/app-context';
import { createServices } from '../src/main/services/index';

/** Project sizes; BENCH_PORTFOLIO_SIZES=32,512 picks others. */
const SIZES = (process.env.BENCH_PORTFOLIO_SIZES ?? '8,32,128,512').split(',').map(Number);
const GOAL_MB = 300;
const root = join(import.meta.dirname, '..');
const cliUrl = pathToFileURL(join(root, 'out', 'node', 'cli.js')).href;

function valueOf<T>(envelope: { ok: true; value: unknown } | { ok: false; error: { message: string } }): T {
  if (!envelope.ok) throw new Error(envelope.error.message);
  return envelope.value as T;
}

/** A project holding the bundled sites and copies of them, `count` sites in all, with empty summary and prepared caches. */
async function makeProject(path: string, count: number): Promise<void> {
  const ctx = createNodeContext('web');
  try {
    ctx.session.create(path);
    const registry = createServices(ctx);
    const bundled = valueOf<{ sites: SiteSummary[] }>(await registry.dispatch('sites:list', {})).sites;
    const sites = await Promise.all(bundled.map(async (s) => valueOf<{ site: Site }>(await registry.dispatch('sites:get', { id: s.id })).site));
    let total = sites.length;
    for (let copy = 1; total < count; copy++) {
      for (const site of sites) {
        if (total >= count) break;
        valueOf(await registry.dispatch('sites:save', { site: { ...site, id: `${site.id}-copy-${copy}`, name: `${site.name} (copy ${copy})` } }));
        total++;
      }
    }
  } finally {
    ctx.session.close();
  }
  const db = new Database(path);
  try {
    // A first start: no summary row and no prepared inputs stored (sites:save's checks stored some).
    db.prepare('DELETE FROM summary_cache').run();
    db.prepare('DELETE FROM prepared_cache').run();
  } finally {
    db.close();
  }
}

/** Peak resident memory (MB) and seconds of a new process running the portfolio of the whole project. */
function portfolioPeak(project: string): { peakMB: number; seconds: number; sites: number } {
  const script = `
    const { runCli } = await import(${JSON.stringify(cliUrl)});
    let out = '';
    const code = await runCli(['portfolio', '--project', ${JSON.stringify(project)}, '--sites', 'all', '--json'], { stdout: (t) => { out += t; }, stderr: (t) => process.stderr.write(t) });
    const sites = JSON.parse(out).scenarios[0].sites.length;
    // VmHWM, the peak of this process image: getrusage's maxRSS also counts the parent's memory
    // this process was forked with (Linux keeps ru_maxrss across exec), which is the bench's own.
    const { readFileSync } = await import('node:fs');
    let peakKB = process.resourceUsage().maxRSS;
    try { peakKB = Number(/VmHWM:\s*(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? peakKB); } catch {}
    process.stdout.write(JSON.stringify({ code, sites, peakKB }));`;
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`bench: the portfolio process exited ${String(result.status)}: ${result.stderr}`);
  const report = JSON.parse(result.stdout) as { code: number; sites: number; peakKB: number };
  if (report.code !== 0) throw new Error(`bench: stargrid portfolio exited ${report.code}: ${result.stderr}`);
  return { peakMB: report.peakKB / 1024, seconds, sites: report.sites };
}

export async function run(): Promise<void> {
  await ensureNodeBuild((text: string) => process.stdout.write(`  ${text}`));
  const home = mkdtempSync(join(tmpdir(), 'stargrid-bench-portfolio-memory-'));
  try {
    const rows: { sites: number; peakMB: number; seconds: number }[] = [];
    for (const size of SIZES) {
      const project = join(home, `sites-${size}.stargrid`);
      await makeProject(project, size);
      const { peakMB, seconds, sites } = portfolioPeak(project);
      if (sites !== size) throw new Error(`bench: the portfolio of ${size} sites listed ${sites}`);
      rows.push({ sites: size, peakMB, seconds });
    }
    console.log(`portfolio memory: new process, stargrid portfolio --sites all (4 built-in scenarios), summary and prepared caches empty; ${cpus().length} cores, load average ${loadavg()[0]?.toFixed(1)}`);
    for (const row of rows) console.log(`  ${String(row.sites).padStart(3)} sites: peak RSS ${row.peakMB.toFixed(0)} MB, ${row.seconds.toFixed(1)} s`);
    const at32 = rows.find((r) => r.sites === 32);
    const at512 = rows.find((r) => r.sites === 512);
    if (at32 && at512) {
      console.log(`  growth per site from 32 to 512 sites: ${(((at512.peakMB - at32.peakMB) / 480) * 1024).toFixed(0)} KB`);
      console.log(`  peak at 512 sites: ${at512.peakMB.toFixed(0)} MB (goal < ${GOAL_MB} MB: ${(at512.peakMB / GOAL_MB).toFixed(2)}×, ${at512.peakMB < GOAL_MB ? 'met' : 'NOT met'})`);
    }
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}
