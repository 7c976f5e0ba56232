import type { Sourced } from '../../api/schemas/sourced';
import type { Emissions, Technology, TechnologyFile } from '../../api/schemas/technology';
import type { ThermalEmissions } from '../../power-model/thermal/emissions';
import type { CostRanges, FigureRange } from '../../power-model/economics/ranges';
import type { DistillateFuel } from '../../power-model/fuel/distillate';
import type { BatteryTechnology, SolarTechnology } from '../../power-model/site-model';
import { THERMAL_OPERATING_ESTIMATES, type ThermalKind, type ThermalTechnology } from '../../power-model/thermal/technology';

/** Engine catalog built from data/technologies.json. */
export type EngineCatalog = {
  thermal: Record<string, ThermalTechnology>;
  solar: SolarTechnology;
  battery: BatteryTechnology;
  gasPriceUSDPerMMBtu: number;
  gasCo2KgPerMMBtu: number;
  gasPriceSource: string;
  /** No. 2 distillate for dual-fuel backup (data/technologies.json `fuel.distillate`); absent when the file has none. */
  distillate?: DistillateFuel;
};

const SOLAR_ID = 'solar-pv-tracking';
const BATTERY_ID = 'battery-4h';
/** Utility tracking plants are built near DC/AC 1.3 (PVWatts default for 1-axis is 1.2–1.3). */
const SOLAR_DC_AC_RATIO = 1.3;

function thermalKind(category: Technology['category']): ThermalKind | undefined {
  switch (category) {
    case 'gas-turbine':
    case 'combined-cycle':
    case 'recip-engine':
    case 'fuel-cell':
      return category;
    case 'solar-pv':
    case 'battery':
      return undefined;
  }
}

/**
 * Maps the validated technology file to the engine's catalog. Minimum stable load and part-load
 * heat rate are not in the file; they come from THERMAL_OPERATING_ESTIMATES (our estimates).
 */
export function engineCatalog(file: TechnologyFile): EngineCatalog {
  const thermal: Record<string, ThermalTechnology> = {};
  let solar: Technology | undefined;
  let battery: Technology | undefined;
  for (const t of file.technologies) {
    if (t.id === SOLAR_ID) solar = t;
    if (t.id === BATTERY_ID) battery = t;
    const kind = thermalKind(t.category);
    if (kind === undefined || t.heatRateBtuPerKWh === undefined) continue;
    const ops = THERMAL_OPERATING_ESTIMATES[kind];
    thermal[t.id] = {
      id: t.id,
      name: t.name,
      kind,
      unitSizeMW: t.unitSizeMW.value,
      heatRateBtuPerKWh: t.heatRateBtuPerKWh.value,
      partLoadHeatRateBtuPerKWh: t.heatRateBtuPerKWh.value * ops.partLoadHeatRateFactor,
      minStableLoadFraction: ops.minStableLoadFraction,
      forcedOutageRate: t.forcedOutageRate.value,
      variableOMUSDPerMWh: t.variableOMUSDPerMWh?.value ?? 0,
      fixedOMUSDPerKWYear: t.fixedOMUSDPerKWYear.value,
      capexUSDPerKW: t.capexUSDPerKW.value,
      leadTimeYears: t.leadTimeYears.value,
      lifetimeYears: t.lifetimeYears.value,
      co2KgPerMMBtu: file.fuel.gasCo2KgPerMMBtu.value,
      range: costRanges(t),
      ...(t.emissions === undefined ? {} : { emissions: engineEmissions(t.emissions) }),
      ...(t.derating === undefined
        ? {}
        : {
            derating: {
              ambient: t.derating.ambient.points.map((p) => ({ tempC: p.tempC, outputFraction: p.outputFraction, heatRateFraction: p.heatRateFraction })),
              altitude: { outputLossPer300m: t.derating.altitude.outputLossPer300m, ratedToElevationM: t.derating.altitude.ratedToElevationM },
            },
          }),
    };
  }
  if (!solar) throw new Error(`data/technologies.json: technologies must include '${SOLAR_ID}'`);
  if (!battery) throw new Error(`data/technologies.json: technologies must include '${BATTERY_ID}'`);
  const distillate = engineDistillate(file);
  return {
    thermal,
    solar: {
      capexUSDPerKW: solar.capexUSDPerKW.value,
      fixedOMUSDPerKWYear: solar.fixedOMUSDPerKWYear.value,
      leadTimeYears: solar.leadTimeYears.value,
      lifetimeYears: solar.lifetimeYears.value,
      range: costRanges(solar),
      dcAcRatio: SOLAR_DC_AC_RATIO,
      source: solar.capexUSDPerKW.source,
    },
    battery: {
      capexUSDPerKW: battery.capexUSDPerKW.value,
      durationHours: battery.durationHours?.value ?? 4,
      fixedOMUSDPerKWYear: battery.fixedOMUSDPerKWYear.value,
      roundTripEfficiency: battery.roundTripEfficiency?.value ?? 0.85,
      leadTimeYears: battery.leadTimeYears.value,
      lifetimeYears: battery.lifetimeYears.value,
      range: costRanges(battery),
      source: battery.capexUSDPerKW.source,
    },
    gasPriceUSDPerMMBtu: file.fuel.gasPriceUSDPerMMBtu.value,
    gasCo2KgPerMMBtu: file.fuel.gasCo2KgPerMMBtu.value,
    gasPriceSource: file.fuel.gasPriceUSDPerMMBtu.source,
    ...(distillate === undefined ? {} : { distillate }),
  };
}

/** The file's emission factors in engine terms (thermal/emissions.ts), without their sources. */
function engineEmissions(e: Emissions): ThermalEmissions {
  const { noxLbPerMMBtu, coLbPerMMBtu } = e.uncontrolled;
  const s = e.scr;
  const d = e.distillate;
  return {
    uncontrolled: { noxLbPerMMBtu, coLbPerMMBtu },
    ...(s === undefined ? {} : { scr: { noxLbPerMMBtu: s.noxLbPerMMBtu, coLbPerMMBtu: s.coLbPerMMBtu, capexUSDPerKW: s.capexUSDPerKW, fixedOMUSDPerKWYear: s.fixedOMUSDPerKWYear, variableOMUSDPerMWh: s.variableOMUSDPerMWh } }),
    ...(d === undefined
      ? {}
      : { distillate: { uncontrolled: { noxLbPerMMBtu: d.noxLbPerMMBtu, coLbPerMMBtu: d.coLbPerMMBtu }, ...(d.scrNoxLbPerMMBtu === undefined ? {} : { scr: { noxLbPerMMBtu: d.scrNoxLbPerMMBtu, coLbPerMMBtu: d.coLbPerMMBtu } }) } }),
  };
}

/** The file's distillate figures in engine terms (fuel/distillate.ts); undefined when the file has none. */
function engineDistillate(file: TechnologyFile): DistillateFuel | undefined {
  const d = file.fuel.distillate;
  if (d === undefined) return undefined;
  const text = (f: Sourced) => (f.source === 'assumption' ? `estimate: ${f.assumption ?? ''}` : `${f.source}${f.year === undefined ? '' : ` (${f.year})`}${f.note === undefined ? '' : `; ${f.note}`}`);
  return {
    priceUSDPerMMBtu: d.priceUSDPerMMBtu.value,
    co2KgPerMMBtu: d.co2KgPerMMBtu.value,
    tankUSDPerMMBtu: d.tankUSDPerMMBtu.value,
    dualFuelUSDPerKW: d.dualFuelUSDPerKW.value,
    ...(d.refillMMBtuPerDay === undefined ? {} : { refillMMBtuPerDay: d.refillMMBtuPerDay.value }),
    sources: {
      priceUSDPerMMBtu: text(d.priceUSDPerMMBtu),
      co2KgPerMMBtu: text(d.co2KgPerMMBtu),
      tankUSDPerMMBtu: text(d.tankUSDPerMMBtu),
      dualFuelUSDPerKW: text(d.dualFuelUSDPerKW),
      ...(d.refillMMBtuPerDay === undefined ? {} : { refillMMBtuPerDay: text(d.refillMMBtuPerDay) }),
    },
  };
}

/** The file's ranges in engine terms; a range end's source reads "URL (year)" or "estimate: note". */
function costRanges(t: Technology): CostRanges {
  const out: CostRanges = {};
  for (const figure of ['capexUSDPerKW', 'leadTimeYears'] as const) {
    const r = t.ranges?.[figure];
    if (r) out[figure] = { low: r.low.value, high: r.high.value, lowSource: describeEnd(r.low), highSource: describeEnd(r.high) } satisfies FigureRange;
  }
  return out;
}

function describeEnd(end: Sourced): string {
  if (end.source === 'assumption') return `estimate: ${end.assumption ?? ''}`;
  const where = `${end.source}${end.year === undefined ? '' : ` (${end.year})`}`;
  return end.confidence === 'low' ? `${where}; low confidence: ${end.note ?? ''}` : where;
}
