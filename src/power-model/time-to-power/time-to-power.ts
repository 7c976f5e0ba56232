/** Facility MW a phase adds from its energization year. */
export type DemandStep = { name: string; year: number; facilityMW: number };

/** MW a supply path can deliver from `year` on (grid POI steps, a thermal block once built). */
export type SupplyStep = { path: string; year: number; mw: number };

export type TimeToPowerYear = { year: number; demandMW: number; availableMW: number; shortfallMW: number; byPathMW: Record<string, number> };

export type TimeToPower = { years: TimeToPowerYear[]; firstYearFullyMet: number | null };

/**
 * Time-to-power: for each year from `fromYear` to `toYear`, the phased facility demand
 * (Σ facility MW of phases energized by then) against the firm MW each supply path can deliver
 * by then (grid: the import limit of that year, after the queue; BTM thermal: units online from
 * order year + lead time, at expected availability; batteries at their power rating, as a
 * 4-hour battery is credited for capacity). Solar is not counted as firm.
 * shortfall = max(0, demand − available); the first year demand is fully met is the first year,
 * from the last phase's year on, with no shortfall from then to `toYear` (null if none).
 */
export function timeToPower(demand: DemandStep[], supply: SupplyStep[], fromYear: number, toYear: number, gridMWByYear: (year: number) => number): TimeToPower {
  if (!(toYear >= fromYear)) throw new Error(`time-to-power: toYear (${toYear}) must be ≥ fromYear (${fromYear})`);
  const years: TimeToPowerYear[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    const demandMW = demand.filter((d) => d.year <= year).reduce((sum, d) => sum + d.facilityMW, 0);
    const byPathMW: Record<string, number> = { grid: gridMWByYear(year) };
    for (const step of supply) {
      if (step.year <= year) byPathMW[step.path] = (byPathMW[step.path] ?? 0) + step.mw;
    }
    const availableMW = Object.values(byPathMW).reduce((a, b) => a + b, 0);
    years.push({ year, demandMW, availableMW, shortfallMW: Math.max(0, demandMW - availableMW), byPathMW });
  }
  const lastPhaseYear = Math.max(fromYear, ...demand.map((d) => d.year));
  let firstYearFullyMet: number | null = null;
  for (let i = years.length - 1; i >= 0; i--) {
    const y = years[i];
    if (y === undefined || y.shortfallMW > 1e-6) break;
    if (y.year >= lastPhaseYear) firstYearFullyMet = y.year;
  }
  return { years, firstYearFullyMet };
}
