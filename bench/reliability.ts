/**
 * Benchmark: reliability Monte Carlo, simulated years per second for one 1 GW site: 1,000 MW load
 * (± 5% diurnal), 1,200 MW grid with 1.5 outages/yr of 6 h mean, six 237 MW gas turbines
 * (FOR 3%, MTTR 40 h), 200 MW of solar (synthetic profile) and a 250 MW / 1,000 MWh battery; the
 * default ride-through durations [1, 4, 8, 24, 72] h with 8 random starts per year. Prints the
 * median of five runs.
 */
import { HOURS_PER_YEAR } from '../src/power-model/hours';
import { simulateReliability } from '../src/power-model/reliability/monte-carlo';
import type { ReliabilityInput } from '../src/power-model/reliability/types';

function benchInput(years: number): ReliabilityInput {
  const load = new Float64Array(HOURS_PER_YEAR);
  const solar = new Float64Array(HOURS_PER_YEAR);
  for (let h = 0; h < HOURS_PER_YEAR; h++) {
    const hourOfDay = h % 24;
    load[h] = 1000 * (1 + 0.05 * Math.sin((2 * Math.PI * (hourOfDay - 9)) / 24));
    solar[h] = 200 * Math.max(0, Math.sin((Math.PI * (hourOfDay - 6)) / 12));
  }
  return {
    facilityLoadMW: load,
    solarAvailableMW: solar,
    gridImportLimitMW: 1200,
    gridOutage: { eventsPerYear: 1.5, meanDurationHours: 6 },
    units: Array.from({ length: 6 }, (_, i) => ({ id: `ct${i + 1}`, capacityMW: 237, forcedOutageRate: 0.03, mttrHours: 40 })),
    battery: { powerMW: 250, energyMWh: 1000, roundTripEfficiency: 0.86, socMinPct: 10 },
    years,
    seed: 1,
  };
}

export async function run(): Promise<void> {
  const years = 5000;
  const rates: number[] = [];
  let last;
  for (let r = 0; r < 5; r++) {
    const started = performance.now();
    last = simulateReliability(benchInput(years));
    rates.push(years / ((performance.now() - started) / 1000));
  }
  rates.sort((a, b) => a - b);
  const median = rates[Math.floor(rates.length / 2)] ?? NaN;
  console.log(
    `reliability: median ${median.toFixed(0)} simulated years/s (${years} years per run); ` +
      `availability ${(100 * (last?.availability.mean ?? NaN)).toFixed(4)}%, LOLH ${last?.lossOfLoadHoursPerYear.mean.toFixed(2)} h/yr`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
