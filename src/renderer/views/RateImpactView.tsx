import { useEffect, useMemo, useState } from 'react';
import { DEFAULT_RATE_IMPACT_METHODS, DEFAULT_RATE_IMPACT_SCENARIOS, SITE_RATE_IMPACT_METHODS, type SiteRateImpactMethod, type SiteRateImpactResponse } from '../../api/schemas/site-rate-impact';
import { useClient } from '../api/context';
import { useQuery } from '../api/use-query';
import { Chart } from '../charts/Chart';
import { ErrorState, Loading } from '../components/States';
import { billSeriesSpec } from '../rate-impact/rate-impact-charts';
import { BILL_METRIC, caseGrid, cellText, METHOD_LABELS, RATE_IMPACT_METRICS } from '../rate-impact/rate-impact-rows';
import { HostInputs } from '../rate-impact/HostInputs';
import { RateTracePanel } from '../rate-impact/RateTracePanel';
import { AllocationShares } from '../rate-impact/AllocationShares';
import { scenarioFor, useSelection } from '../state/selection';
import { useUndo } from '../state/undo';
import { NamedOptions } from '../components/NamedOptions';
import { CaseHeaders } from '../rate-impact/CaseHeaders';
import { headlineCase, householdNote } from '../rate-impact/household-bill';
import { formatBillChange } from '../format';

type Outcome = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; data: SiteRateImpactResponse };

/** "est." beside a number that rests on an estimate in the host-utility file or an engine default. */
export function EstimateMark(props: { on: boolean }) {
  return props.on ? (
    <abbr className="estimate-mark" title="rests on an estimate (see the inputs below)">
      est.
    </abbr>
  ) : null;
}

/**
 * The residential rate impact of one site: the typical household's bill change under grid-only,
 * hybrid and islanded supply (and the site's own picked scenario) and two allocation methods as the headline, then the figures behind
 * it, the allocation shares, the year-by-year bill change and the host-utility inputs with sources.
 */
export function RateImpactView(props: { siteId: string | null; onSelectSite: (id: string) => void }) {
  const client = useClient();
  const revision = useUndo((s) => s.revision);
  const sites = useQuery(() => client.sites.list({}), [revision]);
  const siteId = props.siteId ?? (sites.status === 'ready' ? (sites.data.sites[0]?.id ?? null) : null);
  // The scenario the site is shown under elsewhere (an edited supply, say) joins the three reference plans.
  const picked = useSelection((s) => (siteId ? scenarioFor(s.scenarioBySite, siteId) : null));
  const scenarioIds = picked && !DEFAULT_RATE_IMPACT_SCENARIOS.includes(picked) ? [...DEFAULT_RATE_IMPACT_SCENARIOS, picked] : DEFAULT_RATE_IMPACT_SCENARIOS;
  const [methods, setMethods] = useState<SiteRateImpactMethod[]>(DEFAULT_RATE_IMPACT_METHODS);
  const [outcome, setOutcome] = useState<Outcome>({ status: 'loading' });
  const [traced, setTraced] = useState<{ index: number; key: string } | null>(null);
  // Bumped by an edit of the host-utility inputs, so the result is worked again.
  const [hostEdits, setHostEdits] = useState(0);
  const [refreshing, setRefreshing] = useState(false);

  useEffect(() => {
    if (!siteId) return undefined;
    let live = true;
    // The same site's result stays on screen while it is worked again, so the inputs being edited stay put.
    setOutcome((o) => (o.status === 'ready' && o.data.siteId === siteId ? o : { status: 'loading' }));
    setRefreshing(true);
    setTraced(null);
    client.rateImpact
      .site({ siteId, scenarioIds, methods })
      .then(
        (data) => live && setOutcome({ status: 'ready', data }),
        (error: unknown) => live && setOutcome({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
      )
      .finally(() => live && setRefreshing(false));
    return () => {
      live = false;
    };
  }, [client, siteId, scenarioIds.join(','), methods.join(','), revision, hostEdits]);

  const data = outcome.status === 'ready' ? outcome.data : null;
  const charts = useMemo(() => (data ? data.methods.flatMap((m) => billSeriesSpec(data, m) ?? []) : []), [data]);

  if (sites.status === 'loading') return <Loading what="sites" />;
  if (sites.status === 'error') return <ErrorState message={sites.message} onRetry={sites.reload} />;
  if (!siteId) return <p className="note">Add a site first.</p>;

  const setMethod = (slot: number, method: SiteRateImpactMethod) => setMethods((m) => m.map((x, i) => (i === slot ? method : x)));
  const grid = data ? caseGrid(data) : [];

  return (
    <section aria-labelledby="rate-title">
      <div className="view-header">
        <h1 id="rate-title">Rate impact</h1>
      </div>
      <div className="compare-controls">
        <div className="field">
          <label htmlFor="rate-site">Site</label>
          <select id="rate-site" value={siteId} onChange={(e) => props.onSelectSite(e.target.value)}>
            <NamedOptions items={sites.data.sites} />
          </select>
        </div>
        {methods.map((m, slot) => (
          <div className="field" key={slot}>
            <label htmlFor={`rate-method-${slot}`}>Allocation method {slot + 1}</label>
            <select id={`rate-method-${slot}`} value={m} onChange={(e) => setMethod(slot, SITE_RATE_IMPACT_METHODS.find((x) => x === e.target.value) ?? m)}>
              {SITE_RATE_IMPACT_METHODS.map((x) => (
                <option key={x} value={x} disabled={methods.includes(x) && x !== m}>
                  {METHOD_LABELS[x] ?? x}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      {outcome.status === 'loading' ? <Loading what="the rate impact (simulating three scenarios)" /> : null}
      {outcome.status === 'error' ? <ErrorState message={outcome.message} /> : null}
      {outcome.status === 'ready' && refreshing ? (
        <p className="note" role="status">
          Working the rate impact again…
        </p>
      ) : null}
      {data ? (
        <>
          <p className="note">
            <strong>{data.utility.name}</strong> ({data.utility.structure}). {data.utility.summary} A typical household uses {data.utility.typicalResidentialKWhPerMonth.toLocaleString('en-US')} kWh a month.
          </p>
          <table className="data-table rate-headline" aria-label="Household bill change">
            <caption>Typical household bill change, USD per month (negative: the bill falls)</caption>
            <thead>
              <tr>
                <th>Supply</th>
                {data.methods.map((m) => (
                  <th key={m} className="num">
                    {METHOD_LABELS[m] ?? m}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {grid.map((row) => (
                <tr key={row.scenarioId} data-scenario={row.scenarioId}>
                  <th scope="row">{row.scenarioName}</th>
                  {row.byMethod.map((c, i) => {
                    const cell = c ? cellText(BILL_METRIC, c) : { text: '—', estimate: false };
                    const index = c ? data.cases.indexOf(c) : -1;
                    return (
                      <td key={data.methods[i]} className="num headline-cell" data-method={data.methods[i]}>
                        <button type="button" className="trace-link" disabled={!c} onClick={() => setTraced({ index, key: 'residential.billChangeUSDPerMonth' })}>
                          {cell.text}
                        </button>
                        <EstimateMark on={cell.estimate} />
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
          <ul className="note household-notes" aria-label="Household bill decomposition">
            {grid.map((row) => {
              const c = headlineCase(data, row.scenarioId);
              return c ? (
                <li key={row.scenarioId} data-scenario={row.scenarioId}>
                  <strong>{row.scenarioName}</strong>: {formatBillChange(c.household.totalUSDPerMonth ?? Number.NaN)} = {householdNote(c)}. System peaks: {c.load.peakHoursSource}.
                </li>
              ) : null;
            })}
          </ul>
          {traced && data.cases[traced.index] ? (
            <RateTracePanel item={data.cases[traced.index]!} traceKey={traced.key} onShow={(key) => setTraced({ ...traced, key })} onClose={() => setTraced(null)} />
          ) : null}
          <h2>The figures behind it</h2>
          <table className="data-table rate-details" aria-label="Rate impact details">
            <thead>
              <tr>
                <th>Figure</th>
                <CaseHeaders cases={data.cases} className="num" />
              </tr>
            </thead>
            <tbody>
              {RATE_IMPACT_METRICS.map((metric) => (
                <tr key={metric.id} data-metric={metric.id}>
                  <th scope="row">{metric.label}</th>
                  {data.cases.map((c, index) => {
                    const cell = cellText(metric, c);
                    const key = metric.trace;
                    return (
                      <td key={`${c.scenarioId}:${c.method}`} className="num">
                        {key && c.trace[key] ? (
                          <button type="button" className="trace-link" onClick={() => setTraced({ index, key })}>
                            {cell.text}
                          </button>
                        ) : (
                          cell.text
                        )}
                        <EstimateMark on={cell.estimate} />
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
          <p className="note">Click a number to see its formula, inputs and source. “est.” marks a figure that rests on an estimate rather than a sourced figure.</p>
          <AllocationShares cases={data.cases} />
          {charts.length > 0 ? (
            <div className="chart-grid">
              {charts.map((spec) => (
                <Chart key={spec.title} spec={spec} fileName={`${siteId} ${spec.title}`} />
              ))}
            </div>
          ) : null}
          {data.cases[0] ? <HostInputs siteId={siteId} item={data.cases[0]} sources={data.sources} estimates={data.estimates} onEdited={() => setHostEdits((n) => n + 1)} /> : null}
        </>
      ) : null}
    </section>
  );
}
