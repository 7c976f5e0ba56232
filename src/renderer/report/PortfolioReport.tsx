import { useMemo } from 'react';
import type { RunRecord } from '../../api/schemas/project';
import type { Site } from '../../api/schemas/site';
import type { SimulationSummary } from '../../power-model/simulate';
import { Chart } from '../charts/Chart';
import { portfolioTimeToPower, timeToPowerSpec } from '../charts/site-charts';
import { Figures } from '../components/Figures';
import { formatBcf, formatBillChange, formatEnergyMWh, formatMW, formatTonnes, formatUSD, formatUSDPerMWh } from '../format';
import { timeToPowerStatus } from '../results/headline';
import { portfolioTotals } from '../results/portfolio-totals';
import { Generated } from './Generated';
import { OptimizerSection } from './OptimizerSection';

/** One site of the portfolio report: its summary, or why it has none; its headline bill change, or why not. */
export type PortfolioRow = {
  site: Site;
  scenarioName: string;
  summary: SimulationSummary | null;
  error: string | null;
  bill: { usdPerMonth: number | null; estimate: boolean; method: string } | string;
};

/**
 * The portfolio: totals over the sites that simulated, one row per site (a site that could not be
 * simulated says why and the rest still render), time-to-power, the residential rate impact of
 * each site, the optimizer's mixes, and the sources.
 */
export function PortfolioReport(props: { rows: PortfolioRow[]; optimizer: RunRecord[] }) {
  const summaries = props.rows.flatMap((r) => (r.summary ? [r.summary] : []));
  const totals = portfolioTotals(summaries);
  const ttp = useMemo(() => (summaries.length > 0 ? timeToPowerSpec(portfolioTimeToPower(summaries), 'Portfolio: demand vs energizable MW by year') : null), [props.rows]);
  return (
    <>
      <h1>Portfolio report</h1>
      <p className="report-subtitle">
        {props.rows.length} sites{summaries.length < props.rows.length ? `, ${props.rows.length - summaries.length} without a result (see below)` : ''}
      </p>
      <Generated />
      <Figures
        label="Portfolio totals"
        items={[
          { id: 'facility-peak', label: 'facility peak', value: formatMW(totals.facilityPeakMW) },
          { id: 'energy', label: 'energy per year', value: formatEnergyMWh(totals.energyMWh) },
          { id: 'gas', label: 'gas use per year', value: formatBcf(totals.fuelMMBtu) },
          { id: 'co2', label: 'CO2 per year', value: formatTonnes(totals.co2Tonnes) },
          { id: 'capex', label: 'capital cost', value: formatUSD(totals.capexUSD) },
        ]}
      />
      <table className="data-table">
        <thead>
          <tr>
            <th>Site</th>
            <th>Supply plan</th>
            <th className="num">Facility peak</th>
            <th className="num">LCOE</th>
            <th className="num">CO2 /yr</th>
            <th>Time-to-power</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((r) => (
            <tr key={r.site.id}>
              <td>{r.site.name}</td>
              <td>{r.scenarioName}</td>
              {r.summary ? (
                <>
                  <td className="num">{formatMW(r.summary.facilityPeakMW)}</td>
                  <td className="num">{formatUSDPerMWh(r.summary.lcoeUSDPerMWh)}</td>
                  <td className="num">{formatTonnes(r.summary.co2Tonnes)}</td>
                  <td>{timeToPowerStatus(r.summary).text}</td>
                </>
              ) : (
                <td colSpan={4}>Not simulated: {r.error}</td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {ttp ? (
        <div className="chart-grid">
          <div className="chart-wide">
            <Chart spec={ttp} fileName="portfolio time to power" legend="static" />
          </div>
        </div>
      ) : null}
      <section className="report-section">
        <h2>Residential rate impact</h2>
        <p>Change in a typical household’s monthly bill at each site’s host utility under its supply plan (4CP allocation); * rests on estimated utility data.</p>
        <table className="data-table">
          <thead>
            <tr>
              <th>Site</th>
              <th>Host utility</th>
              <th className="num">Bill change</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((r) => (
              <tr key={r.site.id}>
                <td>{r.site.name}</td>
                <td>{r.site.utilityName}</td>
                <td className="num">{typeof r.bill === 'string' ? `no figure: ${r.bill}` : r.bill.usdPerMonth === null ? 'no figure' : `${formatBillChange(r.bill.usdPerMonth)}${r.bill.estimate ? ' *' : ''}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <OptimizerSection runs={props.optimizer} />
      <h2>Sources</h2>
      <ul className="sources">
        {[...new Map(props.rows.flatMap((r) => r.site.sources).map((src) => [src.url, src])).values()].map((src) => (
          <li key={src.url}>
            {src.title} — <span className="url">{src.url}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
