import { HOURS_PER_YEAR } from '../hours';
import { missingCase } from '../missing-case';
import type { WeatherYear } from '../weather/types';
import { inverterAcBeforeClipping, physicalIamTabulated, sapmCellTemperatureC } from './module-physics';
import { perezSkyDiffuseFromCoefficients } from './perez';
import { skyTermsFor } from './sky-terms';
import { trackerRotationDeg } from './tracking';

export { DEFAULT_WIND_SPEED_M_PER_S } from './sky-terms';

export type PvSpec = {
  /** Inverter AC nameplate, MW. */
  capacityMWac: number;
  /** DC array nameplate / AC nameplate; 1.3 typical for utility tracking plants. */
  dcAcRatio: number;
  mounting: 'fixed' | 'single-axis';
  /** Fixed tilt from horizontal, degrees; default = |site latitude|. */
  tiltDeg?: number;
  /** Fixed array azimuth, degrees clockwise from north; default 180 (south). */
  azimuthDeg?: number;
  /** Tracker row ground coverage ratio for backtracking; default 0.35. */
  groundCoverageRatio?: number;
  /** Tracker rotation limit, degrees either side of flat; default 60. */
  maxRotationDeg?: number;
  /** Tracker backtracking on; default true. */
  backtrack?: boolean;
  /** Nominal inverter efficiency; default 0.96 (PVWatts). */
  inverterEfficiency?: number;
  /** DC system losses (soiling, wiring, mismatch, availability...), percent; default 14 (PVWatts). */
  systemLossesPct?: number;
  /** Power temperature coefficient, 1/°C; default −0.0037 (PVWatts "standard" module). */
  tempCoeffPerC?: number;
  /** Output loss per year of operation, percent; default 0.5. */
  degradationPctPerYear?: number;
  /** Ground reflectance; default 0.2. */
  albedo?: number;
};

export type PvProfile = {
  /** AC output to the site bus, MW. */
  acMW: Float64Array;
  /** DC array output after DC losses (inverter input), MW. */
  dcMW: Float64Array;
  /** AC power lost to inverter clipping (what the inverter would have made above its rating), MW. */
  clippedMW: Float64Array;
  annualEnergyMWh: number;
  /** annualEnergyMWh / (capacityMWac · 8760). */
  capacityFactor: number;
};

const DEG = Math.PI / 180;

/**
 * Hourly output of a PV plant over the model year, following the PVWatts v5 chain (Dobos,
 * "PVWatts Version 5 Manual", NREL/TP-6A20-62641, 2014):
 * 1. sun position at each hour's midpoint (`sun-position.ts`);
 * 2. surface orientation: fixed tilt/azimuth, or horizontal N–S single-axis tracking with
 *    backtracking (`tracking.ts`);
 * 3. plane-of-array irradiance E = DNI·max(cos AOI, 0)·IAM(AOI) + Perez sky diffuse
 *    + GHI·albedo·(1 − cos β)/2 (IAM: `physicalIam`, beam only; the weather-only terms come
 *    from `sky-terms.ts`, computed once per weather year);
 * 4. cell temperature by SAPM open rack (`sapmCellTemperatureC`), with the weather's wind or
 *    `DEFAULT_WIND_SPEED_M_PER_S`;
 * 5. DC = capacityMWac · dcAcRatio · E/1000 · (1 + γ (Tcell − 25)) · (1 − losses/100);
 * 6. AC = min(PVWatts part-load inverter output, capacityMWac); clipped = the excess;
 * 7. year-N degradation: every series × (1 − d/100)^N, the annual AC degradation of SAM/PVWatts
 *    lifetime runs, so year-N energy is exactly (1 − d)^N of year 0.
 * `operatingYear` 0 is the first year of operation.
 */
export function simulatePv(weather: WeatherYear, spec: PvSpec, operatingYear = 0): PvProfile {
  const s = resolvePvSpec(spec, weather.latitudeDeg);
  if (!Number.isInteger(operatingYear) || operatingYear < 0) {
    throw new RangeError(`operatingYear must be a whole number ≥ 0, got ${operatingYear}`);
  }
  const sky = skyTermsFor(weather);
  const acMW = new Float64Array(HOURS_PER_YEAR);
  const dcMW = new Float64Array(HOURS_PER_YEAR);
  const clippedMW = new Float64Array(HOURS_PER_YEAR);
  const dcRatedMW = s.capacityMWac * s.dcAcRatio;
  const lossFactor = 1 - s.systemLossesPct / 100;
  const degradation = (1 - s.degradationPctPerYear / 100) ** operatingYear;

  // Fixed-mount surface normal in (east, north, up).
  const fixedTilt = s.tiltDeg * DEG;
  const fixedAz = s.azimuthDeg * DEG;
  const nxFixed = Math.sin(fixedTilt) * Math.sin(fixedAz);
  const nyFixed = Math.sin(fixedTilt) * Math.cos(fixedAz);
  const nzFixed = Math.cos(fixedTilt);

  let energyMWh = 0;
  for (let h = 0; h < HOURS_PER_YEAR; h++) {
    const ghi = weather.ghiWPerM2[h] ?? 0;
    if (ghi <= 0) continue;
    const sx = sky.sunEast[h] ?? 0;
    const sz = sky.sunUp[h] ?? 0;
    let cosTilt: number;
    let sinTilt: number;
    let cosAoi: number;
    switch (s.mounting) {
      case 'fixed':
        cosTilt = nzFixed;
        sinTilt = Math.sin(fixedTilt);
        cosAoi = nxFixed * sx + nyFixed * (sky.sunNorth[h] ?? 0) + nzFixed * sz;
        break;
      case 'single-axis': {
        const r = trackerRotationDeg(sky.zenithDeg[h] ?? 90, sky.azimuthDeg[h] ?? 180, s.maxRotationDeg, s.groundCoverageRatio, s.backtrack) * DEG;
        cosTilt = Math.cos(r);
        sinTilt = Math.abs(Math.sin(r));
        cosAoi = -Math.sin(r) * sx + cosTilt * sz;
        break;
      }
      default:
        return missingCase(s.mounting);
    }
    const dhi = weather.dhiWPerM2[h] ?? 0;
    const beamWPerM2 = sz > 0 && cosAoi > 0 ? (weather.dniWPerM2[h] ?? 0) * cosAoi : 0;
    const skyWPerM2 = perezSkyDiffuseFromCoefficients(dhi, sky.perezF1[h] ?? 0, sky.perezF2[h] ?? 0, sky.perezInverseB[h] ?? 1, cosAoi, cosTilt, sinTilt);
    const groundWPerM2 = ghi * s.albedo * (1 - cosTilt) * 0.5;
    const poaWPerM2 = beamWPerM2 + skyWPerM2 + groundWPerM2;
    const effectiveWPerM2 = beamWPerM2 * physicalIamTabulated(cosAoi) + skyWPerM2 + groundWPerM2;
    const cellC = sapmCellTemperatureC(poaWPerM2, weather.dryBulbC[h] ?? 25, sky.moduleHeatFactor[h] ?? 0);
    const dc = Math.max(0, dcRatedMW * (effectiveWPerM2 / 1000) * (1 + s.tempCoeffPerC * (cellC - 25)) * lossFactor);
    const acUnclipped = inverterAcBeforeClipping(dc, s.capacityMWac, s.inverterEfficiency);
    const ac = Math.min(acUnclipped, s.capacityMWac);
    dcMW[h] = dc * degradation;
    acMW[h] = ac * degradation;
    clippedMW[h] = (acUnclipped - ac) * degradation;
    energyMWh += ac * degradation;
  }
  return {
    acMW,
    dcMW,
    clippedMW,
    annualEnergyMWh: energyMWh,
    capacityFactor: s.capacityMWac > 0 ? energyMWh / (s.capacityMWac * HOURS_PER_YEAR) : 0,
  };
}

type ResolvedPvSpec = Required<PvSpec>;

/** `spec` with every default filled in and every field range-checked (errors name the field). */
export function resolvePvSpec(spec: PvSpec, latitudeDeg: number): ResolvedPvSpec {
  const r: ResolvedPvSpec = {
    capacityMWac: spec.capacityMWac,
    dcAcRatio: spec.dcAcRatio,
    mounting: spec.mounting,
    tiltDeg: spec.tiltDeg ?? Math.abs(latitudeDeg),
    azimuthDeg: spec.azimuthDeg ?? 180,
    groundCoverageRatio: spec.groundCoverageRatio ?? 0.35,
    maxRotationDeg: spec.maxRotationDeg ?? 60,
    backtrack: spec.backtrack ?? true,
    inverterEfficiency: spec.inverterEfficiency ?? 0.96,
    systemLossesPct: spec.systemLossesPct ?? 14,
    tempCoeffPerC: spec.tempCoeffPerC ?? -0.0037,
    degradationPctPerYear: spec.degradationPctPerYear ?? 0.5,
    albedo: spec.albedo ?? 0.2,
  };
  if (r.mounting !== 'fixed' && r.mounting !== 'single-axis') {
    throw new RangeError(`mounting must be 'fixed' or 'single-axis', got ${JSON.stringify(r.mounting)}`);
  }
  range('capacityMWac', r.capacityMWac, 0, 1e6);
  range('dcAcRatio', r.dcAcRatio, 0.5, 3);
  range('tiltDeg', r.tiltDeg, 0, 90);
  range('azimuthDeg', r.azimuthDeg, 0, 360);
  range('groundCoverageRatio', r.groundCoverageRatio, 0.01, 0.99);
  range('maxRotationDeg', r.maxRotationDeg, 0, 90);
  range('inverterEfficiency', r.inverterEfficiency, 0.5, 1);
  range('systemLossesPct', r.systemLossesPct, 0, 99);
  range('tempCoeffPerC', r.tempCoeffPerC, -0.02, 0);
  range('degradationPctPerYear', r.degradationPctPerYear, 0, 99);
  range('albedo', r.albedo, 0, 1);
  return r;
}

function range(name: string, value: number, min: number, max: number): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw new RangeError(`PV ${name} must be between ${min} and ${max}, got ${value}`);
  }
}
