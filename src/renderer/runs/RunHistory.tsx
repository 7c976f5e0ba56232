import { Fragment, useState } from 'react';
import { useClient } from '../api/context';
import { useQuery } from '../api/use-query';
import { ErrorState } from '../components/States';
import { kindLabel } from './RunCard';
import { RunResult } from './RunResult';
import { useRuns } from './use-runs';

function when(iso: string | null): string {
  return iso ? iso.slice(0, 19).replace('T', ' ') : '—';
}

/** The project's run history (`runs:list`), reloaded whenever a run of this window ends; a finished run's result opens in place. */
export function RunHistory() {
  const client = useClient();
  const finished = useRuns((s) => s.finished);
  const started = useRuns((s) => s.runs.length);
  const history = useQuery(() => client.runs.list({ limit: 50 }), [finished, started]);
  const [open, setOpen] = useState<number | null>(null);
  return (
    <>
      <h2>Run history of this project</h2>
      {history.status === 'error' ? <ErrorState message={history.message} onRetry={history.reload} /> : null}
      {history.status === 'ready' && history.data.runs.length === 0 ? <p className="note">No runs yet.</p> : null}
      {history.status === 'ready' && history.data.runs.length > 0 ? (
        <table className="data-table" aria-label="Run history">
          <thead>
            <tr>
              <th className="num">Run</th>
              <th>Kind</th>
              <th>Site</th>
              <th>Scenario</th>
              <th>Started (UTC)</th>
              <th>Finished (UTC)</th>
              <th>Status</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {history.data.runs.map((r) => (
              <Fragment key={r.id}>
                <tr data-run-id={r.id} data-status={r.status}>
                  <td className="num">{r.id}</td>
                  <td>{kindLabel(r.kind)}</td>
                  <td>{r.siteId ?? '—'}</td>
                  <td>{r.scenarioId ?? '—'}</td>
                  <td>{when(r.startedAt)}</td>
                  <td>{when(r.finishedAt)}</td>
                  <td className="run-status">{r.status}</td>
                  <td>
                    {r.status === 'done' || r.status === 'failed' ? (
                      <button type="button" className="link" aria-expanded={open === r.id} onClick={() => setOpen(open === r.id ? null : r.id)}>
                        {open === r.id ? 'Hide result' : 'Show result'}
                      </button>
                    ) : null}
                  </td>
                </tr>
                {open === r.id ? (
                  <tr>
                    <td colSpan={8}>
                      <RunResult kind={r.kind} result={r.summary} fileName={`${r.siteId ?? 'site'} ${r.scenarioId ?? ''} run ${r.id}`} />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}
