import { useEffect, useMemo, useState } from 'react';
import type { SimulateResponse } from '../../api/schemas/model';
import { useClient } from '../api/context';
import { useQuery } from '../api/use-query';
import { Chart } from '../charts/Chart';
import { costBreakdownSpec, monthlyEnergySpecOf } from '../charts/site-charts';
import { ErrorState, Loading } from '../components/States';
import { downloadText } from '../export/download';
import { summaryCsv } from '../export/csv';
import { COMPARE_METRICS, compareRow } from '../results/compare-rows';
import { HEADLINE_METHOD, headlineBill } from '../rate-impact/household-bill';
import { useSelection } from '../state/selection';
import { useUndo } from '../state/undo';
import { TraceValue } from '../trace/TraceValue';
import { NamedOptions } from '../components/NamedOptions';
import { YearPicker } from './site/YearPicker';

const MAX_SCENARIOS = 4;
const DEFAULT_COMPARE = ['grid-only', 'hybrid'];

type Outcome = { status: 'running' } | { status: 'done'; result: SimulateResponse } | { status: 'error'; message: string };

/** Two to four scenarios of one site side by side; the best and worst of each figure are marked. */
export function CompareView(props: { siteId: string | null; onSelectSite: (id: string) => void }) {
  const client = useClient();
  const revision = useUndo((s) => s.revision);
  const sites = useQuery(() => client.sites.list({}), [revision]);
  const siteId = props.siteId ?? (sites.status === 'ready' ? (sites.data.sites[0]?.id ?? null) : null);
  const scenarios = useQuery(() => (siteId ? client.scenarios.list({ siteId }) : Promise.resolve({ scenarios: [] })), [siteId, revision]);
  const chosen = useSelection((s) => (siteId ? (s.compareBySite[siteId] ?? DEFAULT_COMPARE) : DEFAULT_COMPARE));
  const setCompare = useSelection((s) => s.setCompare);
  const year = useSelection((s) => (siteId ? s.yearBySite[siteId] : undefined));
  const setYear = useSelection((s) => s.setYear);
  const [outcomes, setOutcomes] = useState<Record<string, Outcome>>({});
  const [bills, setBills] = useState<Record<string, number | null>>({});
  const [billError, setBillError] = useState<string | null>(null);

  useEffect(() => {
    if (!siteId) return undefined;
    let live = true;
    setBills({});
    setBillError(null);
    client.rateImpact.site({ siteId, scenarioIds: chosen, methods: [HEADLINE_METHOD] }).then(
      (r) => live && setBills(Object.fromEntries(r.scenarioIds.map((id) => [id, headlineBill(r, id).usdPerMonth]))),
      (error: unknown) => live && setBillError(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      live = false;
    };
  }, [client, siteId, chosen.join(','), revision]);

  useEffect(() => {
    if (!siteId) return undefined;
    let live = true;
    setOutcomes({});
    void (async () => {
      for (const scenarioId of chosen) {
        if (!live) return;
        setOutcomes((o) => ({ ...o, [scenarioId]: { status: 'running' } }));
        let next: Outcome;
        try {
          next = { status: 'done', result: await client.model.simulate({ siteId, scenarioId, hourly: false, ...(year === undefined ? {} : { year }) }) };
        } catch (error) {
          next = { status: 'error', message: error instanceof Error ? error.message : String(error) };
        }
        if (live) setOutcomes((o) => ({ ...o, [scenarioId]: next }));
      }
    })();
    return () => {
      live = false;
    };
  }, [client, siteId, chosen.join(','), revision, year]);

  const options = scenarios.status === 'ready' ? scenarios.data.scenarios : [];
  const nameOf = (id: string) => options.find((o) => o.id === id)?.name ?? id;
  const done = chosen.flatMap((id) => {
    const o = outcomes[id];
    return o?.status === 'done' ? [{ id, result: o.result }] : [];
  });
  const complete = done.length === chosen.length;
  const costSpec = useMemo(() => (complete ? costBreakdownSpec(done.map((d) => ({ label: nameOf(d.id), summary: d.result.summary }))) : null), [complete, outcomes, options]);

  if (sites.status === 'loading') return <Loading what="sites" />;
  if (sites.status === 'error') return <ErrorState message={sites.message} onRetry={sites.reload} />;
  if (!siteId) return <p className="note">Add a site first.</p>;

  const toggle = (id: string, on: boolean) => {
    const next = on ? [...chosen, id] : chosen.filter((c) => c !== id);
    if (next.length >= 2 && next.length <= MAX_SCENARIOS) setCompare(siteId, next);
  };

  return (
    <section aria-labelledby="compare-title">
      <div className="view-header">
        <h1 id="compare-title">Compare scenarios</h1>
        <button type="button" disabled={!complete} onClick={() => downloadText(`${siteId}-compare.csv`, 'text/csv', summaryCsv(done.map((d) => d.result.summary), { billChangeUSDPerMonth: done.map((d) => bills[d.id] ?? null) }))}>
          Summary CSV
        </button>
      </div>
      <div className="compare-controls">
        <div className="field">
          <label htmlFor="compare-site">Site</label>
          <select id="compare-site" value={siteId} onChange={(e) => props.onSelectSite(e.target.value)}>
            <NamedOptions items={sites.data.sites} />
          </select>
        </div>
        <YearPicker id="compare-year" designYear={done[0]?.result.summary.designYear ?? null} year={year} onChange={(y) => setYear(siteId, y)} />
        <fieldset className="scenario-checks">
          <legend>Scenarios (2 to {MAX_SCENARIOS}; the first is the reference)</legend>
          {options.map((o) => {
            const on = chosen.includes(o.id);
            return (
              <label key={o.id}>
                <input type="checkbox" checked={on} disabled={(on && chosen.length <= 2) || (!on && chosen.length >= MAX_SCENARIOS)} onChange={(e) => toggle(o.id, e.target.checked)} />
                {o.name}
              </label>
            );
          })}
        </fieldset>
      </div>
      <table className="data-table compare-table" aria-label="Scenario comparison">
        <thead>
          <tr>
            <th>Figure</th>
            {chosen.map((id) => (
              <th key={id} className="num">
                {nameOf(id)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {complete
            ? COMPARE_METRICS.map((m) => {
                const cells = compareRow(
                  m,
                  done.map((d) => ({ summary: d.result.summary, billChange: bills[d.id] ?? null })),
                );
                return (
                  <tr key={m.id} data-metric={m.id}>
                    <th scope="row">{m.label}</th>
                    {cells.map((c, i) => (
                      <td key={chosen[i]} className={c.rank ? `num ${c.rank}` : 'num'}>
                        <TraceValue target={m.sheetRow && chosen[i] ? { siteId, scenarioId: chosen[i], row: m.sheetRow } : null}>{c.text}</TraceValue>
                        {c.delta ? <span className="delta"> ({c.delta})</span> : null}
                        {c.rank ? <span className="visually-hidden"> — {c.rank}</span> : null}
                      </td>
                    ))}
                  </tr>
                );
              })
            : (
              <tr>
                <td colSpan={chosen.length + 1}>
                  {chosen.map((id) => {
                    const o = outcomes[id];
                    return o?.status === 'error' ? <div key={id} className="field-error" role="alert">{nameOf(id)}: {o.message}</div> : null;
                  })}
                  <span role="status">Simulating {chosen.length - done.length} scenario(s)…</span>
                </td>
              </tr>
            )}
        </tbody>
      </table>
      {done[0] ? (
        <p className="note" data-basis="year">
          Every scenario simulated in {done[0].result.summary.year}
          {done[0].result.summary.year === done[0].result.summary.designYear ? ' (the design year)' : ` (design year ${done[0].result.summary.designYear})`}: the same load in each column.
        </p>
      ) : null}
      <p className="note">⚠ marks a scenario that leaves more than 0.1% of its load unserved: it is never marked best on cost per MWh served; compare it on cost per MWh of load, which values unserved energy at the VOLL. Green marks the best value of each figure, red the worst; brackets give the difference from the first scenario. The residential bill change is the typical household’s, with 4CP allocation.{billError ? ` Rate impact: ${billError}` : ''}</p>
      {complete ? (
        <div className="chart-grid">
          {costSpec ? <Chart spec={costSpec} fileName={`${siteId} compare cost`} traceAt={chosen[0] ? { siteId, scenarioId: chosen[0] } : undefined} /> : null}
          {done.map((d) =>
            <Chart key={d.id} spec={{ ...monthlyEnergySpecOf(d.result.monthlyEnergyMWh), title: `Monthly energy: ${nameOf(d.id)}` }} fileName={`${siteId} ${d.id} monthly energy`} />,
          )}
        </div>
      ) : null}
    </section>
  );
}
