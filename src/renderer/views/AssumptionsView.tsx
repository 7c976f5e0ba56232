import { useEffect, useState } from 'react';
import type { AssumptionRow, AssumptionsResponse } from '../../api/schemas/assumptions';
import { useClient } from '../api/context';
import { useQuery } from '../api/use-query';
import { ErrorState, Loading } from '../components/States';
import { sig3 } from '../format';
import { scenarioFor, useSelection } from '../state/selection';
import { useUndo } from '../state/undo';
import { FormulaPanel } from '../trace/FormulaPanel';
import { useTrace } from '../trace/trace';
import { NamedOptions } from '../components/NamedOptions';
import { FieldError } from '../components/FieldError';
import { useEditLock } from '../state/read-only';

type Edit = { value: number } | { expr: string };

/** What a row holds now, as an edit that would put it back (null: no edit, so reset). */
function currentEdit(row: AssumptionRow): Edit | null {
  if (!row.override) return null;
  return row.override.expr !== null ? { expr: row.override.expr } : { value: row.override.value ?? row.defaultValue };
}

/** A row's number with its unit; tiny and huge numbers in three significant figures. */
function shown(value: number, unit: string): string {
  const a = Math.abs(value);
  const text = a >= 1e4 ? Math.round(value).toLocaleString('en-US') : sig3(value);
  return unit ? `${text} ${unit}` : text;
}

/**
 * The economics sheet of a site × scenario as a table: name, formula or input, value with unit,
 * source. A changed input or formula is checked by the engine before it is kept; a bad formula
 * or a unit mismatch shows on its own row and changes nothing else.
 */
export function AssumptionsView(props: { siteId: string | null; onSelectSite: (id: string) => void }) {
  const client = useClient();
  const revision = useUndo((s) => s.revision);
  const record = useUndo((s) => s.record);
  const lock = useEditLock();
  const sites = useQuery(() => client.sites.list({}), []);
  const target = useTrace((s) => s.target);
  const clearTarget = useTrace((s) => s.clear);
  const siteId = target?.siteId ?? props.siteId ?? (sites.status === 'ready' ? (sites.data.sites[0]?.id ?? null) : null);
  const selectedScenario = useSelection((s) => (siteId ? scenarioFor(s.scenarioBySite, siteId) : 'hybrid'));
  // A clicked number names its own scenario (a Compare column may not be the site's pick).
  const scenarioId = target && target.siteId === siteId ? target.scenarioId : selectedScenario;
  const [sheet, setSheet] = useState<{ status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; data: AssumptionsResponse }>({ status: 'loading' });
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [rowErrors, setRowErrors] = useState<Record<string, string>>({});
  const [filter, setFilter] = useState('');

  useEffect(() => {
    if (!siteId) return undefined;
    let live = true;
    setSheet((s) => (s.status === 'ready' ? s : { status: 'loading' }));
    client.assumptions.get({ siteId, scenarioId }).then(
      (data) => {
        if (!live) return;
        setSheet({ status: 'ready', data });
        setDrafts({});
        setRowErrors({});
      },
      (error: unknown) => live && setSheet({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [client, siteId, scenarioId, revision]);

  const tracedRow = target && sheet.status === 'ready' && sheet.data.siteId === target.siteId && sheet.data.scenarioId === target.scenarioId ? target.row : null;
  useEffect(() => {
    if (!tracedRow) return;
    const row = document.querySelector(`tr[data-row="${tracedRow}"]`);
    if (row && typeof row.scrollIntoView === 'function') row.scrollIntoView({ block: 'center' });
  }, [tracedRow]);

  if (sites.status === 'loading' || (siteId && sheet.status === 'loading')) return <Loading what="assumptions" />;
  if (sites.status === 'error') return <ErrorState message={sites.message} />;
  if (!siteId) return <p className="note">Add a site first.</p>;
  if (sheet.status === 'error') return <ErrorState message={sheet.message} />;
  if (sheet.status !== 'ready') return null;

  const apply = async (name: string, next: Edit | null, previous: Edit | null) => {
    const set = (edit: Edit) => client.assumptions.set({ siteId, scenarioId, name, ...edit });
    const reset = () => client.assumptions.reset({ siteId, scenarioId, name });
    try {
      const data = next ? await set(next) : await reset();
      setSheet({ status: 'ready', data });
      setDrafts((d) => Object.fromEntries(Object.entries(d).filter(([k]) => k !== name)));
      setRowErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => k !== name)));
      record({
        label: next ? `edit ${name}` : `reset ${name}`,
        undo: async () => void (previous ? await set(previous) : await reset()),
        redo: async () => void (next ? await set(next) : await reset()),
      });
    } catch (error) {
      setRowErrors((e) => ({ ...e, [name]: error instanceof Error ? error.message : String(error) }));
    }
  };

  const commit = (row: AssumptionRow) => {
    const text = drafts[row.name];
    if (text === undefined) return;
    const original = row.kind === 'formula' ? (row.expr ?? '') : String(row.value);
    if (text.trim() === original.trim()) return;
    if (row.kind === 'input') {
      const value = Number(text.trim());
      if (text.trim() === '' || !Number.isFinite(value)) {
        setRowErrors((e) => ({ ...e, [row.name]: 'must be a number' }));
        return;
      }
      void apply(row.name, { value }, currentEdit(row));
    } else void apply(row.name, { expr: text.trim() }, currentEdit(row));
  };

  const siteOptions = sites.status === 'ready' ? sites.data.sites : [];
  const rows = sheet.data.rows.filter((r) => !filter || r.name.toLowerCase().includes(filter.toLowerCase()) || r.description.toLowerCase().includes(filter.toLowerCase()));

  return (
    <section aria-labelledby="assumptions-title">
      <div className="view-header">
        <h1 id="assumptions-title">Assumptions</h1>
      </div>
      <div className="compare-controls">
        <div className="field">
          <label htmlFor="assumptions-site">Site</label>
          <select
            id="assumptions-site"
            value={siteId}
            onChange={(e) => {
              clearTarget();
              props.onSelectSite(e.target.value);
            }}
          >
            <NamedOptions items={siteOptions} />
          </select>
        </div>
        <div className="field">
          <label htmlFor="assumptions-filter">Find a row</label>
          <input id="assumptions-filter" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="e.g. lcoe, gas, crf" />
        </div>
        <p className="note">
          {sheet.data.sheetTitle} for scenario “{scenarioId}” (pick it in the Site view). Edit a value or formula and press Enter; each edit is checked before it is kept and can be undone.
        </p>
      </div>
      {tracedRow ? <FormulaPanel rows={sheet.data.rows} name={tracedRow} onShow={(row) => target && useTrace.getState().show({ ...target, row })} onClose={clearTarget} /> : null}
      <table className="data-table assumptions-table" aria-label="Assumptions">
        <thead>
          <tr>
            <th>Name</th>
            <th>Input or formula</th>
            <th className="num">Value</th>
            <th>Source</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const error = rowErrors[row.name];
            const inputId = `assumption-${row.name}`;
            const text = drafts[row.name] ?? (row.kind === 'formula' ? (row.expr ?? '') : String(row.value));
            return (
              <tr key={row.name} data-row={row.name} className={[error ? 'row-invalid' : row.override ? 'row-edited' : '', row.name === tracedRow ? 'row-traced' : ''].join(' ').trim() || undefined}>
                <th scope="row">
                  <span className="assumption-name">{row.name}</span>
                  {row.description ? <span className="site-meta">{row.description}</span> : null}
                </th>
                <td>
                  <input
                    id={inputId}
                    className={row.kind === 'formula' ? 'formula' : undefined}
                    aria-label={`${row.name} ${row.kind === 'formula' ? 'formula' : 'value'}`}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={error ? `${inputId}-error` : undefined}
                    value={text}
                    onChange={(e) => setDrafts((d) => ({ ...d, [row.name]: e.target.value }))}
                    onKeyDown={(e) => {
                      // Enter commits through blur, so one edit is sent once.
                      if (e.key === 'Enter') e.currentTarget.blur();
                      if (e.key === 'Escape') {
                        setDrafts((d) => Object.fromEntries(Object.entries(d).filter(([k]) => k !== row.name)));
                        setRowErrors((r) => Object.fromEntries(Object.entries(r).filter(([k]) => k !== row.name)));
                      }
                    }}
                    onBlur={() => commit(row)}
                    disabled={lock.disabled}
                    title={lock.title}
                  />
                  <FieldError id={`${inputId}-error`} error={error} />
                </td>
                <td className="num" data-value={row.value}>
                  {shown(row.value, row.unit)}
                  {row.override ? <span className="delta"> (default {shown(row.defaultValue, row.unit)})</span> : null}
                </td>
                <td className="source">
                  {row.source ?? (row.kind === 'formula' ? 'formula' : '—')}
                  {row.estimate ? <span className="tag">estimate</span> : null}
                </td>
                <td>
                  {row.override ? (
                    <button type="button" className="link" onClick={() => void apply(row.name, null, currentEdit(row))} disabled={lock.disabled} title={lock.title}>
                      Reset to default
                    </button>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
