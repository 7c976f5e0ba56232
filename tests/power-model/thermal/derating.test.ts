import { describe, expect, it } from 'vitest';
import { HOURS_PER_YEAR } from '../../../src/power-model/hours';
import { altitudeOutputFraction, ambientCorrection, designDryBulbC, deratingAt, hourlyDerating, validateDerating, type ThermalDerating } from '../../../src/power-model/thermal/derating';
import { blockAvailableMW, blockFuelMMBtu, buildThermalFleet } from '../../../src/power-model/thermal/fleet';
import { loadTechnologies } from '../../../src/main/data/load-technologies';
import { engineCatalog } from '../../../src/main/model/technologies';
import { AERO_CT } from '../simulate-fixture';

/** The aeroderivative curve of data/technologies.json, copied so the hand-worked numbers below stay readable. */
const AERO_DERATING: ThermalDerating = {
  ambient: [
    { tempC: -20, outputFraction: 1.15, heatRateFraction: 0.97 },
    { tempC: -10, outputFraction: 1.12, heatRateFraction: 0.975 },
    { tempC: 0, outputFraction: 1.08, heatRateFraction: 0.985 },
    { tempC: 15, outputFraction: 1.0, heatRateFraction: 1.0 },
    { tempC: 30, outputFraction: 0.91, heatRateFraction: 1.025 },
    { tempC: 40, outputFraction: 0.83, heatRateFraction: 1.045 },
    { tempC: 50, outputFraction: 0.76, heatRateFraction: 1.07 },
  ],
  altitude: { outputLossPer300m: 0.035, ratedToElevationM: 0 },
};

describe('ambient and altitude derating', () => {
  it('reads a 34 MW aeroderivative at 40 °C and at −10 °C off its curve, at Abilene’s 530 m', () => {
    // Altitude: 1 − 0.035 × 530 / 300 = 0.938166…; 40 °C: 34 × 0.83 × 0.938167 = 26.4750 MW,
    // heat rate 9,447 × 1.045 = 9,872.1 Btu/kWh; −10 °C: 34 × 1.12 × 0.938167 = 35.7250 MW,
    // heat rate 9,447 × 0.975 = 9,210.8 Btu/kWh. Worked by hand from the curve points.
    const hot = deratingAt(AERO_DERATING, 40, 530);
    expect(34 * hot.outputFraction).toBeCloseTo(26.475, 3);
    expect(9447 * hot.heatRateFraction).toBeCloseTo(9872.115, 3);
    const cold = deratingAt(AERO_DERATING, -10, 530);
    expect(34 * cold.outputFraction).toBeCloseTo(35.725, 3);
    expect(9447 * cold.heatRateFraction).toBeCloseTo(9210.825, 3);
  });

  it('interpolates linearly between points and holds the ends flat', () => {
    // 35 °C is half-way from 30 (0.91, 1.025) to 40 (0.83, 1.045): 0.87 and 1.035.
    const mid = ambientCorrection(AERO_DERATING.ambient, 35);
    expect(mid.outputFraction).toBeCloseTo(0.87, 12);
    expect(mid.heatRateFraction).toBeCloseTo(1.035, 12);
    expect(ambientCorrection(AERO_DERATING.ambient, 15)).toEqual({ outputFraction: 1, heatRateFraction: 1 });
    expect(ambientCorrection(AERO_DERATING.ambient, 60).outputFraction).toBe(0.76);
    expect(ambientCorrection(AERO_DERATING.ambient, -40).outputFraction).toBe(1.15);
  });

  it('takes altitude off only above the elevation the rating holds to', () => {
    // 3% per 300 m above 1,000 m: at 1,250 m, 1 − 0.03 × 250 / 300 = 0.975; at 900 m, none.
    expect(altitudeOutputFraction({ outputLossPer300m: 0.03, ratedToElevationM: 1000 }, 1250)).toBeCloseTo(0.975, 12);
    expect(altitudeOutputFraction({ outputLossPer300m: 0.03, ratedToElevationM: 1000 }, 900)).toBe(1);
  });

  it('takes the 0.4% design dry-bulb as the 35th-hottest hour of 8760', () => {
    // Hours 0…8759 at h / 100 °C: the 35th-hottest is hour 8725, 87.25 °C.
    const temps = Float64Array.from({ length: HOURS_PER_YEAR }, (_, h) => h / 100);
    expect(designDryBulbC(temps)).toBeCloseTo(87.25, 12);
  });

  it('derates a block’s available MW and raises its fuel each hour from that hour’s dry-bulb', () => {
    const temps = new Float64Array(HOURS_PER_YEAR).fill(15);
    temps[100] = 40;
    const tech = { ...AERO_CT, derating: AERO_DERATING };
    const [block] = buildThermalFleet([{ technology: tech, units: 2, orderYear: 2020 }], 2030, 4, { dryBulbC: temps, elevationM: 0 });
    if (!block) throw new Error('no block');
    // ISO hour: 2 × 34 × 0.95 = 64.6 MW; 40 °C hour: 64.6 × 0.83 = 53.618 MW.
    expect(blockAvailableMW(block, 0)).toBeCloseTo(64.6, 9);
    expect(blockAvailableMW(block, 100)).toBeCloseTo(53.618, 9);
    // Fuel line of one unit (thermal.test.ts): incremental (321.198 − 160.599) / 20.4 = 7.8725 MMBtu/MWh,
    // no-load 321.198 − 7.8725 × 34 = 53.533 MMBtu/h. Two units at 53.618 MW at 40 °C:
    // 1.045 × (2 × 0.83 × 53.533 + 7.8725 × 53.618) = 1.045 × 510.972485 = 533.966247 MMBtu.
    expect(blockFuelMMBtu(block, 53.618, 100)).toBeCloseTo(533.966247, 5);
    // Both units at their derated full output, 2 × 34 × 0.83 = 56.44 MW: the corrected heat rate
    // times the corrected output, 9.872115 × 56.44 = 557.18217 MMBtu.
    expect(blockFuelMMBtu(block, 56.44, 100)).toBeCloseTo(557.18217, 4);
    // The ISO hour is the rated fuel line: 2 × 53.533 + 7.8725 × 64.6 = 615.6295 MMBtu.
    expect(blockFuelMMBtu(block, 64.6, 0)).toBeCloseTo(615.6295, 6);
  });

  it('gives every hour its own fractions over a year', () => {
    const temps = new Float64Array(HOURS_PER_YEAR).fill(40);
    const hourly = hourlyDerating(AERO_DERATING, temps, 0);
    expect(hourly?.outputFraction[8759]).toBeCloseTo(0.83, 12);
    expect(hourlyDerating(undefined, temps, 0)).toBeUndefined();
  });

  it('works the fractions out once per curve, weather year and elevation, and anew when one changes', () => {
    const temps = new Float64Array(HOURS_PER_YEAR).fill(40);
    const first = hourlyDerating(AERO_DERATING, temps, 0);
    expect(hourlyDerating(AERO_DERATING, temps, 0)).toBe(first);
    // Another elevation, another weather year: their own fractions (0.83 at 40 °C; at 40 °C and sea level the altitude term is 1).
    const high = hourlyDerating(AERO_DERATING, temps, 1500);
    expect(high).not.toBe(first);
    expect(high?.outputFraction[0]).toBeCloseTo(0.83 * altitudeOutputFraction(AERO_DERATING.altitude, 1500), 12);
    const mild = hourlyDerating(AERO_DERATING, new Float64Array(HOURS_PER_YEAR).fill(15), 0);
    expect(mild?.outputFraction[0]).toBeCloseTo(1, 12);
  });

  it('refuses a curve whose temperatures do not ascend, naming the point', () => {
    const bad = { ...AERO_DERATING, ambient: [AERO_DERATING.ambient[1]!, AERO_DERATING.ambient[0]!] };
    expect(() => validateDerating(bad, 'test')).toThrow(/ambient\.1\.tempC/);
  });

  it('carries a derating curve for every thermal technology in the bundled catalogue, 1.0 at ISO', () => {
    const catalog = engineCatalog(loadTechnologies());
    for (const tech of Object.values(catalog.thermal)) {
      expect(tech.derating, tech.id).toBeDefined();
      const iso = deratingAt(tech.derating, 15, 0);
      expect(iso.outputFraction, tech.id).toBeCloseTo(1, 12);
      expect(iso.heatRateFraction, tech.id).toBeCloseTo(1, 12);
    }
    // Aeroderivatives lose more in heat than frame machines, engines and fuel cells least (issue 15).
    const at40 = (id: string) => deratingAt(catalog.thermal[id]?.derating, 40, 0).outputFraction;
    expect(at40('gas-ct-aeroderivative')).toBeLessThan(at40('gas-ct-frame'));
    expect(at40('gas-ct-frame')).toBeLessThan(at40('gas-recip-engine'));
    expect(at40('fuel-cell-sofc')).toBe(1);
  });
});
