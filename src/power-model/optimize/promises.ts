import type { SizedMix, SizingInput } from './types';

/** One promise of a sizing answer, as the re-check of its whole-unit mix found it. */
export type PromiseCheck = {
  promise: 'co2TonnesPerYear' | 'gridMW' | 'landAcres' | 'residentialBillUSDPerMonth' | 'unservedEnergy' | 'availability' | 'availabilityWithEvents' | 'noGrid' | 'nothingBehindTheMeter';
  /** The limit (a cap, the unserved allowance, the availability target). */
  limit: number;
  /** What the re-check found; null when it could not be evaluated. */
  actual: number | null;
  /** true: kept; false: broken by `excess`; null: not evaluated (said in `message`). */
  met: boolean | null;
  /** How far past the limit, in `unit` (0 when met). */
  excess: number;
  unit: string;
  message: string;
};

/** What the re-check measured on the whole-unit mix, in the engine's own accounting. */
export type RecheckFigures = {
  co2Tonnes: number;
  unservedEnergyMWh: number;
  gridPeakMW: number;
  /** Mean availability of the Monte Carlo, and its target (0: none asked). */
  availability: number | null;
  availabilityTarget: number;
};

/** Relative slack below which a figure at its cap counts as at it (solver and rounding noise). */
const RELATIVE_TOLERANCE = 1e-6;

/**
 * The promises a sizing answer makes, each checked on the re-check's figures: every cap given
 * (CO2 from the engine's dispatch of the mix, grid MW from its peak draw, land from the solar
 * built), the unserved-energy allowance (0 unless the input gives one), the availability target,
 * and the scenario's structure (no grid where it has none, nothing behind the meter where it has
 * nothing). A residential-bill cap without a bill relation in the input was not part of the LP:
 * it is reported as not evaluated, never as met.
 */
export function checkPromises(input: SizingInput, mix: SizedMix, figures: RecheckFigures, structure: { grid: boolean; behindTheMeter: boolean }): PromiseCheck[] {
  const checks: PromiseCheck[] = [];
  const atMost = (promise: PromiseCheck['promise'], limit: number, actual: number, unit: string, what: string): void => {
    const excess = actual - limit;
    const met = excess <= RELATIVE_TOLERANCE * Math.max(1, Math.abs(limit));
    checks.push({
      promise,
      limit,
      actual,
      met,
      excess: met ? 0 : excess,
      unit,
      message: met ? `${what}: ${fmt(actual)} ${unit}, within ${fmt(limit)} ${unit}` : `${what}: ${fmt(actual)} ${unit}, over the limit of ${fmt(limit)} ${unit} by ${fmt(excess)} ${unit}`,
    });
  };
  const caps = input.caps ?? {};
  if (caps.co2TonnesPerYear !== undefined) atMost('co2TonnesPerYear', caps.co2TonnesPerYear, figures.co2Tonnes, 't CO2/yr', 'CO2 of the simulated dispatch');
  if (caps.gridMW !== undefined) atMost('gridMW', caps.gridMW, figures.gridPeakMW, 'MW', 'Peak grid draw');
  if (caps.landAcres !== undefined) atMost('landAcres', caps.landAcres, mix.solarMWac * (input.solar?.acresPerMWac ?? 0), 'acres', 'Solar land');
  if (caps.residentialBillUSDPerMonth !== undefined) {
    if (input.residentialBill === undefined) {
      checks.push({
        promise: 'residentialBillUSDPerMonth',
        limit: caps.residentialBillUSDPerMonth,
        actual: null,
        met: null,
        excess: 0,
        unit: 'USD/month',
        message: 'Household bill cap: not evaluated — this sizing had no bill relation for the site, so the LP did not hold the cap',
      });
    } else {
      const peakMW = figures.gridPeakMW;
      atMost('residentialBillUSDPerMonth', caps.residentialBillUSDPerMonth, input.residentialBill.usdPerMonthPerMW * peakMW, 'USD/month', 'Household bill change (at the peak grid draw)');
    }
  }
  atMost('unservedEnergy', input.unserved?.allowanceMWhPerYear ?? 0, figures.unservedEnergyMWh, 'MWh/yr', 'Unserved energy of the simulated dispatch');
  if (figures.availabilityTarget > 0) {
    const actual = figures.availability;
    if (actual === null) {
      checks.push({ promise: 'availability', limit: figures.availabilityTarget, actual: null, met: null, excess: 0, unit: '', message: 'Availability: the Monte Carlo did not run' });
    } else {
      const met = actual >= figures.availabilityTarget;
      checks.push({
        promise: 'availability',
        limit: figures.availabilityTarget,
        actual,
        met,
        excess: met ? 0 : figures.availabilityTarget - actual,
        unit: '',
        message: `Monte Carlo availability ${pct(actual)} ${met ? 'meets' : 'falls short of'} the target ${pct(figures.availabilityTarget)}${met ? '' : ` by ${((figures.availabilityTarget - actual) * 8760).toFixed(1)} h/yr of loss of load`}`,
      });
    }
  }
  if (!structure.grid) {
    const met = input.grid === undefined && mix.gridImportMW <= 0;
    checks.push({ promise: 'noGrid', limit: 0, actual: mix.gridImportMW, met, excess: met ? 0 : mix.gridImportMW, unit: 'MW', message: met ? 'No grid, as the scenario has none' : `The mix contracts ${fmt(mix.gridImportMW)} MW of grid in a scenario without grid` });
  }
  if (!structure.behindTheMeter) {
    const btmMW = mix.thermal.reduce((s, t) => s + t.capacityMW, 0) + mix.solarMWac + mix.batteryMW;
    const met = btmMW <= 0;
    checks.push({ promise: 'nothingBehindTheMeter', limit: 0, actual: btmMW, met, excess: met ? 0 : btmMW, unit: 'MW', message: met ? 'Nothing behind the meter, as the scenario has nothing' : `The mix builds ${fmt(btmMW)} MW behind the meter in a scenario with nothing there` });
  }
  return checks;
}

function fmt(value: number): string {
  return Math.abs(value) >= 100 ? Math.round(value).toLocaleString('en-US') : value.toPrecision(4);
}

function pct(value: number): string {
  return `${(value * 100).toFixed(4)}%`;
}
