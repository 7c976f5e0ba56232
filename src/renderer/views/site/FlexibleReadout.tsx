import type { FlexibleReadout as Readout } from '../../../power-model/grid/flexible-readout';
import { formatEnergyMWh, formatMW, formatUSD, formatUSDPerMWh } from '../../format';

/**
 * What the flexible part of the grid connection did this year: the hours it was curtailed and
 * what carried the campus through them (gas, battery, or workload not run), with the cost.
 */
export function FlexibleReadout(props: { readout: Readout }) {
  const r = props.readout;
  const head = `${formatMW(r.firmMW)} firm + ${formatMW(r.flexibleMW)} flexible`;
  if (!r.inService) {
    return (
      <section className="flexible-readout" aria-label="Flexible grid curtailment">
        <h2>Flexible grid</h2>
        <p className="note">
          {head}: the flexible part is not in service this year; it energizes in {r.onlineYear}.
        </p>
      </section>
    );
  }
  const rows: [string, string][] = [
    ['Hours curtailed', `${r.curtailedHours.toLocaleString('en-US')} h in ${r.events} event${r.events === 1 ? '' : 's'}`],
    ['Energy curtailed', formatEnergyMWh(r.curtailedEnergyMWh)],
    ['Covered by gas', formatEnergyMWh(r.thermalMWh)],
    ['Covered by battery', formatEnergyMWh(r.batteryMWh)],
    ['Workload curtailed', `${formatEnergyMWh(r.workloadCurtailedMWh)} at ${formatUSDPerMWh(r.workloadCurtailmentUSDPerMWh)}`],
    ['On-site cost less grid energy saved', formatUSD(r.onsiteCostUSD)],
    ['Cost of the curtailment', `${formatUSD(r.costUSD)}/yr`],
  ];
  return (
    <section className="flexible-readout" aria-label="Flexible grid curtailment">
      <h2>Flexible grid: {head}</h2>
      <table>
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="note">Curtailed in {r.rule}. Workload cost: {r.workloadCurtailmentSource}.</p>
    </section>
  );
}
