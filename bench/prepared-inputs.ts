/**
 * Benchmark (issue 14): what keeping a site's prepared weather, PV and load in the project saves.
 *
 * Two measures per bundled site, medians over runs interleaved so a busy machine moves both alike:
 * - the preparation alone in a new process (bench/prepared-inputs-child.ts: cold JIT, empty
 *   module caches, as after a restart): the site's engine model with its market's system load,
 *   its weather year, the plan's PV profile and the design year's load, with the project's
 *   `prepared_cache` empty (parsed, computed and stored) and then full (read from the file);
 * - the whole hourly request in a new process: `stargrid simulate --site S --scenario hybrid
 *   --project FILE --hourly OUT --json` on the built CLI, store empty then full, beside
 *   `node -e 0`. The hourly CSVs of the two are checked equal.
 */
import { spawnSync } from 'node:child_process';
import { deepStrictEqual } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ensureNodeBuild } from '../scripts/ensure-built.mjs';
import { loadBundledSites } from '../src/main/bundled-sites';
import { ProjectSession } from '../src/main/services/project-session';
import { median } from './stats';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin', 'stargrid.mjs');
const RUNS = 5;
const SCENARIO = 'hybrid';

function timeProcess(args: string[]): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 64 << 20 });
  const ms = performance.now() - start;
  if (result.status !== 0) throw new Error(`bench: node ${args.join(' ')} exited ${String(result.status)}: ${result.stderr}`);
  return ms;
}

function sql<T>(project: string, run: (db: Database.Database) => T): T {
  const db = new Database(project);
  try {
    return run(db);
  } finally {
    db.close();
  }
}

const clearPrepared = (project: string): void => void sql(project, (db) => db.prepare('DELETE FROM prepared_cache').run());
const preparedBytes = (project: string, siteId: string): number => sql(project, (db) => (db.prepare('SELECT coalesce(sum(bytes), 0) AS n FROM prepared_cache WHERE site_id = ?').get(siteId) as { n: number }).n);

const child = join(import.meta.dirname, 'prepared-inputs-child.ts');

/** One new process preparing `siteId` (see prepared-inputs-child.ts), under the same tsx loader as this one. */
function prepareInChild(project: string, siteId: string): number {
  const result = spawnSync(process.execPath, [...process.execArgv, child, project, siteId], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`bench: prepared-inputs-child ${siteId} exited ${String(result.status)}: ${result.stderr}`);
  return (JSON.parse(result.stdout.trim().split('\n').pop()!) as { preparedMs: number }).preparedMs;
}

export async function run(): Promise<void> {
  await ensureNodeBuild((text: string) => process.stdout.write(`  ${text}`));
  const home = mkdtempSync(join(tmpdir(), 'stargrid-bench-prepared-'));
  const project = join(home, 'bench.stargrid');
  const out = join(home, 'hourly.csv');
  try {
    const session = new ProjectSession(loadBundledSites);
    session.create(project);
    const siteIds = session.require().sites.list().map((s) => s.id).sort();
    session.close();
    const cli = (siteId: string) => [bin, 'simulate', '--site', siteId, '--scenario', SCENARIO, '--project', project, '--hourly', out, '--json'];
    timeProcess(cli(siteIds[0]!)); // warms the page cache and the build check

    const node: number[] = [];
    const perSite = new Map(siteIds.map((id) => [id, { empty: [] as number[], full: [] as number[], compute: [] as number[], read: [] as number[], bytes: 0 }]));
    for (let i = 0; i < RUNS; i++) {
      node.push(timeProcess(['-e', '0']));
      for (const siteId of siteIds) {
        const times = perSite.get(siteId)!;
        clearPrepared(project);
        times.empty.push(timeProcess(cli(siteId)));
        const fresh = readFileSync(out, 'utf8');
        times.full.push(timeProcess(cli(siteId)));
        deepStrictEqual(readFileSync(out, 'utf8'), fresh);
        times.bytes = preparedBytes(project, siteId);

        // The child runs from source, so its engine build differs from the CLI bundle's: it computes (and stores) first, then reads.
        clearPrepared(project);
        times.compute.push(prepareInChild(project, siteId));
        times.read.push(prepareInChild(project, siteId));
      }
    }
    const [load1 = 0] = loadavg();
    console.log(`prepared-inputs bench (medians of ${RUNS}, interleaved; ${siteIds.length} sites × ${SCENARIO}, hourly; ${cpus().length} cores, load average ${load1.toFixed(1)}):`);
    console.log(`  node -e 0: ${median(node).toFixed(0)} ms`);
    console.log('  site              preparing a site in a new process: store empty   full  (ratio) | stored  | hourly simulate (CLI): store empty   full  saved');
    const saved: number[] = [];
    const prepSaved: number[] = [];
    for (const [siteId, t] of perSite) {
      const e = median(t.empty);
      const f = median(t.full);
      const c = median(t.compute);
      const r = median(t.read);
      saved.push(e - f);
      prepSaved.push(c - r);
      console.log(
        `  ${siteId.padEnd(18)}${c.toFixed(0).padStart(34)} ms ${r.toFixed(0).padStart(4)} ms (${(c / r).toFixed(1)}×) | ${(t.bytes / 1024).toFixed(0).padStart(4)} KB | ${e.toFixed(0).padStart(30)} ms ${f.toFixed(0).padStart(5)} ms ${(e - f).toFixed(0).padStart(5)} ms`,
      );
    }
    console.log(`  median per site: preparation saved ${median(prepSaved).toFixed(0)} ms; hourly simulate in a new process saved ${median(saved).toFixed(0)} ms`);
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}
