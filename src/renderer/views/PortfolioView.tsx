import { useMemo, useState } from 'react';
import type { ResponseOf, SiteSummary } from '../../api/channels';
import { useClient } from '../api/context';
import { useInitialAnswers } from '../api/initial-answers';
import { useQuery } from '../api/use-query';
import { LazyChart } from '../charts/LazyChart';
import { portfolioTimeToPowerSpec } from '../charts/site-charts';
import { Figures } from '../components/Figures';
import { Empty, ErrorState, Loading } from '../components/States';
import { downloadText } from '../export/download';
import { summaryCsv } from '../export/csv';
import { portfolioTotals } from '../../power-model/portfolio/portfolio';
import { DEFAULT_PORTFOLIO_SITE_SET, sitesInSet, siteSetLabel, type PortfolioSiteSet } from '../../power-model/portfolio/site-set';
import { formatBcf, formatBillChange, formatEnergyMWh, formatMW, formatPercent, formatTonnes, formatUSD, formatUSDPerMWh, formatYearRange } from '../format';
import { servedText, unservedFlagText } from '../results/served';
import { reportHash } from '../report/report-route';
import { timeToPowerStatus } from '../results/headline';
import { usePortfolioResults, type SiteResult } from '../results/use-portfolio-results';
import { DEFAULT_SCENARIO_ID, scenarioFor, useSelection } from '../state/selection';
import { useUndo } from '../state/undo';
import { SUMMARY_SHEET_ROWS } from '../trace/trace';
import { TraceValue } from '../trace/TraceValue';

type SortKey = 'name' | 'state' | 'gridOperator' | 'itMW' | 'facilityMW' | 'firstYear' | 'lcoe' | 'costPerLoad' | 'served' | 'co2';
const COLUMNS: { key: SortKey; label: string; numeric?: boolean }[] = [
  { key: 'name', label: 'Site' },
  { key: 'state', label: 'State' },
  { key: 'gridOperator', label: 'Grid operator' },
  { key: 'itMW', label: 'IT', numeric: true },
  { key: 'facilityMW', label: 'Facility', numeric: true },
  { key: 'firstYear', label: 'Energized', numeric: true },
];
const RESULT_COLUMNS: { key: SortKey | null; label: string; numeric?: boolean }[] = [
  { key: null, label: 'Supply plan' },
  { key: null, label: 'Year', numeric: true },
  { key: 'served', label: 'Served', numeric: true },
  { key: null, label: 'Unserved', numeric: true },
  { key: 'lcoe', label: 'Per MWh served', numeric: true },
  { key: 'costPerLoad', label: 'Per MWh of load (VOLL)', numeric: true },
  { key: 'co2', label: 'CO2 /yr', numeric: true },
  { key: null, label: 'Bill change', numeric: true },
  { key: null, label: 'Time-to-power' },
];

function sortValue(site: SiteSummary, result: SiteResult | undefined, key: SortKey): number | string | null {
  if (key === 'lcoe') return result?.status === 'done' ? result.summary.lcoeUSDPerMWh : null;
  if (key === 'costPerLoad') return result?.status === 'done' ? result.summary.costPerMWhLoadUSDPerMWh : null;
  if (key === 'served') return result?.status === 'done' ? result.summary.servedShare : null;
  if (key === 'co2') return result?.status === 'done' ? result.summary.co2Tonnes : null;
  return site[key];
}

function compare(x: number | string | null, y: number | string | null): number {
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  // A figure that is not there (undefined cost: nothing served) sorts after every number.
  if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
  return String(x ?? '').localeCompare(String(y ?? ''));
}

/**
 * The sites of one set (the Stargate sites by default, all on request) in one sortable table with
 * their results, each in its design year, and the engine's portfolio totals over exactly those
 * sites, named beside every total.
 */
export function PortfolioView(props: { onOpenSite: (id: string) => void }) {
  const client = useClient();
  const revision = useUndo((s) => s.revision);
  // On a first load the early entry has asked for both already, or the server sent them with the
  // page (api/early.ts); on the server, its own answers (first-paint/render.tsx): the first render shows them.
  const initial = useInitialAnswers();
  const query = useQuery(() => client.sites.list({}), [revision], () => initial<ResponseOf<'sites:list'>>('sites:list', {}));
  const scenarios = useQuery(() => client.scenarios.list({}), [revision], () => initial<ResponseOf<'scenarios:list'>>('scenarios:list', {}));
  const scenarioBySite = useSelection((s) => s.scenarioBySite);
  const setScenario = useSelection((s) => s.setScenario);
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'facilityMW', descending: true });
  const [siteSet, setSiteSet] = useState<PortfolioSiteSet>(DEFAULT_PORTFOLIO_SITE_SET);

  const allSites = query.status === 'ready' ? query.data.sites : [];
  const sites = useMemo(() => sitesInSet(allSites, siteSet), [allSites, siteSet]);
  const plan = useMemo(() => sites.map((s) => ({ siteId: s.id, scenarioId: scenarioFor(scenarioBySite, s.id) })), [sites, scenarioBySite]);
  const results = usePortfolioResults(plan, revision);
  const current = (siteId: string, scenarioId: string): SiteResult | undefined => {
    const r = results[siteId];
    return r?.status === 'done' && r.summary.scenarioId !== scenarioId ? { status: 'running' } : r;
  };

  const rows = useMemo(() => {
    const sorted = [...sites].sort((a, b) => compare(sortValue(a, results[a.id], sort.key), sortValue(b, results[b.id], sort.key)));
    return sort.descending ? sorted.reverse() : sorted;
  }, [sites, results, sort]);

  const doneSites = sites.flatMap((site) => {
    const r = current(site.id, scenarioFor(scenarioBySite, site.id));
    return r?.status === 'done' ? [{ stargate: site.stargate, itMW: site.itMW, facilityMW: site.facilityMW, summary: r.summary }] : [];
  });
  const done = doneSites.map((d) => d.summary);
  const totals = portfolioTotals('mixed', siteSet, doneSites);
  const setLabel = siteSetLabel(siteSet, sites.length);
  const complete = done.length === sites.length;
  const totalsOf = complete ? setLabel : `${done.length} of ${setLabel} simulated`;
  const ttpSpec = useMemo(
    () => (done.length > 0 ? portfolioTimeToPowerSpec(totals.timeToPower, `Portfolio, ${totalsOf}: demand vs energizable MW by year`) : null),
    [done.map((d) => `${d.siteId}:${d.scenarioId}:${d.year}:${d.annualCostUSD}`).join(','), totalsOf],
  );

  if (query.status === 'loading') return <Loading what="sites" />;
  if (query.status === 'error') return <ErrorState message={query.message} onRetry={query.reload} />;
  if (rows.length === 0) return <Empty>This project has no sites yet. Add one in the Site view.</Empty>;

  const options = scenarios.status === 'ready' ? scenarios.data.scenarios : [];
  const pending = plan.length - done.length;
  const sortButton = (key: SortKey, label: string, numeric?: boolean) => (
    <button type="button" className="sort" onClick={() => setSort((s) => ({ key, descending: s.key === key ? !s.descending : !!numeric }))}>
      {label}
    </button>
  );

  return (
    <section aria-labelledby="portfolio-title">
      <div className="view-header">
        <h1 id="portfolio-title">Portfolio</h1>
        <div className="button-row">
          <label htmlFor="portfolio-plan">Supply plan for every site</label>
          <select id="portfolio-plan" value="" onChange={(e) => e.target.value && sites.forEach((s) => setScenario(s.id, e.target.value))}>
            <option value="">choose…</option>
            {options.filter((o) => o.builtIn).map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
          <button type="button" disabled={done.length === 0} onClick={() => downloadText('portfolio-summary.csv', 'text/csv', summaryCsv(done, { billChangeUSDPerMonth: done.map((d) => { const r = results[d.siteId]; return r?.status === 'done' ? r.billChangeUSDPerMonth : null; }) }))}>
            Summary CSV
          </button>
          <label htmlFor="portfolio-sites">Totals cover</label>
          <select id="portfolio-sites" value={siteSet} onChange={(e) => setSiteSet(e.target.value === 'all' ? 'all' : 'stargate')}>
            <option value="stargate">Stargate sites</option>
            <option value="all">All sites</option>
          </select>
          <a className="button" href={reportHash({ kind: 'portfolio', scenarioId: DEFAULT_SCENARIO_ID })}>
            PDF report
          </a>
        </div>
      </div>
      <Figures
        label="Portfolio totals"
        items={[
          { id: 'it', label: `IT capacity, ${setLabel}`, value: formatMW(sites.reduce((s, r) => s + r.itMW, 0)) },
          { id: 'facility', label: `facility (IT × design PUE), ${setLabel}`, value: formatMW(sites.reduce((s, r) => s + r.facilityMW, 0)) },
          {
            id: 'served',
            label: `load served, ${totalsOf}`,
            value: formatPercent(totals.servedShare),
            note: `${servedText(totals).replace(/ h$/, ' site-hours')}${totals.flaggedSiteIds.length > 0 ? ` · ⚠ ${totals.flaggedSiteIds.length} site(s) over 0.1% unserved` : ''}`,
            tone: totals.unservedFlag ? 'warn' : 'ok',
          },
          { id: 'cost-served', label: `cost per MWh served, ${totalsOf}`, value: totals.lcoeUSDPerMWh === null ? 'undefined' : formatUSDPerMWh(totals.lcoeUSDPerMWh), note: totals.lcoeNote ?? undefined },
          { id: 'cost-load', label: `cost per MWh of load (unserved at VOLL), ${totalsOf}`, value: formatUSDPerMWh(totals.costPerMWhLoadUSDPerMWh), tone: totals.unservedFlag ? 'warn' : undefined },
          { id: 'energy', label: `energy per year, ${totalsOf}`, value: formatEnergyMWh(totals.energyMWh) },
          { id: 'gas', label: `gas use per year, ${totalsOf}`, value: formatBcf(totals.fuelMMBtu) },
          { id: 'co2', label: `CO2 per year, ${totalsOf}`, value: formatTonnes(totals.co2Tonnes) },
          { id: 'capex', label: `capital cost, ${totalsOf}`, value: formatUSD(totals.capexUSD) },
        ]}
      />
      {pending > 0 ? (
        <p className="note" role="status">
          Simulating {pending} more site(s)…
        </p>
      ) : null}
      <table className="data-table" aria-label="Sites">
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th key={c.key} className={c.numeric ? 'num' : undefined} aria-sort={sort.key === c.key ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
                {sortButton(c.key, c.label, c.numeric)}
              </th>
            ))}
            {RESULT_COLUMNS.map((c) => (
              <th key={c.label} className={c.numeric ? 'num' : undefined} aria-sort={c.key && sort.key === c.key ? (sort.descending ? 'descending' : 'ascending') : undefined}>
                {c.key ? sortButton(c.key, c.label, c.numeric) : c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const scenarioId = scenarioFor(scenarioBySite, r.id);
            const result = current(r.id, scenarioId);
            const summary = result?.status === 'done' ? result.summary : null;
            const ttp = summary ? timeToPowerStatus(summary) : null;
            const flag = summary ? unservedFlagText(summary) : null;
            const pending = result?.status === 'error' ? 'error' : '…';
            return (
              <tr key={r.id} data-site-id={r.id} className={flag ? 'flagged' : undefined}>
                <td>
                  <button type="button" className="link" onClick={() => props.onOpenSite(r.id)}>
                    {r.name}
                  </button>
                  {r.stargate ? null : <span className="tag">not Stargate-branded</span>}
                </td>
                <td>{r.state}</td>
                <td>{r.gridOperator}</td>
                <td className="num">{formatMW(r.itMW)}</td>
                <td className="num">{formatMW(r.facilityMW)}</td>
                <td className="num">{formatYearRange(r.firstYear, r.lastYear)}</td>
                <td>
                  <select aria-label={`Supply plan for ${r.name}`} value={scenarioId} onChange={(e) => setScenario(r.id, e.target.value)}>
                    {options
                      .filter((o) => o.siteId === null || o.siteId === r.id)
                      .map((o) => (
                        <option key={o.id} value={o.id}>
                          {o.name}
                        </option>
                      ))}
                  </select>
                </td>
                <td className="num" data-col="year" title={summary && summary.year === summary.designYear ? 'design year' : undefined}>{summary ? summary.year : pending}</td>
                <td className={flag ? 'num warn' : 'num'} data-col="served">
                  {summary ? formatPercent(summary.servedShare) : pending}
                  {flag ? <span className="flag"> ⚠</span> : null}
                </td>
                <td className="num" data-col="unserved">{summary ? `${formatEnergyMWh(summary.unservedEnergyMWh)} · ${summary.unservedHours} h` : pending}</td>
                <td className="num" data-col="lcoe" title={summary?.lcoeNote ?? undefined}>
                  {summary ? (
                    summary.lcoeUSDPerMWh === null ? (
                      'undefined'
                    ) : (
                      <TraceValue target={{ siteId: r.id, scenarioId, row: SUMMARY_SHEET_ROWS.lcoeUSDPerMWh }}>{formatUSDPerMWh(summary.lcoeUSDPerMWh)}</TraceValue>
                    )
                  ) : (
                    pending
                  )}
                  {flag ? <span className="flag"> {flag}</span> : null}
                </td>
                <td className="num" data-col="cost-per-load">
                  {summary ? <TraceValue target={summary.costPerMWhLoadUSDPerMWh === null ? undefined : { siteId: r.id, scenarioId, row: SUMMARY_SHEET_ROWS.costPerMWhLoadUSDPerMWh }}>{formatUSDPerMWh(summary.costPerMWhLoadUSDPerMWh)}</TraceValue> : pending}
                </td>
                <td className="num">{summary ? <TraceValue target={{ siteId: r.id, scenarioId, row: SUMMARY_SHEET_ROWS.co2Tonnes }}>{formatTonnes(summary.co2Tonnes)}</TraceValue> : '…'}</td>
                <td className="num" data-col="bill-change" title="typical household, 4CP allocation">{result?.status === 'done' ? formatBillChange(result.billChangeUSDPerMonth ?? Number.NaN) : '…'}</td>
                <td className={ttp && !ttp.onTime ? 'ttp warn' : 'ttp'} title={result?.status === 'error' ? result.message : undefined}>
                  {ttp ? ttp.text : result?.status === 'error' ? result.message : '…'}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="note">
        Totals cover {setLabel}{siteSet === 'stargate' && allSites.length > sites.length ? `; “All sites” adds ${allSites.length - sites.length} related site(s)` : ''}. Each site runs in its design year (the first full year of its whole non-cancelled
        build), the same in every scenario. ⚠ marks a site that leaves more than 0.1% of its load unserved; its cost per MWh served is not comparable with the others — read the cost per MWh of
        load, which values unserved energy at the VOLL.
      </p>
      {ttpSpec ? (
        <div className="chart-grid">
          <div className="chart-wide">
            <LazyChart spec={ttpSpec} fileName="portfolio time to power" />
          </div>
        </div>
      ) : null}
    </section>
  );
}
