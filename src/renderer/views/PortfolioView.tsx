import { useMemo, useState } from 'react';
import type { SiteSummary } from '../../api/channels';
import { useClient } from '../api/context';
import { useQuery } from '../api/use-query';
import { Empty, ErrorState, Loading } from '../components/States';
import { formatMW, formatYearRange } from '../format';

type SortKey = 'name' | 'state' | 'gridOperator' | 'itMW' | 'facilityMW' | 'firstYear';
const COLUMNS: { key: SortKey; label: string; numeric?: boolean }[] = [
  { key: 'name', label: 'Site' },
  { key: 'state', label: 'State' },
  { key: 'gridOperator', label: 'Grid operator' },
  { key: 'itMW', label: 'IT', numeric: true },
  { key: 'facilityMW', label: 'Facility', numeric: true },
  { key: 'firstYear', label: 'Energized', numeric: true },
];

function compare(a: SiteSummary, b: SiteSummary, key: SortKey): number {
  const x = a[key];
  const y = b[key];
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  return String(x ?? '').localeCompare(String(y ?? ''));
}

/** Every site of the project in one sortable table with portfolio totals. */
export function PortfolioView(props: { onOpenSite: (id: string) => void }) {
  const client = useClient();
  const query = useQuery(() => client.sites.list({}), []);
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'facilityMW', descending: true });

  const rows = useMemo(() => {
    if (query.status !== 'ready') return [];
    const sorted = [...query.data.sites].sort((a, b) => compare(a, b, sort.key));
    return sort.descending ? sorted.reverse() : sorted;
  }, [query, sort]);

  if (query.status === 'loading') return <Loading what="sites" />;
  if (query.status === 'error') return <ErrorState message={query.message} onRetry={query.reload} />;
  if (rows.length === 0) return <Empty>This project has no sites yet. Add one in the Site view.</Empty>;

  const stargate = rows.filter((r) => r.stargate);
  const totalIt = stargate.reduce((s, r) => s + r.itMW, 0);
  const totalFacility = stargate.reduce((s, r) => s + r.facilityMW, 0);

  return (
    <section aria-labelledby="portfolio-title">
      <h1 id="portfolio-title">Portfolio</h1>
      <div className="totals" aria-label="Portfolio totals">
        <div className="total">
          <span className="total-value">{formatMW(totalIt)}</span>
          <span className="total-label">IT capacity, Stargate sites</span>
        </div>
        <div className="total">
          <span className="total-value">{formatMW(totalFacility)}</span>
          <span className="total-label">facility power at design PUE</span>
        </div>
        <div className="total">
          <span className="total-value">{stargate.length}</span>
          <span className="total-label">Stargate sites (+{rows.length - stargate.length} related)</span>
        </div>
      </div>
      <table className="data-table" aria-label="Sites">
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th key={c.key} className={c.numeric ? 'num' : undefined} aria-sort={sort.key === c.key ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
                <button type="button" className="sort" onClick={() => setSort((s) => ({ key: c.key, descending: s.key === c.key ? !s.descending : !!c.numeric }))}>
                  {c.label}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
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
            </tr>
          ))}
        </tbody>
      </table>
      <p className="note">
        Cost, CO2, residential bill change and time-to-power columns appear here once the power model runs for each site (issues 3, 5 and 7).
      </p>
    </section>
  );
}
