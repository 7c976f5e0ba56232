import { useMemo, useState } from 'react';
import type { SiteSummary } from '../../api/channels';
import { useClient } from '../api/context';
import { useQuery } from '../api/use-query';
import { Chart } from '../charts/Chart';
import { portfolioTimeToPower, timeToPowerSpec } from '../charts/site-charts';
import { Figures } from '../components/Figures';
import { Empty, ErrorState, Loading } from '../components/States';
import { downloadText } from '../export/download';
import { summaryCsv } from '../export/csv';
import { formatBcf, formatBillChange, formatEnergyMWh, formatMW, formatTonnes, formatUSD, formatUSDPerMWh, formatYearRange } from '../format';
import { reportHash } from '../report/report-route';
import { timeToPowerStatus } from '../results/headline';
import { usePortfolioResults, type SiteResult } from '../results/use-portfolio-results';
import { DEFAULT_SCENARIO_ID, scenarioFor, useSelection } from '../state/selection';
import { useUndo } from '../state/undo';
import { portfolioTotals } from '../results/portfolio-totals';
import { SUMMARY_SHEET_ROWS } from '../trace/trace';
import { TraceValue } from '../trace/TraceValue';

type SortKey = 'name' | 'state' | 'gridOperator' | 'itMW' | 'facilityMW' | 'firstYear' | 'lcoe' | 'co2';
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
  { key: 'lcoe', label: 'LCOE', numeric: true },
  { key: 'co2', label: 'CO2 /yr', numeric: true },
  { key: null, label: 'Bill change', numeric: true },
  { key: null, label: 'Time-to-power' },
];

function sortValue(site: SiteSummary, result: SiteResult | undefined, key: SortKey): number | string | null {
  if (key === 'lcoe') return result?.status === 'done' ? result.summary.lcoeUSDPerMWh : null;
  if (key === 'co2') return result?.status === 'done' ? result.summary.co2Tonnes : null;
  return site[key];
}

function compare(x: number | string | null, y: number | string | null): number {
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  return String(x ?? '').localeCompare(String(y ?? ''));
}

/** Every site of the project in one sortable table with its results and the portfolio's totals. */
export function PortfolioView(props: { onOpenSite: (id: string) => void }) {
  const client = useClient();
  const revision = useUndo((s) => s.revision);
  const query = useQuery(() => client.sites.list({}), [revision]);
  const scenarios = useQuery(() => client.scenarios.list({}), [revision]);
  const scenarioBySite = useSelection((s) => s.scenarioBySite);
  const setScenario = useSelection((s) => s.setScenario);
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'facilityMW', descending: true });

  const sites = query.status === 'ready' ? query.data.sites : [];
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

  const done = plan.flatMap((p) => {
    const r = current(p.siteId, p.scenarioId);
    return r?.status === 'done' ? [r.summary] : [];
  });
  const totals = portfolioTotals(done);
  const ttpSpec = useMemo(() => (done.length > 0 ? timeToPowerSpec(portfolioTimeToPower(done), 'Portfolio: demand vs energizable MW by year') : null), [done.map((d) => `${d.siteId}:${d.scenarioId}:${d.lcoeUSDPerMWh}`).join(',')]);

  if (query.status === 'loading') return <Loading what="sites" />;
  if (query.status === 'error') return <ErrorState message={query.message} onRetry={query.reload} />;
  if (rows.length === 0) return <Empty>This project has no sites yet. Add one in the Site view.</Empty>;

  const stargate = rows.filter((r) => r.stargate);
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
          <a className="button" href={reportHash({ kind: 'portfolio', scenarioId: DEFAULT_SCENARIO_ID })}>
            PDF report
          </a>
        </div>
      </div>
      <Figures
        label="Portfolio totals"
        items={[
          { id: 'stargate-it', label: `IT capacity, ${stargate.length} Stargate sites (+${rows.length - stargate.length} related)`, value: formatMW(stargate.reduce((s, r) => s + r.itMW, 0)) },
          { id: 'facility-peak', label: `facility peak, ${done.length} of ${plan.length} sites simulated`, value: formatMW(totals.facilityPeakMW) },
          { id: 'energy', label: 'energy per year', value: formatEnergyMWh(totals.energyMWh) },
          { id: 'gas', label: 'gas use per year', value: formatBcf(totals.fuelMMBtu) },
          { id: 'co2', label: 'CO2 per year', value: formatTonnes(totals.co2Tonnes) },
          { id: 'capex', label: 'capital cost', value: formatUSD(totals.capexUSD) },
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
            return (
              <tr key={r.id} data-site-id={r.id}>
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
                <td className="num" data-col="lcoe">{summary ? <TraceValue target={{ siteId: r.id, scenarioId, row: SUMMARY_SHEET_ROWS.lcoeUSDPerMWh }}>{formatUSDPerMWh(summary.lcoeUSDPerMWh)}</TraceValue> : result?.status === 'error' ? 'error' : '…'}</td>
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
      {ttpSpec ? (
        <div className="chart-grid">
          <div className="chart-wide">
            <Chart spec={ttpSpec} fileName="portfolio time to power" />
          </div>
        </div>
      ) : null}
    </section>
  );
}
