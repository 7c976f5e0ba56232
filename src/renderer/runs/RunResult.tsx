import { Tornado } from '../charts/Tornado';
import { tornadoRows } from '../charts/tornado';
import { formatBillChange, formatEnergyMWh, formatMW, formatTonnes, formatUSD, formatUSDPerMWh, sig3 } from '../format';
import type { Estimate } from '../../power-model/reliability/types';
import type { TornadoResult } from '../../power-model/sensitivity/tornado';
import { asReliability, asSizing, asSweep, asTornado, runError, type OptimizeRun, type ReliabilityRun } from './run-results';
import { SweepResult } from './SweepResult';
import type { RunKind } from './run-settings';

const interval = (e: Estimate, f: (v: number) => string) => `${f(e.mean)} (95%: ${f(e.low95)} – ${f(e.high95)})`;
/** Availability with three decimals of a percent: Tier III (99.982%) and Tier IV (99.995%) differ in the third. */
const availabilityPct = (v: number) => (Number.isFinite(v) ? `${(v * 100).toFixed(3)}%` : '—');
/** `thermalCapitalAndFixedUSD` → "thermal capital and fixed". */
const words = (key: string) => key.replace(/USD$/, '').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

function OptimizeResult(props: { r: OptimizeRun }) {
  const { r } = props;
  return (
    <div className="run-result" data-result="optimize">
      <p>
        Status: <strong data-status={r.status}>{r.status}</strong>
        {r.objectiveUSDPerYear !== null ? <> · least annual cost {formatUSD(r.objectiveUSDPerYear)}/yr</> : null} · {r.lp.columns.toLocaleString('en-US')} columns × {r.lp.rows.toLocaleString('en-US')} rows, {r.lp.modelledHours} modelled hours, solved in {(r.solveTimeMs / 1000).toFixed(1)} s
      </p>
      {r.mix ? (
        <table className="data-table" aria-label="Optimal mix">
          <tbody>
            <tr><th scope="row">Grid import</th><td className="num">{formatMW(r.mix.gridImportMW)}</td></tr>
            {r.mix.thermal.filter((t) => t.units > 0).map((t) => (
              <tr key={t.technologyId}><th scope="row">{t.technologyId}</th><td className="num">{t.units} × {formatMW(t.unitMW)} = {formatMW(t.capacityMW)}</td></tr>
            ))}
            <tr><th scope="row">Solar</th><td className="num">{formatMW(r.mix.solarMWac)} AC</td></tr>
            <tr><th scope="row">Battery</th><td className="num">{formatMW(r.mix.batteryMW)}, {formatEnergyMWh(r.mix.batteryMWh)}</td></tr>
          </tbody>
        </table>
      ) : null}
      {r.costBreakdownUSDPerYear ? (
        <table className="data-table" aria-label="Cost of the mix">
          <tbody>
            {Object.entries(r.costBreakdownUSDPerYear).map(([k, v]) => (
              <tr key={k}><th scope="row">{words(k)}</th><td className="num">{formatUSD(v)}/yr</td></tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {r.annual ? (
        <p>
          CO2 {formatTonnes(r.annual.co2Tonnes)}/yr · grid energy {formatEnergyMWh(r.annual.gridEnergyMWh)} · unserved {formatEnergyMWh(r.annual.unservedEnergyMWh)} · land {sig3(r.annual.landAcres)} acres · grid at coincident peak {formatMW(r.annual.gridCoincidentPeakMW)}
          {r.annual.residentialBillChangeUSDPerMonth !== null ? <> · household bill {formatBillChange(r.annual.residentialBillChangeUSDPerMonth)}</> : null}
        </p>
      ) : null}
      {r.recheck ? (
        <p data-recheck>
          Re-check of the rounded mix: the hourly simulation of {r.recheck.simulation.year} leaves {formatEnergyMWh(r.recheck.simulation.unservedEnergyMWh)} unserved at LCOE {formatUSDPerMWh(r.recheck.simulation.lcoeUSDPerMWh)}; {r.recheck.monteCarlo.years} Monte Carlo years give availability {interval(r.recheck.monteCarlo.availability, availabilityPct)}
          {r.recheck.monteCarlo.tiers.map((t) => ` · ${t.tier} ${t.verdict}`).join('')}.
          {r.recheck.added.length > 0 ? ` Units added after the simulation: ${r.recheck.added.map((a) => `${a.units} × ${a.technologyId}`).join(', ')}.` : ''}
        </p>
      ) : null}
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

function ReliabilityResult(props: { r: ReliabilityRun }) {
  const { r } = props;
  const durations = r.cases[0]?.result.rideThrough.map((x) => x.outageHours) ?? [];
  return (
    <div className="run-result" data-result="reliability">
      <p className="note">
        {r.cases[0]?.result.yearsSimulated ?? r.years} simulated years each, seed {r.seed}, {r.units} thermal units.
        {r.gridOutage ? ` Grid outages: ${r.gridOutage.eventsPerYear} a year of ${r.gridOutage.meanDurationHours} h mean (${r.gridOutageSource}).` : ' No grid connection.'}
      </p>
      <table className="data-table" aria-label="Reliability by redundancy">
        <thead>
          <tr>
            <th>Design</th>
            <th className="num">Availability</th>
            <th className="num">Nines</th>
            <th className="num">Loss of load, h/yr</th>
            <th className="num">Unserved energy, MWh/yr</th>
            <th>Tier III</th>
            <th>Tier IV</th>
          </tr>
        </thead>
        <tbody>
          {r.cases.map((c) => (
            <tr key={c.label} data-case={c.label}>
              <th scope="row">{c.label}</th>
              <td className="num">{interval(c.result.availability, availabilityPct)}</td>
              <td className="num">{c.result.nines === null ? 'no loss seen' : sig3(c.result.nines)}</td>
              <td className="num">{interval(c.result.lossOfLoadHoursPerYear, sig3)}</td>
              <td className="num">{interval(c.result.expectedUnservedEnergyMWhPerYear, sig3)}</td>
              {c.result.tiers.map((t) => (
                <td key={t.tier} className={t.verdict === 'meets' ? 'verdict ok' : t.verdict === 'fails' ? 'verdict warn' : 'verdict'}>
                  {t.verdict} ({availabilityPct(t.targetAvailability)})
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {durations.length > 0 ? (
        <table className="data-table" aria-label="Ride-through of grid outages">
          <caption>Probability that a grid outage of this length is fully served</caption>
          <thead>
            <tr>
              <th>Outage</th>
              {r.cases.map((c) => (
                <th key={c.label} className="num">{c.label}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {durations.map((h, i) => (
              <tr key={h}>
                <th scope="row">{h} h</th>
                {r.cases.map((c) => {
                  const p = c.result.rideThrough[i]?.probability;
                  return <td key={c.label} className="num">{p ? interval(p, (v) => `${(v * 100).toFixed(1)}%`) : '—'}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <p className="note">{r.cases[0]?.result.method}</p>
    </div>
  );
}

const METRIC_VIEW: Record<string, { title: string; unit: string; format: (v: number) => string }> = {
  lcoeUSDPerMWh: { title: 'Tornado: LCOE', unit: 'USD/MWh', format: formatUSDPerMWh },
  residentialBillChangeUSDPerMonth: { title: 'Tornado: household bill change (4CP)', unit: 'USD/month', format: formatBillChange },
};

function SensitivityResult(props: { r: TornadoResult; fileName: string }) {
  const metrics = props.r.metrics.filter((m) => METRIC_VIEW[m]);
  return (
    <div className="run-result" data-result="sensitivity">
      {metrics.map((m) => {
        const view = METRIC_VIEW[m];
        if (!view) return null;
        const { base, rows, unmoved } = tornadoRows(props.r, m);
        return (
          <div key={m}>
            {rows.length > 0 ? <Tornado title={view.title} unit={view.unit} base={base} rows={rows} format={view.format} fileName={`${props.fileName} ${m}`} /> : null}
            <p className="note">
              {rows.length === 0 ? `${view.title}: no input moves it (base ${view.format(base)}).` : unmoved > 0 ? `${unmoved} input(s) do not move this figure and are not drawn.` : ''}
            </p>
          </div>
        );
      })}
    </div>
  );
}

/** A run's result by kind; a result of another shape (an old record, a failure) says so instead of guessing. */
export function RunResult(props: { kind: RunKind | string; result: unknown; fileName: string }) {
  const failed = runError(props.result);
  if (failed) return <p className="field-error">{failed}</p>;
  if (props.kind === 'optimize') {
    const r = asSizing(props.result);
    if (r) return <OptimizeResult r={r} />;
  } else if (props.kind === 'reliability') {
    const r = asReliability(props.result);
    if (r) return <ReliabilityResult r={r} />;
  } else if (props.kind === 'sensitivity') {
    const r = asTornado(props.result);
    if (r) return <SensitivityResult r={r} fileName={props.fileName} />;
  } else if (props.kind === 'sweep') {
    const r = asSweep(props.result);
    if (r) return <SweepResult r={r} fileName={props.fileName} />;
  }
  return <p className="note">This run left no result to show.</p>;
}
