/**
 * NOx and CO emission factors of a technology, lb per MMBtu of fuel input (HHV), the form of
 * EPA AP-42 Chapter 3.1 (gas turbines) and 3.2 (reciprocating engines). CO2 is not here: it is
 * the fuel's own factor (`co2KgPerMMBtu`, 40 CFR 98).
 */
export type EmissionFactors = { noxLbPerMMBtu: number; coLbPerMMBtu: number };

/**
 * SCR (selective catalytic reduction) on a technology: its factors with SCR and what SCR costs
 * per kW of the controlled units (capex, fixed O&M) and per MWh they make (reagent, catalyst).
 */
export type ScrOption = EmissionFactors & { capexUSDPerKW: number; fixedOMUSDPerKWYear: number; variableOMUSDPerMWh: number };

/**
 * A technology's factors without controls beyond its own combustor, and with SCR when it can take
 * one; `distillate`: its factors burning No. 2 oil (dual fuel, fuel/distillate.ts), absent when it
 * cannot (a fuel cell).
 */
export type ThermalEmissions = { uncontrolled: EmissionFactors; scr?: ScrOption; distillate?: { uncontrolled: EmissionFactors; scr?: EmissionFactors } };

/** Pounds in a short ton: US permits state NOx and CO in short tons per year (tpy). */
export const LB_PER_SHORT_TON = 2000;

/** The factors a block burns at: with SCR when the scenario chose it and the technology takes it; none known = zero. */
export function activeFactors(emissions: ThermalEmissions | undefined, scr: boolean): EmissionFactors {
  if (emissions === undefined) return { noxLbPerMMBtu: 0, coLbPerMMBtu: 0 };
  return scr && emissions.scr !== undefined ? emissions.scr : emissions.uncontrolled;
}

/** Refuses factors that cannot be used, naming the field. */
export function validateEmissions(emissions: ThermalEmissions, owner: string): void {
  const check = (field: string, value: number) => {
    if (!(Number.isFinite(value) && value >= 0)) throw new Error(`${owner}: emissions.${field} must be a finite number ≥ 0, got ${value}`);
  };
  check('uncontrolled.noxLbPerMMBtu', emissions.uncontrolled.noxLbPerMMBtu);
  check('uncontrolled.coLbPerMMBtu', emissions.uncontrolled.coLbPerMMBtu);
  if (emissions.distillate !== undefined) {
    check('distillate.uncontrolled.noxLbPerMMBtu', emissions.distillate.uncontrolled.noxLbPerMMBtu);
    check('distillate.uncontrolled.coLbPerMMBtu', emissions.distillate.uncontrolled.coLbPerMMBtu);
  }
  if (emissions.scr !== undefined) {
    for (const field of ['noxLbPerMMBtu', 'coLbPerMMBtu', 'capexUSDPerKW', 'fixedOMUSDPerKWYear', 'variableOMUSDPerMWh'] as const) check(`scr.${field}`, emissions.scr[field]);
  }
}
