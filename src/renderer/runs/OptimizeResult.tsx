import { formatBillChange, formatEnergyMWh, formatMW, formatTonnes, formatUSD, formatUSDPerMWh, sig3 } from '../format';
import type { OptimizeRun } from './run-results';
import { FlexibleGridResult } from './FlexibleGridResult';
import { UseMixButton } from './UseMixButton';
import { WorstDayComparison } from './WorstDayComparison';

/** Availability with three decimals of a percent: Tier III (99.982%) and Tier IV (99.995%) differ in the third. */
const availabilityPct = (v: number) => (Number.isFinite(v) ? `${(v * 100).toFixed(3)}%` : '—');
/** `thermalCapitalAndFixedUSD` → "thermal capital and fixed". */
const words = (key: string) => key.replace(/USD$/, '').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

/** What is proven about the cost, in words: the bound and the whole-unit mix's gap to it, or that there is none. */
function boundText(r: OptimizeRun): string {
  const bound = r.bound as OptimizeRun['bound'] | undefined;
  if (bound === undefined) return '';
  const lower = bound.lowerBoundUSDPerYear;
  if (lower === null) return `No proven lower bound: the answer is ${bound.scope}.`;
  const rounded = r.recheck?.roundedMixLpCostUSDPerYear ?? null;
  const gap = rounded === null || rounded === undefined ? '' : ` The whole-unit mix costs ${formatUSD(rounded)}/yr in that model, ${formatUSD(rounded - lower)}/yr above it.`;
  return `Proven lower bound ${formatUSD(lower)}/yr: ${bound.scope}.${gap}`;
}

export function OptimizeResult(props: { r: OptimizeRun }) {
  const { r } = props;
  const recheck = r.recheck ?? null;
  const sim = recheck?.simulation;
  const broken = (recheck?.checks ?? []).filter((c) => c.met !== true);
  return (
    <div className="run-result" data-result="optimize">
      <p>
        Status: <strong data-status={r.status}>{r.status === 'notMet' ? 'not met' : r.status}</strong>
        {r.year !== undefined ? <> · {r.year}</> : null} · target {r.reliabilityTarget === 'worst-day' ? 'firm on the worst day' : 'N+k reserve'} · {r.lp.columns.toLocaleString('en-US')} columns × {r.lp.rows.toLocaleString('en-US')} rows, {r.lp.modelledHours} modelled hours, solved in {(r.solveTimeMs / 1000).toFixed(1)} s
      </p>
      {broken.length > 0 ? (
        <div className="banner banner-error" role="alert">
          <strong>Promises this mix does not keep:</strong>
          <ul>
            {broken.map((c) => (
              <li key={c.promise} data-promise={c.promise}>
                {c.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {r.mix ? (
        <table className="data-table" aria-label="Optimal mix">
          <tbody>
            <tr><th scope="row">Grid import{r.mix.flexibleGridMW !== undefined ? ' (firm)' : ''}</th><td className="num">{formatMW(r.mix.gridImportMW)}</td></tr>
            {r.mix.flexibleGridMW !== undefined ? <tr><th scope="row">Flexible grid</th><td className="num">{formatMW(r.mix.flexibleGridMW)}</td></tr> : null}
            {r.mix.thermal.filter((t) => t.units > 0).map((t) => (
              <tr key={t.technologyId}><th scope="row">{t.technologyId}</th><td className="num">{t.units} × {formatMW(t.unitMW)} = {formatMW(t.capacityMW)}{(t.dualFuelMW ?? 0) > 1e-6 ? `, dual fuel ${Math.min(t.units, Math.ceil((t.dualFuelMW ?? 0) / t.unitMW - 1e-6))} units` : ''}</td></tr>
            ))}
            <tr><th scope="row">Solar</th><td className="num">{formatMW(r.mix.solarMWac)} AC</td></tr>
            <tr><th scope="row">Battery</th><td className="num">{formatMW(r.mix.batteryMW)}, {formatEnergyMWh(r.mix.batteryMWh)}</td></tr>
          </tbody>
        </table>
      ) : null}
      <FlexibleGridResult r={r} />
      {sim && recheck ? (
        <>
          <table className="data-table" aria-label="Dispatch of this mix">
            <caption>The whole-unit mix dispatched over {sim.year} under the same caps, simulated hour by hour on that schedule</caption>
            <tbody>
              <tr><th scope="row">Annual cost</th><td className="num">{formatUSD(sim.annualCostUSD)}/yr</td></tr>
              <tr><th scope="row">LCOE</th><td className="num">{formatUSDPerMWh(sim.lcoeUSDPerMWh)}</td></tr>
              <tr><th scope="row">CO2</th><td className="num">{formatTonnes(sim.co2Tonnes)}/yr</td></tr>
              <tr><th scope="row">Unserved</th><td className="num">{formatEnergyMWh(sim.unservedEnergyMWh)} ({sim.unservedHours} h)</td></tr>
              <tr>
                <th scope="row">Monte Carlo availability ({recheck.monteCarlo.years} years)</th>
                <td className="num">
                  {availabilityPct(recheck.monteCarlo.availability.mean)} (95%: {availabilityPct(recheck.monteCarlo.availability.low95)} – {availabilityPct(recheck.monteCarlo.availability.high95)})
                  {recheck.monteCarlo.target ? ` · target ${availabilityPct(recheck.monteCarlo.target)}` : ''}
                </td>
              </tr>
            </tbody>
          </table>
          {(recheck.checks ?? []).length > 0 ? (
            <ul className="promise-list" aria-label="Promises checked">
              {(recheck.checks ?? []).map((c) => (
                <li key={c.promise} className={c.met === true ? 'verdict ok' : 'verdict warn'}>
                  {c.met === true ? 'kept' : c.met === false ? 'not met' : 'not evaluated'}: {c.message}
                </li>
              ))}
            </ul>
          ) : null}
          {recheck.added.length > 0 ? <p className="note">Units added to the LP’s rounded mix: {recheck.added.map((a) => `${a.units} × ${a.technologyId}${a.detail ? ` (${a.detail})` : ''}`).join('; ')}.</p> : null}
          {r.siteId ? <UseMixButton siteId={r.siteId} scenario={recheck.scenario} description={`Least-cost mix from the optimizer (${sim.year}, status ${r.status}); re-checked at ${sig3(sim.co2Tonnes)} t CO2 and ${sig3(sim.unservedEnergyMWh)} MWh unserved on the optimizer’s schedule. Saved with economic dispatch.`} /> : null}
        </>
      ) : null}
      {r.worstDay ? <WorstDayComparison outcome={r.worstDay} fix={recheck?.events ?? null} /> : null}
      {r.objectiveUSDPerYear !== null ? <p className="note">LP optimum of the continuous mix: {formatUSD(r.objectiveUSDPerYear)}/yr. {boundText(r)}</p> : null}
      {r.costBreakdownUSDPerYear ? (
        <table className="data-table" aria-label="Cost of the mix">
          <caption>LP cost lines (continuous mix)</caption>
          <tbody>
            {Object.entries(r.costBreakdownUSDPerYear).map(([k, v]) => (
              <tr key={k}><th scope="row">{words(k)}</th><td className="num">{formatUSD(v)}/yr</td></tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {r.annual && r.annual.residentialBillChangeUSDPerMonth !== null ? <p className="note">Household bill (LP): {formatBillChange(r.annual.residentialBillChangeUSDPerMonth)}</p> : null}
      {r.infeasibilities.length > 0 ? (
        <div className="banner banner-error" role="alert">
          <strong>Cannot be met:</strong>
          <ul>
            {r.infeasibilities.map((i) => (
              <li key={i.constraint}>{i.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {r.notes.length > 0 ? (
        <ul className="note">
          {r.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
