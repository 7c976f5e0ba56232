import type { ScenarioSpec } from '../../power-model/scenarios/types';
import type { Site } from '../../api/schemas/site';
import type { AttachedSeries } from '../model/attached-series';

export const RUN_KINDS = ['reliability', 'optimize', 'sensitivity', 'sweep'] as const;
export type RunKind = (typeof RUN_KINDS)[number];

/** Everything a job needs, as plain data, so it can cross into a worker thread. */
export type JobRequest = {
  kind: RunKind;
  site: Site;
  /** With the project's assumption edits (input values) already folded into `overrides`. */
  scenario: ScenarioSpec;
  params: Record<string, unknown>;
  /** The project's formula edits of the economics sheet (name → expression). */
  formulas?: Record<string, string>;
  /** Hourly series the user attached to the site (typed arrays cross into the worker by structured clone). */
  attached?: AttachedSeries;
};

/** What a job may tell its caller while it runs; `shouldCancel` is cheap enough to call often. */
export type JobContext = {
  progress: (fraction: number, message?: string) => void;
  shouldCancel: () => boolean;
};

export type JobFunction = (request: JobRequest, ctx: JobContext) => Promise<unknown>;

/** Thrown by a job that noticed `shouldCancel()`; the run ends as cancelled, not failed. */
export class JobCancelled extends Error {
  override name = 'JobCancelled';
  constructor() {
    super('cancelled');
  }
}

export type RunState = {
  /** A UUID: unique across projects and processes, so a status or cancel never reaches another project's run. */
  runId: string;
  /** The run's row in its project's history (`runs:list`), once it has started; null when not recorded. */
  historyId: number | null;
  kind: RunKind;
  siteId: string;
  scenarioId: string;
  status: 'queued' | 'running' | 'done' | 'cancelled' | 'failed';
  /** While queued: 1 for the next to start. */
  queuePosition: number | null;
  progress: number;
  message: string;
  result: unknown;
  error: string | null;
  startedAt: string;
  finishedAt: string | null;
};
