import type { FirmCapacityResponse } from '../../api/schemas/firm-capacity';

/** One bar of the waterfall: a total (from 0) or a step down (from the previous total). */
export type WaterfallBar = { label: string; kind: 'total' | 'loss'; fromMW: number; toMW: number };

/**
 * The firm-capacity waterfall as bars, each step the one before less what it names:
 * nameplate → hot day (ambient) → altitude → N+k → fuel (when the scenario limits gas) → permits
 * (when it sets budgets) → firm.
 */
export function waterfallBars(r: FirmCapacityResponse): WaterfallBar[] {
  const l = r.limits;
  return [
    { label: 'Nameplate', kind: 'total', fromMW: 0, toMW: r.nameplateMW },
    { label: `Heat, ${r.designTempC.toFixed(1)} °C`, kind: 'loss', fromMW: r.nameplateMW, toMW: r.deratedMW },
    { label: `Altitude, ${Math.round(r.elevationM)} m`, kind: 'loss', fromMW: r.deratedMW, toMW: r.altitudeDeratedMW },
    { label: `N+${r.reserveUnits} out`, kind: 'loss', fromMW: r.altitudeDeratedMW, toMW: r.reserveFirmMW },
    ...(l.fuelMMBtuPerHour === null ? [] : [{ label: 'Fuel, design day', kind: 'loss' as const, fromMW: r.reserveFirmMW, toMW: l.pipelineFirmMW }]),
    ...(l.permitBinding === null && l.permitLossMW === 0 ? [] : [{ label: 'Permits', kind: 'loss' as const, fromMW: l.pipelineFirmMW, toMW: l.permitFirmMW }]),
    { label: 'Firm', kind: 'total', fromMW: 0, toMW: r.firmMW },
  ];
}

/** y of `mw` on a plot from `top` (the largest bar) to `bottom` (0 MW). */
export function waterfallScale(maxMW: number, top: number, bottom: number): (mw: number) => number {
  const span = maxMW > 0 ? maxMW : 1;
  return (mw) => bottom - ((bottom - top) * mw) / span;
}
