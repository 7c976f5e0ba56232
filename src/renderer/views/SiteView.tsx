import { useState } from 'react';
import type { Site } from '../../api/schemas/site';
import { useClient } from '../api/context';
import { useQuery } from '../api/use-query';
import { Empty, ErrorState, Loading } from '../components/States';
import { formatMW } from '../format';
import { SiteForm } from '../site-form/SiteForm';

type Mode = { kind: 'list' } | { kind: 'new' } | { kind: 'edit'; site: Site };

/** The sites of the project: pick one to edit, or add a new one. */
export function SiteView(props: { selectedId: string | null; onSelect: (id: string | null) => void }) {
  const client = useClient();
  const sites = useQuery(() => client.sites.list({}), []);
  const [mode, setMode] = useState<Mode>({ kind: 'list' });
  const [message, setMessage] = useState<string | null>(null);

  const openEditor = async (id: string) => {
    try {
      const { site } = await client.sites.get({ id });
      props.onSelect(id);
      setMode({ kind: 'edit', site });
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    }
  };

  if (mode.kind !== 'list') {
    return (
      <SiteForm
        site={mode.kind === 'edit' ? mode.site : undefined}
        onCancel={() => setMode({ kind: 'list' })}
        onSaved={(site) => {
          setMessage(`Saved ${site.name}.`);
          setMode({ kind: 'list' });
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
        <button type="button" className="primary" onClick={() => setMode({ kind: 'new' })}>
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
              <button type="button" className="site-card" onClick={() => void openEditor(s.id)}>
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
