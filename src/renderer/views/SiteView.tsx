import { useState } from 'react';
import type { Site } from '../../api/schemas/site';
import { useClient } from '../api/context';
import { useQuery } from '../api/use-query';
import { Empty, ErrorState, Loading } from '../components/States';
import { formatMW } from '../format';
import { SiteForm } from '../site-form/SiteForm';
import { useUndo } from '../state/undo';
import { SiteWorkbench } from './site/SiteWorkbench';
import { useEditLock } from '../state/read-only';

type Mode = { kind: 'list' } | { kind: 'new' } | { kind: 'edit'; site: Site } | { kind: 'workbench'; siteId: string };

/** The sites of the project: open one to work on its supply and results, edit its details, or add a new one. */
export function SiteView(props: { selectedId: string | null; onSelect: (id: string | null) => void }) {
  const client = useClient();
  const lock = useEditLock();
  const revision = useUndo((s) => s.revision);
  const record = useUndo((s) => s.record);
  const sites = useQuery(() => client.sites.list({}), [revision]);
  const [mode, setMode] = useState<Mode>(() => (props.selectedId ? { kind: 'workbench', siteId: props.selectedId } : { kind: 'list' }));
  const [message, setMessage] = useState<string | null>(null);

  const recordSave = (before: Site | undefined, after: Site) =>
    record({
      label: before ? `edit ${after.name}` : `create ${after.name}`,
      undo: async () => {
        if (before) await client.sites.save({ site: before });
        else await client.sites.delete({ id: after.id });
      },
      redo: async () => {
        await client.sites.save({ site: after });
      },
    });

  if (mode.kind === 'workbench') {
    return (
      <SiteWorkbench
        key={mode.siteId}
        siteId={mode.siteId}
        onBack={() => setMode({ kind: 'list' })}
        onEdit={(site) => setMode({ kind: 'edit', site })}
      />
    );
  }

  if (mode.kind !== 'list') {
    const before = mode.kind === 'edit' ? mode.site : undefined;
    return (
      <SiteForm
        site={before}
        onCancel={() => setMode(before ? { kind: 'workbench', siteId: before.id } : { kind: 'list' })}
        onSaved={(site) => {
          recordSave(before, site);
          setMessage(`Saved ${site.name}.`);
          setMode(before ? { kind: 'workbench', siteId: site.id } : { kind: 'list' });
          props.onSelect(site.id);
          sites.reload();
        }}
      />
    );
  }

  return (
    <section aria-labelledby="sites-title">
      <div className="view-header">
        <h1 id="sites-title">Sites</h1>
        <button type="button" className="primary" onClick={() => setMode({ kind: 'new' })} disabled={lock.disabled} title={lock.title}>
          New site
        </button>
      </div>
      {message ? <div className="banner" role="status">{message}</div> : null}
      {sites.status === 'loading' ? <Loading what="sites" /> : null}
      {sites.status === 'error' ? <ErrorState message={sites.message} onRetry={sites.reload} /> : null}
      {sites.status === 'ready' && sites.data.sites.length === 0 ? <Empty>No sites yet. Create one with “New site”.</Empty> : null}
      {sites.status === 'ready' && sites.data.sites.length > 0 ? (
        <ul className="site-list" aria-label="Site list">
          {sites.data.sites.map((s) => (
            <li key={s.id} className={s.id === props.selectedId ? 'selected' : undefined}>
              <button type="button" className="site-card" onClick={() => {
                  props.onSelect(s.id);
                  setMode({ kind: 'workbench', siteId: s.id });
                }}>
                <span className="site-name">{s.name}</span>
                <span className="site-meta">
                  {s.state} · {s.gridOperator} · {formatMW(s.itMW)} IT
                </span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
