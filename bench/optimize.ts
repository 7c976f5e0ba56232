/**
 * Benchmark: least-cost sizing LP for one 1 GW site, full year, two stages and representative
 * days, then the whole bundled portfolio on representative days. Prints median build + solve
 * times over a few runs and the machine's load. Inputs are a synthetic but realistic
 * site (load 1 GW ± 5% diurnal, a clear-sky-shaped solar profile, a two-level grid price) so the
 * benchmark needs no data files; the LP size is what matters for timing.
 */
import highsLoader from 'highs';
import { availableParallelism, loadavg } from 'node:os';
import { loadSites } from '../src/main/data/load-sites';
import { loadTechnologies } from '../src/main/data/load-technologies';
import { sizingInputFrom } from '../src/main/runs/jobs/optimize';
import { HOURS_PER_YEAR } from '../src/power-model/hours';
import { optimizeSizing } from '../src/power-model/optimize/optimize-sizing';
import type { SizingInput, SizingTimeResolution } from '../src/power-model/optimize/types';

export function benchSite(timeResolution: SizingTimeResolution): SizingInput {
  const load = new Float64Array(HOURS_PER_YEAR);
  const solar = new Float64Array(HOURS_PER_YEAR);
  const price = new Float64Array(HOURS_PER_YEAR);
  for (let h = 0; h < HOURS_PER_YEAR; h++) {
    const hourOfDay = h % 24;
    const day = Math.floor(h / 24);
    const season = Math.cos((2 * Math.PI * (day - 200)) / 365);
    load[h] = 1000 * (1 + 0.05 * Math.sin((2 * Math.PI * (hourOfDay - 9)) / 24) + 0.03 * season);
    const sun = Math.sin((Math.PI * (hourOfDay - 6)) / 12);
    solar[h] = sun > 0 ? Math.min(1, sun * (0.85 + 0.15 * season) * (0.7 + 0.3 * ((day * 7919) % 11) / 10)) : 0;
    price[h] = hourOfDay >= 14 && hourOfDay < 20 ? 75 + 25 * Math.max(0, season) : 35;
  }
  return {
    facilityLoadMW: load,
    discountRate: 0.07,
    grid: { importLimitMW: 1500, energyPriceUSDPerMWh: price, capacityChargeUSDPerMWYear: 120_000, co2KgPerMWh: 333 },
    thermal: [
      { technologyId: 'gas-ct', capexUSDPerKW: 1329, fixedOMUSDPerKWYear: 25.8, variableOMUSDPerMWh: 6.9, heatRateBtuPerKWh: 9700, fuelPriceUSDPerMMBtu: 3.5, co2KgPerMMBtu: 53.06, unitMW: 237, lifetimeYears: 30 },
      { technologyId: 'gas-cc', capexUSDPerKW: 1950, fixedOMUSDPerKWYear: 31, variableOMUSDPerMWh: 2.1, heatRateBtuPerKWh: 6400, fuelPriceUSDPerMMBtu: 3.5, co2KgPerMMBtu: 53.06, unitMW: 418, lifetimeYears: 30 },
      { technologyId: 'recip', capexUSDPerKW: 1700, fixedOMUSDPerKWYear: 20, variableOMUSDPerMWh: 7, heatRateBtuPerKWh: 8300, fuelPriceUSDPerMMBtu: 3.5, co2KgPerMMBtu: 53.06, unitMW: 18.8, lifetimeYears: 25 },
    ],
    solar: { capexUSDPerKWac: 1450, fixedOMUSDPerKWacYear: 22, lifetimeYears: 30, acresPerMWac: 6, outputMWPerMWac: solar },
    battery: { powerCapexUSDPerKW: 300, energyCapexUSDPerKWh: 280, fixedOMUSDPerKWYear: 10, lifetimeYears: 15, roundTripEfficiency: 0.86, socMinPct: 10 },
    reserveUnits: 1,
    caps: { co2TonnesPerYear: 2_500_000 },
    timeResolution,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

export async function run(): Promise<void> {
  const highs = await highsLoader();
  console.log(`machine: ${availableParallelism()} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  const cases: { label: string; resolution: SizingTimeResolution; runs: number }[] = [
    // One run: about 9 s (no battery pays here, so the battery LP is skipped by pricing; 22–31 s before).
    { label: 'full year (8760 h, class picked on 24 days, 1 run)', resolution: { kind: 'fullYear' }, runs: 1 },
    { label: 'two stages (24 days sized, 8760 h dispatched)', resolution: { kind: 'twoStage', days: 24 }, runs: 3 },
    { label: 'representative days (k = 12)', resolution: { kind: 'representativeDays', days: 12 }, runs: 5 },
    { label: 'representative days (k = 48)', resolution: { kind: 'representativeDays', days: 48 }, runs: 3 },
  ];
  for (const { label, resolution, runs } of cases) {
    const totals: number[] = [];
    const solves: number[] = [];
    let last;
    for (let r = 0; r < runs; r++) {
      const started = performance.now();
      last = optimizeSizing(highs, benchSite(resolution));
      totals.push(performance.now() - started);
      solves.push(last.solveTimeMs);
    }
    console.log(
      `optimize ${label}: median ${median(totals).toFixed(0)} ms total, ${median(solves).toFixed(0)} ms solve; ` +
        `${last?.lp.reserveClasses} reserve classes, ${last?.lp.columns} columns × ${last?.lp.rows} rows; status ${last?.status}; objective ${((last?.objectiveUSDPerYear ?? NaN) / 1e6).toFixed(1)} M USD/yr`,
    );
  }
  await portfolio(highs);
}

/** Every bundled site sized on 12 representative days, one after another (input building included). */
async function portfolio(highs: Awaited<ReturnType<typeof highsLoader>>): Promise<void> {
  const technologies = loadTechnologies();
  const sites = loadSites().sites;
  const started = performance.now();
  const lines: string[] = [];
  for (const site of sites) {
    const siteStarted = performance.now();
    const result = optimizeSizing(highs, sizingInputFrom(site, technologies, { time: { kind: 'representativeDays', days: 12 } }));
    lines.push(`${site.id} ${(performance.now() - siteStarted).toFixed(0)} ms (${result.status})`);
  }
  console.log(`optimize portfolio, ${sites.length} sites × 12 representative days: ${(performance.now() - started).toFixed(0)} ms total; ${lines.join(', ')}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
