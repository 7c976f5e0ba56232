import { describe, expect, it } from 'vitest';
import { blockFuelMMBtu, buildThermalFleet } from '../../src/power-model/thermal/fleet';
import { fullLoadMarginalCostUSDPerMWh, unitFuelLine, validateThermalTechnology } from '../../src/power-model/thermal/technology';
import { AERO_CT, RECIP } from './simulate-fixture';

describe('thermal fleet', () => {
  it('burns the full-load heat rate at full load and the part-load heat rate at minimum stable load', () => {
    // Aero CT 34 MW at 9,447 Btu/kWh: 34 × 9.447 = 321.198 MMBtu/h; at 40% (13.6 MW) and 1.25 × 9,447:
    // 13.6 × 11.80875 = 160.599 MMBtu/h.
    const line = unitFuelLine(AERO_CT);
    expect(line.noLoadMMBtuPerHour + line.incrementalMMBtuPerMWh * 34).toBeCloseTo(321.198, 9);
    expect(line.noLoadMMBtuPerHour + line.incrementalMMBtuPerMWh * 13.6).toBeCloseTo(160.599, 9);
  });

  it('charges a unit asked for less than its minimum stable load the fuel of running at minimum', () => {
    // One unit online; 5 MW asked, Pmin = 13.6 MW → fuel as at 13.6 MW = 160.599 MMBtu.
    const [block] = buildThermalFleet([{ technology: AERO_CT, units: 1, orderYear: 2020 }], 2030, 4);
    expect(block && blockFuelMMBtu(block, 5)).toBeCloseTo(160.599, 9);
  });

  it('orders blocks by full-load marginal cost and brings units online after their lead time', () => {
    // Marginal cost at 4 USD/MMBtu: aero 9,447 × 4 / 1000 + 5.97 = 43.758; recip 8,300 × 4 / 1000 + 7 = 40.2 USD/MWh.
    expect(fullLoadMarginalCostUSDPerMWh(AERO_CT, 4)).toBeCloseTo(43.758, 9);
    const fleet = buildThermalFleet(
      [
        { technology: AERO_CT, units: 2, orderYear: 2025 },
        { technology: RECIP, units: 3, orderYear: 2025 },
      ],
      2027,
      4,
    );
    expect(fleet.map((b) => b.technology.id)).toEqual(['gas-recip-engine', 'gas-ct-aeroderivative']);
    // Recip lead 1.5 y → ceil 2 → online 2027; aero lead 2 y → online 2027.
    expect(fleet.map((b) => b.onlineUnits)).toEqual([3, 2]);
    const early = buildThermalFleet([{ technology: AERO_CT, units: 2, orderYear: 2025 }], 2026, 4);
    expect(early[0]?.availableMW).toBe(0);
  });

  it('refuses a technology with a heat rate below 3,412 Btu/kWh, naming the field', () => {
    expect(() => validateThermalTechnology({ ...AERO_CT, heatRateBtuPerKWh: 3000 })).toThrow(/heatRateBtuPerKWh/);
  });
});
