import { memo } from 'react';
import { DUKE_HEADROOM } from '../../../power-model/headroom/published';
import type { SystemRow } from './use-systems-table';
import { gwText, PRESET_LIMITS_PCT } from './systems';

/**
 * The shipped systems side by side: headroom at Duke's four limits (Duke's own figure beside ours
 * at 0.5 %), and at the chosen limit the curtailed hours a year and the mean event length.
 */
export const SystemsTable = memo(function SystemsTable(props: { rows: SystemRow[]; chosenPct: number; spanText: string; selected: string | null; onSelect: (id: string) => void }) {
  return (
    <>
      <table className="data-table headroom-table" aria-label="Headroom of the shipped systems">
        <caption>
          Curtailment-enabled headroom of the shipped host systems, GW, {props.spanText}; curtailment at {props.chosenPct} %
        </caption>
        <thead>
          <tr>
            <th>System</th>
            <th>Bundled sites</th>
            {PRESET_LIMITS_PCT.map((p) => (
              <th key={p} className="num">
                {p} %
              </th>
            ))}
            <th className="num">
              Duke, {DUKE_HEADROOM.curtailmentPct} %<sup>†</sup>
            </th>
            <th className="num">Hours/yr at {props.chosenPct} %</th>
            <th className="num">Mean event, h</th>
            <th className="num">Longest, h</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((r) => (
            <tr key={r.id} data-system={r.id} aria-selected={props.selected === r.id} className={props.selected === r.id ? 'selected' : undefined}>
              <th scope="row">
                <button type="button" className="link" onClick={() => props.onSelect(r.id)}>
                  {r.name}
                </button>
              </th>
              <td className="note">{r.hosts}</td>
              {r.headroomMW.map((mw, i) => (
                <td key={PRESET_LIMITS_PCT[i]} className="num" data-pct={PRESET_LIMITS_PCT[i]}>
                  {gwText(mw)}
                </td>
              ))}
              <td className="num" data-published>
                {r.published ? gwText(r.published.headroomMW) : <span title="Duke gives no figure for this system">—</span>}
              </td>
              <td className="num">{Math.round(r.chosen.curtailedHoursPerYear).toLocaleString('en-US')}</td>
              <td className="num">{r.chosen.averageEventHours.toFixed(1)}</td>
              <td className="num">{r.chosen.longestEventHours.toLocaleString('en-US')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="note headroom-source">
        † {DUKE_HEADROOM.source}. Over its 22 balancing authorities Duke finds a new load curtailed on average {DUKE_HEADROOM.meanCurtailedHoursPerYearByPct['0.25']}, {DUKE_HEADROOM.meanCurtailedHoursPerYearByPct['0.5']} and{' '}
        {DUKE_HEADROOM.meanCurtailedHoursPerYearByPct['1']} hours a year at 0.25, 0.5 and 1 %, in events of {DUKE_HEADROOM.meanEventHoursAtHalfPct} hours on average at 0.5 %. Ours use the shipped EIA-930 files (2 Jul 2015 – 1 Jul 2020, Ruggles et al., CC BY 4.0):
        different years and cleaning explain most of the gap (data/system-load/README.md); our events, runs of consecutive hours with any curtailment, last longer than Duke’s mean, which we have not explained yet.
      </p>
    </>
  );
});
