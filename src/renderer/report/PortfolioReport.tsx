import { useMemo } from 'react';
import type { RunRecord } from '../../api/schemas/project';
import type { Site } from '../../api/schemas/site';
import type { SimulationSummary } from '../../power-model/simulate';
import { Chart } from '../charts/Chart';
import { portfolioTimeToPowerSpec } from '../charts/site-charts';
import { Figures } from '../components/Figures';
import { formatBcf, formatBillChange, formatEnergyMWh, formatMW, formatPercent, formatTonnes, formatUSD, formatUSDPerMWh } from '../format';
import { timeToPowerStatus } from '../results/headline';
import { portfolioTotals } from '../../power-model/portfolio/portfolio';
import { DEFAULT_PORTFOLIO_SITE_SET, sitesInSet } from '../../power-model/portfolio/site-set';
import { summarizeNameplate } from '../results/nameplate';
import { unservedFlagText } from '../results/served';
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
  // The totals cover the default set (the Stargate sites) that simulated, named beside each, like the Portfolio view's.
  const simulated = sitesInSet(props.rows.flatMap((r) => (r.summary ? [{ site: r.site, summary: r.summary, stargate: r.site.stargate }] : [])), DEFAULT_PORTFOLIO_SITE_SET);
  const totals = portfolioTotals('mixed', DEFAULT_PORTFOLIO_SITE_SET, simulated.map((r) => ({ stargate: r.stargate, ...summarizeNameplate(r.site), summary: r.summary })));
  const failed = props.rows.filter((r) => r.summary === null).length;
  const ttp = useMemo(() => (simulated.length > 0 ? portfolioTimeToPowerSpec(totals.timeToPower, `Portfolio, ${totals.siteSetLabel}: demand vs energizable MW by year`) : null), [props.rows]);
  return (
    <>
      <h1>Portfolio report</h1>
      <p className="report-subtitle">
        Totals: {totals.siteSetLabel}, each in its design year; {props.rows.length} sites listed{failed > 0 ? `, ${failed} without a result (see below)` : ''}
      </p>
      <Generated />
      <Figures
        label="Portfolio totals"
        items={[
          { id: 'facility-peak', label: `facility peak, ${totals.siteSetLabel}`, value: formatMW(totals.facilityPeakMW) },
          { id: 'served', label: `load served, ${totals.siteSetLabel}`, value: formatPercent(totals.servedShare), note: totals.flaggedSiteIds.length > 0 ? `⚠ over 0.1% unserved: ${totals.flaggedSiteIds.join(', ')}` : undefined, tone: totals.unservedFlag ? 'warn' : 'ok' },
          { id: 'cost-served', label: `cost per MWh served, ${totals.siteSetLabel}`, value: totals.lcoeUSDPerMWh === null ? 'undefined' : formatUSDPerMWh(totals.lcoeUSDPerMWh) },
          { id: 'cost-load', label: `cost per MWh of load (unserved at VOLL), ${totals.siteSetLabel}`, value: formatUSDPerMWh(totals.costPerMWhLoadUSDPerMWh) },
          { id: 'energy', label: `energy per year, ${totals.siteSetLabel}`, value: formatEnergyMWh(totals.energyMWh) },
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
            <th className="num">Year</th>
            <th className="num">Served</th>
            <th className="num">Unserved</th>
            <th className="num">Per MWh served</th>
            <th className="num">Per MWh of load (VOLL)</th>
            <th className="num">CO2 /yr</th>
            <th>Time-to-power</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((r) => (
            <tr key={r.site.id} className={r.summary?.unservedFlag ? 'flagged' : undefined}>
              <td>{r.site.name}</td>
              <td>{r.scenarioName}</td>
              {r.summary ? (
                <>
                  <td className="num">{formatMW(r.summary.facilityPeakMW)}</td>
                  <td className="num">{r.summary.year}</td>
                  <td className="num">{formatPercent(r.summary.servedShare)}</td>
                  <td className="num">
                    {formatEnergyMWh(r.summary.unservedEnergyMWh)} · {r.summary.unservedHours} h
                  </td>
                  <td className="num">
                    {r.summary.lcoeUSDPerMWh === null ? 'undefined' : formatUSDPerMWh(r.summary.lcoeUSDPerMWh)}
                    {unservedFlagText(r.summary) ? ` ${unservedFlagText(r.summary) ?? ''}` : ''}
                  </td>
                  <td className="num">{formatUSDPerMWh(r.summary.costPerMWhLoadUSDPerMWh)}</td>
                  <td className="num">{formatTonnes(r.summary.co2Tonnes)}</td>
                  <td>{timeToPowerStatus(r.summary).text}</td>
                </>
              ) : (
                <td colSpan={9}>Not simulated: {r.error}</td>
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
