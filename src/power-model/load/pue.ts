import { inRange } from '../limits';
import { missingCase } from '../missing-case';
import { LOAD_LIMITS } from './validate';

export type CoolingType = 'air' | 'evaporative' | 'liquid' | 'hybrid';

export type PueSpec = {
  /** Annual-design PUE (facility power / IT power) reached at `designTempC`. */
  designPue: number;
  /** Outdoor dry-bulb at which the plant delivers `designPue`, °C. */
  designTempC: number;
  coolingType: CoolingType;
};

/**
 * How much PUE changes per °C of outdoor dry-bulb, by cooling type. These are Stargrid planning
 * assumptions, not published figures (none per cooling type was found): chiller plants with air
 * economizers are the most weather-sensitive (condensing temperature follows dry-bulb);
 * evaporative plants follow wet-bulb, which rises more slowly; hybrid (dry cooler + adiabatic
 * trim) sits between; direct-to-chip liquid with warm-water dry coolers needs little compressor
 * work and is the least sensitive. Override the PUE spec per site where a design study exists.
 */
export const PUE_SLOPE_PER_C: Readonly<Record<CoolingType, number>> = {
  air: 0.01,
  evaporative: 0.006,
  hybrid: 0.005,
  liquid: 0.003,
};

/**
 * Share of the design overhead (designPue − 1) that stays however cold it gets: power conversion
 * (UPS, transformers), pumps and fans, lighting. A Stargrid planning assumption; it sets the floor
 * 1 + 0.6 (designPue − 1), e.g. 1.18 for a design PUE of 1.3.
 */
export const PUE_FLOOR_OVERHEAD_SHARE = 0.6;

/**
 * PUE at outdoor dry-bulb `tempC`:
 *   PUE(T) = max(1 + s_floor (PUEd − 1), PUEd + k_c (T − Td))
 * with PUEd = designPue, Td = designTempC, k_c = PUE_SLOPE_PER_C[coolingType] and
 * s_floor = PUE_FLOOR_OVERHEAD_SHARE. Equals designPue at designTempC, rises linearly with heat,
 * falls with cold down to the floor.
 */
export function pueAt(tempC: number, pue: PueSpec): number {
  const floor = 1 + PUE_FLOOR_OVERHEAD_SHARE * (pue.designPue - 1);
  return Math.max(floor, pue.designPue + slopeFor(pue.coolingType) * (tempC - pue.designTempC));
}

/** Range-checks a PUE spec; errors name the field. */
export function checkPueSpec(pue: PueSpec): void {
  const { designPue, designTempC } = LOAD_LIMITS;
  if (!inRange(pue.designPue, designPue)) {
    throw new RangeError(`pue.designPue must be between ${designPue.min} and ${designPue.max}, got ${pue.designPue}`);
  }
  if (!inRange(pue.designTempC, designTempC)) {
    throw new RangeError(`pue.designTempC must be between ${designTempC.min} and ${designTempC.max} °C, got ${pue.designTempC}`);
  }
  if (!(pue.coolingType in PUE_SLOPE_PER_C)) {
    throw new RangeError(`pue.coolingType must be one of ${Object.keys(PUE_SLOPE_PER_C).join(', ')}, got ${JSON.stringify(pue.coolingType)}`);
  }
}

function slopeFor(coolingType: CoolingType): number {
  switch (coolingType) {
    case 'air':
    case 'evaporative':
    case 'hybrid':
    case 'liquid':
      return PUE_SLOPE_PER_C[coolingType];
    default:
      return missingCase(coolingType);
  }
}
