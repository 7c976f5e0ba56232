/**
 * Benchmark (issue 14): a restart's first portfolio answer, with the project's summary cache
 * empty (every site's weather, solar and load prepared and simulated) and full (read from the
 * file). The default start page: the default site set under the default plan.
 *
 * Two measures, medians over runs interleaved so a busy machine moves both alike:
 * - a new process: `stargrid portfolio --scenario hybrid --project FILE --json` on the built CLI
 *   (what a user waits after a restart, Node's start and the bundle's load included), beside
 *   `node -e 0`;
 * - in this process: open the project, make the services, list the sites, and ask each site's
 *   summary as the renderer does (`model:simulate`, hourly: false). Module-level caches of this
 *   process (a market's system load, parsed once) stay warm, so its "empty" figure is a floor.
 * The answers with the cache full are checked equal to those without, field by field.
 */
import { spawnSync } from 'node:child_process';
import { deepStrictEqual } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ensureNodeBuild } from '../scripts/ensure-built.mjs';
import { DEFAULT_SCENARIO_ID } from '../src/api/portfolio-defaults';
import type { SiteSummary } from '../src/api/channels';
import { loadBundledSites } from '../src/main/bundled-sites';
import { createNodeContext } from '../src/main/app-context';
import { createServices } from '../src/main/services/index';
import { ProjectSession } from '../src/main/services/project-session';
import { DEFAULT_PORTFOLIO_SITE_SET, sitesInSet } from '../src/power-model/portfolio/site-set';
import { median } from './stats';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin', 'stargrid.mjs');
const RUNS = 5;

function timeProcess(args: string[]): { ms: number; stdout: string } {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 64 << 20 });
  const ms = performance.now() - start;
  if (result.status !== 0) throw new Error(`bench: node ${args.join(' ')} exited ${String(result.status)}: ${result.stderr}`);
  return { ms, stdout: result.stdout };
}

/** Empties the summary cache and the prepared inputs (migration 0009), so "empty" is a first start: nothing derived kept. */
function clearCache(project: string): void {
  const db = new Database(project);
  try {
    db.prepare('DELETE FROM summary_cache').run();
    db.prepare('DELETE FROM prepared_cache').run();
  } finally {
    db.close();
  }
}

function cachedRows(project: string): number {
  const db = new Database(project, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM summary_cache').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

/** A restart inside this process: open, make the services, ask the start page's rows. Returns ms and the answers. */
async function inProcessPortfolio(project: string): Promise<{ ms: number; answers: unknown[] }> {
  const start = performance.now();
  const ctx = createNodeContext('web');
  ctx.session.open(project);
  try {
    const registry = createServices(ctx);
    const list = await registry.dispatch('sites:list', {});
    if (!list.ok) throw new Error(list.error.message);
    const sites = sitesInSet((list.value as { sites: SiteSummary[] }).sites, DEFAULT_PORTFOLIO_SITE_SET);
    const answers: unknown[] = [];
    for (const site of sites) {
      const answer = await registry.dispatch('model:simulate', { siteId: site.id, scenarioId: DEFAULT_SCENARIO_ID, hourly: false });
      if (!answer.ok) throw new Error(answer.error.message);
      answers.push(answer.value);
    }
    return { ms: performance.now() - start, answers };
  } finally {
    ctx.session.close();
  }
}

export async function run(): Promise<void> {
  await ensureNodeBuild((text: string) => process.stdout.write(`  ${text}`));
  const home = mkdtempSync(join(tmpdir(), 'stargrid-bench-summary-cache-'));
  const project = join(home, 'bench.stargrid');
  try {
    const session = new ProjectSession(loadBundledSites);
    session.create(project);
    session.close();
    const cli = [bin, 'portfolio', '--scenario', DEFAULT_SCENARIO_ID, '--project', project, '--json'];
    timeProcess(cli); // warms the page cache and the build check
    const node: number[] = [];
    const cliEmpty: number[] = [];
    const cliFull: number[] = [];
    const inEmpty: number[] = [];
    const inFull: number[] = [];
    let rows = 0;
    for (let i = 0; i < RUNS; i++) {
      node.push(timeProcess(['-e', '0']).ms);
      clearCache(project);
      const fresh = timeProcess(cli);
      cliEmpty.push(fresh.ms);
      rows = cachedRows(project);
      const cached = timeProcess(cli);
      cliFull.push(cached.ms);
      deepStrictEqual(JSON.parse(cached.stdout), JSON.parse(fresh.stdout));

      clearCache(project);
      const a = await inProcessPortfolio(project);
      inEmpty.push(a.ms);
      const b = await inProcessPortfolio(project);
      inFull.push(b.ms);
      deepStrictEqual(b.answers, a.answers);
    }
    const nodeMs = median(node);
    const [load1 = 0] = loadavg();
    console.log(`summary-cache bench (medians of ${RUNS}, interleaved; ${rows} sites × ${DEFAULT_SCENARIO_ID}; ${cpus().length} cores, load average ${load1.toFixed(1)}):`);
    console.log(`  node -e 0: ${nodeMs.toFixed(0)} ms`);
    const pair = (what: string, empty: number[], full: number[], base?: number) => {
      const e = median(empty);
      const f = median(full);
      const vsNode = base === undefined ? '' : ` (${(e / base).toFixed(1)}× / ${(f / base).toFixed(1)}× node -e 0)`;
      console.log(`  ${what}: cache empty ${e.toFixed(0)} ms, full ${f.toFixed(0)} ms, ${(e / f).toFixed(1)}× faster${vsNode}`);
    };
    pair('new process, stargrid portfolio --scenario hybrid --project', cliEmpty, cliFull, nodeMs);
    pair('in process, open project → every start-page row', inEmpty, inFull);
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}
