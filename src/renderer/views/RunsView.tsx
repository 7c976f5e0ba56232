import { useState } from 'react';
import { useClient } from '../api/context';
import { useQuery } from '../api/use-query';
import { FieldError } from '../components/FieldError';
import { ErrorState, Loading } from '../components/States';
import { RunHistory } from '../runs/RunHistory';
import { RunCard } from '../runs/RunCard';
import { EMPTY_SETTINGS, FIELDS_BY_KIND, parseSettings, RUN_KINDS, type RunKind, type SettingsDraft, type SettingsField } from '../runs/run-settings';
import { useRuns } from '../runs/use-runs';
import { scenarioFor, useSelection } from '../state/selection';
import { NamedOptions } from '../components/NamedOptions';

const FIELD_LABELS: Record<SettingsField, { label: string; hint: string }> = {
  years: { label: 'Simulated years', hint: '1 to 100 000' },
  seed: { label: 'Random seed', hint: 'same seed, same answer' },
  year: { label: 'Model year', hint: 'blank: the workbench’s year' },
  representativeDays: { label: 'Representative days', hint: 'blank: all 8760 hours' },
  reserveUnits: { label: 'Reserve units (N+k)', hint: '0 to 4' },
  co2TonnesPerYear: { label: 'CO2 cap, t/yr', hint: 'blank: no cap' },
  gridMW: { label: 'Grid draw cap, MW', hint: 'blank: no cap' },
  landAcres: { label: 'Land cap, acres', hint: 'blank: no cap' },
  residentialBillUSDPerMonth: { label: 'Household bill cap, USD/month', hint: 'blank: no cap' },
  twoStage: { label: 'Two stages: size on the days, then dispatch the full year', hint: '' },
  reliabilityTarget: { label: 'Reliability target', hint: '' },
  recheckYears: { label: 'Monte Carlo years of the re-check', hint: 'blank: 200' },
  availabilityTargetPct: { label: 'Availability target, %', hint: 'blank: Tier III 99.982; 0: none' },
  sweepXName: { label: 'Swept input', hint: 'e.g. gasPriceUSDPerMMBtu' },
  sweepXValues: { label: 'Its values', hint: 'e.g. 2, 3, 4, 5, 6' },
  sweepYName: { label: 'Second swept input', hint: 'blank: one input only' },
  sweepYValues: { label: 'Its values', hint: 'e.g. 0.05, 0.07, 0.09' },
  threads: { label: 'Worker threads', hint: 'blank: one per core' },
  flexibleMaxMW: { label: 'Flexible grid offer, MW', hint: 'blank: none; curtailed in the host system’s stress hours' },
  firmOfferMW: { label: 'Firm grid offer, MW', hint: 'blank: the site’s import limit' },
  energizeValueUSDPerMWMonth: { label: 'Value of energizing earlier, USD/MW-month', hint: 'blank: 257 493 (estimate: the margin a month of delay loses)' },
  flexibleQueueMonths: { label: 'Flexible queue, months', hint: 'blank: the scenario’s, else 24 (estimate)' },
  firmQueueMonths: { label: 'Firm queue, months', hint: 'blank: the scenario’s, else the site’s' },
};
const NAME_FIELDS: readonly SettingsField[] = ['sweepXName', 'sweepYName'];

/**
 * Long runs: optimization, Monte Carlo reliability and sensitivity, each worked in the services'
 * worker threads; this view only starts them, polls their progress, cancels them and shows what
 * they found, with the project's run history below.
 */
export function RunsView(props: { siteId: string | null; onSelectSite: (id: string) => void }) {
  const client = useClient();
  const sites = useQuery(() => client.sites.list({}), []);
  const siteId = props.siteId ?? (sites.status === 'ready' ? (sites.data.sites[0]?.id ?? null) : null);
  const scenarios = useQuery(() => (siteId ? client.scenarios.list({ siteId }) : Promise.resolve({ scenarios: [] })), [siteId]);
  const picked = useSelection((s) => (siteId ? scenarioFor(s.scenarioBySite, siteId) : 'hybrid'));
  const [scenarioId, setScenarioId] = useState<string | null>(null);
  const [kind, setKind] = useState<RunKind>('sensitivity');
  const [draft, setDraft] = useState<SettingsDraft>(EMPTY_SETTINGS);
  const [startError, setStartError] = useState<string | null>(null);
  const sheetInputs = useQuery(
    () => (siteId && kind === 'sweep' ? client.assumptions.get({ siteId, scenarioId: scenarioId ?? picked }).then((r) => r.rows.filter((row) => row.kind === 'input').map((row) => row.name)) : Promise.resolve([])),
    [siteId, scenarioId ?? picked, kind],
  );
  const runs = useRuns((s) => s.runs);
  const start = useRuns((s) => s.start);

  if (sites.status === 'loading') return <Loading what="sites" />;
  if (sites.status === 'error') return <ErrorState message={sites.message} onRetry={sites.reload} />;
  if (!siteId) return <p className="note">Add a site first.</p>;

  const scenario = scenarioId ?? picked;
  const { params, errors } = parseSettings(kind, draft);
  const valid = Object.keys(errors).length === 0;
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!valid) return;
    setStartError(null);
    try {
      await start(client, { kind, siteId, scenarioId: scenario, params });
    } catch (error) {
      setStartError(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <section aria-labelledby="runs-title">
      <div className="view-header">
        <h1 id="runs-title">Runs</h1>
      </div>
      <form className="run-form" aria-label="Start a run" onSubmit={(e) => void submit(e)}>
        <fieldset className="run-kinds">
          <legend>Kind of run</legend>
          {RUN_KINDS.map((k) => (
            <label key={k.id} title={k.summary}>
              <input type="radio" name="run-kind" value={k.id} checked={kind === k.id} onChange={() => setKind(k.id)} />
              {k.label}
            </label>
          ))}
          <p className="note">{RUN_KINDS.find((k) => k.id === kind)?.summary}</p>
        </fieldset>
        <div className="run-fields">
          <div className="field">
            <label htmlFor="run-site">Site</label>
            <select id="run-site" value={siteId} onChange={(e) => { setScenarioId(null); props.onSelectSite(e.target.value); }}>
              <NamedOptions items={sites.data.sites} />
            </select>
          </div>
          <div className="field">
            <label htmlFor="run-scenario">Scenario</label>
            <select id="run-scenario" value={scenario} onChange={(e) => setScenarioId(e.target.value)}>
              <NamedOptions items={scenarios.status === 'ready' ? scenarios.data.scenarios : []} />
            </select>
          </div>
          {FIELDS_BY_KIND[kind].map((field) => {
            const id = `run-${field}`;
            const error = errors[field];
            if (field === 'twoStage') {
              return (
                <div className="field field-check" key={field}>
                  <label>
                    <input type="checkbox" checked={draft.twoStage === 'yes'} onChange={(e) => setDraft((d) => ({ ...d, twoStage: e.target.checked ? 'yes' : '' }))} aria-describedby={error ? `${id}-error` : undefined} /> {FIELD_LABELS[field].label}
                  </label>
                  <FieldError id={`${id}-error`} error={error} />
                </div>
              );
            }
            if (field === 'reliabilityTarget') {
              return (
                <div className="field" key={field}>
                  <label htmlFor={id}>{FIELD_LABELS[field].label}</label>
                  <select id={id} value={draft.reliabilityTarget} onChange={(e) => setDraft((d) => ({ ...d, reliabilityTarget: e.target.value }))}>
                    <option value="n-plus-k">N+k reserve (“N+1 on paper”)</option>
                    <option value="worst-day">Firm on the worst day (common-mode events ridden through)</option>
                  </select>
                </div>
              );
            }
            return (
              <div className="field" key={field}>
                <label htmlFor={id}>{FIELD_LABELS[field].label}</label>
                <input id={id} inputMode={NAME_FIELDS.includes(field) ? 'text' : 'decimal'} list={NAME_FIELDS.includes(field) ? 'sheet-inputs' : undefined} value={draft[field]} placeholder={FIELD_LABELS[field].hint} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} onChange={(e) => setDraft((d) => ({ ...d, [field]: e.target.value }))} />
                <FieldError id={`${id}-error`} error={error} />
              </div>
            );
          })}
        </div>
        <datalist id="sheet-inputs">
          {(sheetInputs.status === 'ready' ? sheetInputs.data : []).map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
        <div className="form-actions">
          <button type="submit" className="primary" disabled={!valid}>
            Start run
          </button>
          {startError ? (
            <span className="field-error" role="alert">
              {startError}
            </span>
          ) : null}
        </div>
      </form>
      {runs.length > 0 ? (
        <>
          <h2>Runs in this window</h2>
          <div className="run-list">
            {[...runs].reverse().map((r) => (
              <RunCard key={r.runId} run={r} />
            ))}
          </div>
        </>
      ) : null}
      <RunHistory />
    </section>
  );
}
