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
  return (
    <article className={`run-card run-${r.status}`} aria-label={`Run ${r.runId}`} data-run-id={r.runId} data-status={r.status}>
      <header className="run-head">
        <strong>
          #{r.runId} {kindLabel(r.kind)}
        </strong>
        <span>
          {r.siteId} · {r.scenarioId}
        </span>
        <span className="run-status">{r.status}</span>
        {r.status === 'running' ? (
          <button type="button" onClick={() => void cancel(client, r.runId)}>
            Cancel
          </button>
        ) : null}
      </header>
      {r.status === 'running' ? (
        <div className="run-progress">
          <div className="progress" role="progressbar" aria-label={`Progress of run ${r.runId}`} aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct}>
            <div className="progress-fill" style={{ width: `${pct}%` }} />
          </div>
          <span className="note">
            {pct}% · {r.message}
          </span>
        </div>
      ) : null}
      {r.status === 'failed' ? <p className="field-error">{r.error ?? 'failed'}</p> : null}
      {r.status === 'cancelled' ? <p className="note">Cancelled; nothing it had done was kept.</p> : null}
      {r.status === 'done' ? <RunResult kind={r.kind} result={r.result} fileName={`${r.siteId} ${r.scenarioId} run ${r.runId}`} /> : null}
    </article>
  );
}
