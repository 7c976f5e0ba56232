import { BILL_COLOURS, BILL_LEGEND_GRADIENT, BILL_SCALE_USD_PER_MONTH } from './bill-colour';
import type { CampusLayout } from './layout-types';
import type { MapSite } from './map-columns';
import { MIX_COLORS } from './MapContent';
import { PALETTE } from './palette';

function Swatch(props: { color: string; label: string; ghost?: boolean }) {
  return (
    <li>
      <span className={props.ghost ? 'swatch ghost' : 'swatch'} style={{ background: props.color }} />
      {props.label}
    </li>
  );
}

/** What the campus colours mean, as swatches: shown over the view and drawn into the exported PNG. */
export function campusLegendItems(layout: CampusLayout): { color: string; label: string }[] {
  const items: { color: string; label: string }[] = [];
  // Halls change state with the scrubbed date (phase-state.ts), so every hall state is listed.
  if (layout.halls.length > 0) {
    items.push({ color: PALETTE.hallOperating, label: 'Data hall, operating' }, { color: PALETTE.hallConstruction, label: 'Data hall, under construction' }, { color: PALETTE.hallPlanned, label: 'Data hall, planned (graded pad)' });
  }
  if (layout.units.length) items.push({ color: PALETTE.unitRunning, label: 'Generator running' }, { color: PALETTE.unitIdle, label: 'Generator idle' });
  if (layout.solarBlocks.length) items.push({ color: PALETTE.solarBright, label: 'Solar, brightness = output' });
  if (layout.containers.length) items.push({ color: PALETTE.batteryCharged, label: 'Battery, charged share' });
  if (layout.circuits.length) items.push({ color: PALETTE.flow, label: 'Grid import flow' });
  items.push({ color: PALETTE.unserved, label: 'Unserved load (halls glow red)' });
  return items;
}

export function campusLegendNote(layout: CampusLayout): string {
  return `True scale · site boundary ${layout.boundary.source === 'landAcres' ? 'from land area' : 'around the equipment'}`;
}

/** What the campus colours mean, listing only what this campus has. */
export function CampusLegend(props: { layout: CampusLayout }) {
  return (
    <ul className="scene-legend" aria-label="Legend">
      {campusLegendItems(props.layout).map((it) => (
        <Swatch key={it.label} color={it.color} label={it.label} />
      ))}
      <li className="legend-note">{campusLegendNote(props.layout)}</li>
    </ul>
  );
}

export const MAP_LEGEND_ITEMS = [
  { color: MIX_COLORS.gridMWh, label: 'Grid' },
  { color: MIX_COLORS.gasMWh, label: 'On-site gas' },
  { color: MIX_COLORS.solarMWh, label: 'Solar' },
  { color: MIX_COLORS.unservedMWh, label: 'Unserved' },
];

/** Column colours of the portfolio map. */
export function MapLegend() {
  return (
    <ul className="scene-legend" aria-label="Legend">
      <li className="legend-note">Column height: facility GW · colour: share of annual energy</li>
      <Swatch color={MIX_COLORS.gridMWh} label="Grid" />
      <Swatch color={MIX_COLORS.gasMWh} label="On-site gas" />
      <Swatch color={MIX_COLORS.solarMWh} label="Solar" />
      <Swatch color={MIX_COLORS.unservedMWh} label="Unserved" />
      <Swatch color={MIX_COLORS.pending} label="Simulating…" />
      <li className="legend-note">Click a column to fly to the campus</li>
    </ul>
  );
}

/** The bill-change colour scale of the portfolio map, in USD per household per month. */
export function BillLegend(props: { sites: MapSite[] }) {
  const arrived = props.sites.filter((s) => s.bill !== null);
  const estimates = arrived.filter((s) => s.bill?.estimate).length;
  const scale = BILL_SCALE_USD_PER_MONTH;
  return (
    <ul className="scene-legend bill-legend" aria-label="Legend">
      <li className="legend-note">Column height: facility GW · colour: typical household bill change, 4CP allocation</li>
      <li>
        <span className="bill-bar" style={{ background: BILL_LEGEND_GRADIENT }} />
        <span className="bill-ticks">
          <span>−{scale} or less</span>
          <span>0</span>
          <span>+{scale} or more</span>
        </span>
        <span className="bill-ticks bill-unit">
          <span>pays less</span>
          <span>USD/month</span>
          <span>pays more</span>
        </span>
      </li>
      <Swatch color={BILL_COLOURS.neutral} label="No change, or no figure" />
      <Swatch color={BILL_COLOURS.pending} label="Pending: being computed" ghost />
      <li className="legend-note legend-estimate">
        {arrived.length > 0 && estimates === arrived.length
          ? 'Estimates (est.): every figure rests on estimated residential class data'
          : 'est. = rests on estimated residential class data'}
      </li>
      <li className="legend-note">Click a column to fly to the campus</li>
    </ul>
  );
}
