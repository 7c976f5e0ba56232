import { FINANCE_DEFAULTS } from '../../../power-model/economics/sheet';
import highsLoader from 'highs';
import type { Site } from '../../../api/schemas/site';
import type { TechnologyFile } from '../../../api/schemas/technology';
import { optimizeSizing } from '../../../power-model/optimize/optimize-sizing';
import type { SizingCaps, SizingInput, SizingResult, SizingTimeResolution } from '../../../power-model/optimize/types';
import { resolveScenario } from '../../../power-model/scenarios/resolve';
import { cachedSolarPerMWac } from '../../../power-model/site-model';
import { hourlyPriceUSDPerMWh } from '../../../power-model/grid/supply';
import { loadTechnologies } from '../../data/load-technologies';
import { ModelRunner } from '../../model/runner';
import { jobRunner } from '../job-runner';
import { JobCancelled, type JobFunction } from '../types';
import { recheckMix } from './recheck-mix';

/**
 * Land use of single-axis tracking PV: 7.9 acres/MWac total area (Ong et al., "Land-Use
 * Requirements for Solar Power Plants in the United States", NREL/TP-6A20-56290, 2013, Table 2).
 */
export const SOLAR_ACRES_PER_MWAC = 7.9;

/**
 * Split of a 4-hour battery's capex per kW into power and energy parts. NREL ATB 2024 publishes
 * the utility battery cost as energy (USD/kWh) and power (USD/kW) components; their ratio for a
 * 4-h system puts about 80% of the cost in the energy part. An estimate until the components are
 * carried in data/technologies.json.
 */
export const BATTERY_ENERGY_SHARE = 0.8;

// One discount rate with the economics sheet (its default), so the LP and the sheet annualize alike.
const CRF_DISCOUNT_RATE = FINANCE_DEFAULTS.discountRate.value;

/**
 * The LP sizing problem of a site: its hourly facility load (the year given, default the last
 * phase's), its grid (the POI limit that year, the hourly energy price, demand and capacity
 * charges per MW of contracted grid capacity), and every catalogue technology on offer.
 */
export function sizingInputFrom(
  site: Site,
  technologies: TechnologyFile,
  params: { year?: number; caps?: SizingCaps; reserveUnits?: number; time: SizingTimeResolution },
  runner: ModelRunner = new ModelRunner(),
): SizingInput {
  const { model, cache } = runner.prepare(site);
  const scenario = resolveScenario({ id: 'grid-only', name: 'grid-only' });
  const reference = runner.simulate(site, scenario, params.year === undefined ? {} : { year: params.year });
  const grid = model.grid;
  const gasPrice = model.gasPriceUSDPerMMBtu;
  const solarTech = model.solar;
  const batteryTech = model.battery;
  const thermal = Object.values(model.thermalTechnologies).map((t) => {
    const file = technologies.technologies.find((x) => x.id === t.id);
    return {
      technologyId: t.id,
      capexUSDPerKW: t.capexUSDPerKW,
      fixedOMUSDPerKWYear: t.fixedOMUSDPerKWYear,
      variableOMUSDPerMWh: t.variableOMUSDPerMWh,
      heatRateBtuPerKWh: t.heatRateBtuPerKWh,
      fuelPriceUSDPerMMBtu: gasPrice,
      co2KgPerMMBtu: t.co2KgPerMMBtu,
      unitMW: t.unitSizeMW,
      lifetimeYears: t.lifetimeYears,
      forcedOutageRate: t.forcedOutageRate,
      mttrHours: file?.mttrHours?.value ?? 50,
    };
  });
  const batteryCapexUSDPerKW = batteryTech.capexUSDPerKW;
  return {
    facilityLoadMW: reference.facilityMW,
    discountRate: CRF_DISCOUNT_RATE,
    ...(reference.gridLimitMW > 0
      ? {
          grid: {
            importLimitMW: reference.gridLimitMW,
            energyPriceUSDPerMWh: hourlyPriceUSDPerMWh(grid.price),
            // USD/kW-month × 12 × 1000 kW/MW + USD/MW-day × 365: the yearly charge per MW of contracted capacity
            capacityChargeUSDPerMWYear: grid.demandChargeUSDPerKWMonth * 12 * 1000 + grid.capacityPriceUSDPerMWDay * 365,
            co2KgPerMWh: grid.carbonKgPerMWh,
          },
        }
      : {}),
    thermal,
    solar: {
      capexUSDPerKWac: solarTech.capexUSDPerKW,
      fixedOMUSDPerKWacYear: solarTech.fixedOMUSDPerKWYear,
      lifetimeYears: solarTech.lifetimeYears,
      acresPerMWac: SOLAR_ACRES_PER_MWAC,
      outputMWPerMWac: cachedSolarPerMWac(cache, 'single-axis', solarTech.dcAcRatio),
    },
    battery: {
      powerCapexUSDPerKW: batteryCapexUSDPerKW * (1 - BATTERY_ENERGY_SHARE),
      energyCapexUSDPerKWh: (batteryCapexUSDPerKW * BATTERY_ENERGY_SHARE) / batteryTech.durationHours,
      fixedOMUSDPerKWYear: batteryTech.fixedOMUSDPerKWYear,
      lifetimeYears: batteryTech.lifetimeYears,
      roundTripEfficiency: batteryTech.roundTripEfficiency,
      socMinPct: 10,
    },
    reserveUnits: params.reserveUnits ?? 1,
    ...(params.caps ? { caps: params.caps } : {}),
    timeResolution: params.time,
  };
}

/** Simulated years of the Monte Carlo re-check of the optimized mix; seeded, so reproducible. */
const RECHECK_YEARS = 200;
const RECHECK_SEED = 1;

/**
 * Least-cost supply mix of one site by linear programming (HiGHS): full year, representative days,
 * or two stages (representative days, then the full year dispatched). The rounded mix is then
 * re-checked with the hourly simulation and a seeded Monte Carlo (`recheckMix`), and units are
 * added if the simulation finds it short; the result says so in `notes` and carries `recheck`.
 */
export const optimizeJob: JobFunction = async (request, ctx) => {
  const p = request.params;
  const days = typeof p.representativeDays === 'number' ? p.representativeDays : null;
  const time: SizingTimeResolution = days === null ? { kind: 'fullYear' } : p.twoStage === true ? { kind: 'twoStage', days } : { kind: 'representativeDays', days };
  ctx.progress(0.05, 'building the hourly problem');
  const technologies = loadTechnologies();
  const year = typeof p.year === 'number' ? p.year : undefined;
  const input = sizingInputFrom(request.site, technologies, {
    ...(year === undefined ? {} : { year }),
    ...(typeof p.caps === 'object' && p.caps !== null ? { caps: p.caps as SizingCaps } : {}),
    ...(typeof p.reserveUnits === 'number' ? { reserveUnits: p.reserveUnits } : {}),
    time,
  }, jobRunner(request));
  if (ctx.shouldCancel()) throw new JobCancelled();
  ctx.progress(0.2, 'solving with HiGHS');
  const highs = await highsLoader();
  const result: SizingResult = optimizeSizing(highs, {
    ...input,
    onProgress: (fraction, message) => {
      if (ctx.shouldCancel()) throw new JobCancelled();
      ctx.progress(0.2 + 0.5 * fraction, message);
    },
  });
  if (result.status !== 'optimal' || result.mix === null) {
    ctx.progress(1, result.status);
    return { siteId: request.site.id, ...result, recheck: null };
  }
  if (ctx.shouldCancel()) throw new JobCancelled();
  const recheckYears = typeof p.recheckYears === 'number' ? p.recheckYears : RECHECK_YEARS;
  ctx.progress(0.7, `re-checking the rounded mix: hourly simulation and ${recheckYears} Monte Carlo years`);
  const { mix, recheck } = recheckMix(jobRunner(request), request.site, technologies, input, result.mix, { ...(year === undefined ? {} : { year }), years: recheckYears, seed: RECHECK_SEED });
  const notes = result.notes.filter((n) => !n.startsWith('Thermal unit counts'));
  const sim = recheck.simulation;
  const availability = recheck.monteCarlo.availability;
  notes.push(
    `Unit counts are the LP capacity rounded up to whole units, re-checked: the hourly simulation (economic dispatch, ${sim.year}) leaves ${sim.unservedEnergyMWh.toFixed(1)} MWh unserved, LCOE ${sim.lcoeUSDPerMWh === null ? 'undefined (nothing served)' : `${sim.lcoeUSDPerMWh.toFixed(1)} USD/MWh`}, ${Math.round(sim.co2Tonnes).toLocaleString('en-US')} t CO2; ` +
      `Monte Carlo (${recheckYears} years, seed ${RECHECK_SEED}) availability ${(availability.mean * 100).toFixed(4)}% [95%: ${(availability.low95 * 100).toFixed(4)}–${(availability.high95 * 100).toFixed(4)}%]. Cost and energy in the LP figures are for the continuous LP mix.`,
  );
  for (const a of recheck.added) {
    notes.push(`The hourly simulation found the rounded mix short by ${a.unservedEnergyMWh.toFixed(1)} MWh/yr: added ${a.units} × ${a.technologyId} (the cheapest capacity per MW no larger than the largest unit built) and simulated again.`);
  }
  ctx.progress(1, result.status);
  return { siteId: request.site.id, ...result, mix, recheck, notes };
};
