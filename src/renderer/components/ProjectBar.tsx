import { useState } from 'react';
import type { ProjectInfo } from '../../api/schemas/project';
import { useClient } from '../api/context';
import { RecentProjects } from './RecentProjects';

type Action = 'new' | 'open' | 'saveAs';
const LABELS: Record<Action, string> = { new: 'New project', open: 'Open project', saveAs: 'Save project as' };

/**
 * The open project and the file actions. Web mode has no native file dialog, so the path is typed
 * or picked from the recent list; the desktop menu offers the same actions with the system dialogs.
 * There is no Save: the services write every change in its own transaction as it is made.
 */
export function ProjectBar(props: { project: ProjectInfo | null; onChanged: () => void }) {
  const client = useClient();
  const [action, setAction] = useState<Action | null>(null);
  const [path, setPath] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [recent, setRecent] = useState(false);
  const [recentError, setRecentError] = useState<string | null>(null);

  async function openRecent(recentPath: string) {
    setRecentError(null);
    try {
      await client.project.open({ path: recentPath });
      setRecent(false);
      props.onChanged();
    } catch (e) {
      setRecentError(`${recentPath}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!action) return;
    setError(null);
    try {
      if (action === 'new') await client.project.new({ path });
      else if (action === 'open') await client.project.open({ path });
      else await client.project.saveAs({ path, overwrite: false });
      setAction(null);
      props.onChanged();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <div className="project-bar">
      <span className="project-name" title={props.project?.path}>
        {props.project ? `${props.project.name} — ${props.project.siteCount} sites` : 'No project open'}
      </span>
      {(['new', 'open', 'saveAs'] as const).map((a) => (
        <button key={a} type="button" onClick={() => { setAction(a); setRecent(false); setError(null); setPath(''); }}>
          {LABELS[a]}…
        </button>
      ))}
      <button type="button" aria-expanded={recent} onClick={() => { setRecent((r) => !r); setAction(null); setRecentError(null); }}>
        Open recent…
      </button>
      {props.project?.readOnly ? (
        <span className="read-only-note" role="status">
          Read-only: this file cannot be written (permissions or a read-only disk), so editing is disabled. Use “Save project as” to edit a copy.
        </span>
      ) : null}
      {props.project && !props.project.readOnly ? (
        <span className="note autosave" title="Each edit is written to the project file in its own transaction; there is no separate save.">
          Saved automatically: every change is written to the project file as it happens.
        </span>
      ) : null}
      {recent ? <RecentProjects current={props.project?.path ?? null} onOpen={(p) => void openRecent(p)} onClose={() => setRecent(false)} /> : null}
      {recentError ? <div className="field-error" role="alert">{recentError}</div> : null}
      {action ? (
        <form className="path-dialog" role="dialog" aria-label={LABELS[action]} onSubmit={(e) => void submit(e)}>
          <label htmlFor="project-path">{LABELS[action]}: path of the .stargrid file</label>
          <input id="project-path" value={path} autoFocus onChange={(e) => setPath(e.target.value)} placeholder="/home/me/plans/texas.stargrid" />
          <button type="submit" className="primary">OK</button>
          <button type="button" onClick={() => setAction(null)}>Cancel</button>
          {error ? <div className="field-error" role="alert">{error}</div> : null}
        </form>
      ) : null}
    </div>
  );
}
