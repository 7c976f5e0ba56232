import { HOURS_PER_YEAR, monthOfHour } from '../hours';
import { RateImpactInputError } from './input-error';
import { computeRateImpact } from './rate-impact';
import type { CapacityMarketInput, HorizonInput, IncrementalCostInput, LargeLoadInput, LargeLoadTariff, RateImpactResult, UtilityInput } from './types';

/** The site's simulated grid draw and the utility's system-peak hours. */
export type SimulatedGridDraw = {
  /** Hourly grid import of the site, MW, 8760 values (hour 0 = January 1, 00:00). */
  gridToLoadMW: ArrayLike<number>;
  /** Model hours (0..8759) of the utility's system peak(s); the coincident peak is the mean draw over them. */
  systemPeakHours: readonly number[];
  /** Optional: the model hour of each month's system peak (12, January first), for 4CP and 12CP. */
  monthlySystemPeakHours?: readonly number[];
};

/** The host utility and the load's contract, as a site's data describe them. */
export type HostUtilityDescription = {
  utility: UtilityInput;
  incrementalCost: IncrementalCostInput;
  capacityMarket?: CapacityMarketInput;
  horizon?: HorizonInput;
  tariff: LargeLoadTariff;
  /** Contract capacity, MW; default the simulated grid peak. */
  contractMW?: number;
  /** Fields that are estimates (see RateImpactInput.estimates). */
  estimates?: Record<string, string>;
};

/**
 * The large load as the rate-impact engine sees it, from an hourly grid draw:
 * gridPeakMW = max_h draw, gridEnergyMWh = Σ_h draw × 1 h, coincidentPeakMW = mean draw over
 * `systemPeakHours`, monthlyPeakMW = each month's maximum draw, monthlyCoincidentPeaksMW = the
 * draw at each month's system-peak hour. Behind-the-meter supply and peak shaving enter here:
 * they lower the grid draw, and so the coincident peak and energy the utility serves.
 */
export function largeLoadFromGridDraw(draw: SimulatedGridDraw, tariff: LargeLoadTariff, contractMW?: number): LargeLoadInput {
  const series = draw.gridToLoadMW;
  if (series.length !== HOURS_PER_YEAR) throw new RateImpactInputError('gridToLoadMW', `needs ${HOURS_PER_YEAR} hourly values, got ${series.length}`);
  if (draw.systemPeakHours.length === 0) throw new RateImpactInputError('systemPeakHours', 'needs at least one hour');
  const at = (hour: number, field: string): number => {
    if (!Number.isInteger(hour) || hour < 0 || hour >= HOURS_PER_YEAR) throw new RateImpactInputError(field, `hour ${hour} is not an integer 0..${HOURS_PER_YEAR - 1}`);
    return series[hour] ?? 0;
  };
  let gridPeakMW = 0;
  let gridEnergyMWh = 0;
  const monthlyPeakMW = new Array<number>(12).fill(0);
  for (let hour = 0; hour < HOURS_PER_YEAR; hour++) {
    const mw = series[hour] ?? 0;
    if (!Number.isFinite(mw) || mw < 0) throw new RateImpactInputError(`gridToLoadMW.${hour}`, `must be a finite, non-negative MW value, got ${mw}`);
    gridPeakMW = Math.max(gridPeakMW, mw);
    gridEnergyMWh += mw;
    const month = monthOfHour(hour);
    monthlyPeakMW[month] = Math.max(monthlyPeakMW[month] ?? 0, mw);
  }
  const coincidentPeakMW = draw.systemPeakHours.reduce((sum, hour, i) => sum + at(hour, `systemPeakHours.${i}`), 0) / draw.systemPeakHours.length;
  const load: LargeLoadInput = { contractMW: contractMW ?? gridPeakMW, coincidentPeakMW, gridPeakMW, gridEnergyMWh, tariff, monthlyPeakMW };
  if (draw.monthlySystemPeakHours) {
    if (draw.monthlySystemPeakHours.length !== 12) throw new RateImpactInputError('monthlySystemPeakHours', `needs 12 hours, got ${draw.monthlySystemPeakHours.length}`);
    load.monthlyCoincidentPeaksMW = draw.monthlySystemPeakHours.map((hour, i) => at(hour, `monthlySystemPeakHours.${i}`));
  }
  return load;
}

/**
 * `stargrid simulate … --rate-impact`: the same engine as `stargrid rate-impact`, fed with a
 * simulated site's grid draw (grid-only, hybrid or islanded) and its host utility's data.
 */
export function rateImpactFromSimulation(draw: SimulatedGridDraw, host: HostUtilityDescription): RateImpactResult {
  const largeLoad = largeLoadFromGridDraw(draw, host.tariff, host.contractMW);
  const input = { ...(host.estimates ? { estimates: host.estimates } : {}), utility: host.utility, largeLoad, incrementalCost: host.incrementalCost, ...(host.capacityMarket ? { capacityMarket: host.capacityMarket } : {}), ...(host.horizon ? { horizon: host.horizon } : {}) };
  return computeRateImpact(input);
}
