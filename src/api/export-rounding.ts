/**
 * Rounding for exported figures: enough digits for the quantity, none of the binary noise that
 * sums leave behind (1007.9999999999999 → 1008). Power and energy to the kilowatt (3 decimals of
 * MW / MWh), prices to the cent, money to the dollar, shares to 4 decimals. −0 is written as 0.
 */
export function roundTo(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const r = Number(value.toFixed(decimals));
  return r === 0 ? 0 : r;
}

/** Decimals for a field by the unit at the end of its name (`gridToLoadMW`, `capexUSD`, …). */
export function decimalsFor(name: string): number {
  if (/USDPer(MWh|kW|KW|MW|MMBtu|kWh)$/.test(name) || /CentsPerKWh$/.test(name)) return 2;
  if (/USD$/.test(name)) return 0;
  if (/(MW|MWh|MWac|MMBtu|Tonnes)$/.test(name)) return 3;
  if (/(Pct|Fraction|Share)$/.test(name)) return 4;
  return 3;
}

export function roundField(name: string, value: number): number {
  return roundTo(value, decimalsFor(name));
}
