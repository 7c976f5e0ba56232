import { CURTAILMENT_PCT_RANGE } from '../../../power-model/headroom/types';

/**
 * The host systems shipped in data/system-load, with the bundled sites each one hosts (from that
 * folder's README); `id` is the balancing-authority code `headroom:system` takes.
 */
export const SHIPPED_SYSTEMS = [
  { id: 'ERCO', name: 'ERCOT', hosts: 'Abilene, Milam County, Shackelford County' },
  { id: 'PJM', name: 'PJM Interconnection', hosts: 'Lordstown, Piketon' },
  { id: 'MISO', name: 'Midcontinent ISO', hosts: 'Saline Township, Port Washington' },
  { id: 'SWPP', name: 'Southwest Power Pool', hosts: 'no bundled site' },
  { id: 'EPE', name: 'El Paso Electric', hosts: 'Doña Ana County' },
] as const;

export type ShippedSystemId = (typeof SHIPPED_SYSTEMS)[number]['id'];

/** The limits Duke reports (Rethinking Load Growth, 2025), % of the new load's potential energy. */
export const PRESET_LIMITS_PCT = [0.25, 0.5, 1, 5] as const;

/**
 * Limits for the headroom-against-limit curve, %: 49 points evenly spaced on a log scale from
 * 0.05 % to 20 % (a curtailed new load past 20 % runs less than four hours in five), with the
 * presets and the chosen limit added so each shows as a point of its own.
 */
export function curvePcts(chosenPct: number): number[] {
  const lo = Math.log10(0.05);
  const hi = Math.log10(20);
  const pcts = new Set<number>(Array.from({ length: 49 }, (_, k) => Number((10 ** (lo + ((hi - lo) * k) / 48)).toPrecision(3))));
  for (const p of PRESET_LIMITS_PCT) pcts.add(p);
  if (chosenPct > 0) pcts.add(chosenPct);
  return [...pcts].sort((a, b) => a - b);
}

/** A typed custom limit as a number, or the reason it cannot be one (named as the field it is typed in). */
export function parseLimitPct(text: string): { ok: true; pct: number } | { ok: false; message: string } {
  const value = text.trim() === '' ? Number.NaN : Number(text.trim().replace(/%$/, ''));
  if (!Number.isFinite(value)) return { ok: false, message: 'Curtailment limit: type a percentage such as 2.5' };
  if (value < CURTAILMENT_PCT_RANGE.min || value > CURTAILMENT_PCT_RANGE.max) return { ok: false, message: `Curtailment limit: must be between ${CURTAILMENT_PCT_RANGE.min} and ${CURTAILMENT_PCT_RANGE.max} %` };
  return { ok: true, pct: value };
}

/** MW shown as GW with three significant figures (0.180, 8.42, 17.4). */
export function gwText(mw: number): string {
  if (!Number.isFinite(mw)) return '—';
  const gw = mw / 1000;
  return gw.toPrecision(3);
}
