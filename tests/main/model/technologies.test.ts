import { describe, expect, it } from 'vitest';
import { loadTechnologies } from '../../../src/main/data/load-technologies';
import { engineCatalog } from '../../../src/main/model/technologies';

describe('engineCatalog emission factors', () => {
  const catalog = engineCatalog(loadTechnologies());

  it('gives every gas-burning technology NOx and CO factors from the data file, each source cited there', () => {
    for (const tech of Object.values(catalog.thermal)) expect(tech.emissions, tech.id).toBeDefined();
    // AP-42 Table 3.1-1 lean-premix natural-gas turbines; Table 3.2-2 4-stroke lean-burn engines at 90–105% load.
    expect(catalog.thermal['gas-ct-aeroderivative']?.emissions?.uncontrolled).toEqual({ noxLbPerMMBtu: 0.099, coLbPerMMBtu: 0.015 });
    expect(catalog.thermal['gas-recip-engine']?.emissions?.uncontrolled).toEqual({ noxLbPerMMBtu: 4.08, coLbPerMMBtu: 0.317 });
  });

  it('converts a 2.5 ppm SCR limit to 0.0092 lb/MMBtu and gives a fuel cell no SCR', () => {
    // Method 19: 2.5 × 46.01 ÷ 385.3e6 × 8,710 × 20.9 ÷ 5.9 = 0.00921 lb/MMBtu.
    expect(2.5 * (46.01 / 385.3e6) * 8710 * (20.9 / 5.9)).toBeCloseTo(0.0092, 4);
    expect(catalog.thermal['gas-ct-aeroderivative']?.emissions?.scr?.noxLbPerMMBtu).toBe(0.0092);
    expect(catalog.thermal['fuel-cell-sofc']?.emissions?.scr).toBeUndefined();
    // CARB DG 0.07 lb/MWh ÷ 6.469 MMBtu/MWh.
    expect(catalog.thermal['fuel-cell-sofc']?.emissions?.uncontrolled.noxLbPerMMBtu).toBeCloseTo(0.07 / 6.469, 4);
  });
});
