/**
 * The diverging colour scale of the portfolio map's bill-change colouring: households pay less →
 * blue, pay more → red, no change or no figure → neutral grey. The end colours are the ends of
 * ColorBrewer's RdBu scheme (C. Brewer, colorbrewer2.org), chosen because the pair stays apart
 * for red–green colour-blind viewers; the scale is linear in sRGB and saturates at
 * ±BILL_SCALE_USD_PER_MONTH.
 */

/** Bill change at which a column takes the full end colour, USD per household per month. */
export const BILL_SCALE_USD_PER_MONTH = 5;

export const BILL_COLOURS = {
  /** Households pay less (RdBu #2166ac). */
  lower: '#2166ac',
  /** Households pay more (RdBu #b2182b). */
  higher: '#b2182b',
  /** No change, or no figure for this site. */
  neutral: '#a0a0a0',
  /** The figure has not arrived yet (drawn translucent). */
  pending: '#c4cad3',
} as const;

function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function hex(channels: readonly number[]): string {
  return `#${channels.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/**
 * Colour of a site's column for a residential bill change, USD/month (negative: households pay
 * less). t = min(|v| / BILL_SCALE_USD_PER_MONTH, 1); colour = neutral + t × (end − neutral) per
 * sRGB channel, rounded. null (no figure) is neutral.
 */
export function billChangeColour(usdPerMonth: number | null): string {
  if (usdPerMonth === null) return BILL_COLOURS.neutral;
  if (!Number.isFinite(usdPerMonth)) throw new RangeError(`billChangeUSDPerMonth: must be a finite number or null, got ${usdPerMonth}`);
  const t = Math.min(Math.abs(usdPerMonth) / BILL_SCALE_USD_PER_MONTH, 1);
  const from = rgb(BILL_COLOURS.neutral);
  const to = rgb(usdPerMonth < 0 ? BILL_COLOURS.lower : BILL_COLOURS.higher);
  return hex(from.map((c, i) => c + t * ((to[i] ?? c) - c)));
}

/** CSS gradient of the legend bar, −scale → 0 → +scale left to right, matching billChangeColour. */
export const BILL_LEGEND_GRADIENT = `linear-gradient(to right, ${BILL_COLOURS.lower}, ${BILL_COLOURS.neutral}, ${BILL_COLOURS.higher})`;
