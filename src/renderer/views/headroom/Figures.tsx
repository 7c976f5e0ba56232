import type { HeadroomSystemResponse } from '../../../api/schemas/headroom';
import type { HeadroomFigures } from '../../../power-model/headroom/types';
import { gwText } from './systems';

const pct = (share: number) => `${Math.round(share * 100)} %`;

/** The headline figures of the chosen system at the chosen limit, over the span shown. */
export function Figures(props: { data: HeadroomSystemResponse; figures: HeadroomFigures; spanText: string }) {
  const f = props.figures;
  const s = props.data.servable;
  const items: [string, string][] = [
    ['Headroom', `${gwText(f.headroomMW)} GW`],
    ['Curtailed', `${Math.round(f.curtailedHoursPerYear).toLocaleString('en-US')} h/yr (${f.curtailedPctOfPotential.toFixed(2)} % of its energy)`],
    ['Events', `${f.eventsPerYear.toFixed(1)}/yr, ${f.averageEventHours.toFixed(1)} h on average, longest ${f.longestEventHours} h`],
    ['Season of the curtailed hours', `winter ${Math.round(f.winterCurtailedHoursPerYear)}, summer ${Math.round(f.summerCurtailedHoursPerYear)}, spring/autumn ${Math.round(f.shoulderCurtailedHoursPerYear)} h/yr`],
    ['In curtailed hours the new load keeps', `≥ 50 %: ${pct(f.keepsAtLeast50PctShare)} of them, ≥ 75 %: ${pct(f.keepsAtLeast75PctShare)}, ≥ 90 %: ${pct(f.keepsAtLeast90PctShare)}`],
    ['Servable level', `winter ${gwText(s.winterMW)} GW, summer ${gwText(s.summerMW)} GW (spring/autumn the higher)`],
  ];
  return (
    <dl className="headroom-figures" aria-label={`Headroom of ${props.data.system.name}`}>
      {items.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
      <p className="note">
        A constant new load of {gwText(f.headroomMW)} GW fits under the servable level {props.spanText} if it gives up {props.data.curtailmentPct} % of its energy in the system’s highest hours.
        {props.data.published ? ` Duke finds ${gwText(props.data.published.headroomMW)} GW at ${props.data.published.curtailmentPct} % on ${props.data.published.dataYears} data.` : ''}
      </p>
    </dl>
  );
}
