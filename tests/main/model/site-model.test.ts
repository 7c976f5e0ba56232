import { describe, expect, it } from 'vitest';
import { loadSites } from '../../../src/main/data/load-sites';
import { loadTechnologies } from '../../../src/main/data/load-technologies';
import { siteModel } from '../../../src/main/model/site-model';
import { engineCatalog } from '../../../src/main/model/technologies';
import { siteWeather } from '../../../src/main/model/weather';

const catalog = engineCatalog(loadTechnologies());
const site = (id: string) => {
  const found = loadSites().sites.find((s) => s.id === id);
  if (!found) throw new Error(`bundled site ${id} missing`);
  return found;
};

describe('site model adapter', () => {
  it('maps the technology file to thermal technologies with their EIA figures', () => {
    // EIA AEO2026 Table 3: frame CT 9,142 Btu/kWh, 4.17 USD/MWh VOM.
    expect(catalog.thermal['gas-ct-frame']).toMatchObject({ heatRateBtuPerKWh: 9142, variableOMUSDPerMWh: 4.17, kind: 'gas-turbine' });
    expect(catalog.thermal['solar-pv-tracking']).toBeUndefined();
    expect(catalog.battery.roundTripEfficiency).toBe(0.85);
  });

  it('leaves out cancelled phases and converts facility MW to IT MW at the design PUE', () => {
    // Abilene: 200 + 1,000 MW facility (the 600 MW expansion is cancelled) at PUE 1.2 → 166.7 + 833.3 MW IT.
    const model = siteModel(site('abilene'), catalog);
    expect(model.phases.map((p) => p.itMW)).toEqual([200 / 1.2, 1000 / 1.2]);
  });

  it('uses the state industrial average price where the tariff gives none', () => {
    // EIA 2023 industrial average revenue, TX: 6.60 ¢/kWh = 66 USD/MWh.
    expect(siteModel(site('abilene'), catalog).grid.price).toEqual({ kind: 'flat', energyUSDPerMWh: 66 });
  });

  it('treats a site with no POI as off-grid', () => {
    expect(siteModel(site('shackelford'), catalog).grid.importAllowed).toBe(false);
  });

  it('reads the site TMY3 station file, and synthesizes weather without one', () => {
    const abilene = site('abilene');
    expect(siteWeather(abilene).source.kind).toBe('tmy3');
    const { tmy3Station: _drop, ...climate } = abilene.climate ?? {};
    expect(siteWeather({ ...abilene, climate }).source.kind).toBe('synthetic');
  });
});
