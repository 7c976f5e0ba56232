import { useEffect, useRef, useState } from 'react';
import type { Scenario } from '../../../api/schemas/scenario';
import type { Site } from '../../../api/schemas/site';
import { ApiCallError } from '../../api/client';
import { useClient } from '../../api/context';
import { useQuery } from '../../api/use-query';
import { Figures } from '../../components/Figures';
import { ErrorState, Loading } from '../../components/States';
import { downloadText } from '../../export/download';
import { exportFileName } from '../../../api/export-names';
import { summaryCsv } from '../../export/csv';
import { ServiceExports } from '../../export/ServiceExports';
import { formatMW } from '../../format';
import { reportHash } from '../../report/report-route';
import { summarizeNameplate } from '../../results/nameplate';
import { siteFigures } from '../../results/site-figures';
import { draftFromResult, editedScenario, parseSupply, type SupplyDraft, type SupplyField } from '../../results/supply';
import { useRateImpact } from '../../results/use-rate-impact';
import { useFirmCapacity } from '../../results/use-firm-capacity';
import { FirmWaterfall } from '../../charts/FirmWaterfall';
import { useSimulation } from '../../results/use-simulation';
import { scenarioFor, useSelection } from '../../state/selection';
import { useUndo } from '../../state/undo';
import { SiteCharts } from './SiteCharts';
import { AttachedSeries } from './AttachedSeries';
import { SupplyPanel } from './SupplyPanel';
import { PermitBudgets } from './PermitBudgets';
import { permitOrderNote, permitRows } from '../../results/permit-rows';
import { FlexibleReadout } from './FlexibleReadout';
import { PermitFuelPanel } from './PermitFuelPanel';
import { parsePermitFuel, permitFuelDraft, type PermitFuelDraft, type PermitFuelField } from '../../results/permit-fuel';
import { YearPicker } from './YearPicker';
import { useEditLock } from '../../state/read-only';

const TYPING_PAUSE_MS = 500;

/** The id of the one scenario a site's supply edits are saved under. */
export function editedScenarioId(siteId: string): string {
  return `${siteId}-edited`.slice(0, 80);
}

/**
 * One site at work: pick a scenario, change its sizes and see cost, CO2, bill change,
 * time-to-power and the charts follow. Edits are saved as the site's "edited" scenario and can be
 * undone from anywhere (Ctrl+Z).
 */
export function SiteWorkbench(props: { siteId: string; onBack: () => void; onEdit: (site: Site) => void }) {
  const client = useClient();
  const lock = useEditLock();
  const { siteId } = props;
  const revision = useUndo((s) => s.revision);
  const record = useUndo((s) => s.record);
  const scenarioId = useSelection((s) => scenarioFor(s.scenarioBySite, siteId));
  const setScenario = useSelection((s) => s.setScenario);
  const year = useSelection((s) => s.yearBySite[siteId]);
  const setYear = useSelection((s) => s.setYear);
  const [refresh, setRefresh] = useState(0);
  const site = useQuery(() => client.sites.get({ id: siteId }), [siteId, revision]);
  const scenarios = useQuery(() => client.scenarios.list({ siteId }), [siteId, revision, refresh]);
  const sim = useSimulation({ siteId, scenarioId, year }, `${refresh}:${revision}`);
  const rate = useRateImpact(siteId, scenarioId, `${refresh}:${revision}`);
  const firm = useFirmCapacity(siteId, scenarioId, year, `${refresh}:${revision}`);

  const [draft, setDraft] = useState<SupplyDraft | null>(null);
  const [changed, setChanged] = useState<Set<SupplyField>>(() => new Set());
  const [errors, setErrors] = useState<Partial<Record<SupplyField, string>>>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const origin = useQuery(() => client.scenarios.get({ id: scenarioId }), [scenarioId, revision, refresh]);
  const [permitDraft, setPermitDraft] = useState<PermitFuelDraft | null>(null);
  const [permitErrors, setPermitErrors] = useState<Partial<Record<PermitFuelField, string>>>({});
  const permitTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  // A picked scenario, an undo or a redo shows the sizes the engine actually built.
  useEffect(() => {
    setDraft(null);
    setChanged(new Set());
    setErrors({});
    setPermitDraft(null);
    setPermitErrors({});
  }, [scenarioId, revision]);
  useEffect(() => {
    if (origin.status === 'ready' && permitDraft === null && origin.data.scenario.id === scenarioId) setPermitDraft(permitFuelDraft(origin.data.scenario));
  }, [origin, permitDraft, scenarioId]);
  useEffect(() => {
    if (sim.result && draft === null && sim.result.summary.scenarioId === scenarioId) setDraft(draftFromResult(sim.result));
  }, [sim.result, draft, scenarioId]);
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
    if (permitTimer.current) clearTimeout(permitTimer.current);
  }, []);

  const apply = async (next: SupplyDraft, fields: Set<SupplyField>) => {
    const parsed = parseSupply(next, fields);
    setErrors(parsed.errors);
    if (Object.keys(parsed.errors).length > 0) return;
    await saveEdited((from, meta) => editedScenario(from, parsed.values, next.strategy, meta));
  };

  // Permits and gas: checked by the scenario schema as typed, saved into the same edited scenario.
  const applyPermits = async (next: PermitFuelDraft) => {
    if (origin.status !== 'ready') return;
    const parsed = parsePermitFuel(next, origin.data.scenario);
    setPermitErrors(parsed.errors);
    if (Object.keys(parsed.errors).length > 0) return;
    await saveEdited((from, meta) => ({ ...from, ...meta, permits: parsed.permits, fuel: parsed.fuel }));
  };

  const onPermitChange = (next: PermitFuelDraft, _field: PermitFuelField, immediate: boolean) => {
    setPermitDraft(next);
    if (permitTimer.current) clearTimeout(permitTimer.current);
    if (immediate) void applyPermits(next);
    else permitTimer.current = setTimeout(() => void applyPermits(next), TYPING_PAUSE_MS);
  };

  /** Saves the site's edited scenario made by `build` from the picked one, selects it and records the undo. */
  const saveEdited = async (build: (from: Scenario, meta: { id: string; name: string }) => Scenario) => {
    if (site.status !== 'ready') return;
    setSaveError(null);
    const editedId = editedScenarioId(siteId);
    try {
      const origin = (await client.scenarios.get({ id: scenarioId })).scenario;
      const previous = await client.scenarios.get({ id: editedId }).then(
        (r) => r.scenario,
        () => null,
      );
      const name = origin.id === editedId ? origin.name : `${site.data.site.name}: edited ${origin.name}`;
      const scenario: Scenario = build(origin, { id: editedId, name });
      await client.scenarios.save({ scenario, siteId });
      const before = scenarioId;
      setScenario(siteId, editedId);
      setRefresh((r) => r + 1);
      record({
        label: `change the supply of ${site.data.site.name}`,
        undo: async () => {
          if (previous) await client.scenarios.save({ scenario: previous, siteId });
          else await client.scenarios.delete({ id: editedId });
          useSelection.getState().setScenario(siteId, before);
        },
        redo: async () => {
          await client.scenarios.save({ scenario, siteId });
          useSelection.getState().setScenario(siteId, editedId);
        },
      });
    } catch (error) {
      setSaveError(error instanceof ApiCallError ? `${error.message} (${error.path})` : String(error));
    }
  };

  const onChange = (field: SupplyField, text: string) => {
    if (!draft) return;
    const next = { ...draft, [field]: text };
    const fields = new Set(changed).add(field);
    setDraft(next);
    setChanged(fields);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void apply(next, fields), TYPING_PAUSE_MS);
  };

  if (site.status === 'loading') return <Loading what="site" />;
  if (site.status === 'error') return <ErrorState message={site.message} onRetry={site.reload} />;
  const s = site.data.site;
  const nameplate = summarizeNameplate(s);
  const cancelled = s.phases.length - nameplate.phaseCount;
  const result = sim.result && sim.result.summary.scenarioId === scenarioId && (year === undefined || sim.result.summary.year === year) ? sim.result : null;
  const scenarioOptions = scenarios.status === 'ready' ? scenarios.data.scenarios : [];
  const scenarioName = scenarioOptions.find((o) => o.id === scenarioId)?.name ?? scenarioId;
  const yearText = (y: number, design: number) => (y === design ? `${y} (design year)` : `${y} (design year ${design})`);
  const status = sim.running ? 'Running the model…' : sim.error ? '' : result ? `Simulated ${yearText(result.summary.year, result.summary.designYear)}, ${result.summary.weatherSource.label}.` : '';

  return (
    <section aria-labelledby="workbench-title" className="workbench">
      <div className="view-header">
        <h1 id="workbench-title">{s.name}</h1>
        <div className="button-row">
          <button type="button" onClick={props.onBack}>
            All sites
          </button>
          <button type="button" onClick={() => props.onEdit(s)} disabled={lock.disabled} title={lock.title}>
            Edit site details
          </button>
        </div>
      </div>
      <p className="note">
        {s.location.county}, {s.location.state} · {s.gridOperator} · {s.utilityName} · {formatMW(nameplate.facilityMW)} facility ({formatMW(nameplate.itMW)} IT) in {nameplate.phaseCount} phase{nameplate.phaseCount === 1 ? '' : 's'}
        {cancelled > 0 ? ` (${cancelled} cancelled, left out)` : ''} · PUE {s.design.pue.value}
      </p>
      <div className="button-row">
        <YearPicker id="workbench-year" designYear={sim.result?.summary.designYear ?? null} year={year} onChange={(y) => setYear(siteId, y)} />
      </div>
      <AttachedSeries siteId={siteId} onChanged={() => setRefresh((r) => r + 1)} />
      <div className="workbench-grid">
        <div className="workbench-inputs">
          <SupplyPanel
            scenarios={scenarioOptions}
            scenarioId={scenarioId}
            onPick={(id) => setScenario(siteId, id)}
            draft={draft}
            errors={errors}
            onChange={onChange}
            onStrategy={(strategy) => {
              if (!draft) return;
              const next = { ...draft, strategy };
              setDraft(next);
              void apply(next, changed);
            }}
            status={status}
          />
          <PermitFuelPanel draft={permitDraft} errors={permitErrors} onChange={onPermitChange} />
        </div>
        <div className="workbench-results" aria-busy={sim.running}>
          {sim.error ? <ErrorState message={sim.error} /> : null}
          {saveError ? <div className="banner banner-error" role="alert">Not saved: {saveError}</div> : null}
          {result ? (
            <>
              <Figures label="Results" items={siteFigures(result.summary, rate.billChangeUSDPerMonth, rate.estimate, rate.note ?? undefined)} />
              {rate.error ? <p className="note">Rate impact: {rate.error}</p> : null}
              <PermitBudgets rows={permitRows(result.summary)} year={result.summary.year} note={permitOrderNote(result.summary)} />
              {result.summary.flexibleConnection ? <FlexibleReadout readout={result.summary.flexibleConnection} /> : null}
              <div className="button-row" aria-label="Export">
                <button type="button" onClick={() => downloadText(exportFileName([s.id, scenarioId, 'summary', result.summary.year], 'csv'), 'text/csv', summaryCsv([result.summary], { billChangeUSDPerMonth: [rate.billChangeUSDPerMonth] }))}>
                  Summary CSV
                </button>
                <ServiceExports siteId={siteId} scenarioId={scenarioId} />
                <button type="button" onClick={() => downloadText(exportFileName([s.id, scenarioId, result.summary.year], 'json'), 'application/json', JSON.stringify({ site: s, result }, null, 2))}>
                  JSON
                </button>
                <a className="button" href={reportHash({ kind: 'site', siteId, scenarioId })}>
                  PDF report
                </a>
              </div>
            </>
          ) : sim.running ? (
            <Loading what="results" />
          ) : null}
        </div>
      </div>
      {firm.firm && firm.firm.nameplateMW > 0 ? <FirmWaterfall firm={firm.firm} fileName={`${siteId} ${scenarioId} ${firm.firm.year} firm capacity`} /> : null}
      {firm.error ? <p className="note">Firm capacity: {firm.error}</p> : null}
      {result ? <SiteCharts result={result} name={s.name} scenarioName={scenarioName} /> : null}
    </section>
  );
}
