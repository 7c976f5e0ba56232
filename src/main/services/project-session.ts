import { randomBytes, randomUUID } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { ProjectInfo } from '../../api/schemas/project';
import type { Site } from '../../api/schemas/site';
import { ApiError } from '../../api/errors';
import { holdForReplace, openProjectDb, type ProjectDb } from '../db/connection';
import { assumptionsRepo } from '../db/assumptions-repo';
import { hostUtilityRepo } from '../db/host-utility-repo';
import { metaRepo } from '../db/meta-repo';
import { LATEST_SCHEMA_VERSION } from '../db/migrations/index';
import { runsRepo } from '../db/runs-repo';
import { scenariosRepo } from '../db/scenarios-repo';
import { sitesRepo } from '../db/sites-repo';
import { siteSeriesRepo } from '../db/site-series-repo';
import { storageError } from '../db/storage-errors';
import { PROJECT_EXTENSION, resolveProjectPath } from './project-paths';

export { PROJECT_EXTENSION };

function makeRepos(db: ProjectDb) {
  return { sites: sitesRepo(db), scenarios: scenariosRepo(db), runs: runsRepo(db), meta: metaRepo(db), assumptions: assumptionsRepo(db), series: siteSeriesRepo(db), hostUtility: hostUtilityRepo(db) };
}
/** One project file held open: its connection and repositories. */
export type ProjectStore = { path: string; db: ProjectDb; readOnly: boolean } & ReturnType<typeof makeRepos>;
/** The open project as the services see it: the file plus the id of this opening (`ProjectInfo.id`). */
export type OpenProject = ProjectStore & { id: string };

type Held = { store: ProjectStore; refs: number; close: () => void };

function mapped(error: unknown, target: string): unknown {
  return storageError(error, target, dirname(target)) ?? error;
}

/**
 * The project that is open now: one `.stargrid` SQLite file. Every change is its own transaction
 * on that file (there is no separate "save"); Save As copies the file atomically.
 *
 * Each opening gets a fresh id; requests name the id they were made for and the registry refuses
 * those meant for a project that is no longer open. A file stays held (connection and lock) while
 * anything uses it: the session while it is the open project, and each run started in it until
 * the run ends, so a run's result lands in its own file whatever is open by then.
 */
export class ProjectSession {
  private current: OpenProject | null = null;
  private readonly held = new Map<string, Held>();

  constructor(private readonly bundledSites: () => Site[]) {}

  get(): OpenProject | null {
    return this.current;
  }

  require(): OpenProject {
    if (!this.current) throw new ApiError('not-found', 'no project is open: create or open one first');
    return this.current;
  }

  /** Like `require`, for a change: refused while the open project is read-only. */
  requireWritable(): OpenProject {
    const project = this.require();
    if (project.readOnly) throw new ApiError('project-read-only', `${project.path} is open read-only (no permission to write it); use Save As to edit a copy`);
    return project;
  }

  currentId(): string | null {
    return this.current?.id ?? null;
  }

  info(): ProjectInfo | null {
    const p = this.current;
    if (!p) return null;
    return {
      id: p.id,
      path: p.path,
      name: p.meta.get('name') ?? basename(p.path, PROJECT_EXTENSION),
      createdAt: p.meta.get('createdAt') ?? '',
      schemaVersion: LATEST_SCHEMA_VERSION,
      siteCount: p.sites.count(),
      scenarioCount: p.scenarios.count(),
      readOnly: p.readOnly,
    };
  }

  /**
   * Keeps `project`'s file open (and locked) until the returned release is called, even after
   * another project is opened. For runs.
   */
  retain(project: ProjectStore): () => void {
    const held = this.held.get(project.path);
    if (!held || held.store.db !== project.db) throw new Error(`retain: ${project.path} is not held by this session`);
    held.refs++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.release(project.path);
    };
  }

  /** Creates a new project seeded with the bundled sites. Refuses to overwrite an existing file. */
  create(path: string): ProjectInfo {
    const target = resolveProjectPath(path, 'write');
    if (this.held.has(target)) throw new ApiError('project-locked', `${target} is open in this Stargrid already`, 'path');
    if (existsSync(target)) {
      holdForReplace(target)();
      throw new ApiError('conflict', `${target} already exists; open it or choose another name`, 'path');
    }
    let opened: ReturnType<typeof openProjectDb>;
    try {
      opened = openProjectDb(target, { create: true });
    } catch (error) {
      throw mapped(error, target);
    }
    const repos = makeRepos(opened.db);
    try {
      opened.db.transaction(() => {
        repos.meta.set('name', basename(target, PROJECT_EXTENSION));
        repos.meta.set('createdAt', new Date().toISOString());
        repos.sites.saveMany(this.bundledSites(), true);
      })();
    } catch (error) {
      opened.close();
      rmSync(target, { force: true });
      rmSync(`${target}-wal`, { force: true });
      throw mapped(error, target);
    }
    const store: ProjectStore = { path: target, db: opened.db, readOnly: false, ...repos };
    this.held.set(target, { store, refs: 0, close: opened.close });
    this.replace(store);
    return this.info() as ProjectInfo;
  }

  open(path: string): ProjectInfo {
    const target = resolveProjectPath(path, 'open');
    const store = this.acquire(target);
    this.replace(store);
    return this.info() as ProjectInfo;
  }

  /** Opens `path`, creating it (seeded) when it does not exist yet. */
  openOrCreate(path: string): ProjectInfo {
    const target = resolveProjectPath(path, 'write');
    return existsSync(target) ? this.open(target) : this.create(target);
  }

  /**
   * Writes a consistent copy with `VACUUM INTO` to a temporary file beside the target, syncs it,
   * and renames it into place (atomic on one filesystem), then continues in the copy. A target
   * another process holds is refused; the target is held while it is replaced.
   */
  saveAs(path: string, overwrite: boolean): ProjectInfo {
    const project = this.require();
    const target = resolveProjectPath(path, 'write');
    if (target === project.path) return this.info() as ProjectInfo;
    if (this.held.has(target)) throw new ApiError('project-locked', `${target} is in use by a run in this Stargrid; wait for it to finish or choose another name`, 'path');
    const exists = existsSync(target);
    if (exists && !overwrite) throw new ApiError('conflict', `${target} already exists; confirm to replace it`, 'path');
    const release = exists ? holdForReplace(target) : () => undefined;
    // A short name of our own: the user's name may already be at the file system's length limit.
    const tmp = join(dirname(target), `.stargrid-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
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
      throw mapped(error, target);
    } finally {
      release();
    }
    return this.open(target);
  }

  close(): void {
    const previous = this.current;
    this.current = null;
    if (previous) this.release(previous.path);
  }

  private acquire(target: string): ProjectStore {
    const held = this.held.get(target);
    if (held) {
      held.refs++;
      return held.store;
    }
    let opened: ReturnType<typeof openProjectDb>;
    try {
      opened = openProjectDb(target, { create: false });
    } catch (error) {
      throw mapped(error, target);
    }
    const store: ProjectStore = { path: target, db: opened.db, readOnly: opened.readOnly, ...makeRepos(opened.db) };
    this.held.set(target, { store, refs: 1, close: opened.close });
    return store;
  }

  private release(path: string): void {
    const held = this.held.get(path);
    if (!held) return;
    held.refs--;
    if (held.refs <= 0) {
      this.held.delete(path);
      held.close();
    }
  }

  /** `store` already counts this reference (create: set below; open: acquired). */
  private replace(store: ProjectStore): void {
    const held = this.held.get(store.path);
    if (held && held.refs === 0) held.refs = 1;
    const previous = this.current;
    this.current = { ...store, id: randomUUID() };
    if (previous) this.release(previous.path);
  }
}
