import { useEffect, useState } from 'react';
import type { HostUtilityField, HostUtilityResponse } from '../../api/schemas/host-utility-edit';
import type { SiteRateImpactCase } from '../../api/schemas/site-rate-impact';
import { useClient } from '../api/context';
import { ErrorState, Loading } from '../components/States';
import { sig3 } from '../format';
import { useUndo } from '../state/undo';
import { currentHostEdit, parseHostValue, type HostEdit } from './host-input-edits';
import { hostInputs } from './rate-impact-rows';
import { useEditLock } from '../state/read-only';

type Load = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; data: HostUtilityResponse };

const shown = (v: number) => (Math.abs(v) >= 1e4 ? Math.round(v).toLocaleString('en-US') : sig3(v));
const without = (record: Record<string, string>, key: string) => Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));

/**
 * The host-utility figures behind the result, editable (GitHub issue 7): every number of
 * `data/rate-impact/<site>.json` by its dotted path. Enter or leaving the field commits, Escape
 * reverts, a refused edit is shown on its row and nothing is saved; each edit can be undone.
 * `onEdited` re-runs the rate impact. The engine's defaults follow, read-only.
 */
export function HostInputs(props: { siteId: string; item: SiteRateImpactCase; sources: Record<string, string>; estimates: Record<string, string>; onEdited: () => void }) {
  const client = useClient();
  const record = useUndo((s) => s.record);
  const lock = useEditLock();
  const revision = useUndo((s) => s.revision);
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [rowErrors, setRowErrors] = useState<Record<string, string>>({});
  const { siteId, onEdited } = props;

  useEffect(() => {
    let live = true;
    client.hostUtility.get({ siteId }).then(
      (data) => live && setLoad({ status: 'ready', data }),
      (error: unknown) => live && setLoad({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [client, siteId, revision]);

  const send = (path: string, edit: HostEdit) => (edit ? client.hostUtility.set({ siteId, path, value: edit.value, ...(edit.note ? { note: edit.note } : {}) }) : client.hostUtility.reset({ siteId, path }));

  const apply = async (path: string, next: HostEdit, previous: HostEdit) => {
    try {
      const data = await send(path, next);
      setLoad({ status: 'ready', data });
      setDrafts((d) => without(d, path));
      setRowErrors((e) => without(e, path));
      record({
        label: next ? `edit ${path}` : `reset ${path}`,
        undo: async () => void (await send(path, previous)),
        redo: async () => void (await send(path, next)),
      });
      onEdited();
    } catch (error) {
      setRowErrors((e) => ({ ...e, [path]: error instanceof Error ? error.message : String(error) }));
    }
  };

  const commit = (field: HostUtilityField) => {
    const text = drafts[field.path];
    if (text === undefined || text.trim() === String(field.value)) return;
    const parsed = parseHostValue(text);
    if ('error' in parsed) {
      setRowErrors((e) => ({ ...e, [field.path]: `${field.path}: ${parsed.error}` }));
      return;
    }
    void apply(field.path, { value: parsed.value, note: field.note }, currentHostEdit(field));
  };

  const defaults = hostInputs(props.item).filter((i) => i.source.startsWith('engine default'));

  return (
    <>
      <h2>Inputs behind it</h2>
      <p className="note">
        The figures of <code>data/rate-impact/{siteId}.json</code>. Edit one and press Enter: it is checked, kept in this project, marked “user-edited” and no longer an estimate, and the result above is worked again. Each edit can be undone.
      </p>
      {load.status === 'loading' ? <Loading what="the host-utility inputs" /> : null}
      {load.status === 'error' ? <ErrorState message={load.message} /> : null}
      {load.status === 'ready' ? (
        <table className="data-table host-inputs" aria-label="Host-utility inputs">
          <thead>
            <tr>
              <th>Input</th>
              <th>Value</th>
              <th>Source</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {load.data.fields.map((field, index, all) => {
              // One source often covers a whole section (`utility.classes`): say it once.
              const sameSource = index > 0 && field.source !== null && all[index - 1]?.source === field.source;
              const error = rowErrors[field.path];
              const inputId = `host-${field.path.replaceAll('.', '-')}`;
              return (
                <tr key={field.path} data-path={field.path} className={error ? 'row-invalid' : field.edited ? 'row-edited' : undefined}>
                  <th scope="row" className="assumption-name">
                    {field.path}
                  </th>
                  <td>
                    <input
                      id={inputId}
                      inputMode="decimal"
                      aria-label={`${field.path} value`}
                      aria-invalid={error ? true : undefined}
                      aria-describedby={error ? `${inputId}-error` : undefined}
                      value={drafts[field.path] ?? String(field.value)}
                      onChange={(e) => setDrafts((d) => ({ ...d, [field.path]: e.target.value }))}
                      onKeyDown={(e) => {
                        // Enter commits through blur, so one edit is sent once.
                        if (e.key === 'Enter') e.currentTarget.blur();
                        if (e.key === 'Escape') {
                          setDrafts((d) => without(d, field.path));
                          setRowErrors((r) => without(r, field.path));
                        }
                      }}
                      onBlur={() => commit(field)}
                      disabled={lock.disabled}
                      title={lock.title}
                    />
                    {error ? (
                      <div className="field-error" id={`${inputId}-error`} role="alert">
                        {error}
                      </div>
                    ) : null}
                    {field.edited ? <span className="delta"> (bundled {shown(field.bundledValue)})</span> : null}
                  </td>
                  <td className="source">
                    {sameSource ? <span className="site-meta">same source as above</span> : (field.source ?? '—')}
                    {field.edited ? <span className="tag">user-edited</span> : null}
                    {field.estimate !== null ? <span className="tag" title={field.estimate}>estimate</span> : null}
                  </td>
                  <td>
                    {field.edited ? (
                      <button type="button" className="link" onClick={() => void apply(field.path, null, currentHostEdit(field))} disabled={lock.disabled} title={lock.title}>
                        Reset
                      </button>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
      {defaults.length > 0 ? (
        <>
          <h3>Engine defaults (not in the file)</h3>
          <table className="data-table" aria-label="Engine defaults">
            <tbody>
              {defaults.map((i) => (
                <tr key={i.key}>
                  <th scope="row" className="assumption-name">
                    {i.key}
                  </th>
                  <td className="num">
                    {shown(i.value)} {i.unit}
                  </td>
                  <td className="source">
                    {i.source}
                    <span className="tag">estimate</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      <h3>Sources of the host-utility file</h3>
      <dl className="sources">
        {Object.entries(props.sources).map(([path, text]) => (
          <div key={path}>
            <dt className="assumption-name">{path}</dt>
            <dd>{text}</dd>
          </div>
        ))}
      </dl>
      {Object.keys(props.estimates).length > 0 ? (
        <>
          <h3>Estimates, and why</h3>
          <dl className="sources">
            {Object.entries(props.estimates).map(([path, text]) => (
              <div key={path}>
                <dt className="assumption-name">
                  {path} <span className="tag">estimate</span>
                </dt>
                <dd>{text}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
    </>
  );
}
