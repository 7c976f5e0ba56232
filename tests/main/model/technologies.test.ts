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

describe('distillate (dual fuel) in the engine catalog', () => {
  const catalog = engineCatalog(loadTechnologies());

  it('carries the distillate price, CO2 and tank and kit costs of data/technologies.json, with their sources', () => {
    // data/technologies.json fuel.distillate: 18.7 USD/MMBtu (EIA, estimate), 73.96 kg/MMBtu (40 CFR 98 Table C-1), 15 USD/MMBtu, 50 USD/kW (estimates).
    expect(catalog.distillate).toMatchObject({ priceUSDPerMMBtu: 18.7, co2KgPerMMBtu: 73.96, tankUSDPerMMBtu: 15, dualFuelUSDPerKW: 50 });
    expect(catalog.distillate?.sources.priceUSDPerMMBtu).toMatch(/eia\.gov.*Estimate/);
    expect(catalog.distillate?.sources.tankUSDPerMMBtu).toMatch(/^estimate: /);
  });

  it('gives turbines and engines their AP-42 distillate factors and fuel cells none', () => {
    expect(catalog.thermal['gas-ct-aeroderivative']?.emissions?.distillate).toEqual({ uncontrolled: { noxLbPerMMBtu: 0.24, coLbPerMMBtu: 0.076 }, scr: { noxLbPerMMBtu: 0.0194, coLbPerMMBtu: 0.076 } });
    expect(catalog.thermal['gas-recip-engine']?.emissions?.distillate?.uncontrolled).toEqual({ noxLbPerMMBtu: 3.2, coLbPerMMBtu: 0.85 });
    expect(catalog.thermal['fuel-cell-sofc']?.emissions?.distillate).toBeUndefined();
  });
});
