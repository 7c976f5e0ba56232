import { Tornado } from '../charts/Tornado';
import { tornadoRows } from '../charts/tornado';
import { formatBillChange, formatUSDPerMWh, sig3 } from '../format';
import type { Estimate } from '../../power-model/reliability/types';
import type { TornadoResult } from '../../power-model/sensitivity/tornado';
import { OptimizeResult } from './OptimizeResult';
import { asReliability, asSizing, asSweep, asTornado, runError, type ReliabilityRun } from './run-results';
import { UnservedHoursChart } from './UnservedHoursChart';
import { SweepResult } from './SweepResult';
import type { RunKind } from './run-settings';

const interval = (e: Estimate, f: (v: number) => string) => `${f(e.mean)} (95%: ${f(e.low95)} – ${f(e.high95)})`;
/** Availability with three decimals of a percent: Tier III (99.982%) and Tier IV (99.995%) differ in the third. */
const availabilityPct = (v: number) => (Number.isFinite(v) ? `${(v * 100).toFixed(3)}%` : '—');

function ReliabilityResult(props: { r: ReliabilityRun }) {
  const { r } = props;
  const durations = r.cases[0]?.result.rideThrough.map((x) => x.outageHours) ?? [];
  const simulated = r.cases[0]?.result.yearsSimulated ?? r.years;
  return (
    <div className="run-result" data-result="reliability">
      <p className="note">
        {simulated.toLocaleString('en-US')} simulated years{r.year !== undefined ? ` of ${r.year}` : ''}, seed {r.seed}, {r.units} thermal units; N, N+1 and N+2 from the same draws
        {r.threads !== undefined ? ` on ${r.threads} thread${r.threads === 1 ? '' : 's'}` : ''}{r.elapsedMs !== undefined ? ` in ${(r.elapsedMs / 1000).toFixed(1)} s` : ''}.
        {r.gridOutage ? ` Grid outages: ${r.gridOutage.eventsPerYear} a year of ${r.gridOutage.meanDurationHours} h mean (${r.gridOutageSource ?? ''}).` : ' No grid in this scenario.'}
      </p>
      <table className="data-table" aria-label="Reliability by redundancy">
        <thead>
          <tr>
            <th>Design</th>
            <th className="num">Availability</th>
            <th className="num">Loss of load, h/yr</th>
            <th className="num">Unserved energy, MWh/yr</th>
            <th className="num">Years with loss</th>
            <th className="num">Unit failures ridden through</th>
            <th>Tier III</th>
            <th>Tier IV</th>
          </tr>
        </thead>
        <tbody>
          {r.cases.map((c) => {
            const histogram = c.result.unservedHoursHistogram as typeof c.result.unservedHoursHistogram | undefined;
            const lossYears = histogram === undefined ? null : c.result.yearsSimulated - (histogram.years[0] ?? 0);
            return (
              <tr key={c.label} data-case={c.label}>
                <th scope="row">{c.label}</th>
                <td className="num">{interval(c.result.availability, availabilityPct)}</td>
                <td className="num">{interval(c.result.lossOfLoadHoursPerYear, sig3)}</td>
                <td className="num">{interval(c.result.expectedUnservedEnergyMWhPerYear, sig3)}</td>
                <td className="num">{lossYears === null ? '—' : `${lossYears.toLocaleString('en-US')} of ${c.result.yearsSimulated.toLocaleString('en-US')}`}</td>
                <td className="num">{c.result.unitFailuresRiddenThrough === undefined ? '—' : c.result.unitFailuresRiddenThrough < 0 ? 'short with all up' : c.result.unitFailuresRiddenThrough}</td>
                {c.result.tiers.map((t) => (
                  <td key={t.tier} className={t.verdict === 'meets' ? 'verdict ok' : t.verdict === 'fails' ? 'verdict warn' : 'verdict'}>
                    {t.verdict} ({availabilityPct(t.targetAvailability)})
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      {r.cases[0]?.result.unservedHoursHistogram ? <UnservedHoursChart cases={r.cases} /> : null}
      {r.gridOutage && durations.length > 0 ? (
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
