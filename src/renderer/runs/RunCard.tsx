import { useClient } from '../api/context';
import { RUN_KINDS } from './run-settings';
import { RunResult } from './RunResult';
import { useRuns, type RunState } from './use-runs';

export function kindLabel(kind: string): string {
  return RUN_KINDS.find((k) => k.id === kind)?.label ?? kind;
}

/** One run of this window: progress while it works, Cancel, then its result or why it has none. */
export function RunCard(props: { run: RunState }) {
  const client = useClient();
  const cancel = useRuns((s) => s.cancel);
  const r = props.run;
  const pct = Math.round(r.progress * 100);
  // The history's number once recorded; a short form of the UUID before that.
  const label = r.historyId !== null ? String(r.historyId) : r.runId.slice(0, 8);
  const active = r.status === 'running' || r.status === 'queued';
  return (
    <article className={`run-card run-${r.status}`} aria-label={`Run ${label}`} data-run-id={r.runId} data-history-id={r.historyId ?? undefined} data-status={r.status}>
      <header className="run-head">
        <strong>
          #{label} {kindLabel(r.kind)}
        </strong>
        <span>
          {r.siteId} · {r.scenarioId}
        </span>
        <span className="run-status">{r.status}</span>
        {active ? (
          <button type="button" onClick={() => void cancel(client, r.runId)}>
            Cancel
          </button>
        ) : null}
      </header>
      {r.status === 'queued' ? (
        <p className="note run-queue" role="status">
          Waiting in the queue: {r.queuePosition === 1 ? 'next to start' : `position ${r.queuePosition ?? '?'}`} (at most one fewer run than the machine has cores works at once).
        </p>
      ) : null}
      {r.status === 'running' ? (
        <div className="run-progress">
          <div className="progress" role="progressbar" aria-label={`Progress of run ${label}`} aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct}>
            <div className="progress-fill" style={{ width: `${pct}%` }} />
          </div>
          <span className="note">
            {pct}% · {r.message}
          </span>
        </div>
      ) : null}
      {r.status === 'failed' ? <p className="field-error">{r.error ?? 'failed'}</p> : null}
      {r.status === 'cancelled' ? <p className="note">Cancelled; nothing it had done was kept.</p> : null}
      {r.status === 'done' ? <RunResult kind={r.kind} result={r.result} fileName={`${r.siteId} ${r.scenarioId} run ${label}`} /> : null}
    </article>
  );
}
