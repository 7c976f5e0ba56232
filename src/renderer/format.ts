/**
 * Numbers as planners read them: a unit that fits the size (MW/GW, MWh/GWh/TWh, USD k/M/B) and
 * three significant figures, so a table column of 1.20 GW, 850 MW and 73.2 USD/MWh stays legible
 * at projector size. Anything not finite shows as an em dash, never as "NaN".
 */

import { MMBTU_PER_BCF } from '../power-model/portfolio/portfolio';

const DASH = '—';

/** Three significant figures without exponent notation: 1234 → "1234", 12.345 → "12.3", 0.01234 → "0.0123". */
export function sig3(value: number): string {
  if (!Number.isFinite(value)) return DASH;
  if (value === 0) return '0';
  const digits = Math.max(0, 2 - Math.floor(Math.log10(Math.abs(value))));
  return value.toFixed(Math.min(digits, 6));
}

/**
 * A whole count with thousands commas: 8760 → "8,760". Written out rather than `toLocaleString`,
 * whose first call loads the locale's number data (tens of ms on a first page load, when the
 * portfolio's totals are the first thing drawn).
 */
export function formatCount(value: number): string {
  if (!Number.isFinite(value)) return DASH;
  const digits = String(Math.abs(Math.round(value)));
  return `${value < 0 && Math.round(value) !== 0 ? '-' : ''}${digits.replace(/\B(?=(\d{3})+$)/g, ',')}`;
}

/** Power with a sensible unit: 850 MW, 1.20 GW. */
export function formatMW(mw: number): string {
  if (!Number.isFinite(mw)) return DASH;
  if (Math.abs(mw) >= 1000) return `${(mw / 1000).toFixed(2)} GW`;
  return `${mw.toFixed(Math.abs(mw) >= 100 ? 0 : 1)} MW`;
}

/** Energy: 950 MWh, 12.3 GWh, 9.04 TWh. */
export function formatEnergyMWh(mwh: number): string {
  if (!Number.isFinite(mwh)) return DASH;
  const a = Math.abs(mwh);
  if (a >= 1e6) return `${sig3(mwh / 1e6)} TWh`;
  if (a >= 1e3) return `${sig3(mwh / 1e3)} GWh`;
  return `${sig3(mwh)} MWh`;
}

/** Money: USD 3.35 B, USD 662 M, USD 45.1 k, USD 120. */
export function formatUSD(usd: number): string {
  if (!Number.isFinite(usd)) return DASH;
  const a = Math.abs(usd);
  if (a >= 1e9) return `USD ${sig3(usd / 1e9)} B`;
  if (a >= 1e6) return `USD ${sig3(usd / 1e6)} M`;
  if (a >= 1e3) return `USD ${sig3(usd / 1e3)} k`;
  return `USD ${usd.toFixed(0)}`;
}

/** Levelized cost: USD 73.2/MWh; null (nothing served: undefined) shows as a dash. */
export function formatUSDPerMWh(value: number | null): string {
  return value !== null && Number.isFinite(value) ? `USD ${sig3(value)}/MWh` : DASH;
}

/** A household bill change with its sign: +USD 1.24/month, −USD 0.310/month. */
export function formatBillChange(usdPerMonth: number): string {
  if (!Number.isFinite(usdPerMonth)) return DASH;
  const sign = usdPerMonth > 0 ? '+' : usdPerMonth < 0 ? '−' : '±';
  const a = Math.abs(usdPerMonth);
  return `${sign}USD ${a >= 100 ? a.toFixed(0) : a.toFixed(2)}/month`;
}

/** CO2 mass: 2.80 Mt, 45.0 kt, 120 t. */
export function formatTonnes(tonnes: number): string {
  if (!Number.isFinite(tonnes)) return DASH;
  const a = Math.abs(tonnes);
  if (a >= 1e6) return `${sig3(tonnes / 1e6)} Mt`;
  if (a >= 1e3) return `${sig3(tonnes / 1e3)} kt`;
  return `${sig3(tonnes)} t`;
}

/** The engine's one conversion (src/power-model/portfolio/portfolio.ts, sourced there). */
export { MMBTU_PER_BCF };

/** Gas use from its heat content: 36.7 million MMBtu → "35.4 Bcf". */
export function formatBcf(fuelMMBtu: number): string {
  return Number.isFinite(fuelMMBtu) ? `${sig3(fuelMMBtu / MMBTU_PER_BCF)} Bcf` : DASH;
}

/** A fraction as a percent: 0.9995 → "99.95%". Two decimals because availability lives near 100%. */
export function formatPercent(fraction: number): string {
  return Number.isFinite(fraction) ? `${(fraction * 100).toFixed(2)}%` : DASH;
}

export function formatYearRange(first: number | null, last: number | null): string {
  if (first === null || last === null) return DASH;
  return first === last ? String(first) : `${first}–${last}`;
}
