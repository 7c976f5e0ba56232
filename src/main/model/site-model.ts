import type { Site } from '../../api/schemas/site';
import { utcOffsetHours } from '../../api/site-utc-offset';
import { DEFAULT_DESIGN_TEMP_C, INDUSTRIAL_RATE_USD_PER_MWH, US_GRID_CO2_KG_PER_MWH, US_GRID_CO2_SOURCE } from '../../power-model/site-defaults';
import type { SiteModel } from '../../power-model/site-model';
import { siteGridTariff } from '../data/load-grid-tariffs';
import { attachedLoadUtilization, attachedPriceSeries, type AttachedSeries } from './attached-series';
import type { EngineCatalog } from './technologies';

export { INDUSTRIAL_RATE_USD_PER_MWH, US_GRID_CO2_KG_PER_MWH, DEFAULT_DESIGN_TEMP_C } from '../../power-model/site-defaults';
export { utcOffsetHours };

/**
 * A validated site in engine terms. Cancelled phases are left out; a phase given as facility MW
 * becomes IT MW at the design PUE. Grid price: the tariff's energy price, else the grid's, else
 * the state industrial average (then no demand charge). Minimum demand: the tariff's percent.
 * `attached` series replace inputs: a load becomes the hourly IT utilization (load MW ÷ the
 * campus IT MW, see `attachedLoadUtilization`) in place of the named workload; a price becomes the
 * hourly `series` price shape in place of the flat price (demand charges are unchanged).
 */
export function siteModel(site: Site, catalog: EngineCatalog, attached: AttachedSeries = {}): SiteModel {
  const designPue = site.design.pue.value;
  const phases = site.phases
    .filter((p) => p.status !== 'cancelled')
    .map((p) => ({
      name: p.name,
      itMW: p.basis === 'IT' ? p.mw.value : p.mw.value / designPue,
      energizationYear: p.energizationYear,
      ...(p.energizationMonth !== undefined ? { energizationMonth: p.energizationMonth } : {}),
    }));
  if (phases.length === 0) throw new Error(`site "${site.id}": phases: every phase is cancelled; nothing to simulate`);
  const tariffPrice = site.tariff?.energyUSDPerMWh?.value ?? site.grid.energyPriceUSDPerMWh?.value;
  const statePrice = INDUSTRIAL_RATE_USD_PER_MWH[site.location.state];
  const energyUSDPerMWh = tariffPrice ?? statePrice;
  if (energyUSDPerMWh === undefined) {
    throw new Error(`site "${site.id}": grid.energyPriceUSDPerMWh is required (no bundled industrial rate for ${site.location.state})`);
  }
  const designTempC = site.design.designTempC?.value ?? site.climate?.designTempC?.value ?? DEFAULT_DESIGN_TEMP_C;
  return {
    id: site.id,
    name: site.name,
    planningYear: Number(site.dataAsOf.slice(0, 4)),
    phases,
    load: {
      workload: attached.loadMW ? { hourlyUtilization: attachedLoadUtilization(attached.loadMW, phases.reduce((sum, p) => sum + p.itMW, 0)) } : site.design.workload,
      pue: { designPue, designTempC, coolingType: site.design.coolingType },
    },
    grid: {
      poiSchedule: site.grid.poi.map((s) => ({ year: s.year, mw: s.mw.value })),
      importAllowed: site.grid.poi.length > 0,
      ...(site.grid.queueYears !== undefined ? { connectionYear: Number(site.dataAsOf.slice(0, 4)) + Math.ceil(site.grid.queueYears.value) } : {}),
      price: attached.priceUSDPerMWh ? { kind: 'series', priceUSDPerMWh: attachedPriceSeries(attached.priceUSDPerMWh) } : { kind: 'flat', energyUSDPerMWh },
      demandChargeUSDPerKWMonth: tariffPrice === undefined ? 0 : (site.tariff?.demandUSDPerKWMonth?.value ?? 0),
      minimumDemandFraction: (site.tariff?.minimumDemandPct?.value ?? 0) / 100,
      capacityPriceUSDPerMWDay: site.utility?.capacityPriceUSDPerMWDay?.value ?? 0,
      transmissionUpgradeUSD: site.grid.upgradeCostUSD?.value ?? 0,
      upgradePaidBy: site.grid.upgradePaidBy ?? 'load',
      carbonKgPerMWh: site.grid.carbonKgPerMWh?.value ?? US_GRID_CO2_KG_PER_MWH,
      ...siteGridTariff(site, { ownEnergyPrice: tariffPrice !== undefined || attached.priceUSDPerMWh !== undefined, siteUtcOffsetHours: utcOffsetHours(site), ...(attached.systemLoad ? { attachedSystemLoad: attached.systemLoad } : {}) }),
    },
    thermalTechnologies: catalog.thermal,
    solar: catalog.solar,
    battery: catalog.battery,
    gasPriceUSDPerMMBtu: catalog.gasPriceUSDPerMMBtu,
    gasCo2KgPerMMBtu: catalog.gasCo2KgPerMMBtu,
    ...(catalog.distillate === undefined ? {} : { distillate: catalog.distillate }),
    elevationM: site.location.elevationM?.value ?? 0,
    sources: {
      gasPriceUSDPerMMBtu: catalog.gasPriceSource,
      gridCarbonKgPerMWh: site.grid.carbonKgPerMWh?.source ?? US_GRID_CO2_SOURCE,
      capacityPriceUSDPerMWDay: site.utility?.capacityPriceUSDPerMWDay?.source ?? 'none given (0)',
      transmissionUpgradeUSD: site.grid.upgradeCostUSD?.source ?? 'none given (0)',
      demandChargeUSDPerKWMonth: site.tariff?.demandUSDPerKWMonth?.source ?? 'none given (0)',
    },
  };
}
