import { sig3 } from '../format';
import type { RedundancyCase } from '../../power-model/reliability/redundancy';
import type { Estimate, LossByCause } from '../../power-model/reliability/types';
import type { ReliabilityRun } from './run-results';
import { UnservedHoursChart } from './UnservedHoursChart';

const interval = (e: Estimate, f: (v: number) => string) => `${f(e.mean)} (95%: ${f(e.low95)} – ${f(e.high95)})`;
/** Availability with three decimals of a percent: Tier III (99.982%) and Tier IV (99.995%) differ in the third. */
const availabilityPct = (v: number) => (Number.isFinite(v) ? `${(v * 100).toFixed(3)}%` : '—');

const CAUSE_LABEL: Record<LossByCause['cause'], string> = {
  independent: 'independent failures',
  gasSupply: 'gas supply',
  gridWeather: 'grid outage in extreme weather',
  gasSupplyAndGridWeather: 'gas supply + grid outage',
};

/** "gas supply 92%, independent failures 8%": the causes of lost energy, the largest first; "—" without loss. */
function causesText(causes: readonly LossByCause[] | undefined): string {
  if (causes === undefined || causes.length === 0) return '—';
  return causes.map((c) => `${CAUSE_LABEL[c.cause]} ${Math.round(c.shareOfUnservedEnergy * 100)}%`).join(', ');
}

/** The N+k designs without and with the common-mode events, side by side. */
function WithWithout(props: { cases: readonly RedundancyCase[] }) {
  const pairs = props.cases
    .filter((c) => !c.commonMode)
    .map((without) => ({ without, with: props.cases.find((c) => c.commonMode && c.extraUnits === without.extraUnits && c.label === without.label.replace(' without common-mode', '')) }))
    .filter((p): p is { without: RedundancyCase; with: RedundancyCase } => p.with !== undefined);
  if (pairs.length === 0) return null;
  return (
    <table className="data-table" aria-label="Availability with and without common-mode events">
      <caption>Independent unit failures only, and with the common-mode events</caption>
      <thead>
        <tr>
          <th>Design</th>
          <th className="num">Availability without</th>
          <th className="num">Availability with</th>
          <th className="num">Loss of load without, h/yr</th>
          <th className="num">Loss of load with, h/yr</th>
          <th>Lost energy with, by cause</th>
        </tr>
      </thead>
      <tbody>
        {pairs.map((p) => (
          <tr key={p.with.label} data-case={`${p.with.label} with/without`}>
            <th scope="row">{p.with.label}</th>
            <td className="num">{availabilityPct(p.without.result.availability.mean)}</td>
            <td className="num">{availabilityPct(p.with.result.availability.mean)}</td>
            <td className="num">{sig3(p.without.result.lossOfLoadHoursPerYear.mean)}</td>
            <td className="num">{sig3(p.with.result.lossOfLoadHoursPerYear.mean)}</td>
            <td>{causesText(p.with.result.lossByCause)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function CommonModeNote(props: { r: ReliabilityRun }) {
  const c = props.r.commonMode;
  if (!c) return null;
  const g = c.gasSupply;
  const w = c.gridWeather;
  return (
    <p className="note" data-note="common-mode">
      Common-mode events (our estimates from the FERC–NERC reports on Winter Storm Uri, 2021, and Winter Storm Elliott, 2023; data/common-mode-events.json): gas supply interruptions{' '}
      {g.eventsPerYear} a year of {g.meanDurationHours} h mean taking {Math.round(g.shareOfGasUnitsAffected * 100)}% of the gas-fired MW, starting only in the {g.triggerHours} coldest hours of the
      weather year; grid outages in extreme weather {w.eventsPerYear} a year of {w.meanDurationHours} h mean, starting in {w.triggerHours} hours of extreme cold or heat. Dual fuel: gas events take
      no unit. The battery and grid backup rows add those to N.
    </p>
  );
}

export function ReliabilityResult(props: { r: ReliabilityRun }) {
  const { r } = props;
  const durations = r.cases[0]?.result.rideThrough.map((x) => x.outageHours) ?? [];
  const simulated = r.cases[0]?.result.yearsSimulated ?? r.years;
  const withEvents = r.commonMode != null;
  // The histogram compares at most four designs: with common-mode events, N without them and N, N+1, N+2 with them.
  const charted = withEvents ? r.cases.filter((c) => c.label === 'N without common-mode' || (c.commonMode && /^N(\+\d+)?$/.test(c.label))) : r.cases;
  return (
    <div className="run-result" data-result="reliability">
      <p className="note">
        {simulated.toLocaleString('en-US')} simulated years{r.year !== undefined ? ` of ${r.year}` : ''}, seed {r.seed}, {r.units} thermal units;{' '}
        {withEvents ? `${r.cases.length} designs` : 'N, N+1 and N+2'} from the same draws
        {r.threads !== undefined ? ` on ${r.threads} thread${r.threads === 1 ? '' : 's'}` : ''}
        {r.elapsedMs !== undefined ? ` in ${(r.elapsedMs / 1000).toFixed(1)} s` : ''}.
        {r.gridImportLimitMW === 0 || !r.gridOutage ? ' No grid in this scenario.' : ''}
        {r.gridOutage
          ? ` Grid outages${r.gridImportLimitMW === 0 ? ' (they take the grid backup compared)' : ''}: ${r.gridOutage.eventsPerYear} a year of ${r.gridOutage.meanDurationHours} h mean (${r.gridOutageSource ?? ''}).`
          : ''}
      </p>
      <CommonModeNote r={r} />
      <WithWithout cases={r.cases} />
      <table className="data-table" aria-label="Reliability by design">
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
            {withEvents ? <th>Lost energy by cause</th> : null}
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
                {withEvents ? <td data-causes={c.label}>{causesText(c.result.lossByCause)}</td> : null}
              </tr>
            );
          })}
        </tbody>
      </table>
      {r.cases[0]?.result.unservedHoursHistogram ? <UnservedHoursChart cases={charted} /> : null}
      {r.gridOutage && durations.length > 0 ? (
        <table className="data-table" aria-label="Ride-through of grid outages">
          <caption>Probability that a grid outage of this length is fully served</caption>
          <thead>
            <tr>
              <th>Outage</th>
              {r.cases.map((c) => (
                <th key={c.label} className="num">
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {durations.map((h, i) => (
              <tr key={h}>
                <th scope="row">{h} h</th>
                {r.cases.map((c) => {
                  const p = c.result.rideThrough[i]?.probability;
                  return (
                    <td key={c.label} className="num">
                      {p ? interval(p, (v) => `${(v * 100).toFixed(1)}%`) : '—'}
                    </td>
                  );
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
