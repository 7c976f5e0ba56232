import { useMemo } from 'react';
import type { SimulateResponse } from '../../api/schemas/model';
import type { RunRecord } from '../../api/schemas/project';
import type { Site } from '../../api/schemas/site';
import type { SiteRateImpactResponse } from '../../api/schemas/site-rate-impact';
import { Chart } from '../charts/Chart';
import { costBreakdownSpec, dispatchWeekSpec, monthlyEnergySpec, timeToPowerSpec } from '../charts/site-charts';
import { Figures } from '../components/Figures';
import { formatBillChange, formatEnergyMWh, formatMW, sig3 } from '../format';
import { headlineBill } from '../rate-impact/household-bill';
import { siteFigures } from '../results/site-figures';
import { Generated } from './Generated';
import { OptimizerSection } from './OptimizerSection';

/** The site's headline household bill (rate-impact/household-bill.ts) as siteFigures' bill arguments. */
function reportBill(rate: SiteRateImpactResponse | string, scenarioId: string): [number | null, boolean, string | undefined] {
  if (typeof rate === 'string') return [null, false, undefined];
  const bill = headlineBill(rate, scenarioId);
  return [bill.usdPerMonth, bill.estimate, bill.note];
}

/** One site under one scenario: summary, supply, charts with their legends, rate impact, optimizer runs, sources. */
export function SiteReport(props: { site: Site; result: SimulateResponse; scenarioName: string; rate: SiteRateImpactResponse | string; optimizer: RunRecord[] }) {
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
        {specs.week ? <Chart spec={specs.week} fileName={`${site.id} ${s.scenarioId} week`} legend="static" height={240} /> : null}
        {specs.monthly ? <Chart spec={specs.monthly} fileName={`${site.id} ${s.scenarioId} monthly`} legend="static" height={240} /> : null}
        <Chart spec={specs.cost} fileName={`${site.id} ${s.scenarioId} cost`} legend="static" height={240} />
        <Chart spec={specs.ttp} fileName={`${site.id} ${s.scenarioId} time to power`} legend="static" height={240} />
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
      <OptimizerSection runs={props.optimizer} />
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
