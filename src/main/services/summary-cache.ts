import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { SimulateResponse } from '../../api/schemas/model';
import type { Site } from '../../api/schemas/site';
import type { ResolvedScenario } from '../../power-model/scenarios/types';
import { foldOverrides } from '../db/assumptions-repo';
import type { ProjectDb } from '../db/connection';
import { summaryCacheRepo, type SummaryCacheRepo } from '../db/summary-cache-repo';
import { bundledFileHash } from '../model/engine-build';
import { summaryKey, type SeriesDigest } from '../model/summary-key';
import { siteWeatherFiles } from '../model/weather';
import type { OpenProject } from './project-session';

/** A site × scenario summary as `model:simulate` answers it without hourly series. */
export type SiteSummaryAnswer = SimulateResponse & { hourly: null };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether a decoded row has the answer's shape (a row from another layout reads as missing). */
function isAnswer(value: unknown): value is SiteSummaryAnswer {
  return isRecord(value) && value.hourly === null && isRecord(value.summary) && isRecord(value.fleet) && isRecord(value.monthlyEnergyMWh) && isRecord(value.invariants);
}

/**
 * The persisted summaries of the open project (table `summary_cache`): read-through on the
 * portfolio path of the model service. A row is found by the SHA-256 of every input of the run
 * (`summaryKey`), so it is never stale; anything wrong with a row (damaged, unreadable, another
 * layout) is a miss and the run is done again. Writes touch only this table, and none happen in
 * a read-only project.
 */
export class SummaryCache {
  private readonly repos = new WeakMap<ProjectDb, SummaryCacheRepo>();
  /** Digests of a site's attached series while their stamp (kind@importedAt of each) is unchanged. */
  private readonly digestsByDb = new WeakMap<ProjectDb, Map<string, { stamp: string; digests: SeriesDigest[] }>>();

  constructor(private readonly maxRows?: number) {}

  private repo(project: OpenProject): SummaryCacheRepo {
    let repo = this.repos.get(project.db);
    if (!repo) {
      repo = summaryCacheRepo(project.db, this.maxRows);
      this.repos.set(project.db, repo);
    }
    return repo;
  }

  /** The digests of the series attached to `siteId` (kind, file name, SHA-256 of the bytes), kept while their stamp is unchanged. */
  seriesDigests(project: OpenProject, siteId: string): SeriesDigest[] {
    let bySite = this.digestsByDb.get(project.db);
    if (!bySite) {
      bySite = new Map();
      this.digestsByDb.set(project.db, bySite);
    }
    const stamp = project.series.stamp(siteId);
    const known = bySite.get(siteId);
    if (known && known.stamp === stamp) return known.digests;
    const digests: SeriesDigest[] = [];
    for (const info of project.series.list(siteId)) {
      const stored = project.series.get(siteId, info.kind);
      if (stored) digests.push({ kind: info.kind, fileName: info.fileName, sha256: createHash('sha256').update(stored.body).digest('hex') });
    }
    bySite.set(siteId, { stamp, digests });
    return digests;
  }

  /** The key of `site` × `scenario` in `year` with the project's edits and series, under `engineBuild`. */
  key(project: OpenProject, engineBuild: string, site: Site, scenario: ResolvedScenario, year: number | undefined): string {
    const series = this.seriesDigests(project, site.id);
    const ownWeather = series.some((s) => s.kind === 'weather');
    return summaryKey({
      engineBuild,
      site,
      scenario,
      year,
      edits: foldOverrides(project.assumptions.listFor(site.id)),
      series,
      weather: ownWeather ? [] : siteWeatherFiles(site).map((file) => `${basename(file)}:${bundledFileHash(file)}`),
    });
  }

  /** The stored answer under `key`, or null (none, damaged, or not an answer). */
  read(project: OpenProject, key: string): SiteSummaryAnswer | null {
    const body = this.repo(project).get(key);
    if (body === null) return null;
    try {
      const value: unknown = deserialize(body);
      return isAnswer(value) ? value : null;
    } catch {
      return null;
    }
  }

  /** Stores `answer` under `key`; false when it could not (read-only project, full disk): the answer stands. */
  write(project: OpenProject, key: string, siteId: string, answer: SiteSummaryAnswer): boolean {
    return this.repo(project).put(key, siteId, serialize(answer));
  }
}
