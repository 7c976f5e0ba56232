import { formatEnergyMWh, formatMW, formatUSD } from '../format';
import type { EventCheckRow, EventFixStepView, EventFixView, WorstDayOutcome } from './run-results';

const hours = (h: number) => `${h.toFixed(2)} h`;
const interval = (e: { mean: number; low95: number; high95: number }) => `${hours(e.mean)} (95%: ${e.low95.toFixed(2)}–${e.high95.toFixed(2)})`;
const signedMW = (mw: number) => `${mw > 0 ? '+' : ''}${formatMW(mw)}`;
const name = (row: EventCheckRow) => (row.target === 'n-plus-k' ? 'N+k reserve (“N+1 on paper”)' : 'Worst day (firm through the events)');

const pct = (a: number) => `${(a * 100).toFixed(4)}%`;
const what = (s: EventFixStepView): string => {
  switch (s.kind) {
    case 'unit':
      return `One more ${s.technologyId ?? ''} unit, ${formatMW(s.mw)}`;
    case 'dualFuel':
      return `One more ${s.technologyId ?? ''} unit made dual fuel, ${formatMW(s.mw)}`;
    case 'battery':
      return `Battery +${formatMW(s.mw)}, ${formatEnergyMWh(s.mwh)}`;
    case 'grid':
      return `Firm grid +${formatMW(s.mw)}`;
  }
};

/**
 * "N+1 on paper" against "firm on the worst day": the design events the answer rides through,
 * what it adds to the N+k answer, the steps that made the re-checked mix meet the availability
 * target with the common-mode events (`fix`), and both answers' cost and lost hours in the Monte
 * Carlo with and without common-mode events, on the same draws.
 */
export function WorstDayComparison(props: { outcome: WorstDayOutcome; fix?: EventFixView | null }) {
  const { events, added, check } = props.outcome;
  return (
    <section className="worst-day" aria-label="Worst-day target">
      <h3>Reliability target: firm on the worst day</h3>
      <p className="note">
        Ridden through with the largest unit out:{' '}
        {events.length === 0
          ? 'no common-mode event applies to this site.'
          : events.map((e) => `${e.label}, ${formatMW(e.loadMW)} of load for ${e.durationHours} h${e.kind === 'gasSupply' ? `, ${Math.round(e.shareOfGasLost * 100)}% of gas-only MW without fuel` : ', no grid'}`).join('; ') + '.'}
      </p>
      <table className="data-table" aria-label="Added against N+k">
        <caption>Added against the N+k answer (re-checked mixes)</caption>
        <tbody>
          <tr><th scope="row">Units</th><td className="num">{signedMW(added.thermalMW)}</td></tr>
          <tr><th scope="row">Dual fuel (distillate, whole units)</th><td className="num">{formatMW(added.dualFuelMW)}</td></tr>
          <tr><th scope="row">Battery</th><td className="num">{signedMW(added.batteryMW)}, {formatEnergyMWh(added.batteryMWh)}</td></tr>
          <tr><th scope="row">Annual cost</th><td className="num">{added.costUSDPerYear >= 0 ? '+' : '−'}{formatUSD(Math.abs(added.costUSDPerYear))}/yr</td></tr>
        </tbody>
      </table>
      {props.fix ? <EventFixSteps fix={props.fix} /> : null}
      {check === null ? (
        <p className="note">No comparison: the N+k sizing ended “{props.outcome.nPlusKStatus}”.</p>
      ) : (
        <table className="data-table" aria-label="N+1 on paper against firm on the worst day">
          <caption>
            Monte Carlo, {check.years.toLocaleString('en-US')} years, seed {check.seed}, the same draws: hours of lost load a year
          </caption>
          <thead>
            <tr><th scope="col">Answer</th><th scope="col">LP cost</th><th scope="col">Re-checked mix cost</th><th scope="col">Without common-mode events</th><th scope="col">With them</th><th scope="col">Unserved with them</th></tr>
          </thead>
          <tbody>
            {check.rows.map((row) => (
              <tr key={row.target} data-target={row.target}>
                <th scope="row">{name(row)}</th>
                <td className="num">{formatUSD(row.lpCostUSDPerYear)}/yr</td>
                <td className="num">{formatUSD(row.costUSDPerYear)}/yr</td>
                <td className="num">{interval(row.lossOfLoadHoursPerYear.withoutEvents)}</td>
                <td className="num">{interval(row.lossOfLoadHoursPerYear.withEvents)}</td>
                <td className="num">{formatEnergyMWh(row.expectedUnservedEnergyMWhPerYear.withEvents.mean)}/yr</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/**
 * The re-check's loop for the events: lost hours with them before, each step (what, why, its cost,
 * the hours before and after on the same draws) and where it stopped against the target.
 */
function EventFixSteps(props: { fix: EventFixView }) {
  const { fix } = props;
  return (
    <>
      <p className={fix.met ? 'verdict ok' : 'verdict warn'}>
        With the common-mode events ({fix.years.toLocaleString('en-US')} years, seed {fix.seed}) the re-checked mix lost {interval(fix.before.lossOfLoadHoursPerYear)} a year; the target {pct(fix.target)} allows {hours(fix.lossOfLoadHoursTarget)}.{' '}
        {fix.steps.length === 0
          ? 'No fix was needed.'
          : fix.met
            ? `After ${fix.steps.length} step${fix.steps.length === 1 ? '' : 's'} it loses ${interval(fix.after.lossOfLoadHoursPerYear)} (availability ${pct(fix.after.availability.mean)}): met.`
            : `Stopped after ${fix.steps.length} step${fix.steps.length === 1 ? '' : 's'} at ${interval(fix.after.lossOfLoadHoursPerYear)}: not met (${fix.stoppedBecause ?? 'target missed'}).`}
      </p>
      {fix.steps.length > 0 ? (
        <table className="data-table" aria-label="Fixes for the common-mode events">
          <caption>Added for the events, one step at a time: each the cheapest fix per hour of lost load removed among the candidates (greedy, not proven optimal)</caption>
          <thead>
            <tr><th scope="col">Step</th><th scope="col">Added</th><th scope="col">Cost</th><th scope="col">Lost with events, before → after</th><th scope="col">Cost per hour removed</th><th scope="col">Candidates</th></tr>
          </thead>
          <tbody>
            {fix.steps.map((s, i) => (
              <tr key={i} data-kind={s.kind} title={s.detail}>
                <td className="num">{i + 1}</td>
                <th scope="row">{what(s)}</th>
                <td className="num">{formatUSD(s.costUSDPerYear)}/yr</td>
                <td className="num">{hours(s.lossOfLoadHoursBefore)} → {hours(s.lossOfLoadHoursAfter)}</td>
                <td className="num">{s.usdPerHourRemoved === null ? 'none removed a whole hour: least cost per MWh' : `${formatUSD(s.usdPerHourRemoved)} per h/yr`}</td>
                <td className="num">{s.candidates}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}
