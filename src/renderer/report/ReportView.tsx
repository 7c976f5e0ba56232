import { useEffect, useMemo, useState } from 'react';
import type { SimulateResponse } from '../../api/schemas/model';
import type { Site } from '../../api/schemas/site';
import type { SiteRateImpactResponse } from '../../api/schemas/site-rate-impact';
import { headlineBill } from '../rate-impact/household-bill';
import type { SimulationSummary } from '../../power-model/simulate';
import { useClient } from '../api/context';
import { Chart } from '../charts/Chart';
import { costBreakdownSpec, dispatchWeekSpec, monthlyEnergySpec, portfolioTimeToPowerSpec, timeToPowerSpec } from '../charts/site-charts';
import { Figures } from '../components/Figures';
import { ErrorState, Loading } from '../components/States';
import { formatBcf, formatBillChange, formatEnergyMWh, formatMW, formatPercent, formatTonnes, formatUSD, formatUSDPerMWh, sig3 } from '../format';
import { timeToPowerStatus } from '../results/headline';
import { portfolioTotals } from '../../power-model/portfolio/portfolio';
import { DEFAULT_PORTFOLIO_SITE_SET, sitesInSet } from '../../power-model/portfolio/site-set';
import { summarizeNameplate } from '../results/nameplate';
import { unservedFlagText } from '../results/served';
import { siteFigures } from '../results/site-figures';
import { scenarioFor, useSelection } from '../state/selection';
import type { ReportTarget } from './report-route';

type Loaded =
  | { kind: 'site'; site: Site; result: SimulateResponse; scenarioName: string; rate: SiteRateImpactResponse | string }
  | { kind: 'portfolio'; rows: { site: Site; summary: SimulationSummary; scenarioName: string }[] };

/** Tells a printing shell (Electron's printToPDF) that every figure and chart is on the page. */
function markReady(ready: boolean): void {
  if (ready) document.body.dataset.reportReady = 'true';
  else delete document.body.dataset.reportReady;
}

/**
 * A printable report of a site or the portfolio: summary figures, supply, assumptions with their
 * sources, charts and rate impact. Web mode prints it with the browser's print (Save as PDF); the
 * desktop shell prints the same route with printToPDF.
 */
export function ReportView(props: { target: ReportTarget; onClose: () => void }) {
  const client = useClient();
  const scenarioBySite = useSelection((s) => s.scenarioBySite);
  const [state, setState] = useState<{ status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; data: Loaded }>({ status: 'loading' });
  const target = props.target;

  useEffect(() => {
    let live = true;
    markReady(false);
    void (async () => {
      try {
        const { scenarios } = await client.scenarios.list({});
        const nameOf = (id: string) => scenarios.find((s) => s.id === id)?.name ?? id;
        let data: Loaded;
        if (target.kind === 'site') {
          const [{ site }, result] = await Promise.all([client.sites.get({ id: target.siteId }), client.model.simulate({ siteId: target.siteId, scenarioId: target.scenarioId, hourly: true })]);
          const scenarioIds = [...new Set(['grid-only', target.scenarioId, 'hybrid', 'islanded'])];
          const rate = await client.rateImpact.site({ siteId: target.siteId, scenarioIds }).catch((error: unknown) => (error instanceof Error ? error.message : String(error)));
          data = { kind: 'site', site, result, scenarioName: nameOf(target.scenarioId), rate };
        } else {
          const { sites } = await client.sites.list({});
          const rows = [];
          for (const s of sites) {
            const scenarioId = scenarioFor(scenarioBySite, s.id, target.scenarioId);
            const [{ site }, result] = await Promise.all([client.sites.get({ id: s.id }), client.model.simulate({ siteId: s.id, scenarioId, hourly: false })]);
            rows.push({ site, summary: result.summary, scenarioName: nameOf(scenarioId) });
          }
          data = { kind: 'portfolio', rows };
        }
        if (live) setState({ status: 'ready', data });
      } catch (error) {
        if (live) setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
      }
    })();
    return () => {
      live = false;
      markReady(false);
    };
  }, [client, target.kind, target.kind === 'site' ? target.siteId : '', target.scenarioId]);

  useEffect(() => {
    if (state.status !== 'ready') return;
    document.title = state.data.kind === 'site' ? `Stargrid report — ${state.data.site.name}` : 'Stargrid report — portfolio';
    // Charts draw in the effect after this render; mark ready on the next frame.
    const id = requestAnimationFrame(() => markReady(true));
    return () => cancelAnimationFrame(id);
  }, [state]);

  return (
    <article className="report" aria-label="Report">
      <div className="report-actions">
        <button type="button" className="primary" onClick={() => window.print()} disabled={state.status !== 'ready'}>
          Print / Save as PDF
        </button>
        <button type="button" onClick={props.onClose}>
          Close report
        </button>
      </div>
      {state.status === 'loading' ? <Loading what="the report" /> : null}
      {state.status === 'error' ? <ErrorState message={state.message} /> : null}
      {state.status === 'ready' && state.data.kind === 'site' ? <SiteReport {...state.data} /> : null}
      {state.status === 'ready' && state.data.kind === 'portfolio' ? <PortfolioReport rows={state.data.rows} /> : null}
    </article>
  );
}

function Generated() {
  return <p className="note">Generated by Stargrid on {new Date().toISOString().slice(0, 10)}. Figures are model results from sourced inputs; sources are listed below.</p>;
}

/** The site's headline household bill (rate-impact/household-bill.ts) as siteFigures' bill arguments. */
function reportBill(rate: SiteRateImpactResponse | string, scenarioId: string): [number | null, boolean, string | undefined] {
  if (typeof rate === 'string') return [null, false, undefined];
  const bill = headlineBill(rate, scenarioId);
  return [bill.usdPerMonth, bill.estimate, bill.note];
}

function SiteReport(props: { site: Site; result: SimulateResponse; scenarioName: string; rate: SiteRateImpactResponse | string }) {
  const { site, result } = props;
  const s = result.summary;
  const specs = useMemo(
    () => ({
      cost: costBreakdownSpec([{ label: props.scenarioName, summary: s }]),
      ttp: timeToPowerSpec(s.timeToPower, 'Time-to-power: demand vs energizable MW'),
      monthly: result.hourly ? monthlyEnergySpec(result.hourly) : null,
      week: result.hourly ? dispatchWeekSpec(result.hourly, s.year, 28) : null,
    }),
    [result, props.scenarioName],
  );
  return (
    <>
      <h1>{site.name}</h1>
      <p className="report-subtitle">
        {props.scenarioName} · {s.year} · {site.location.county}, {site.location.state} · {site.gridOperator} · {site.utilityName}
      </p>
      <Generated />
      <h2>Summary</h2>
      <Figures label="Results" items={siteFigures(s, ...reportBill(props.rate, s.scenarioId))} />
      <h2>Supply</h2>
      <table className="data-table">
        <tbody>
          {result.fleet.thermal.map((t) => (
            <tr key={t.technologyId}>
              <th scope="row">{t.name}</th>
              <td className="num">
                {t.units} × {formatMW(t.unitMW)} = {formatMW(t.capacityMW)}
              </td>
            </tr>
          ))}
          <tr>
            <th scope="row">Solar</th>
            <td className="num">{formatMW(result.fleet.solarMWac)} ac</td>
          </tr>
          <tr>
            <th scope="row">Battery</th>
            <td className="num">
              {formatMW(result.fleet.batteryPowerMW)} / {formatEnergyMWh(result.fleet.batteryEnergyMWh)}
            </td>
          </tr>
          <tr>
            <th scope="row">Grid import limit</th>
            <td className="num">{formatMW(result.fleet.gridImportLimitMW)}</td>
          </tr>
          <tr>
            <th scope="row">Energy from grid / gas / solar / battery</th>
            <td className="num">
              {formatEnergyMWh(s.gridEnergyMWh)} / {formatEnergyMWh(s.thermalEnergyMWh)} / {formatEnergyMWh(s.solarEnergyMWh)} / {formatEnergyMWh(s.batteryDischargeMWh)}
            </td>
          </tr>
        </tbody>
      </table>
      <h2>Charts</h2>
      <div className="chart-grid">
        {specs.week ? <Chart spec={specs.week} fileName="week" /> : null}
        {specs.monthly ? <Chart spec={specs.monthly} fileName="monthly" /> : null}
        <Chart spec={specs.cost} fileName="cost" />
        <Chart spec={specs.ttp} fileName="time to power" />
      </div>
      <h2>Rate impact</h2>
      {typeof props.rate === 'string' ? (
        <p>No rate impact for this site: {props.rate}</p>
      ) : (
        <>
          <p>
            {props.rate.utility.name}. Change in a typical household’s monthly bill ({props.rate.utility.typicalResidentialKWhPerMonth} kWh/month) by supply and cost-allocation method; figures marked * rest on estimates.
          </p>
          <table className="data-table">
            <thead>
              <tr>
                <th>Scenario</th>
                <th>Allocation</th>
                <th className="num">Bill change</th>
                <th className="num">Rate change</th>
              </tr>
            </thead>
            <tbody>
              {props.rate.cases.map((c) => (
                <tr key={`${c.scenarioId}-${c.method}`}>
                  <td>{c.scenarioName}</td>
                  <td>{c.method}</td>
                  <td className="num">
                    {formatBillChange(c.household.totalUSDPerMonth ?? Number.NaN)}
                    {c.household.estimate ? ' *' : ''}
                  </td>
                  <td className="num">{c.residential.rateChangeCentsPerKWh.value === null ? '—' : `${sig3(c.residential.rateChangeCentsPerKWh.value)} ¢/kWh`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <h2>Assumptions and sources</h2>
      <p>
        Weather: {s.weatherSource.label}. Design PUE {site.design.pue.value} ({site.design.pue.source}). Dispatch strategy: {s.strategy}.
      </p>
      <ul className="sources">
        {site.sources.map((src) => (
          <li key={src.url}>
            {src.title}
            {src.year ? ` (${src.year})` : ''} — <span className="url">{src.url}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

function PortfolioReport(props: { rows: { site: Site; summary: SimulationSummary; scenarioName: string }[] }) {
  // The report's totals cover the default set (the Stargate sites), named beside each, like the Portfolio view's.
  const rows = sitesInSet(props.rows.map((r) => ({ ...r, stargate: r.site.stargate })), DEFAULT_PORTFOLIO_SITE_SET);
  const totals = portfolioTotals('mixed', DEFAULT_PORTFOLIO_SITE_SET, rows.map((r) => ({ stargate: r.stargate, ...summarizeNameplate(r.site), summary: r.summary })));
  const ttp = useMemo(() => portfolioTimeToPowerSpec(totals.timeToPower, `Portfolio, ${totals.siteSetLabel}: demand vs energizable MW by year`), [props.rows]);
  return (
    <>
      <h1>Portfolio report</h1>
      <p className="report-subtitle">{totals.siteSetLabel}, each in its design year</p>
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
          {rows.map((r) => (
            <tr key={r.site.id} className={r.summary.unservedFlag ? 'flagged' : undefined}>
              <td>{r.site.name}</td>
              <td>{r.scenarioName}</td>
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
            </tr>
          ))}
        </tbody>
      </table>
      <div className="chart-grid">
        <div className="chart-wide">
          <Chart spec={ttp} fileName="portfolio time to power" />
        </div>
      </div>
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
