/**
 * Cover-glass transmittance relative to normal incidence, the "physical" incidence-angle
 * modifier (De Soto, Klein & Beckman, Solar Energy 80, 2006, eq. 14; PVWatts v5 uses it for the
 * beam): τ(θ) = exp(−K L / cos θr) · [1 − ½ (sin²(θr − θ)/sin²(θr + θ) + tan²(θr − θ)/tan²(θr + θ))],
 * θr = asin(sin θ / n), divided by τ(0) = exp(−K L) · [1 − ((n − 1)/(n + 1))²].
 * n = 1.526 (glass), K = 4 /m, L = 0.002 m. Returns 0 at or past 90°.
 */
export function physicalIam(cosAoi: number): number {
  return physicalIamExact(cosAoi);
}

function physicalIamExact(cosAoi: number): number {
  if (cosAoi <= 0) return 0;
  const n = 1.526;
  const kl = 4 * 0.002;
  const tau0 = Math.exp(-kl) * (1 - ((n - 1) / (n + 1)) ** 2);
  if (cosAoi >= 0.999999) return 1;
  const theta = Math.acos(cosAoi);
  const thetaR = Math.asin(Math.sin(theta) / n);
  const d = thetaR - theta;
  const s = thetaR + theta;
  const tau =
    Math.exp(-kl / Math.cos(thetaR)) *
    (1 - 0.5 * (Math.sin(d) ** 2 / Math.sin(s) ** 2 + Math.tan(d) ** 2 / Math.tan(s) ** 2));
  return Math.max(0, tau / tau0);
}

/** SAPM open-rack, glass/cell/polymer sheet coefficients (King et al., SAND2004-3535, Table 1). */
const SAPM_A = -3.56;
const SAPM_B = -0.075;
const SAPM_DELTA_T_C = 3;

/** exp(a + b · WS) of the SAPM module temperature model, °C per W/m²; WS wind at 10 m, m/s. */
export function sapmModuleHeatFactor(windMPerS: number): number {
  return Math.exp(SAPM_A + SAPM_B * windMPerS);
}

/**
 * Cell temperature, °C, by the Sandia Array Performance Model (King, Boyson & Kratochvil,
 * SAND2004-3535, eqs. 11–12, Table 1 "open rack, glass/cell/polymer sheet"):
 *   Tmodule = E · exp(a + b · WS) + Tair,  Tcell = Tmodule + E/1000 · ΔT,
 * a = −3.56, b = −0.075 s/m, ΔT = 3 °C; E plane-of-array W/m². `heatFactor` is
 * `sapmModuleHeatFactor(WS)`.
 */
export function sapmCellTemperatureC(poaWPerM2: number, airC: number, heatFactor: number): number {
  return poaWPerM2 * heatFactor + airC + (poaWPerM2 / 1000) * SAPM_DELTA_T_C;
}

/** PVWatts v5 reference inverter efficiency at which its part-load curve was fitted. */
const ETA_REF = 0.9637;

/**
 * Inverter AC output before clipping, in the units of `dcPower`, by the PVWatts v5 part-load
 * curve (Dobos 2014, eq. 17): ζ = Pdc / Pdc0, η = (ηnom/ηref)(−0.0162 ζ − 0.0059/ζ + 0.9858),
 * with Pdc0 = Pac0/ηnom the DC input at rated AC output. Never negative.
 */
export function inverterAcBeforeClipping(dcPower: number, acRating: number, nominalEfficiency: number): number {
  if (dcPower <= 0) return 0;
  const zeta = dcPower / (acRating / nominalEfficiency);
  const eta = (nominalEfficiency / ETA_REF) * (-0.0162 * zeta - 0.0059 / zeta + 0.9858);
  return Math.max(0, eta * dcPower);
}

// physicalIam tabulated on cos AOI in steps of 1/2000 for the hourly loop; linear
// interpolation keeps it within 1e-5 of the exact curve (checked in the tests).
const IAM_STEPS = 2000;
const IAM_TABLE = new Float64Array(IAM_STEPS + 1);
for (let i = 0; i <= IAM_STEPS; i++) IAM_TABLE[i] = physicalIamExact(i / IAM_STEPS);

/** `physicalIam` by table lookup (same curve, within 1e-5), for the 8760-hour loop. */
export function physicalIamTabulated(cosAoi: number): number {
  if (cosAoi <= 0) return 0;
  if (cosAoi >= 1) return 1;
  const x = cosAoi * IAM_STEPS;
  const i = Math.floor(x);
  const lo = IAM_TABLE[i] ?? 0;
  const hi = IAM_TABLE[i + 1] ?? 1;
  return lo + (hi - lo) * (x - i);
}
