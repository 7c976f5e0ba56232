import { describe, expect, it } from 'vitest';
import { loadSites } from '../../../src/main/data/load-sites';
import { siteWeather } from '../../../src/main/model/weather';

const abilene = loadSites().sites.find((s) => s.id === 'abilene')!;

describe('siteWeather', () => {
  it('runs a site with no station and no climate normals on the nearest bundled station, saying so with the distance', () => {
    // Dodge City, KS (37.75 N, 100.02 W): haversine distances to the bundled stations are Abilene
    // 587.8 km, Midland 674.4 km, Waco 727.9 km, El Paso 889.8 km (6371 km sphere).
    const kansas = { ...abilene, id: 'prairie', location: { ...abilene.location, state: 'KS', lat: { ...abilene.location.lat, value: 37.75 }, lon: { ...abilene.location.lon, value: -100.02 } }, climate: undefined };
    const weather = siteWeather(kansas);
    expect(weather.source.label).toMatch(/^estimate: nearest bundled station, 588 km away — TMY3 722660 ABILENE/);
    expect(weather.dryBulbC).toHaveLength(8760);
  });
});
