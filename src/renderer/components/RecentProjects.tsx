import { useClient } from '../api/context';
import { useQuery } from '../api/use-query';

function fileName(path: string): string {
  return path.split(/[\\/]/).at(-1) ?? path;
}

/** The projects opened lately (`project:recent`), newest first; a click opens one. */
export function RecentProjects(props: { current: string | null; onOpen: (path: string) => void; onClose: () => void }) {
  const client = useClient();
  const recent = useQuery(() => client.project.recent({}), []);
  return (
    <div className="recent-list" role="dialog" aria-label="Open recent">
      <strong>Open recent</strong>
      {recent.status === 'loading' ? <p className="note">Loading…</p> : null}
      {recent.status === 'error' ? <p className="field-error">{recent.message}</p> : null}
      {recent.status === 'ready' && recent.data.recent.length === 0 ? <p className="note">No project opened yet.</p> : null}
      {recent.status === 'ready' && recent.data.recent.length > 0 ? (
        <ul>
          {recent.data.recent.map((r) => (
            <li key={r.path}>
              <button type="button" className="link" disabled={r.path === props.current} onClick={() => props.onOpen(r.path)} title={r.path}>
                {fileName(r.path)}
              </button>{' '}
              <span className="url">
                {r.path} · opened {r.openedAt.slice(0, 16).replace('T', ' ')}
                {r.path === props.current ? ' · open now' : ''}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      <button type="button" onClick={props.onClose}>
        Close
      </button>
    </div>
  );
}
