/**
 * Capital recovery factor: the constant yearly payment, as a fraction of the capital, that repays
 * it over `lifetimeYears` at `discountRate` per year: CRF = r(1 + r)^n / ((1 + r)^n − 1), and 1/n
 * when r = 0 (its limit). Standard annuity formula, e.g. NREL ATB "Financial definitions".
 */
export function capitalRecoveryFactor(discountRate: number, lifetimeYears: number): number {
  if (!Number.isFinite(discountRate) || discountRate < 0) {
    throw new RangeError(`discountRate must be a finite number ≥ 0, got ${discountRate}`);
  }
  if (!Number.isFinite(lifetimeYears) || lifetimeYears <= 0) {
    throw new RangeError(`lifetimeYears must be a finite number > 0, got ${lifetimeYears}`);
  }
  if (discountRate === 0) return 1 / lifetimeYears;
  const growth = (1 + discountRate) ** lifetimeYears;
  return (discountRate * growth) / (growth - 1);
}
