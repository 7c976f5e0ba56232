import type { HostUtilityFile } from '../../api/schemas/host-utility';
import type { Flagged, SimulatedLoad, SiteRateImpactCase, SiteRateImpactMethod, SiteRateImpactResponse } from '../../api/schemas/site-rate-impact';
import { HOURS_PER_YEAR } from '../../power-model/hours';
import { computeRateImpact, householdBill, largeLoadFromGridDraw, type CapacityMarketInput, type HorizonInput, type PoolName, type RateImpactInput, type TraceRecord, type UtilityInput } from '../../power-model/rate-impact/index';
import type { SimulationResult } from '../../power-model/simulate';
import type { SystemPeakHours } from './system-peak-hours';

const POOL_NAMES: readonly PoolName[] = ['generationDemand', 'generationEnergy', 'transmission', 'distribution', 'customer', 'transmissionUpgrade'];

/** One simulated scenario of the site. */
export type ScenarioRun = { scenarioId: string; scenarioName: string; result: SimulationResult };

/** The system-peak hours of one run's simulated year (system-peak-hours.ts). */
export type PeaksOf = (run: ScenarioRun) => SystemPeakHours;

/**
 * The host file's horizon with the load ramping as the site's phases do: from the first phase
 * year, each year's load is the phases energized by then (facility MW at design PUE, the
 * time-to-power demand) over those of the simulated year, at most 100%; the horizon runs at
 * least to the simulated year.
 */
export function phasedHorizon(horizon: Omit<HorizonInput, 'capacityPriceAfterUSDPerMWDay'>, summary: SimulationResult['summary']): HorizonInput {
  const demand = summary.timeToPower;
  const first = demand.find((d) => d.demandMW > 0);
  if (!first) return { ...horizon };
  const full = demand.find((d) => d.year === summary.year)?.demandMW ?? Math.max(...demand.map((d) => d.demandMW));
  const years = Math.max(horizon.years, summary.year - first.year + 1);
  const at = (year: number) => (demand.find((d) => d.year === year) ?? demand[demand.length - 1])?.demandMW ?? full;
  return { startYear: first.year, years, loadRampPct: Array.from({ length: years }, (_, y) => (full > 0 ? Math.min(100, (100 * at(first.year + y)) / full) : 100)) };
}

/** The site's hourly grid import, MW: grid to load plus grid to battery (what the utility serves). */
export function gridImportMW(result: SimulationResult): Float64Array {
  const out = new Float64Array(HOURS_PER_YEAR);
  for (let h = 0; h < HOURS_PER_YEAR; h++) out[h] = (result.flows.gridToLoadMW[h] ?? 0) + (result.flows.gridToBatteryMW[h] ?? 0);
  return out;
}

/** The utility with `method` as the allocator of the contested demand pools: generation and transmission, or transmission alone when restructured. */
function withMethod(utility: UtilityInput, method: SiteRateImpactMethod): { utility: UtilityInput; pools: PoolName[] } {
  if (utility.structure === 'vertically-integrated') {
    return { utility: { ...utility, allocation: { ...utility.allocation, generation: method, transmission: method } }, pools: ['generationDemand', 'transmission'] };
  }
  return { utility: { ...utility, allocation: { ...utility.allocation, transmission: method } }, pools: ['transmission'] };
}

/**
 * The engine input for one scenario × allocator, from the host-utility file and the simulation:
 *
 * - the load: `largeLoadFromGridDraw` on the hourly grid import, with the utility's system-peak
 *   hours (system-peak-hours.ts); contract capacity = the scenario's grid import limit (firm plus
 *   any flexible MW) in the simulated year (the interconnection the site contracts for; 0 when islanded), at least the
 *   grid peak. A tariff's minimum bill applies to it, so a hybrid scenario that keeps the full
 *   interconnection pays for it; one that wants a smaller contract sets `grid.importLimitMW`.
 * - a scenario that does not connect (contract 0, as islanded) is not a customer of the utility:
 *   the engine gets no large load, so it adds no class, no customer, no upgrade and no capacity
 *   obligation, and the residential change is exactly 0 apart from what the file holds
 *   independently of the load (nothing, in the bundled files).
 * - the capacity price with the load: priceBefore + priceIncreaseUSDPerMWDayPerGW × the load's
 *   obligation in GW, the obligation being coincident peak × (1 + planning reserve margin), the
 *   engine's own default (rate-impact-method.md §5.3: the VRR curve shifts by ΔMW × (1 + IRM)).
 *   Without a slope in the file no price change is reported. It is marked an estimate whenever
 *   the slope is.
 */
export function rateImpactInput(host: HostUtilityFile, run: ScenarioRun, peaks: SystemPeakHours, method: SiteRateImpactMethod, options: { horizon: boolean }): { input: RateImpactInput; load: SimulatedLoad; pools: PoolName[]; priceAfterUSDPerMWDay: number | null } {
  const summary = run.result.summary;
  const draw = gridImportMW(run.result);
  // A flexible connection contracts its firm and its flexible MW; only its draw at the peaks differs.
  const contractMW = Math.max(summary.gridImportLimitMW + (summary.flexibleConnection?.inService ? summary.flexibleConnection.flexibleMW : 0), summary.gridPeakMW);
  const largeLoad = largeLoadFromGridDraw({ gridToLoadMW: draw, systemPeakHours: peaks.systemPeakHours, monthlySystemPeakHours: peaks.monthlySystemPeakHours }, host.largeLoad.tariff, contractMW);
  const { utility, pools } = withMethod(host.utility, method);
  const estimates: Record<string, string> = { ...host.estimates };
  const input: RateImpactInput = contractMW > 0 ? { estimates, utility, largeLoad, incrementalCost: host.incrementalCost } : { estimates, utility };

  let priceAfterUSDPerMWDay: number | null = null;
  if (host.capacityMarket) {
    const { priceIncreaseUSDPerMWDayPerGW: slope, ...market } = host.capacityMarket;
    const capacityMarket: CapacityMarketInput = { ...market };
    if (slope !== undefined) {
      const obligationGW = (largeLoad.coincidentPeakMW * (1 + host.utility.planningReserveMarginPct / 100)) / 1000;
      priceAfterUSDPerMWDay = market.priceBeforeUSDPerMWDay + slope * obligationGW;
      capacityMarket.priceAfterUSDPerMWDay = priceAfterUSDPerMWDay;
      const slopeMark = Object.entries(host.estimates).find(([k]) => 'capacityMarket.priceIncreaseUSDPerMWDayPerGW'.startsWith(k));
      if (slopeMark) estimates['capacityMarket.priceAfterUSDPerMWDay'] = `price before + the estimated slope × the load's obligation (${slopeMark[1]})`;
    }
    input.capacityMarket = capacityMarket;
  }
  if (options.horizon && host.horizon) input.horizon = phasedHorizon(host.horizon, summary);
  const load: SimulatedLoad = { year: summary.year, contractMW: largeLoad.contractMW, coincidentPeakMW: largeLoad.coincidentPeakMW, gridPeakMW: largeLoad.gridPeakMW, gridEnergyMWh: largeLoad.gridEnergyMWh, peakHoursSource: peaks.source };
  return { input, load, pools, priceAfterUSDPerMWDay };
}

/**
 * The residential rate impact of one simulated scenario under one allocator (GitHub issue 5):
 * the engine's result reduced to the numbers a reader compares across scenarios, each with
 * whether it rests on an estimate (`restsOnEstimate`), plus the full trace behind them.
 * Throws RateImpactInputError (naming the field) for data the engine cannot use.
 */
export function siteRateImpactCase(host: HostUtilityFile, run: ScenarioRun, peaks: SystemPeakHours, method: SiteRateImpactMethod, options: { horizon: boolean } = { horizon: true }): SiteRateImpactCase {
  const built = rateImpactInput(host, run, peaks, method, options);
  const result = computeRateImpact(built.input);
  const trace = result.trace;
  const onEstimate = estimateLookup(trace);
  const flag = (value: number | null | undefined, key: string): Flagged => ({ value: value ?? null, estimate: onEstimate(key) });
  const marked = (prefix: string) => Object.keys(built.input.estimates ?? {}).some((k) => k === prefix || k.startsWith(`${prefix}.`) || prefix.startsWith(`${k}.`));

  const r = result.residential;
  const load = result.largeLoad;
  const costEstimate = ['incrementalCost.capacityLevelizedUSDPerYear', 'incrementalCost.energyUSDPerYear', 'incrementalCost.transmissionUpgradeLevelizedUSDPerYear'].some(onEstimate);
  const revenueEstimate = marked('largeLoad.tariff');
  const market = result.capacityMarket;
  const allocationShares: SiteRateImpactCase['allocationShares'] = {};
  for (const pool of POOL_NAMES) {
    const allocation = result.allocation?.after[pool];
    if (allocation) allocationShares[pool] = { ...allocation.shares };
  }

  return {
    scenarioId: run.scenarioId,
    scenarioName: run.scenarioName,
    method,
    pools: built.pools,
    load: built.load,
    residential: {
      revenueRequirementChangeUSD: flag(r.revenueRequirementChangeUSD, 'residential.revenueRequirementChangeUSD'),
      rateChangeCentsPerKWh: flag(r.rateChangeCentsPerKWh, 'residential.rateChangeCentsPerKWh'),
      rateChangePct: flag(r.rateChangePct, 'residential.rateChangePct'),
      billChangeUSDPerMonth: flag(r.billChangeUSDPerMonth, 'residential.billChangeUSDPerMonth'),
      averageCustomerBillChangeUSDPerMonth: flag(r.averageCustomerBillChangeUSDPerMonth, 'residential.averageCustomerBillChangeUSDPerMonth'),
      capacityMarketBillChangeUSDPerMonth: flag(r.capacityMarketBillChangeUSDPerMonth, 'residential.capacityMarketBillChangeUSDPerMonth'),
    },
    largeLoad: {
      revenueUSD: { value: load?.revenueUSD ?? null, estimate: revenueEstimate },
      costToServeUSD: { value: load?.costToServeUSD ?? null, estimate: costEstimate },
      contributionUSD: { value: load?.contributionUSD ?? null, estimate: revenueEstimate || costEstimate },
      billedDemandMW: { value: load?.billedDemandMW ?? null, estimate: marked('largeLoad.tariff.minimumDemandPct') },
    },
    household: householdBill(result, built.input, built.load.year, onEstimate('residential.billChangeUSDPerMonth') || onEstimate('capacityMarket.residentialBillChangeUSDPerMonth')),
    capacityMarket:
      market && built.input.capacityMarket
        ? {
            priceBeforeUSDPerMWDay: built.input.capacityMarket.priceBeforeUSDPerMWDay,
            priceAfterUSDPerMWDay: built.priceAfterUSDPerMWDay,
            costUSD: flag(market.costUSD, 'capacityMarket.costUSD'),
            costChangeUSD: flag(market.costChangeUSD, 'capacityMarket.costChangeUSD'),
            residentialBillChangeUSDPerMonth: flag(market.residentialBillChangeUSDPerMonth, 'capacityMarket.residentialBillChangeUSDPerMonth'),
          }
        : null,
    allocationShares,
    series: result.series.map((y) => ({
      year: y.year,
      loadRampPct: y.loadRampPct,
      revenueRequirementChangeUSD: y.residential.revenueRequirementChangeUSD,
      rateChangeCentsPerKWh: y.residential.rateChangeCentsPerKWh,
      billChangeUSDPerMonth: y.residential.billChangeUSDPerMonth,
    })),
    trace,
  };
}

/** Every scenario × method for one site, scenarios in the given order and methods within. */
export function siteRateImpact(host: HostUtilityFile, runs: readonly ScenarioRun[], peaksOf: PeaksOf, methods: readonly SiteRateImpactMethod[]): SiteRateImpactResponse {
  return {
    siteId: host.siteId,
    utility: { name: host.utility.name, structure: host.utility.structure, summary: host.summary, typicalResidentialKWhPerMonth: host.utility.typicalResidentialKWhPerMonth },
    sources: { ...host.sources },
    estimates: { ...host.estimates },
    scenarioIds: runs.map((r) => r.scenarioId),
    methods: [...methods],
    cases: runs.flatMap((run) => {
      const peaks = peaksOf(run);
      return methods.map((method) => siteRateImpactCase(host, run, peaks, method));
    }),
  };
}

/**
 * Whether a trace value rests on an estimate: it is an input marked `estimate`, or one of the
 * values it depends on (transitively) does. A key absent from the trace rests on nothing.
 */
export function estimateLookup(trace: TraceRecord): (key: string) => boolean {
  const memo = new Map<string, boolean>();
  const visit = (key: string): boolean => {
    const known = memo.get(key);
    if (known !== undefined) return known;
    memo.set(key, false); // guards against a cycle; sheets are acyclic, so this is never read back wrongly
    const entry = trace[key];
    const value = entry !== undefined && (entry.estimate === true || entry.dependsOn.some(visit));
    memo.set(key, value);
    return value;
  };
  return visit;
}
