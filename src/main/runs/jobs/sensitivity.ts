import { DEFAULT_AVERAGE_UTILIZATION } from '../../../power-model/load/utilization';
import { resolveScenario } from '../../../power-model/scenarios/resolve';
import { plusMinus, tornado, type TornadoInput, type TornadoResult } from '../../../power-model/sensitivity/tornado';
import { simulateSite, type SimulationResult } from '../../../power-model/simulate';
import { createSiteCache, type SiteModel } from '../../../power-model/site-model';
import { ModelRunner } from '../../model/runner';
import { JobCancelled, type JobFunction } from '../types';

/** Metrics every bar reports. */
function metrics(result: SimulationResult): Record<string, number> {
  return {
    lcoeUSDPerMWh: result.summary.lcoeUSDPerMWh,
    annualCostUSD: result.summary.annualCostUSD,
    co2Tonnes: result.summary.co2Tonnes,
  };
}

/**
 * The tornado for one site × scenario. Inputs and their ranges (±20% unless said): gas price;
 * capex of each technology the scenario builds; grid energy price (the year's grid energy cost
 * scaled, dispatch held); capacity price; discount rate (5%–9%, around the 7% default); PUE
 * overhead (PUE − 1, ±20%); load factor (mean IT utilization, ±20% capped at 1). PUE and load
 * factor change the hourly load, so those points re-run the whole simulation on a fresh cache.
 */
export const sensitivityJob: JobFunction = async (request, ctx) => {
  const scenario = resolveScenario(request.scenario);
  const runner = new ModelRunner();
  const { model, cache } = runner.prepare(request.site);
  const year = typeof request.params.year === 'number' ? request.params.year : undefined;
  const options = year === undefined ? {} : { year };
  const reference = simulateSite(model, scenario, cache, options);
  const trace = reference.economics.trace;

  const inputs: TornadoInput[] = [];
  const add = (name: string, label: string, unit: string, baseValue: number, range = plusMinus(baseValue)) => {
    if (Number.isFinite(baseValue) && baseValue > 0) inputs.push({ name, label, unit, baseValue, ...range });
  };
  add('gasPriceUSDPerMMBtu', 'Gas price', 'USD/MMBtu', trace.gasPriceUSDPerMMBtu?.value ?? model.gasPriceUSDPerMMBtu);
  for (const entry of Object.values(trace)) {
    if (entry.kind === 'input' && entry.name.endsWith('CapexUSDPerKW')) {
      const capacity = trace[entry.name.replace(/CapexUSDPerKW$/, 'CapacityMW')]?.value ?? 0;
      if (capacity > 0) add(entry.name, `Capex: ${entry.name.replace(/CapexUSDPerKW$/, '')}`, 'USD/kW', entry.value);
    }
  }
  add('gridEnergyCostUSDPerYr', 'Grid energy price', 'USD/yr of grid energy', trace.gridEnergyCostUSDPerYr?.value ?? 0);
  add('capacityPriceUSDPerMWDay', 'Capacity price', 'USD/MW-day', trace.capacityPriceUSDPerMWDay?.value ?? 0);
  add('discountRate', 'Discount rate', 'fraction', trace.discountRate?.value ?? 0.07, { lowValue: 0.05, highValue: 0.09, rangeSource: '5%–9% around the 7% default (EIA AEO2026 uses 7.1%)' });
  const overhead = model.load.pue.designPue - 1;
  add('pue', 'PUE', 'ratio', model.load.pue.designPue, { lowValue: 1 + 0.8 * overhead, highValue: 1 + 1.2 * overhead, rangeSource: '±20% of the PUE overhead (PUE − 1)' });
  const workload = model.load.workload;
  const baseUtilization = model.load.averageUtilization ?? (typeof workload === 'string' ? DEFAULT_AVERAGE_UTILIZATION[workload] : 0);
  if (typeof workload === 'string') add('loadFactor', 'Load factor (IT utilization)', 'fraction', baseUtilization, { lowValue: 0.8 * baseUtilization, highValue: Math.min(1, 1.2 * baseUtilization), rangeSource: '±20%, capped at 1' });

  const rerun = (changed: SiteModel) => simulateSite(changed, scenario, createSiteCache(cache.weather), options);
  const evaluate = (name: string | null, value: number): Record<string, number> => {
    if (name === null) return metrics(reference);
    if (name === 'pue') return metrics(rerun({ ...model, load: { ...model.load, pue: { ...model.load.pue, designPue: value } } }));
    if (name === 'loadFactor') return metrics(rerun({ ...model, load: { ...model.load, averageUtilization: value } }));
    return metrics(simulateSite(model, { ...scenario, overrides: { ...scenario.overrides, [name]: value } }, cache, options));
  };
  const result: TornadoResult = tornado(inputs, evaluate, (done, total, label) => {
    if (ctx.shouldCancel()) throw new JobCancelled();
    ctx.progress(done / total, label);
  });
  return { siteId: request.site.id, scenarioId: scenario.id, ...result };
};
