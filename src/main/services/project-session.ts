import { existsSync, rmSync, renameSync, openSync, fsyncSync, closeSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { ProjectInfo } from '../../api/schemas/project';
import type { Site } from '../../api/schemas/site';
import { ApiError } from '../../api/errors';
import { openProjectDb, type ProjectDb } from '../db/connection';
import { assumptionsRepo } from '../db/assumptions-repo';
import { hostUtilityRepo } from '../db/host-utility-repo';
import { metaRepo } from '../db/meta-repo';
import { LATEST_SCHEMA_VERSION } from '../db/migrations/index';
import { runsRepo } from '../db/runs-repo';
import { scenariosRepo } from '../db/scenarios-repo';
import { sitesRepo } from '../db/sites-repo';
import { siteSeriesRepo } from '../db/site-series-repo';

export const PROJECT_EXTENSION = '.stargrid';

function makeRepos(db: ProjectDb) {
  return { sites: sitesRepo(db), scenarios: scenariosRepo(db), runs: runsRepo(db), meta: metaRepo(db), assumptions: assumptionsRepo(db), series: siteSeriesRepo(db), hostUtility: hostUtilityRepo(db) };
}
export type OpenProject = { path: string; db: ProjectDb } & ReturnType<typeof makeRepos>;

function normalizePath(path: string): string {
  const absolute = resolve(path);
  return extname(absolute) === '' ? absolute + PROJECT_EXTENSION : absolute;
}

/**
 * The project that is open now: one `.stargrid` SQLite file. Every change is its own transaction
 * on that file (there is no separate "save"); Save As copies the file atomically.
 */
export class ProjectSession {
  private current: OpenProject | null = null;

  constructor(private readonly bundledSites: () => Site[]) {}

  get(): OpenProject | null {
    return this.current;
  }

  require(): OpenProject {
    if (!this.current) throw new ApiError('not-found', 'no project is open: create or open one first');
    return this.current;
  }

  info(): ProjectInfo | null {
    const p = this.current;
    if (!p) return null;
    return {
      path: p.path,
      name: p.meta.get('name') ?? basename(p.path, PROJECT_EXTENSION),
      createdAt: p.meta.get('createdAt') ?? '',
      schemaVersion: LATEST_SCHEMA_VERSION,
      siteCount: p.sites.count(),
      scenarioCount: p.scenarios.count(),
    };
  }

  /** Creates a new project seeded with the bundled sites. Refuses to overwrite an existing file. */
  create(path: string): ProjectInfo {
    const target = normalizePath(path);
    if (existsSync(target)) throw new ApiError('conflict', `${target} already exists; open it or choose another name`, 'path');
    if (!existsSync(dirname(target))) throw new ApiError('invalid-request', `folder ${dirname(target)} does not exist`, 'path');
    const { db } = openProjectDb(target, { create: true });
    const repos = makeRepos(db);
    try {
      db.transaction(() => {
        repos.meta.set('name', basename(target, PROJECT_EXTENSION));
        repos.meta.set('createdAt', new Date().toISOString());
        repos.sites.saveMany(this.bundledSites(), true);
      })();
    } catch (error) {
      db.close();
      rmSync(target, { force: true });
      rmSync(`${target}-wal`, { force: true });
      rmSync(`${target}-shm`, { force: true });
      throw error;
    }
    this.replace({ path: target, db, ...repos });
    return this.info() as ProjectInfo;
  }

  open(path: string): ProjectInfo {
    const target = resolve(path);
    if (!existsSync(target)) throw new ApiError('not-found', `no project file at ${target}`, 'path');
    const { db } = openProjectDb(target, { create: false });
    this.replace({ path: target, db, ...makeRepos(db) });
    return this.info() as ProjectInfo;
  }

  /** Opens `path`, creating it (seeded) when it does not exist yet. */
  openOrCreate(path: string): ProjectInfo {
    const target = normalizePath(path);
    return existsSync(target) ? this.open(target) : this.create(target);
  }

  /**
   * Writes a consistent copy with `VACUUM INTO` to a temporary file beside the target, syncs it,
   * and renames it into place (atomic on one filesystem), then continues in the copy.
   */
  saveAs(path: string, overwrite: boolean): ProjectInfo {
    const project = this.require();
    const target = normalizePath(path);
    if (target === project.path) return this.info() as ProjectInfo;
    if (existsSync(target) && !overwrite) throw new ApiError('conflict', `${target} already exists; confirm to replace it`, 'path');
    if (!existsSync(dirname(target))) throw new ApiError('invalid-request', `folder ${dirname(target)} does not exist`, 'path');
    const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
    rmSync(tmp, { force: true });
    try {
      project.db.prepare('VACUUM INTO ?').run(tmp);
      const fd = openSync(tmp, 'r+');
      fsyncSync(fd);
      closeSync(fd);
      rmSync(`${target}-wal`, { force: true });
      rmSync(`${target}-shm`, { force: true });
      renameSync(tmp, target);
    } catch (error) {
      rmSync(tmp, { force: true });
      throw error;
    }
    return this.open(target);
  }

  close(): void {
    this.current?.db.close();
    this.current = null;
  }

  private replace(next: OpenProject): void {
    this.close();
    this.current = next;
  }
}
