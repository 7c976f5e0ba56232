import type { RunRecord } from '../../api/schemas/project';
import type { ProjectDb } from './connection';

type Row = {
  id: number;
  kind: string;
  site_id: string | null;
  scenario_id: string | null;
  inputs_hash: string;
  started_at: string;
  finished_at: string | null;
  status: RunRecord['status'];
  summary: string | null;
};

/** Run history: what ran, a hash of its inputs, when, and its summary. */
export function runsRepo(db: ProjectDb) {
  const insertStmt = db.prepare<{ kind: string; siteId: string | null; scenarioId: string | null; inputsHash: string; startedAt: string }>(
    `INSERT INTO runs (kind, site_id, scenario_id, inputs_hash, started_at, status)
     VALUES (@kind, @siteId, @scenarioId, @inputsHash, @startedAt, 'running')`,
  );
  const finishStmt = db.prepare<{ id: number; status: RunRecord['status']; summary: string | null; finishedAt: string }>(
    'UPDATE runs SET status = @status, summary = @summary, finished_at = @finishedAt WHERE id = @id',
  );
  const listAll = db.prepare<[number], Row>('SELECT * FROM runs ORDER BY id DESC LIMIT ?');
  const listForSite = db.prepare<[string, number], Row>('SELECT * FROM runs WHERE site_id = ? ORDER BY id DESC LIMIT ?');

  const toRecord = (row: Row): RunRecord => ({
    id: row.id,
    kind: row.kind,
    siteId: row.site_id,
    scenarioId: row.scenario_id,
    inputsHash: row.inputs_hash,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    status: row.status,
    summary: row.summary === null ? null : (JSON.parse(row.summary) as unknown),
  });

  return {
    start: (run: { kind: string; siteId: string | null; scenarioId: string | null; inputsHash: string }): number =>
      Number(insertStmt.run({ ...run, startedAt: new Date().toISOString() }).lastInsertRowid),
    finish: (id: number, status: Exclude<RunRecord['status'], 'running'>, summary: unknown): void => {
      finishStmt.run({ id, status, summary: summary === undefined ? null : JSON.stringify(summary), finishedAt: new Date().toISOString() });
    },
    list: (siteId: string | undefined, limit: number): RunRecord[] =>
      (siteId === undefined ? listAll.all(limit) : listForSite.all(siteId, limit)).map(toRecord),
  };
}
export type RunsRepo = ReturnType<typeof runsRepo>;
