import { basename } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Site } from '../../api/schemas/site';
import type { ProjectDb } from '../db/connection';
import { preparedCacheRepo, type PreparedCacheRepo } from '../db/prepared-cache-repo';
import { bundledFileHash } from '../model/engine-build';
import { systemLoadKey, weatherKey } from '../model/prepared-key';
import type { PreparedStore } from '../model/prepared-store';
import type { SeriesDigest } from '../model/summary-key';
import { siteWeatherFiles } from '../model/weather';
import type { OpenProject } from './project-session';

/**
 * The prepared hourly inputs of the open project's sites (table `prepared_cache`, migration
 * 0009): a new process reads a site's weather year, PV profile and load from the file instead of
 * parsing and computing them (issue 14). Values are `node:v8` serialized, so typed arrays come
 * back bit for bit; anything wrong with a row (damaged, unreadable, another shape) is a miss and
 * the value is computed and stored again. Nothing is written in a read-only project.
 */
export class PreparedCache {
  private readonly repos = new WeakMap<ProjectDb, PreparedCacheRepo>();

  constructor(private readonly maxBytes?: number) {}

  private repo(project: OpenProject): PreparedCacheRepo {
    let repo = this.repos.get(project.db);
    if (!repo) {
      repo = preparedCacheRepo(project.db, this.maxBytes);
      this.repos.set(project.db, repo);
    }
    return repo;
  }

  /**
   * The store a runner of `project` uses. `engineBuild` and `series` (the digests of a site's
   * attached series) are asked only when a site is first prepared.
   */
  store(project: OpenProject, engineBuild: () => string, series: (siteId: string) => SeriesDigest[]): PreparedStore {
    return {
      weatherKey: (site: Site): string | null => {
        try {
          const attached = series(site.id).find((s) => s.kind === 'weather') ?? null;
          const files = attached ? [] : siteWeatherFiles(site).map((file) => `${basename(file)}:${bundledFileHash(file)}`);
          return weatherKey({ engineBuild: engineBuild(), site, files, attached });
        } catch {
          // An input the key cannot read (a weather file gone) is for the engine to report when it prepares the site.
          return null;
        }
      },
      systemLoadKey: (ba: string): string | null => {
        try {
          return systemLoadKey(engineBuild(), ba);
        } catch {
          return null;
        }
      },
      read: <T>(key: string, check: (value: unknown) => value is T): T | null => {
        const body = this.repo(project).get(key);
        if (body === null) return null;
        try {
          const value: unknown = deserialize(body);
          return check(value) ? value : null;
        } catch {
          return null;
        }
      },
      write: (key: string, siteId: string, value: unknown): void => {
        this.repo(project).put(key, siteId, serialize(value));
      },
    };
  }
}
