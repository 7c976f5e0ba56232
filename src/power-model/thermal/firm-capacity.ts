import { HOURS_PER_YEAR } from '../hours';
import { altitudeOutputFraction, ambientCorrection, designDryBulbC, deratingAt } from './derating';
import { firmLimits, type FirmFuelLimit, type FirmLimits, type FirmPermitLimit } from './firm-limits';
import type { ThermalTechnology } from './technology';

/** Units of one technology counted in the firm capacity. */
export type FirmBlock = { technology: ThermalTechnology; units: number };

export type FirmCapacityInput = {
  blocks: readonly FirmBlock[];
  /** The site's weather year: hourly dry-bulb, °C (8760 values). */
  dryBulbC: Float64Array;
  elevationM: number;
  /** k of N+k: how many of the largest units are counted out. */
  reserveUnits: number;
  /** Hourly facility load, MW (8760 values), for the hour of the smallest margin. */
  facilityMW: Float64Array;
  /** Grid import limit of the year, MW (0 islanded): firm supply beside the on-site units. */
  gridImportLimitMW: number;
  /** The scenario's gas deliverability and permit budgets (firm-limits.ts), when it sets them. */
  fuel?: FirmFuelLimit;
  permits?: FirmPermitLimit;
};

/** One technology's line of the waterfall, MW. */
export type FirmBlockLine = {
  technologyId: string;
  units: number;
  unitMW: number;
  nameplateMW: number;
  /** Output fraction at the design temperature (ambient only). */
  ambientFraction: number;
  /** Output fraction at the site's elevation. */
  altitudeFraction: number;
  /** One unit at the design temperature and the site's elevation. */
  deratedUnitMW: number;
};

/**
 * The firm-capacity waterfall of a site's on-site thermal fleet (every quantity in MW, except
 * `designTempC`), each step the one before less what it names:
 * nameplateMW → (ambient at designTempC) deratedMW → (altitude) altitudeDeratedMW →
 * (k largest derated units) reserveFirmMW → (fuel through the design day) pipelineFirmMW →
 * (annual permit budgets) permitFirmMW = firmMW (firm-limits.ts; each equal to the one before
 * when the scenario sets no such limit). Plus `gridImportLimitMW` and the hour of the year with the
 * smallest margin = firm supply in that hour (units derated at that hour's dry-bulb, less the k
 * largest of them, plus the grid limit) − load.
 */
export type FirmCapacity = {
  nameplateMW: number;
  designTempC: number;
  ambientLossMW: number;
  deratedMW: number;
  elevationM: number;
  altitudeLossMW: number;
  altitudeDeratedMW: number;
  reserveUnits: number;
  largestUnitsMW: number;
  reserveFirmMW: number;
  limits: FirmLimits;
  firmMW: number;
  gridImportLimitMW: number;
  blocks: FirmBlockLine[];
  smallestMargin: { hour: number; dryBulbC: number; loadMW: number; firmSupplyMW: number; marginMW: number };
};

/**
 * Firm MW of a fleet on the site's hot day (the 0.4% design dry-bulb of its weather year,
 * derating.ts `designDryBulbC`) at its elevation, with the k largest units out (N+k: "largest"
 * after derating, so a big frame machine that derates less can still be the one counted out).
 * Forced outages beyond the k units are the Monte Carlo's business, not this figure's.
 */
export function firmCapacity(input: FirmCapacityInput): FirmCapacity {
  if (!Number.isInteger(input.reserveUnits) || input.reserveUnits < 0) throw new Error(`firm capacity: reserveUnits must be a whole number ≥ 0, got ${input.reserveUnits}`);
  if (input.dryBulbC.length !== HOURS_PER_YEAR || input.facilityMW.length !== HOURS_PER_YEAR) throw new Error(`firm capacity: dryBulbC and facilityMW must have ${HOURS_PER_YEAR} values`);
  const designTempC = designDryBulbC(input.dryBulbC);
  const active = input.blocks.filter((b) => b.units > 0);
  const blocks = active.map((b): FirmBlockLine => {
    const unitMW = b.technology.unitSizeMW;
    const ambientFraction = b.technology.derating === undefined ? 1 : ambientCorrection(b.technology.derating.ambient, designTempC).outputFraction;
    const altitudeFraction = b.technology.derating === undefined ? 1 : altitudeOutputFraction(b.technology.derating.altitude, input.elevationM);
    return { technologyId: b.technology.id, units: b.units, unitMW, nameplateMW: b.units * unitMW, ambientFraction, altitudeFraction, deratedUnitMW: unitMW * ambientFraction * altitudeFraction };
  });
  const nameplateMW = sum(blocks.map((b) => b.nameplateMW));
  const deratedMW = sum(blocks.map((b) => b.nameplateMW * b.ambientFraction));
  const altitudeDeratedMW = sum(blocks.map((b) => b.units * b.deratedUnitMW));
  const largestUnitsMW = largestUnits(blocks.map((b) => ({ units: b.units, mw: b.deratedUnitMW })), input.reserveUnits);
  const reserveFirmMW = Math.max(0, altitudeDeratedMW - largestUnitsMW);
  const limits = firmLimits({
    blocks: active.map((b, i) => ({ technology: b.technology, units: b.units, deratedUnitMW: blocks[i]?.deratedUnitMW ?? 0 })),
    designTempC,
    elevationM: input.elevationM,
    firmMW: reserveFirmMW,
    facilityMW: input.facilityMW,
    gridImportLimitMW: input.gridImportLimitMW,
    ...(input.fuel === undefined ? {} : { fuel: input.fuel }),
    ...(input.permits === undefined ? {} : { permits: input.permits }),
  });
  return {
    nameplateMW,
    designTempC,
    ambientLossMW: nameplateMW - deratedMW,
    deratedMW,
    elevationM: input.elevationM,
    altitudeLossMW: deratedMW - altitudeDeratedMW,
    altitudeDeratedMW,
    reserveUnits: input.reserveUnits,
    largestUnitsMW,
    reserveFirmMW,
    limits,
    firmMW: limits.permitFirmMW,
    gridImportLimitMW: input.gridImportLimitMW,
    blocks,
    smallestMargin: smallestMargin(input),
  };
}

/** MW of the k largest units among `units` copies of each size (all of them when k ≥ the count). */
function largestUnits(sizes: { units: number; mw: number }[], k: number): number {
  let left = k;
  let total = 0;
  for (const s of [...sizes].sort((a, b) => b.mw - a.mw)) {
    const n = Math.min(left, s.units);
    total += n * s.mw;
    left -= n;
    if (left === 0) break;
  }
  return total;
}

function smallestMargin(input: FirmCapacityInput): FirmCapacity['smallestMargin'] {
  const techs = input.blocks.filter((b) => b.units > 0);
  const unitMW = new Float64Array(techs.length);
  let best = { hour: 0, dryBulbC: Number.NaN, loadMW: 0, firmSupplyMW: 0, marginMW: Infinity };
  for (let h = 0; h < HOURS_PER_YEAR; h++) {
    const tempC = input.dryBulbC[h] ?? 15;
    let supplyMW = 0;
    techs.forEach((b, i) => {
      unitMW[i] = b.technology.unitSizeMW * deratingAt(b.technology.derating, tempC, input.elevationM).outputFraction;
      supplyMW += b.units * (unitMW[i] ?? 0);
    });
    supplyMW -= largestUnits(techs.map((b, i) => ({ units: b.units, mw: unitMW[i] ?? 0 })), input.reserveUnits);
    const firmSupplyMW = Math.max(0, supplyMW) + input.gridImportLimitMW;
    const loadMW = input.facilityMW[h] ?? 0;
    if (firmSupplyMW - loadMW < best.marginMW) best = { hour: h, dryBulbC: tempC, loadMW, firmSupplyMW, marginMW: firmSupplyMW - loadMW };
  }
  return best;
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
