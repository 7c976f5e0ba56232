/** Power with a sensible unit: 850 MW, 1.20 GW. */
export function formatMW(mw: number): string {
  if (!Number.isFinite(mw)) return '—';
  if (Math.abs(mw) >= 1000) return `${(mw / 1000).toFixed(2)} GW`;
  return `${mw.toFixed(mw >= 100 ? 0 : 1)} MW`;
}

export function formatYearRange(first: number | null, last: number | null): string {
  if (first === null || last === null) return '—';
  return first === last ? String(first) : `${first}–${last}`;
}
