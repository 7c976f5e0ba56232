import type { HostUtilityFile } from '../../../api/schemas/host-utility';
import { DEFAULT_RATE_IMPACT_METHODS } from '../../../api/schemas/site-rate-impact';
import { DEFAULT_AVERAGE_UTILIZATION } from '../../../power-model/load/utilization';
import { resolveScenario } from '../../../power-model/scenarios/resolve';
import { capexRangeInputs } from '../../../power-model/sensitivity/ranges';
import { plusMinus, tornado, type TornadoInput, type TornadoResult } from '../../../power-model/sensitivity/tornado';
import { simulateSite, type SimulationResult } from '../../../power-model/simulate';
import { createSiteCache, type SiteModel } from '../../../power-model/site-model';
import { bundledHostUtility } from '../../data/load-host-utilities';
import { jobFormulas, jobRunner } from '../job-runner';
import { siteRateImpactCase } from '../../rate-impact/site-rate-impact';
import { systemPeakHours, type SystemPeakHours } from '../../rate-impact/system-peak-hours';
import { JobCancelled, type JobFunction } from '../types';

/** The site's host utility and its system-peak hours, when data/rate-impact has a file for the site. */
type RateImpactContext = { host: HostUtilityFile; peaks: SystemPeakHours };

/**
 * Metrics every bar reports: LCOE first (bars are sorted by its swing), then, when the site has a
 * host-utility file, the typical residential bill change under the first default allocator
 * (4CP), then annual cost and CO2.
 */
function metrics(result: SimulationResult, rateImpact: RateImpactContext | null): Record<string, number> {
  const bill: Record<string, number> = {};
  if (rateImpact) {
    const run = { scenarioId: result.summary.scenarioId, scenarioName: result.summary.scenarioId, result };
    const method = DEFAULT_RATE_IMPACT_METHODS[0] ?? '4CP';
    bill.residentialBillChangeUSDPerMonth = siteRateImpactCase(rateImpact.host, run, rateImpact.peaks, method, { horizon: false }).household.totalUSDPerMonth ?? Number.NaN;
  }
  return {
    // Undefined when nothing is served: NaN reads as "—" in the tornado, never as a cost of 0.
    lcoeUSDPerMWh: result.summary.lcoeUSDPerMWh ?? Number.NaN,
    ...bill,
    annualCostUSD: result.summary.annualCostUSD,
    co2Tonnes: result.summary.co2Tonnes,
  };
}

/**
 * The tornado for one site × scenario. Inputs and their ranges (±20% unless said): gas price;
 * capex of each technology the scenario builds, over its published 2025–26 low/high
 * (power-model/sensitivity/ranges.ts); grid energy price (the year's grid energy cost
 * scaled, dispatch held); capacity price; discount rate (5%–9%, around the 7% default); PUE
 * overhead (PUE − 1, ±20%); load factor (mean IT utilization, ±20% capped at 1). PUE and load
 * factor change the hourly load, so those points re-run the whole simulation on a fresh cache.
 * With a host-utility file, the capacity price also moves the capacity market of the bill metric;
 * where the economics sheet has no capacity price (it is not an input there), the bar takes its
 * base from the host-utility file and moves the bill metric alone.
 */
export const sensitivityJob: JobFunction = async (request, ctx) => {
  const scenario = resolveScenario(request.scenario);
  const runner = jobRunner(request);
  const { model, cache } = runner.prepare(request.site);
  const year = typeof request.params.year === 'number' ? request.params.year : undefined;
  const options = { ...(year === undefined ? {} : { year }), ...jobFormulas(request) };
  const reference = simulateSite(model, scenario, cache, options);
  const trace = reference.economics.trace;
  const host = bundledHostUtility(request.site.id);
  const rateImpact: RateImpactContext | null = host ? { host, peaks: systemPeakHours(reference, cache.weather.dryBulbC) } : null;
  const withCapacityPrice = (priceUSDPerMWDay: number): RateImpactContext | null =>
    rateImpact?.host.capacityMarket ? { ...rateImpact, host: { ...rateImpact.host, capacityMarket: { ...rateImpact.host.capacityMarket, priceBeforeUSDPerMWDay: priceUSDPerMWDay } } } : rateImpact;

  const inputs: TornadoInput[] = [];
  const add = (name: string, label: string, unit: string, baseValue: number, range = plusMinus(baseValue)) => {
    if (Number.isFinite(baseValue) && baseValue > 0) inputs.push({ name, label, unit, baseValue, ...range });
  };
  add('gasPriceUSDPerMMBtu', 'Gas price', 'USD/MMBtu', trace.gasPriceUSDPerMMBtu?.value ?? model.gasPriceUSDPerMMBtu);
  // Capex over the catalog's published low/high (data/technologies.json), not a flat ±20%.
  inputs.push(...capexRangeInputs(trace, model));
  add('gridEnergyCostUSDPerYear', 'Grid energy price', 'USD/yr of grid energy', trace.gridEnergyCostUSDPerYear?.value ?? 0);
  const sheetCapacityPrice = trace.capacityPriceUSDPerMWDay?.value ?? 0;
  const hostCapacityPrice = host?.capacityMarket?.priceBeforeUSDPerMWDay ?? 0;
  if (sheetCapacityPrice > 0) add('capacityPriceUSDPerMWDay', 'Capacity price', 'USD/MW-day', sheetCapacityPrice);
  else add('capacityPriceUSDPerMWDay', 'Capacity price', 'USD/MW-day', hostCapacityPrice, { ...plusMinus(hostCapacityPrice), rangeSource: "±20% of the host utility's capacity price (data/rate-impact)" });
  add('discountRate', 'Discount rate', 'fraction', trace.discountRate?.value ?? 0.07, { lowValue: 0.05, highValue: 0.09, rangeSource: '5%–9% around the 7% default (EIA AEO2026 uses 7.1%)' });
  const overhead = model.load.pue.designPue - 1;
  add('pue', 'PUE', 'ratio', model.load.pue.designPue, { lowValue: 1 + 0.8 * overhead, highValue: 1 + 1.2 * overhead, rangeSource: '±20% of the PUE overhead (PUE − 1)' });
  const workload = model.load.workload;
  const baseUtilization = model.load.averageUtilization ?? (typeof workload === 'string' ? DEFAULT_AVERAGE_UTILIZATION[workload] : 0);
  if (typeof workload === 'string') add('loadFactor', 'Load factor (IT utilization)', 'fraction', baseUtilization, { lowValue: 0.8 * baseUtilization, highValue: Math.min(1, 1.2 * baseUtilization), rangeSource: '±20%, capped at 1' });

  const rerun = (changed: SiteModel) => simulateSite(changed, scenario, createSiteCache(cache.weather), options);
  const evaluate = (name: string | null, value: number): Record<string, number> => {
    if (name === null) return metrics(reference, rateImpact);
    if (name === 'pue') return metrics(rerun({ ...model, load: { ...model.load, pue: { ...model.load.pue, designPue: value } } }), rateImpact);
    if (name === 'loadFactor') return metrics(rerun({ ...model, load: { ...model.load, averageUtilization: value } }), rateImpact);
    if (name === 'capacityPriceUSDPerMWDay') {
      const result = trace.capacityPriceUSDPerMWDay ? simulateSite(model, { ...scenario, overrides: { ...scenario.overrides, [name]: value } }, cache, options) : reference;
      return metrics(result, withCapacityPrice(value));
    }
    return metrics(simulateSite(model, { ...scenario, overrides: { ...scenario.overrides, [name]: value } }, cache, options), rateImpact);
  };
  const result: TornadoResult = tornado(inputs, evaluate, (done, total, label) => {
    if (ctx.shouldCancel()) throw new JobCancelled();
    ctx.progress(done / total, label);
  });
  return { siteId: request.site.id, scenarioId: scenario.id, ...result };
};
